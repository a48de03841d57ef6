import { hexText } from '../catalog/codeFormat';
import type { CatalogEntry, CodeFormat } from '../catalog/types';
import { readCode } from './codeCells';
import { detectCodeColumn } from './codeColumn';
import type { ColumnRoles } from './columns';
import { splitTable, type TableFormat } from './records';

/** A line of the pasted text that did not become an entry (or became one with changes), and why. */
export interface RowProblem {
  /** 1-based line in the pasted text. */
  readonly line: number;
  readonly message: string;
}

export interface ImportedTable {
  readonly format: TableFormat;
  /** How the table writes its codes, which the catalog declares as its `codeFormat`. */
  readonly codeFormat: CodeFormat;
  /** In a hex table, the digits most codes are written with after `0x` (the catalog's `codeWidth`), when more than one. */
  readonly codeWidth?: number;
  /** The header cells, when the table has a header row. */
  readonly header?: readonly string[];
  readonly roles: ColumnRoles;
  /**
   * The rows, with codes as the core holds them once the catalog is loaded
   * (`normalizeCodes`): `0x0000000B` is 11, `X.1.1` is 999_001_001, a word is
   * its place in the table from 1; `codeText` is the code as the catalog
   * writes it when it is not a decimal number. `scaffoldCatalog` writes them.
   */
  readonly entries: readonly CatalogEntry[];
  readonly problems: readonly RowProblem[];
}

// The schema's limits for entry texts; longer cells are cut and reported rather than failing the whole import.
const MAX_NAME = 120;
const MAX_DESCRIPTION = 2000;
const MAX_DETAILS = 8000;

interface MutableEntry {
  code: number;
  codeText?: string;
  to?: number;
  name?: string;
  description: string;
  details?: string;
  otherDescriptions?: string[];
  undocumented?: boolean;
}

/**
 * Reads a table of codes pasted from a provider's documentation into catalog
 * entries. Rows are kept in the order of the table; a code that appears twice
 * keeps its first row and the other text as one of its `otherDescriptions`.
 */
export function parseTable(text: string): ImportedTable {
  const split = splitTable(text);
  const { format } = split;
  const markdown = format === 'markdown' || format === 'pipe';
  const records = split.records.map((record) => ({ line: record.line, cells: record.cells.map((cell) => cleanCell(cell, markdown)) }));
  const { format: codeFormat, layout } = detectCodeColumn(records, split.headerRecord);
  const { roles, headerIndex } = layout;
  const header = records[headerIndex];
  const problems: RowProblem[] = [];
  const entries: MutableEntry[] = [];
  const singles = new Map<string, { entry: MutableEntry; line: number }>();
  const ranges: KeptRange[] = [];

  for (const [index, record] of records.entries()) {
    if (index === headerIndex || record.cells.every((c) => c === '')) {
      continue;
    }
    const cell = (i: number): string => (i < 0 ? '' : (record.cells[i] ?? ''));
    const line = record.line;
    if (roles.code < 0) {
      problems.push({ line, message: 'no column holds codes: numbers, hex (0x0000000B), dotted (5.1.1, X.1.1) or upper-case words (UNDELIV)' });
      continue;
    }
    const read = readCode(codeFormat, cell(roles.code));
    if ('problem' in read) {
      problems.push({ line, message: read.problem });
      continue;
    }
    const { first, last } = read;
    // A word's number is its place in the catalog, as `normalizeCodes` numbers it.
    const code = codeFormat === 'name' ? entries.length + 1 : first;
    const written = read.text ?? String(code);
    // "200 OK" in the code column: the words after the number are the code's name.
    const trailing = read.trailing;
    let name = cell(roles.name) || (roles.description >= 0 ? trailing : '');
    let description = cell(roles.description) || (roles.description < 0 ? trailing : '');
    let details = cell(roles.details);
    if (codeFormat === 'name' && name.toLowerCase() === written.toLowerCase()) {
      // The word is the code's name already; a name column that repeats it adds nothing.
      name = '';
    }
    if (name.length > MAX_NAME) {
      problems.push({ line, message: `the name is longer than ${MAX_NAME} characters, so it is left out` });
      name = '';
    }
    if (description.length > MAX_DESCRIPTION) {
      problems.push({ line, message: `the description was cut to ${MAX_DESCRIPTION} characters` });
      description = description.slice(0, MAX_DESCRIPTION);
    }
    if (details.length > MAX_DETAILS) {
      problems.push({ line, message: `the details were cut to ${MAX_DETAILS} characters` });
      details = details.slice(0, MAX_DETAILS);
    }

    const entry: MutableEntry = read.text === undefined ? { code, description } : { code, codeText: read.text, description };
    if (last !== first) {
      entry.to = last;
    }
    if (name) {
      entry.name = name;
    }
    if (details && details !== description) {
      entry.details = details;
    }
    if (!name && !description) {
      entry.undocumented = true;
    }

    if (last === first) {
      const earlier = singles.get(read.key);
      if (earlier) {
        mergeInto(earlier.entry, entry);
        problems.push({ line, message: `code ${written} repeats line ${earlier.line}; its text was kept as another description of the first row` });
        continue;
      }
      singles.set(read.key, { entry, line });
    } else {
      // The kept ranges do not overlap, so sorted by start they are sorted by end too: only the neighbours of the new one can overlap it.
      const at = firstStartingAfter(ranges, first);
      const overlap = [ranges[at - 1], ranges[at]]
        .filter((kept) => kept !== undefined && first <= kept.last && last >= kept.first)
        .sort((a, b) => (a?.line ?? 0) - (b?.line ?? 0))[0];
      if (overlap) {
        problems.push({ line, message: `the range ${rangeText(codeFormat, written, last)} overlaps the range on line ${overlap.line}, so it is left out` });
        continue;
      }
      ranges.splice(at, 0, { first, last, line });
    }
    entries.push(entry);
  }
  const width = codeFormat === 'hex' ? hexWidth(entries) : undefined;
  const result = { format, codeFormat, ...(width === undefined ? {} : { codeWidth: width }), roles, entries: entries as CatalogEntry[], problems };
  return header ? { ...result, header: header.cells } : result;
}

