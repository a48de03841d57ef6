import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Catalog, CatalogEntry } from '../../../src/core/catalog/types';
import { describeWithShared } from '../sharedDocuments';
import { readCatalog } from './catalogFiles';
import { copiedText, sentencesOf, wordRuns } from './ownWords';

/**
 * The `whatsapp-cloud-api-errors` catalog against Meta's "Error codes" page
 * (Markdown with HTML character references left escaped): every row of every
 * code table is in the catalog with its code, title, table and HTTP status,
 * the catalog has nothing the page lacks, and no description is in Meta's words.
 */

interface PageRow {
  /** `"131047"`, or `"200-299"` for a range. */
  readonly code: string;
  readonly title: string | undefined;
  /** The `##` heading the table stands under. */
  readonly table: string;
  readonly httpStatus: number | undefined;
  /** The "Possible reasons and solutions" cell. */
  readonly solution: string;
  /** Every cell of the row after the code, decoded, for the wording check. */
  readonly cells: readonly string[];
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes HTML character references; an unknown named one is left as it is, and the tests below find it. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) {
      return String.fromCodePoint(parseInt(ref.slice(2), 16));
    }
    if (ref.startsWith('#')) {
      return String.fromCodePoint(Number(ref.slice(1)));
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

function cellsOf(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split('|')
    .map((cell) => decodeEntities(cell.trim()));
}

/** A title as a name: whitespace folded, a final full stop dropped. */
function titleName(title: string): string {
  return title.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
}

/**
 * The rows of the page's code tables: tables whose first column is "Code" or
 * "Error" (the property table is not one). The code cell holds one or more
 * backquoted codes, followed by ` - Title` in the "Error" tables; the
 * Marketing Messages API table gives the title as `(#code) Title` and an
 * HTTP status column.
 */
function parsePage(text: string): { rows: PageRow[]; tables: string[]; tableRows: number } {
  const rows: PageRow[] = [];
  let tableRows = 0;
  const tables: string[] = [];
  let heading = '';
  let header: string[] | undefined;
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('## ')) {
      heading = decodeEntities(line.slice(3).trim());
    }
    if (!line.startsWith('|')) {
      header = undefined;
      continue;
    }
    const cells = cellsOf(line);
    if (header === undefined) {
      header = cells;
      continue;
    }
    if (cells.every((cell) => /^:?-+:?$/.test(cell))) {
      continue;
    }
    const first = header[0];
    if (first !== 'Code' && first !== 'Error') {
      continue;
    }
    if (!tables.includes(heading)) {
      tables.push(heading);
    }
    tableRows++;
    const codeCell = cells[0] ?? '';
    const codes = [...codeCell.matchAll(/`(\d+(?:-\d+)?)`/g)].map((match) => match[1] as string);
    assert.ok(codes.length > 0, `a code in "${codeCell}"`);
    let title = first === 'Error' ? /^(?:`[^`]+`,?\s*)+-\s*(.+)$/.exec(codeCell)?.[1] : undefined;
    const messageAt = header.indexOf('Message');
    if (messageAt >= 0) {
      title = /^`?\(#\d+\)\s*(.*?)`?$/.exec(cells[messageAt] ?? '')?.[1];
    }
    const statusAt = header.findIndex((name) => /HTTP/.test(name));
    const solution = cells[header.findIndex((name) => /solution/i.test(name))] ?? '';
    const status = statusAt >= 0 ? /^(\d{3})\b/.exec(cells[statusAt] ?? '')?.[1] : undefined;
    for (const code of codes) {
      rows.push({
        code,
        title: title === undefined ? undefined : titleName(title),
        table: heading,
        httpStatus: status === undefined ? undefined : Number(status),
        solution,
        cells: cells.slice(1),
      });
    }
  }
  return { rows, tables, tableRows };
}

function codeOf(entry: CatalogEntry): string {
  return entry.to !== undefined && entry.to !== entry.code ? `${entry.code}-${entry.to}` : String(entry.code);
}

function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

