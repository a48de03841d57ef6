import { parseDotted } from '../catalog/codeFormat';
import type { CodeFormat } from '../catalog/types';

/**
 * What a code cell of a pasted table looks like and how it is read, for each
 * way a catalog writes codes (`codeFormat`): `404` and `34-37`, `0x0000000B`
 * and `0x00000400-0x000004FF`, `5.1.1` and `X.1.1`, `UNDELIV`.
 */

const DECIMAL_CELL = /^([+-]?\d+)(?:\s*(?:-|–|—|\.\.|to)\s*([+-]?\d+))?(?:\s+(\S.*))?$/;
const HEX_CELL = /^(0[xX][0-9A-Fa-f]+)(?:\s*(?:-|–|—|\.\.|to)\s*(0[xX][0-9A-Fa-f]+))?(?:\s+(\S.*))?$/;
/** A part of a dotted code: one to three digits, or `X` for any, which registries also write `XXX` or `YYY` (`2.XXX.YYY`). */
const PART = '(\\d{1,3}|[Xx]{1,3}|[Yy]{1,3})';
const DOTTED_CELL = new RegExp(`^${PART}\\.${PART}\\.${PART}(?:\\s+(\\S.*))?$`);
const DIGIT_CELL = /^(\d)(?:\s+(\S.*))?$/;
const DOTTED_RANGE_TAIL = new RegExp(`^(?:-|–|—|\\.\\.|to)\\s*${PART}\\.${PART}\\.${PART}`);
/** The schema's word code: a letter, then letters, digits, `_`, `.` or `-`. */
const WORD = /^[A-Za-z][A-Za-z0-9_.-]*$/;
const UPPER_WORD = /^[A-Z][A-Z0-9_]+$/;
/** The schema's longest code text. */
const MAX_WORD = 60;
const MAX_HEX_DIGITS = 8;
const INT32 = 2 ** 31;

/** Whether a cell starts with a hex code or range (`0x0000000B`, `0x0B Invalid destination`). */
export function looksLikeHex(cell: string): boolean {
  return HEX_CELL.test(cell.trim());
}

/** Whether a cell holds a code of a hex table: a hex code, or a digit 0 to 9, which is the same number in hex. */
export function isHexCodeCell(cell: string): boolean {
  const text = cell.trim();
  return HEX_CELL.test(text) || DIGIT_CELL.test(text);
}

/** Whether a cell starts with a dotted code (`5.1.1`, `X.1.1 Bad destination mailbox address`, `2.XXX.YYY`). */
export function looksLikeDotted(cell: string): boolean {
  return DOTTED_CELL.test(cell.trim());
}

/** Whether a cell is one word that a name catalog can hold as a code (`UNDELIV`, `delivered`). */
export function isWordCode(cell: string): boolean {
  const text = cell.trim();
  return text.length <= MAX_WORD && WORD.test(text);
}

/**
 * Whether a cell is an upper-case word of two characters or more (`DELIVRD`,
 * `ESME_ROK`): spelled like a code, so a column of them is a column of codes
 * even without a header saying so. Capitalised or lower-case words ("Failed")
 * are also ordinary texts.
 */
export function isUpperWord(cell: string): boolean {
  const text = cell.trim();
  return text.length <= MAX_WORD && UPPER_WORD.test(text);
}

/** A code cell read in the table's format. */
export interface CodeCell {
  /** The code as the core holds it (see `normalizeCodes`); 0 for a word, whose number is its place in the catalog. */
  readonly first: number;
  /** The last code of a range; `first` for a single code. */
  readonly last: number;
  /** The code as a catalog of the table's format writes it (`0x0000000B`, `X.1.1`, `UNDELIV`); absent for a decimal code. */
  readonly text?: string;
  /** What makes two rows the same code: the number, or a word ignoring case (as the validator compares words). */
  readonly key: string;
  /** Words after the code in its cell ("200 OK"): the code's name. */
  readonly trailing: string;
}

export type CodeReading = CodeCell | { readonly problem: string };

/** How the codes of each format are described in messages. */
const FORMAT_WORDS: Readonly<Record<CodeFormat, string>> = {
  decimal: 'decimal numbers',
  hex: 'hex (0x…)',
  dotted: 'dotted (class.subject.detail, such as 5.1.1 or X.1.1)',
  name: 'words (such as UNDELIV)',
};

const CODE_WORDS: Readonly<Record<CodeFormat, string>> = { decimal: 'code', hex: 'hex code', dotted: 'dotted code', name: 'word code' };

/** Reads the text of a code cell as a code of a table whose codes are written in `format`, or says why it cannot. */
export function readCode(format: CodeFormat, text: string): CodeReading {
  switch (format) {
    case 'decimal':
      return readDecimal(text);
    case 'hex':
      return readHex(text);
    case 'dotted':
      return readDotted(text);
    case 'name':
      return readWord(text);
  }
}

function readDecimal(text: string): CodeReading {
  const match = DECIMAL_CELL.exec(text);
  if (!match) {
    return { problem: text === '' ? 'no code in this row' : (otherFormat(text, 'decimal') ?? `"${shorten(text)}" is not a numeric code`) };
  }
  // `-0` is 0 (as the catalog file writes it).
  const code = Number(match[1]) || 0;
  const to = match[2] === undefined ? code : Number(match[2]) || 0;
  if (!fitsInt32(code) || !fitsInt32(to)) {
    return { problem: `${match[1]} is outside the range of codes a catalog can hold` };
  }
  if (to < code) {
    return { problem: `the range ${code}–${to} ends before it starts` };
  }
  return { first: code, last: to, key: String(code), trailing: match[3] ?? '' };
}

