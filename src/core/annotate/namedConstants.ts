/**
 * Constants a file declares for a code, for the quick fix "Replace 23 with
 * NAME". Only declarations the language lets the rest of the file use by
 * their bare name are taken, so the replaced line still compiles:
 *
 * - TypeScript/JavaScript: `const NAME = 23` at the top level of the module;
 * - Python: `NAME = 23` at the top level of the module;
 * - Go: `const NAME = 23` at package level; Rust: `const NAME: u16 = 23;` at module level;
 * - PHP: `const NAME = 23;` at file level;
 * - Java: a `final` field with an initialiser, C#: a `const` field, Kotlin: a
 *   `const val`, at any depth: visible unqualified in the class that declares
 *   them, which in the usual one-class file is the whole file.
 *
 * Names follow the constant convention (`UPPER_SNAKE`), so a variable that
 * happens to hold the value (`const width = 404`) is never offered. A
 * catalog's name for the code is never offered: nothing in the file defines
 * it, and inserting it would break the build.
 */

export interface NamedConstant {
  readonly name: string;
  /** 0-based line of the declaration, where the quick fix must not replace the value. */
  readonly line: number;
}

const NAME = String.raw`(?<name>[A-Z][A-Z0-9_]*[A-Z0-9])`;
// Hex too: SMPP code declares `ESME_RINVDSTADR = 0x0000000B`.
const VALUE = String.raw`(?<value>-?\d{1,10}|0[xX][0-9A-Fa-f]{1,8})`;
const TYPE = String.raw`(?:\s*:\s*[\w.]+)?`;

const ECMASCRIPT = new RegExp(String.raw`^(?:export\s+)?const\s+${NAME}${TYPE}\s*=\s*${VALUE}\s*(?:as\s+const\s*)?(?:;\s*)?(?:\/\/.*)?$`);
const DECLARATIONS: Readonly<Record<string, RegExp>> = {
  typescript: ECMASCRIPT,
  typescriptreact: ECMASCRIPT,
  javascript: ECMASCRIPT,
  javascriptreact: ECMASCRIPT,
  python: new RegExp(String.raw`^${NAME}${TYPE}\s*=\s*${VALUE}\s*(?:#.*)?$`),
  go: new RegExp(String.raw`^const\s+${NAME}(?:\s+\w+)?\s*=\s*${VALUE}\s*(?:\/\/.*)?$`),
  rust: new RegExp(String.raw`^(?:pub(?:\([\w:]+\))?\s+)?const\s+${NAME}\s*:\s*\w+\s*=\s*${VALUE}\s*;`),
  php: new RegExp(String.raw`^const\s+${NAME}\s*=\s*${VALUE}\s*;`),
  java: new RegExp(String.raw`^\s*(?:(?:public|private|protected|static)\s+)*final\s+(?:static\s+)?\w+\s+${NAME}\s*=\s*${VALUE}\s*;`),
  csharp: new RegExp(String.raw`^\s*(?:(?:public|private|protected|internal)\s+)*const\s+\w+\s+${NAME}\s*=\s*${VALUE}\s*;`),
  kotlin: new RegExp(String.raw`^\s*(?:(?:public|private|internal)\s+)?const\s+val\s+${NAME}${TYPE}\s*=\s*${VALUE}\s*(?:\/\/.*)?$`),
};

/** Whether named constants are looked for in `languageId`. */
export function declaresConstants(languageId: string): boolean {
  return DECLARATIONS[languageId] !== undefined;
}

/** The constants `text` declares with the value `code`, in order of appearance. */
export function constantsFor(text: string, languageId: string, code: number): NamedConstant[] {
  const pattern = DECLARATIONS[languageId];
  if (!pattern) {
    return [];
  }
  const found: NamedConstant[] = [];
  const digits = String(code);
  let line = 0;
  for (let start = 0; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end < 0) {
      end = text.length;
    }
    const lineText = text.slice(start, end).replace(/\r$/, '');
    // Cheap test first: most lines do not even hold the digits (or a hex literal).
    if (lineText.includes(digits) || lineText.includes('0x') || lineText.includes('0X')) {
      const match = pattern.exec(lineText);
      if (match?.groups && Number(match.groups.value) === code && match.groups.name) {
        found.push({ name: match.groups.name, line });
      }
    }
    start = end + 1;
  }
  return found;
}
