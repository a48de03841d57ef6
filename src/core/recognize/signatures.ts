/**
 * Parameter names of the functions, constructors and records a document
 * declares: `record ResponseError(int ResponseCode, int HttpStatus, string Message)`
 * makes the 402 of `new ResponseError(6, 402, "…")` an `HttpStatus`. Read
 * once per document, with its hints; a positional argument then has the key
 * its parameter gives it.
 */

/** Declarations with a name and a parameter list on one line. */
const DECLARATION =
  /\b(?:record|class|struct|def|function|func|fun|fn|(?:public|private|protected|internal)(?:\s+(?:static|sealed|readonly|abstract|final))*(?:\s+[A-Za-z_][\w<>[\],.?]*)?)\s+([A-Za-z_$][\w$]*)\s*(?:<[^<>()]{0,80}>\s*)?\(([^()]{0,400})\)/g;

const IDENTIFIER = /[A-Za-z_$][\w$]*/g;

/** How much of a document is searched for declarations. */
const SIGNATURE_SCAN_CHARS = 256 * 1024;

/** Languages whose parameters are written `name type` (Go) rather than `type name`. */
const NAME_FIRST = new Set(['go']);

/** The parameter names of each declared callable, by name; undefined when the document declares none. */
export function readSignatures(text: string, languageId: string): ReadonlyMap<string, readonly string[]> | undefined {
  let signatures: Map<string, string[]> | undefined;
  DECLARATION.lastIndex = 0;
  const source = text.length > SIGNATURE_SCAN_CHARS ? text.slice(0, SIGNATURE_SCAN_CHARS) : text;
  for (let match = DECLARATION.exec(source); match; match = DECLARATION.exec(source)) {
    const [, name, list] = match as unknown as [string, string, string];
    const params = parameterNames(list, languageId);
    if (params.length > 0 && params.every((p) => p !== '')) {
      signatures ??= new Map();
      if (!signatures.has(name)) {
        signatures.set(name, params);
      }
    }
  }
  return signatures;
}

function parameterNames(list: string, languageId: string): string[] {
  if (list.trim() === '') {
    return [];
  }
  return splitTopLevel(list).map((param) => {
    const declared = param.split('=')[0] as string;
    const colon = declared.indexOf(':');
    const words = (colon >= 0 ? declared.slice(0, colon) : declared).match(IDENTIFIER) ?? [];
    const name = colon >= 0 || NAME_FIRST.has(languageId) ? words[colon >= 0 ? words.length - 1 : 0] : words[words.length - 1];
    return name === 'self' || name === 'this' ? '' : (name ?? '');
  }).filter((name, i, all) => !(i === 0 && name === '' && all.length > 1 && /^\s*(self|cls)\b/.test(list)));
}

/** Splits a parameter list at commas outside `<…>` and `[…]`. */
function splitTopLevel(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let k = 0; k < list.length; k++) {
    const ch = list[k];
    if (ch === '<' || ch === '[') depth++;
    else if ((ch === '>' || ch === ']') && depth > 0) depth--;
    else if (ch === ',' && depth === 0) {
      parts.push(list.slice(start, k));
      start = k + 1;
    }
  }
  parts.push(list.slice(start));
  return parts;
}