/** A range as the table writes it, for messages. */
function rangeText(format: CodeFormat, written: string, last: number): string {
  return `${written}–${format === 'hex' ? hexText(last, written.length - 2) : String(last)}`;
}

interface KeptRange {
  readonly first: number;
  readonly last: number;
  readonly line: number;
}

/**
 * The digits after `0x` that most of a hex table's codes are written with
 * (the longer on a tie), which the catalog records as its `codeWidth` so that
 * codes are shown as the table writes them; undefined for one digit, which
 * needs no width (the schema's smallest is 2).
 */
function hexWidth(entries: readonly MutableEntry[]): number | undefined {
  const counts = new Map<number, number>();
  for (const { codeText } of entries) {
    if (codeText !== undefined) {
      counts.set(codeText.length - 2, (counts.get(codeText.length - 2) ?? 0) + 1);
    }
  }
  let best: number | undefined;
  for (const [digits, count] of counts) {
    if (best === undefined || count > (counts.get(best) ?? 0) || (count === counts.get(best) && digits > best)) {
      best = digits;
    }
  }
  return best !== undefined && best >= 2 ? best : undefined;
}

function mergeInto(first: MutableEntry, repeat: MutableEntry): void {
  const text = repeat.description || repeat.name || '';
  if (text && text !== first.description && !(first.otherDescriptions ?? []).includes(text)) {
    first.otherDescriptions = [...(first.otherDescriptions ?? []), text.slice(0, MAX_DESCRIPTION)];
  }
  if (!first.name && repeat.name) {
    first.name = repeat.name;
  }
}

/**
 * The plain text of a cell. Markdown tables copied from documentation carry
 * escapes (`DELIVERY\_FAILED`), code spans, emphasis and bits of HTML; all are
 * reduced to their text so that the catalog holds words, not markup.
 */
export function cleanCell(cell: string, markdown: boolean): string {
  let text = cell;
  if (markdown) {
    text = text
      .replace(/<br\s*\/?>|<\/(?:p|li|div|tr)>/gi, ' ')
      .replace(/<\/?[a-zA-Z][^<>]*>/g, '')
      .replace(/&(nbsp|amp|lt|gt|quot|#39|apos);/g, (_, name: string) => ENTITIES[name] ?? '')
      .replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
    for (;;) {
      const unwrapped = text.trim().replace(/^(\*\*|__|`|\*|_)(.+)\1$/s, '$2');
      if (unwrapped === text.trim()) {
        break;
      }
      text = unwrapped;
    }
  }
  return text.replace(/\s+/g, ' ').trim();
}

const ENTITIES: Readonly<Record<string, string>> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'" };

/** Index of the first of `ranges` (sorted by start) that starts after `code`. */
function firstStartingAfter(ranges: readonly KeptRange[], code: number): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((ranges[mid] as KeptRange).first <= code) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  return low;
}