function readHex(text: string): CodeReading {
  const match = HEX_CELL.exec(text);
  if (!match) {
    // 0 to 9 are the same number in hex and decimal (a table may write success as `0`): no guess, so `0x0`, shown at the catalog's width.
    const digit = DIGIT_CELL.exec(text);
    if (digit) {
      const value = Number(digit[1]);
      return { first: value, last: value, text: `0x${value}`, key: String(value), trailing: digit[2] ?? '' };
    }
    return { problem: missing(text, 'hex') };
  }
  const written = match[1] as string;
  const writtenTo = match[2];
  for (const hex of [written, writtenTo]) {
    if (hex !== undefined && hex.length - 2 > MAX_HEX_DIGITS) {
      return { problem: `${shorten(hex)} has more than ${MAX_HEX_DIGITS} hex digits, more than a catalog can hold` };
    }
  }
  const first = Number.parseInt(written.slice(2), 16);
  const last = writtenTo === undefined ? first : Number.parseInt(writtenTo.slice(2), 16);
  if (last < first) {
    return { problem: `the range ${written}–${writtenTo ?? ''} ends before it starts` };
  }
  // With as many digits as the table writes (`0x0000000B` stays eight digits, which the catalog's codeWidth then records), upper-case as the catalogs write hex.
  return { first, last, text: `0x${written.slice(2).toUpperCase()}`, key: String(first), trailing: match[3] ?? '' };
}

function readDotted(text: string): CodeReading {
  const match = DOTTED_CELL.exec(text);
  if (!match) {
    return { problem: missing(text, 'dotted') };
  }
  const trailing = match[4] ?? '';
  if (DOTTED_RANGE_TAIL.test(trailing)) {
    return { problem: `"${shorten(text)}" is a range, and dotted codes have none: list each code on a row of its own` };
  }
  // `XXX`, `YYY` and a lower-case `x` are the registry's ways of writing "any": the schema writes it `X`. Digits stay as written.
  // A concrete class stays too: `5.1.1` is not rewritten `X.1.1`. The registry writes its codes `X.1.1` because their
  // meaning holds in every class, and the catalogs' rule (catalogs/README.md) is that a reply's class then picks `X.1.1`
  // out; the index looks a code up as written first and as `X.…` after, so a table's `5.1.1` row is found for `5.1.1`.
  // A table that writes the class is a provider's own, which can mean different things by `4.2.2` (retry later) and
  // `5.2.2` (give up): rewriting both as `X.2.2` would merge them, and claim the rows for classes the table never lists.
  const code = [match[1], match[2], match[3]].map((part) => (/^\d/.test(part as string) ? (part as string) : 'X')).join('.');
  const first = parseDotted(code);
  if (first === undefined) {
    return { problem: `${code} has a part 999, which a catalog holds for X (any), so it cannot be imported` };
  }
  return { first, last: first, text: code, key: String(first), trailing };
}

function readWord(text: string): CodeReading {
  const other = otherFormat(text, 'name');
  if (other !== undefined) {
    return { problem: other };
  }
  if (text.length > MAX_WORD && WORD.test(text)) {
    return { problem: `"${shorten(text)}" is longer than ${MAX_WORD} characters, more than a word code may be` };
  }
  if (!isWordCode(text)) {
    return { problem: missing(text, 'name') };
  }
  // A word code's number is its place in the file (`normalizeCodes`); repeats are found by the word.
  return { first: 0, last: 0, text, key: text.toLowerCase(), trailing: '' };
}

/** Why a cell holds no code of `format`: empty, a code of another format, or something else. */
function missing(text: string, format: CodeFormat): string {
  if (text === '') {
    return `no ${CODE_WORDS[format]} in this row`;
  }
  return otherFormat(text, format) ?? `"${shorten(text)}" is not a ${CODE_WORDS[format]} like the table's other codes, which are ${FORMAT_WORDS[format]}`;
}

/** The message for a cell that holds a code written in another format than the table's, when it does. */
function otherFormat(text: string, format: CodeFormat): string | undefined {
  const seen = format !== 'hex' && looksLikeHex(text) ? 'a hex code' : format !== 'dotted' && looksLikeDotted(text) ? 'a dotted code' : format !== 'decimal' && DECIMAL_CELL.test(text) ? 'a decimal number' : undefined;
  if (seen === undefined) {
    return undefined;
  }
  const start = `"${shorten(text)}" is ${seen}, but the table's other codes are ${FORMAT_WORDS[format]}`;
  const number = /^\d+$/.exec(text)?.[0];
  if (format === 'hex' && number !== undefined) {
    // `100` among hex codes: the table may have dropped the `0x`, or meant the decimal value; either reading would be a guess.
    return `${start}: it could mean ${`0x${Number(number).toString(16).toUpperCase()}`} or 0x${number}, so the row is left out`;
  }
  return `${start}, so the row is left out`;
}

function fitsInt32(value: number): boolean {
  return Number.isSafeInteger(value) && value >= -INT32 && value < INT32;
}

export function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
