import type { Catalog, CatalogEntry, CodeFormat } from './types';

/**
 * How codes that are not plain decimal numbers are held in memory.
 *
 * Every entry keeps a numeric `code` so that indexes, switch summaries and
 * rankings stay single-map reads; this module is the one place that knows how
 * a hex, name or dotted code maps to that number and back to the text people
 * write. A file's `"0x0000000B"` becomes 11; a name catalog's words are
 * numbered by their place in the file (numbers that mean nothing outside the
 * catalog, so the index never serves them for a number in a text); a dotted
 * code `5.1.1` becomes 5_001_001, with `X` (any) held as 999 in its part.
 */

/** The value of an `X` part of a dotted code: no written part reaches it (parts have at most three digits and 999 is refused). */
export const DOTTED_ANY = 999;
const PART = 1000;

/** The format a catalog declares, decimal when it says nothing. */
export function codeFormatOf(catalog: Pick<Catalog, 'codeFormat'>): CodeFormat {
  return catalog.codeFormat ?? 'decimal';
}

/** Whether numbers in a text can be codes of the catalog (decimal and hex catalogs) or only words and dotted codes. */
export function hasNumericCodes(catalog: Pick<Catalog, 'codeFormat'>): boolean {
  const format = codeFormatOf(catalog);
  return format === 'decimal' || format === 'hex';
}

/** The dotted code `class.subject.detail` as a number; `DOTTED_ANY` stands for an `X` part. */
export function dottedNumber(cls: number, subject: number, detail: number): number {
  return (cls * PART + subject) * PART + detail;
}

/** The three parts of a dotted code held as a number. */
export function dottedParts(code: number): readonly [number, number, number] {
  return [Math.floor(code / (PART * PART)), Math.floor(code / PART) % PART, code % PART];
}

/**
 * Reads a dotted code as written (`5.1.1`, `X.1.1`, `5.X.X`); undefined when
 * the text is not three parts of one to three digits (or `X`), or a part is 999.
 */
export function parseDotted(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 3) {
    return undefined;
  }
  const values: number[] = [];
  for (const part of parts) {
    if (part === 'X' || part === 'x') {
      values.push(DOTTED_ANY);
    } else if (/^\d{1,3}$/.test(part) && Number(part) !== DOTTED_ANY) {
      values.push(Number(part));
    } else {
      return undefined;
    }
  }
  return dottedNumber(values[0] as number, values[1] as number, values[2] as number);
}

/** Reads `0x0000000B` (1 to 8 hex digits, either case of `x`); undefined for anything else. */
export function parseHex(text: string): number | undefined {
  return /^0[xX][0-9A-Fa-f]{1,8}$/.test(text) ? Number.parseInt(text.slice(2), 16) : undefined;
}

/** A hex code as the catalog shows it: `0x` and upper-case digits, zero-padded to `codeWidth` when it has one. */
export function hexText(code: number, width: number | undefined): string {
  return `0x${code.toString(16).toUpperCase().padStart(width ?? 1, '0')}`;
}

/**
 * The code of an entry as people write it: `404`, `0x0000000B`, `UNDELIV`,
 * `X.1.1`. Features show this, never the number a non-decimal code is held as.
 */
export function codeText(catalog: Pick<Catalog, 'codeFormat' | 'codeWidth'>, entry: Pick<CatalogEntry, 'code' | 'codeText'>): string {
  return writtenCode(catalog, entry.code, entry.codeText);
}

/** `codeText` for a number alone, e.g. the last code of a range; `written` is the entry's own text when it has one. */
export function writtenCode(catalog: Pick<Catalog, 'codeFormat' | 'codeWidth'>, code: number, written?: string): string {
  switch (codeFormatOf(catalog)) {
    case 'hex':
      return hexText(code, catalog.codeWidth);
    case 'dotted': {
      if (written !== undefined) {
        return written;
      }
      return dottedParts(code)
        .map((part) => (part === DOTTED_ANY ? 'X' : String(part)))
        .join('.');
    }
    case 'name':
      return written ?? String(code);
    case 'decimal':
      return String(code);
  }
}

