import type { CatalogEntry } from '../catalog/types';
import { detectLayout, type ColumnRoles } from './columns';
import { splitTable, type TableFormat } from './records';

/** A line of the pasted text that did not become an entry (or became one with changes), and why. */
export interface RowProblem {
  /** 1-based line in the pasted text. */
  readonly line: number;
  readonly message: string;
}

export interface ImportedTable {
  readonly format: TableFormat;
  /** The header cells, when the table has a header row. */
  readonly header?: readonly string[];
  readonly roles: ColumnRoles;
  readonly entries: readonly CatalogEntry[];
  readonly problems: readonly RowProblem[];
}

// The schema's limits for entry texts; longer cells are cut and reported rather than failing the whole import.
const MAX_NAME = 120;
const MAX_DESCRIPTION = 2000;
const MAX_DETAILS = 8000;
const INT32 = 2 ** 31;

interface MutableEntry {
  code: number;
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
  const { roles, headerIndex } = detectLayout(records);
  const header = records[headerIndex];
  const problems: RowProblem[] = [];
  const entries: MutableEntry[] = [];
  const singles = new Map<number, { entry: MutableEntry; line: number }>();
  const ranges: { entry: MutableEntry; line: number }[] = [];

  for (const [index, record] of records.entries()) {
    if (index === headerIndex || record.cells.every((c) => c === '')) {
      continue;
    }
    const cell = (i: number): string => (i < 0 ? '' : (record.cells[i] ?? ''));
    const line = record.line;
    if (roles.code < 0) {
      problems.push({ line, message: 'no column holds numeric codes' });
      continue;
    }
    const codeText = cell(roles.code);
    const match = /^([+-]?\d+)(?:\s*(?:-|–|—|\.\.|to)\s*([+-]?\d+))?(?:\s+(\S.*))?$/.exec(codeText);
    if (!match) {
      problems.push({ line, message: codeText === '' ? 'no code in this row' : `"${shorten(codeText)}" is not a numeric code` });
      continue;
    }
    const code = Number(match[1]);
    const to = match[2] === undefined ? code : Number(match[2]);
    if (!fitsInt32(code) || !fitsInt32(to)) {
      problems.push({ line, message: `${match[1]} is outside the range of codes a catalog can hold` });
      continue;
    }
    if (to < code) {
      problems.push({ line, message: `the range ${code}–${to} ends before it starts` });
      continue;
    }
    // "200 OK" in the code column: the words after the number are the code's name.
    const trailing = match[3] ?? '';
    let name = cell(roles.name) || (roles.description >= 0 ? trailing : '');
    let description = cell(roles.description) || (roles.description < 0 ? trailing : '');
    let details = cell(roles.details);
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

    const entry: MutableEntry = { code, description };
    if (to !== code) {
      entry.to = to;
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

    if (to === code) {
      const earlier = singles.get(code);
      if (earlier) {
        mergeInto(earlier.entry, entry);
        problems.push({ line, message: `code ${code} repeats line ${earlier.line}; its text was kept as another description of the first row` });
        continue;
      }
      singles.set(code, { entry, line });
    } else {
      // The kept ranges do not overlap, so sorted by start they are sorted by end too: only the neighbours of the new one can overlap it.
      const at = firstStartingAfter(ranges, code);
      const overlap = [ranges[at - 1], ranges[at]]
        .filter((kept) => kept !== undefined && code <= (kept.entry.to ?? kept.entry.code) && to >= kept.entry.code)
        .sort((a, b) => (a?.line ?? 0) - (b?.line ?? 0))[0];
      if (overlap) {
        problems.push({ line, message: `the range ${code}–${to} overlaps the range on line ${overlap.line}, so it is left out` });
        continue;
      }
      ranges.splice(at, 0, { entry, line });
    }
    entries.push(entry);
  }
  const result = { format, roles, entries: entries as CatalogEntry[], problems };
  return header ? { ...result, header: header.cells } : result;
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

function fitsInt32(value: number): boolean {
  return Number.isSafeInteger(value) && value >= -INT32 && value < INT32;
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** Index of the first of `ranges` (sorted by start) that starts after `code`. */
function firstStartingAfter(ranges: readonly { readonly entry: MutableEntry }[], code: number): number {
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((ranges[mid] as { entry: MutableEntry }).entry.code <= code) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  return low;
}
