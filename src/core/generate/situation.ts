import type { Catalog } from '../catalog/types';
import { rankMatches } from '../recognize/rank';
import type { Recognizer } from '../recognize/recognizer';
import { findSwitchBlocks } from '../switch/switchBlocks';
import { subjectKey } from '../switch/switchLabels';
import type { SwitchBlock } from '../switch/types';
import type { DocumentContext } from '../recognize/types';

/**
 * Where the cursor is, as completion sees it: between the branches of a
 * `switch`/`match`/`when` (offer every code, or the missing ones), after
 * `case ` (offer single codes), or after `statusCode === ` (offer single
 * codes of the catalog the key suggests). Pure text analysis, so it is unit
 * tested without an editor.
 */
export type Situation =
  | { readonly kind: 'branches'; readonly block: SwitchBlock }
  | { readonly kind: 'caseLabel'; readonly block: SwitchBlock }
  | { readonly kind: 'comparison'; readonly subject: string; readonly key: string; readonly parentKey?: string };

/** `case `, then a number, a hex code or a quoted word being typed: `case 2`, `case 0x0B`, `case "UNDE`. */
const CASE_LABEL = /^\s*case\s+(?:-?\d*|0[xX][0-9A-Fa-f]*|"[A-Za-z0-9_.-]*)$/;
const ARM_START = /^\s*-?\d*$/;
const BLANK_OR_WORD = /^\s*[A-Za-z_]*$/;

/**
 * The situation at `offset` of `text` (typically a window of the document
 * around the cursor), or undefined when there is nothing to offer.
 */
export function situationAt(text: string, offset: number, languageId: string): Situation | undefined {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  const lineEndRaw = text.indexOf('\n', offset);
  const lineEnd = lineEndRaw < 0 ? text.length : lineEndRaw;
  const before = text.slice(lineStart, offset);
  const after = text.slice(offset, lineEnd);

  const compared = comparedSubject(before);
  if (compared && !/^\s*case\b/.test(before)) {
    const { key, parentKey } = subjectKey(compared);
    return key ? { kind: 'comparison', subject: compared, key, ...(parentKey ? { parentKey } : {}) } : undefined;
  }
  const rest = after.trim();
  if (rest !== '' && rest !== ':' && rest !== ')') {
    return undefined;
  }
  const block = innermostBlock(findSwitchBlocks(text, { languageId, to: offset }), offset);
  if (!block) {
    return undefined;
  }
  const labelled = block.syntax === 'case-colon' || block.syntax === 'case-arrow' || block.syntax === 'python';
  if (labelled && CASE_LABEL.test(before)) {
    return { kind: 'caseLabel', block };
  }
  if ((labelled ? BLANK_OR_WORD : ARM_START).test(before) && after.trim() === '' && isBetweenBranches(text, lineStart, lineEnd, block)) {
    return { kind: 'branches', block };
  }
  return undefined;
}

/**
 * The subject of a comparison the text ends in, `statusCode === `,
 * `$this->status != 4`, `res?.status == `: an identifier chain
 * (`.`, `?.`, `->`), an equality operator, and the number being typed.
 * Read from the end, once: a regular expression tried every start on the
 * line and took quadratic time on a long `a.a.a.…`.
 */
export function comparedSubject(before: string): string | undefined {
  let k = before.length;
  while (k > 0 && isDigitCode(before.charCodeAt(k - 1))) k--;
  if (k > 0 && before.charCodeAt(k - 1) === 45 /* - */) k--;
  k = trimmedEnd(before, k);
  const op = before.endsWith('===', k) || before.endsWith('!==', k) ? 3 : before.endsWith('==', k) || before.endsWith('!=', k) ? 2 : 0;
  if (op === 0) {
    return undefined;
  }
  const chainEnd = trimmedEnd(before, k - op);
  // Runs of identifier characters separated by `.`, `?.` or `->`, from the last one back.
  let start = -1;
  let runEnd = chainEnd;
  for (;;) {
    let runStart = runEnd;
    while (runStart > 0 && isChainChar(before.charCodeAt(runStart - 1))) runStart--;
    if (runStart === runEnd) {
      break;
    }
    // The chain may start in this run: at its start, or after a `$` in it (`$this`).
    const first = firstSegmentStart(before, runStart, runEnd);
    if (first >= 0) {
      start = first;
    }
    const lead = before.charCodeAt(runStart);
    if (!(isIdentStart(lead) || lead === 36)) {
      break;
    }
    if (runStart > 0 && before.charCodeAt(runStart - 1) === 46 /* . */) {
      runEnd = runStart - 1 > 0 && before.charCodeAt(runStart - 2) === 63 /* ? */ ? runStart - 2 : runStart - 1;
    } else if (runStart > 1 && before.charCodeAt(runStart - 1) === 62 /* > */ && before.charCodeAt(runStart - 2) === 45 /* - */) {
      runEnd = runStart - 2;
    } else {
      break;
    }
  }
  return start < 0 ? undefined : before.slice(start, chainEnd);
}

/** The number being typed at the end of `linePrefix` (`-12` of `case -12`), possibly empty. */
export function typedNumber(linePrefix: string): string {
  let k = linePrefix.length;
  while (k > 0 && isDigitCode(linePrefix.charCodeAt(k - 1))) k--;
  if (k > 0 && linePrefix.charCodeAt(k - 1) === 45 /* - */) k--;
  return linePrefix.slice(k);
}

/** The code being typed at the end of `linePrefix`: a number (`-12`), a hex code (`0x0B`) or a quoted word (`"UNDE`), possibly empty. */
export function typedCode(linePrefix: string): string {
  const match = /(?:0[xX][0-9A-Fa-f]*|"[A-Za-z0-9_.-]*)$/.exec(linePrefix);
  return match ? match[0] : typedNumber(linePrefix);
}

/** The leftmost place in the run `[from, to)` where a chain's first identifier can start, or -1. */
function firstSegmentStart(text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 36 /* $ */ && k + 1 < to && isIdentStart(text.charCodeAt(k + 1))) {
      return k;
    }
    if (isIdentStart(c) && (k === from || text.charCodeAt(k - 1) === 36)) {
      return k;
    }
  }
  return -1;
}

function isIdentStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isChainChar(c: number): boolean {
  return isIdentStart(c) || isDigitCode(c) || c === 36;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function trimmedEnd(text: string, end: number): number {
  let k = end;
  while (k > 0 && /\s/.test(text.charAt(k - 1))) k--;
  return k;
}

/** The innermost block whose body holds `offset`. */
export function innermostBlock(blocks: readonly SwitchBlock[], offset: number): SwitchBlock | undefined {
  let best: SwitchBlock | undefined;
  for (const block of blocks) {
    const inside = offset >= block.bodyOffset && (offset <= block.endOffset || !block.closed);
    if (inside && (!best || block.bodyOffset >= best.bodyOffset)) {
      best = block;
    }
  }
  return best;
}

/**
 * The block a command or a light bulb on `line` (0-based, in the text the
 * blocks were found in) means: the block whose header is on that line, else
 * the innermost block whose body holds `offset` (a place on that line).
 */
export function blockAtLine(blocks: readonly SwitchBlock[], line: number, offset: number): SwitchBlock | undefined {
  return blocks.filter((block) => block.headerLine === line).pop() ?? innermostBlock(blocks, offset);
}

/**
 * Whether new branches can start on the line from `lineStart` to `lineEnd`:
 * it is at the block's first nesting level, and the next non-blank line
 * starts a label or ends the block. Inserting in the middle of a case body
 * would move the rest of that body under the new labels.
 */
function isBetweenBranches(text: string, lineStart: number, lineEnd: number, block: SwitchBlock): boolean {
  const labelLines = new Set(block.cases.map((label) => label.line));
  const lineOf = (offset: number): number => {
    let line = block.headerLine;
    for (let i = text.indexOf('\n', block.headerOffset); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
      line++;
    }
    return line;
  };
  // Python bodies are delimited by indentation alone, which the next line's test covers.
  if (block.syntax !== 'python' && braceDepth(text, block.bodyOffset, lineStart) !== 0) {
    return false;
  }
  return nextLineEnds(text, lineEnd, block, labelLines, lineOf);
}

/** Whether the next non-blank line after `from` is a label of the block, ends it, or does not exist. */
function nextLineEnds(text: string, from: number, block: SwitchBlock, labelLines: ReadonlySet<number>, lineOf: (offset: number) => number): boolean {
  let pos = from;
  while (pos < text.length) {
    const start = pos + 1;
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end);
    if (line.trim() !== '') {
      if (start >= block.endOffset || end > block.endOffset) {
        return true;
      }
      if (block.syntax === 'python') {
        const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
        if (indent.length <= block.headerIndent.length) {
          return true;
        }
      }
      return labelLines.has(lineOf(start));
    }
    if (nl < 0) {
      break;
    }
    pos = nl;
  }
  return true;
}

/** Net `{`/`}` depth of `text` between two offsets, skipping strings and comments roughly. */
function braceDepth(text: string, from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'" || ch === '`') {
      const close = text.indexOf(ch, i + 1);
      const nl = text.indexOf('\n', i + 1);
      i = close < 0 || (ch !== '`' && nl >= 0 && nl < close) ? (nl < 0 ? to : nl) : close;
    } else if (ch === '/' && text[i + 1] === '/') {
      const nl = text.indexOf('\n', i);
      i = nl < 0 ? to : nl;
    } else if (ch === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? to : close + 1;
    } else if (ch === '{') {
      depth++;
    } else if (ch === '}') {
      depth--;
    }
  }
  return depth;
}

/**
 * Catalogs whose codes a key such as `statusCode` holds, best first: the
 * catalogs that declare the key, ranked as the recogniser ranks a literal
 * stored under it. Empty when the key does not look like a code key.
 */
export function rankKeyCatalogs(key: string, parentKey: string | undefined, recognizer: Recognizer, doc: DocumentContext): Catalog[] {
  const meaning = recognizer.keyMeaning(key, parentKey);
  if (meaning.strength === 0) {
    return [];
  }
  const candidates = recognizer.index.catalogs.filter((catalog) => meaning.declaredKey.has(catalog.id) || meaning.declaredPath.has(catalog.id));
  const matches = candidates.flatMap((catalog) => (catalog.entries[0] ? [{ catalog, entry: catalog.entries[0] }] : []));
  return rankMatches(matches, meaning, 1, { doc, providerChannelMax: recognizer.channelMax }).ranked.map((match) => match.catalog);
}
