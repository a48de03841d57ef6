/**
 * Character classes for the scanners: one table read per character instead
 * of regular expressions, so scanning a line allocates nothing.
 */

export const DIGIT = 1;
export const UPPER = 2;
export const LOWER = 4;
export const WORD_OTHER = 8; // `_` and `$`
export const WORD = DIGIT | UPPER | LOWER | WORD_OTHER;

export const CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) CLASS[c] = DIGIT;
for (let c = 65; c <= 90; c++) CLASS[c] = UPPER;
for (let c = 97; c <= 122; c++) CLASS[c] = LOWER;
CLASS[95] = WORD_OTHER;
CLASS[36] = WORD_OTHER;

export function classOf(c: number): number {
  // Non-ASCII characters count as letters, so digits inside non-English words stay part of them.
  return c < 128 ? (CLASS[c] as number) : LOWER;
}

export function isWord(c: number): boolean {
  return (classOf(c) & WORD) !== 0;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** An ASCII capital letter. */
export function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

const QUOTE_D = 34;
const QUOTE_S = 39;
const BACKTICK = 96;

export function isQuote(c: number): boolean {
  return c === QUOTE_D || c === QUOTE_S || c === BACKTICK;
}

/**
 * The last `code` character at or before `at` and not before `lowest`, or -1.
 * Scans are bounded by the line (or a shorter distance), where
 * `String.prototype.lastIndexOf` would search back through the whole
 * document for a quote that has no partner on the line.
 */
export function lastIndexOfChar(text: string, code: number, at: number, lowest: number): number {
  for (let k = at; k >= lowest; k--) {
    if (text.charCodeAt(k) === code) {
      return k;
    }
  }
  return -1;
}
