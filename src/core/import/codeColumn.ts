import type { CodeFormat } from '../catalog/types';
import { isHexCodeCell, isUpperWord, isWordCode, looksLikeDotted, looksLikeHex } from './codeCells';
import { detectLayout, headerScore, layoutAround, looksLikeCode, type TableLayout } from './columns';
import type { TextRecord } from './records';

/** How a pasted table writes its codes, and which column is which. */
export interface CodeColumn {
  readonly format: CodeFormat;
  readonly layout: TableLayout;
}

/** Share of a column's cells that must be word codes for it to be the code column of a table of words. */
const WORD_SHARE = 0.8;

/**
 * Decides the format of the table's codes from its rows, then its layout.
 *
 * The column with the most decimal, hex or dotted codes decides among those
 * three; a tie goes to decimal, which is how every table was read before the
 * importer knew the other formats, so decimal tables read as they always did.
 * A table of words (`DELIVRD  Message is delivered`) is one only when the code
 * column so found holds less than half codes: a table with a number per row
 * is a decimal table whose words are names (`1 | REJECTED | …`), and a stray
 * `0x0B` among words does not make a table of words a hex table.
 * `headerRecord` is the header a Markdown separator row marks, when there is one.
 */
export function detectCodeColumn(records: readonly TextRecord[], headerRecord?: number): CodeColumn {
  const decimal = mostInAColumn(records, looksLikeCode);
  const hex = mostInAColumn(records, looksLikeHex);
  const dotted = mostInAColumn(records, looksLikeDotted);
  const format = hex > decimal && hex >= dotted ? 'hex' : dotted > decimal && dotted > hex ? 'dotted' : 'decimal';
  const isCode = CODE_CELLS[format];
  const layout = detectLayout(records, isCode);
  if (layout.roles.code >= 0 && shareOfCodes(records, layout, isCode) >= 0.5) {
    return { format, layout };
  }
  const words = wordLayout(records, headerRecord);
  return words ? { format: 'name', layout: words } : { format, layout };
}

/** What a code cell of each numeric format looks like when the layout is read. */
const CODE_CELLS: Readonly<Record<'decimal' | 'hex' | 'dotted', (cell: string) => boolean>> = {
  decimal: looksLikeCode,
  hex: isHexCodeCell,
  dotted: looksLikeDotted,
};

/** The most cells passing `test` in any one column. */
function mostInAColumn(records: readonly TextRecord[], test: (cell: string) => boolean): number {
  const counts: number[] = [];
  for (const record of records) {
    record.cells.forEach((cell, i) => {
      if (test(cell)) {
        counts[i] = (counts[i] ?? 0) + 1;
      }
    });
  }
  return Math.max(0, ...counts.filter((count) => count !== undefined));
}

/**
 * Share of the code column's filled cells, the header's aside, that hold
 * codes. Lines above the header count too: a stray code near the end of a
 * table of words would otherwise make the row before it the header, and the
 * few rows after it a table of codes.
 */
function shareOfCodes(records: readonly TextRecord[], layout: TableLayout, isCode: (cell: string) => boolean): number {
  const cells = records
    .filter((_, index) => index !== layout.headerIndex)
    .map((record) => (record.cells[layout.roles.code] ?? '').trim())
    .filter((cell) => cell !== '');
  return cells.length === 0 ? 0 : cells.filter(isCode).length / cells.length;
}

/**
 * The layout of a table whose codes are words, or undefined when no column is
 * one: a column of words (`UNDELIV`, `ESME_ROK`), most of them in upper
 * case, which makes them codes by their look; or words of any case (Vonage's
 * `delivered`) under a header that names the column as codes or names
 * ("Status", "Code"), since a headerless column of ordinary words ("Failed")
 * is more likely text. The words must be mostly
 * different: a column that repeats a few words (`INFO`, `WARN` in a log) is
 * not a table of codes. Of two word columns, one the header calls codes
 * ("Code", "Status") wins, then the first; the other becomes the code's name,
 * which the catalog keeps as another spelling of the word.
 */
function wordLayout(records: readonly TextRecord[], headerRecord: number | undefined): TableLayout | undefined {
  const headerIndex = headerRecord ?? wordHeader(records);
  const header = records[headerIndex];
  const data = records.slice(headerIndex + 1);
  const width = Math.max(0, ...records.map((record) => record.cells.length));
  let best = -1;
  let bestCodes = false;
  for (let i = 0; i < width; i++) {
    const cells = data.map((record) => (record.cells[i] ?? '').trim()).filter((cell) => cell !== '');
    const title = header !== undefined && header.cells.length > 1 ? (header.cells[i] ?? '') : '';
    const codes = headerScore(title, 'code') >= 2;
    const named = codes || headerScore(title, 'name') >= 2;
    const words = cells.filter(isWordCode);
    const upper = words.filter(isUpperWord).length;
    const different = new Set(words.map((word) => word.toLowerCase())).size;
    if (cells.length === 0 || words.length < WORD_SHARE * cells.length || (!named && upper * 2 <= words.length) || different * 2 <= words.length) {
      continue;
    }
    if (best < 0 || (codes && !bestCodes)) {
      best = i;
      bestCodes = codes;
    }
  }
  return best < 0 ? undefined : layoutAround(records, headerIndex, best);
}

/**
 * The header of a table of words: the first record when every cell of it is a
 * header word ("Status | Description"), else the record before the first one
 * with an upper-case word (a heading such as "Message State | Final Message
 * States | Description" holds none); -1 when there is none.
 */
function wordHeader(records: readonly TextRecord[]): number {
  const first = records[0];
  const roles = ['code', 'name', 'description', 'details'] as const;
  if (first && first.cells.length > 1 && first.cells.some((cell) => cell.trim() !== '') && first.cells.every((cell) => cell.trim() === '' || roles.some((role) => headerScore(cell, role) >= 2))) {
    return 0;
  }
  const firstData = records.findIndex((record) => record.cells.some(isUpperWord));
  return firstData > 0 ? firstData - 1 : -1;
}
