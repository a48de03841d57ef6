import * as assert from 'node:assert/strict';
import type { Catalog, CatalogEntry } from '../../../src/core/catalog/types';
import { readCatalog } from '../catalogs/catalogFiles';
import { parseCurrentPage, type CurrentPage, type ErrorRow } from './clickatellSeeds';
import { readSeed } from './seedFiles';
import { describeWithShared } from '../sharedDocuments';

describeWithShared('seeds', 'Clickatell One API errors against the seed', () => {
  let page: CurrentPage;
  let rows: ErrorRow[];
  let catalog: Catalog;

  before(() => {
    page = parseCurrentPage(readSeed('000'));
    rows = page.errorTables.flatMap((table) => table.rows);
    catalog = readCatalog('clickatell-one-api-errors');
  });

  function entryOf(row: ErrorRow): CatalogEntry {
    const found = catalog.entries.filter((entry) => entry.code === row.code && entry.to === row.to);
    assert.equal(found.length, 1, `one entry for ${row.code}${row.to === undefined ? '' : `-${row.to}`}`);
    return found[0] as CatalogEntry;
  }

  it('reads three error tables with 6, 24 and 4 rows and no empty row', () => {
    assert.deepEqual(
      page.errorTables.map((table) => [table.heading, table.rows.length, table.emptyRows]),
      [
        ['', 6, 0],
        ['Generic errors (shared by all channels)', 24, 0],
        ['SMS-specific', 4, 0],
      ],
    );
  });

  it('has every error row with the same code or range, HTTP status, message, level and section', () => {
    for (const row of rows) {
      const entry = entryOf(row);
      assert.equal(entry.httpStatus, row.httpStatus, `HTTP status of ${row.code}`);
      assert.equal(entry.description, row.message, `message of ${row.code}`);
      const level = [...(row.global ? ['global'] : []), ...(row.messageLevel ? ['message'] : [])];
      assert.deepEqual(entry.level ?? [], level, `level of ${row.code}`);
      assert.equal(entry.group, row.heading === '' ? undefined : row.heading, `group of ${row.code}`);
    }
  });

  it('marks exactly the rows the page calls reserved, 29 and the range 34 to 37, as reserved', () => {
    const reservedRows = rows.filter((row) => row.message === 'Reserved').map((row) => [row.code, row.to]);
    assert.deepEqual(reservedRows, [
      [29, undefined],
      [34, 37],
    ]);
    const reservedEntries = catalog.entries.filter((entry) => entry.reserved).map((entry) => [entry.code, entry.to]);
    assert.deepEqual(reservedEntries, reservedRows);
  });

  it('keeps the note that a partially rejected batch returns HTTP 207', () => {
    assert.equal(page.errorNotes.length, 1);
    assert.match(page.errorNotes[0] ?? '', /HTTP 207/);
    assert.deepEqual(catalog.notes, page.errorNotes);
  });

  it('lists no error that the page does not have', () => {
    assert.equal(catalog.entries.length, rows.length);
    assert.equal(catalog.entries.length, 34);
  });

  it('marks as retryable only the error that says to retry', () => {
    const retryable = catalog.entries.filter((entry) => entry.retryable === true).map((entry) => [entry.code, entry.description]);
    assert.deepEqual(retryable, [[19, 'Internal error, please retry']]);
  });
});
