import type { TextRecord } from './records';

/** Which column holds what; -1 for a role no column plays. */
export interface ColumnRoles {
  readonly code: number;
  readonly name: number;
  readonly description: number;
  readonly details: number;
}

export interface TableLayout {
  readonly roles: ColumnRoles;
  /**
   * Index of the header record: the record just before the first one with a
   * code, when it has none itself (text above it, such as a heading, is not
   * the header). -1 when the table has no header.
   */
  readonly headerIndex: number;
}

/**
 * Header words for each role, compared after lower-casing and dropping
 * everything but letters and digits ("Error Code" → `errorcode`). A header
 * that equals a word scores highest, one that ends with it next ("Short
 * description"), one that merely contains it least, so a long header such as
 * "Response (description presented to clients)" loses to "Description".
 */
const HEADER_WORDS: Readonly<Record<keyof ColumnRoles, readonly string[]>> = {
  code: ['code', 'errorcode', 'statuscode', 'status', 'reasoncode', 'responsecode', 'resultcode', 'returncode', 'value', 'number', 'no', 'nr', 'errno', 'errornumber', 'id'],
  name: ['name', 'statusname', 'errorname', 'symbol', 'constant', 'key', 'identifier', 'enum', 'label', 'title', 'status', 'state', 'type', 'sampletext'],
  description: ['description', 'message', 'meaning', 'desc', 'text', 'summary', 'reason', 'errormessage', 'statusmessage', 'explanation'],
  details: ['details', 'detail', 'notes', 'note', 'remarks', 'comment', 'comments', 'moreinformation', 'possiblecauses'],
};

const CODE_CELL = /^[+-]?\d+(?:\s*(?:-|–|—|\.\.|to)\s*[+-]?\d+)?(?:\s+\S.*)?$/;
const IDENTIFIER_CELL = /^[A-Za-z][A-Za-z0-9_.:-]*$/;

/** Whether a cell starts with a code (or a range), as code cells do. */
export function looksLikeCode(cell: string): boolean {
  return CODE_CELL.test(cell.trim());
}

/**
 * Decides which columns hold the code, name, description and details, from
 * records whose cells are already plain text. With a header the words decide, checked against the data; without one, the data
 * alone: the code column is the one with most codes, the name column the one
 * of single identifiers (`DELIVERY_FAILED`), the description the longest text.
 * `isCode` tells a code cell of the table's format (decimal numbers unless said).
 */
export function detectLayout(records: readonly TextRecord[], isCode: (cell: string) => boolean = looksLikeCode): TableLayout {
  const firstData = records.findIndex((record) => record.cells.some(isCode));
  const headerIndex = firstData > 0 ? firstData - 1 : -1;
  const roles = assignRoles(records, headerIndex, firstData < 0 ? 0 : firstData, (columns) => {
    // A header called "Status" holds codes in some tables and names in others; the data decides.
    const code = columns.pick('code', (i) => columns.ratio(i, isCode) >= 0.5);
    return code >= 0 ? code : columns.bestBy((i) => columns.ratio(i, isCode), 0);
  });
  return { roles, headerIndex };
}

/** The layout of a table whose header record and code column are already known (a table of word codes, see `codeColumn.ts`). */
export function layoutAround(records: readonly TextRecord[], headerIndex: number, code: number): TableLayout {
  return { roles: assignRoles(records, headerIndex, headerIndex + 1, (columns) => columns.take(code)), headerIndex };
}

/** What the role choices read: the data rows by column, and the header's words. */
interface Columns {
  ratio(i: number, test: (cell: string) => boolean): number;
  pick(role: keyof ColumnRoles, accept: (i: number) => boolean): number;
  bestBy(measure: (i: number) => number, minimum: number): number;
  take(i: number): number;
}

/** The roles of the columns: the code column from `chooseCode`, then description, name and details. */
function assignRoles(records: readonly TextRecord[], headerIndex: number, dataStart: number, chooseCode: (columns: Columns) => number): ColumnRoles {
  const first = headerIndex >= 0 ? records[headerIndex] : undefined;
  const data = records.slice(dataStart);
  const width = Math.max(0, ...records.map((record) => record.cells.length));
  // A header of one cell above rows of several (a title, or a plain-lines table's headings run together) cannot say which column is which.
  const hasHeader = first !== undefined && (first.cells.length > 1 || width <= 1);
  const column = (i: number): string[] => data.map((record) => (record.cells[i] ?? '').trim()).filter((cell) => cell !== '');
  const ratio = (i: number, test: (cell: string) => boolean): number => {
    const cells = column(i);
    return cells.length === 0 ? 0 : cells.filter(test).length / cells.length;
  };
  const taken = new Set<number>();
  const take = (i: number): number => {
    if (i >= 0) {
      taken.add(i);
    }
    return i;
  };
  const pick = (role: keyof ColumnRoles, accept: (i: number) => boolean): number => {
    if (!hasHeader || !first) {
      return -1;
    }
    let best = -1;
    let bestScore = 0;
    first.cells.forEach((cell, i) => {
      const score = headerScore(cell, role);
      if (score > bestScore && !taken.has(i) && accept(i)) {
        best = i;
        bestScore = score;
      }
    });
    return take(best);
  };
  const bestBy = (measure: (i: number) => number, minimum: number): number => {
    let best = -1;
    let bestValue = minimum;
    for (let i = 0; i < width; i++) {
      const value = taken.has(i) ? -1 : measure(i);
      if (value > bestValue) {
        best = i;
        bestValue = value;
      }
    }
    return take(best);
  };

  const code = chooseCode({ ratio, pick, bestBy, take });
  let description = pick('description', () => true);
  let name = pick('name', (i) => ratio(i, (cell) => cell.length <= 120) >= 0.9);
  const details = pick('details', () => true);
  const left = (): number => Array.from({ length: width }, (_, i) => i).filter((i) => !taken.has(i) && column(i).length > 0).length;
  // With one column left besides the code it is the description, even if its texts are single words like "Failed".
  if (name < 0 && (description >= 0 || left() >= 2)) {
    name = bestBy((i) => ratio(i, (cell) => IDENTIFIER_CELL.test(cell)), 0.79);
  }
  if (description < 0) {
    description = bestBy((i) => averageLength(column(i)), 0);
  }
  return { code, name, description, details };
}

/** How well a header cell names a column of `role`: 3 when it is one of the role's words, 2 when it ends with one, 1 when it holds one, else 0. */
export function headerScore(header: string, role: keyof ColumnRoles): number {
  const key = header.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (key === '') {
    return 0;
  }
  let score = 0;
  for (const word of HEADER_WORDS[role]) {
    if (key === word) {
      score = Math.max(score, 3);
    } else if (key.endsWith(word) && word.length >= 4) {
      score = Math.max(score, 2);
    } else if (key.includes(word) && word.length >= 4) {
      score = Math.max(score, 1);
    }
  }
  return score;
}

function averageLength(cells: readonly string[]): number {
  return cells.length === 0 ? 0 : cells.reduce((sum, cell) => sum + cell.length, 0) / cells.length;
}