describeWithShared('sources', 'the WhatsApp Cloud API catalog against Meta\'s "Error codes" page', (dir) => {
  let page: string;
  let rows: PageRow[];
  let tables: string[];
  let tableRows: number;
  let catalog: Catalog;
  const rowsOf = (code: string): PageRow[] => rows.filter((row) => row.code === code);

  before(() => {
    page = fs.readFileSync(path.join(dir, 'whatsapp', 'meta-cloud-api-error-codes.md'), 'utf8');
    ({ rows, tables, tableRows } = parsePage(page));
    catalog = readCatalog('whatsapp-cloud-api-errors');
  });

  it('reads the ten code tables, 92 rows and 83 distinct codes, with every character reference decoded', () => {
    assert.deepEqual(tables, [
      'Authorization errors',
      'Integrity errors',
      'Template creation errors',
      'Send template errors',
      'Phone migration errors',
      'Template insights errors',
      'Synchronization errors',
      'Throttling errors',
      'Other errors',
      'Marketing Messages API for WhatsApp error codes',
    ]);
    assert.equal(tableRows, 92);
    // One row of the migration table holds two codes (2388091, 2388093).
    assert.equal(rows.length, 93);
    assert.equal(distinct(rows.map((row) => row.code)).length, 83);
    assert.equal(rowsOf('2388103').length, 9);
    for (const row of rows) {
      assert.notEqual(row.solution, '', `${row.code} has a solution`);
      assert.doesNotMatch([row.title ?? '', ...row.cells].join(' '), /&[#a-z0-9]+;/i, `${row.code} is decoded`);
    }
  });

  it('has one entry for every code of the page, the range 200-299 included, and nothing else', () => {
    const codes = catalog.entries.map(codeOf);
    assert.equal(distinct(codes).length, codes.length, 'no code twice');
    assert.deepEqual([...codes].sort(), distinct(rows.map((row) => row.code)).sort());
    assert.deepEqual(
      catalog.entries.filter((entry) => entry.to !== undefined).map((entry) => [entry.code, entry.to]),
      [[200, 299]],
    );
  });

  it("names each entry by its rows' titles: the first is the name, the others aliases; untitled codes have no name", () => {
    for (const entry of catalog.entries) {
      const titles = distinct(rowsOf(codeOf(entry)).flatMap((row) => (row.title === undefined ? [] : [row.title])));
      assert.equal(entry.name, titles[0], codeOf(entry));
      assert.deepEqual(entry.aliases ?? [], titles.slice(1), codeOf(entry));
    }
  });

  it('groups each entry under the tables that list its code', () => {
    for (const entry of catalog.entries) {
      assert.equal(entry.group, distinct(rowsOf(codeOf(entry)).map((row) => row.table)).join('; '), codeOf(entry));
    }
    assert.equal(catalog.entries.filter((entry) => entry.group?.includes('; ')).map(codeOf).join(), '100,131009');
  });

  it('gives an HTTP status exactly where the page does', () => {
    for (const entry of catalog.entries) {
      const statuses = distinct(rowsOf(codeOf(entry)).flatMap((row) => (row.httpStatus === undefined ? [] : [row.httpStatus])));
      assert.ok(statuses.length <= 1, `${codeOf(entry)} has one status`);
      assert.equal(entry.httpStatus, statuses[0], codeOf(entry));
    }
  });

  it('describes each of the situations 2388103 stands for', () => {
    const [entry] = catalog.entries.filter((candidate) => candidate.code === 2388103);
    assert.equal(entry?.otherDescriptions?.length, rowsOf('2388103').length);
  });

  it("marks as retryable only codes whose solution on the page is to wait or try again", () => {
    for (const entry of catalog.entries.filter((candidate) => candidate.retryable === true)) {
      const solutions = rowsOf(codeOf(entry)).map((row) => row.solution);
      assert.ok(
        solutions.some((solution) => /try(?:ing)? again|re-trying|wait|(?<!not )retry/i.test(solution)),
        `${codeOf(entry)}: ${solutions.join(' / ')}`,
      );
    }
    for (const code of ['4', '80007', '130429', '131000', '131016', '133004']) {
      assert.equal(catalog.entries.find((entry) => codeOf(entry) === code)?.retryable, true, code);
    }
  });

  it("writes every description in its own words: no eight words in a row and no sentence of Meta's", () => {
    const texts = [decodeEntities(page), ...rows.flatMap((row) => row.cells)];
    assert.deepEqual(copiedText(catalog.entries, wordRuns(texts), sentencesOf(texts)), []);
  });
});