/** What turning a file's codes into numbers found wrong, as the validator reports findings. */
export interface CodeProblem {
  readonly path: string;
  readonly text: string;
}

/**
 * The catalog with every code a number, as the rest of the core expects it.
 * A decimal catalog whose codes are all integers is returned as it is (the
 * common case, and the built-in catalogs' activation path); otherwise a copy.
 * Codes that do not fit the declared format are reported, not guessed.
 */
export function normalizeCodes(catalog: Catalog): { readonly catalog?: Catalog; readonly problems: readonly CodeProblem[] } {
  const format = codeFormatOf(catalog);
  const entries = catalog.entries as readonly FileEntry[];
  if (format === 'decimal' && entries.every((entry) => typeof entry.code === 'number' && (entry.to === undefined || typeof entry.to === 'number'))) {
    return { catalog, problems: [] };
  }
  const problems: CodeProblem[] = [];
  const normalized = entries.map((entry, index) => normalizeEntry(entry, index, format, problems));
  return problems.length > 0 ? { problems } : { catalog: { ...catalog, entries: normalized }, problems };
}

/** An entry as a file may write it, before `normalizeCodes`. */
interface FileEntry extends Omit<CatalogEntry, 'code' | 'to'> {
  readonly code: number | string;
  readonly to?: number | string;
}

function normalizeEntry(entry: FileEntry, index: number, format: CodeFormat, problems: CodeProblem[]): CatalogEntry {
  const at = `/entries/${index}/code`;
  const bad = (text: string): CatalogEntry => {
    problems.push({ path: at, text: `"code" of entry ${index} ${text}` });
    return { ...entry, code: 0, to: undefined };
  };
  const { code, to } = entry;
  switch (format) {
    case 'decimal':
      if (typeof code === 'string' || typeof to === 'string') {
        const text = typeof code === 'string' ? code : String(to);
        const fix = /^\d+$/.test(text) ? `write ${text} without quotes` : 'write the number, or set "codeFormat" to "hex", "name" or "dotted"';
        return bad(`is the text ${JSON.stringify(text)}, but the catalog's codes are decimal numbers: ${fix}`);
      }
      return { ...entry, code, to };
    case 'hex': {
      const first = typeof code === 'number' ? code : parseHex(code);
      const last = typeof to === 'string' ? parseHex(to) : to;
      if (first === undefined || (to !== undefined && last === undefined)) {
        return bad(`must be an integer or "0x" and 1 to 8 hex digits in a hex catalog, e.g. "0x0000000B"`);
      }
      return { ...entry, code: first, to: last };
    }
    case 'name': {
      if (typeof code !== 'string' || !/^[A-Za-z]/.test(code)) {
        return bad('must be the word itself in a name catalog, e.g. "UNDELIV"');
      }
      if (to !== undefined) {
        problems.push({ path: `/entries/${index}/to`, text: `entry ${index} has "to", but a name catalog has no ranges` });
      }
      // The place in the file (from 1) is the number; the word is the name, and a `name` of the file's own is another spelling.
      const aliases = entry.name !== undefined && entry.name !== code ? [entry.name, ...(entry.aliases ?? [])] : entry.aliases;
      return { ...entry, code: index + 1, to: undefined, codeText: code, name: code, aliases };
    }
    case 'dotted': {
      const value = typeof code === 'string' ? parseDotted(code) : undefined;
      if (value === undefined || typeof code !== 'string') {
        return bad('must be class.subject.detail in a dotted catalog, each part 1 to 3 digits (not 999) or X, e.g. "5.1.1" or "X.1.1"');
      }
      if (to !== undefined) {
        problems.push({ path: `/entries/${index}/to`, text: `entry ${index} has "to", but a dotted catalog has no ranges` });
      }
      return { ...entry, code: value, to: undefined, codeText: code.toUpperCase() };
    }
  }
}
