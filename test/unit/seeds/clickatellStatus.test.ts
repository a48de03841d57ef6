import * as assert from 'node:assert/strict';
import type { Catalog } from '../../../src/core/catalog/types';
import { entryFor, readCatalog } from '../catalogs/catalogFiles';
import { parseBlog2019, parseCurrentPage, parseDocsPortal, type CurrentPage, type StatusRow } from './clickatellSeeds';
import { readSeed } from './seedFiles';
import { describeWithShared } from '../sharedDocuments';

/** Wording differences that do not change a text: case, a final full stop, spacing. */
function loose(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '').trim();
}

describeWithShared('seeds', 'Clickatell One API message statuses against the seeds', () => {
  let current: CurrentPage;
  let currentRows: StatusRow[];
  let blog: StatusRow[];
  let portal: StatusRow[];
  let catalog: Catalog;

  before(() => {
    current = parseCurrentPage(readSeed('000'));
    currentRows = current.statusTables.flatMap((table) => table.rows);
    blog = parseBlog2019(readSeed('001'));
    portal = parseDocsPortal(readSeed('003'));
    catalog = readCatalog('clickatell-one-api-message-status');
  });

  /** The code of an older row; the one row without a code takes it from the versions that list the same name. */
  function codeOf(row: StatusRow): number | undefined {
    return row.code ?? [...currentRows, ...portal].find((other) => other.name === row.name && other.code !== undefined)?.code;
  }

  it('reads the current page as eight status tables with 61 rows, and counts its one empty row', () => {
    assert.deepEqual(
      current.statusTables.map((table) => [table.heading, table.rows.length, table.emptyRows]),
      [
        ['Successful flow of messages', 6, 0],
        ['Generic errors (shared by all channels)', 12, 0],
        ['Encryption-related', 3, 0],
        ['Anonymous messaging status', 2, 1],
        ['Media-related', 7, 0],
        ['SMS-specific', 1, 0],
        ['WhatsApp-specific', 25, 0],
        ['Generic status codes (payment-related)', 5, 0],
      ],
    );
  });

  it('reads the 2019 blog post as 29 rows under five headings, one row without a code', () => {
    assert.equal(blog.length, 29);
    assert.deepEqual([...new Set(blog.map((row) => row.heading))], [
      '',
      'Generic errors (shared by all channels)',
      'Encryption Related',
      'Media Related',
      'SMS Related',
      'WhatsApp Related',
    ]);
    assert.deepEqual(blog.filter((row) => row.code === undefined).map((row) => row.name), ['MEDIA_REJECTED_BY_SUPPLIER']);
  });

  it('reads the docs portal table as 40 rows under four headings', () => {
    assert.equal(portal.length, 40);
    assert.deepEqual([...new Set(portal.map((row) => row.heading))], ['', 'Generic errors (shared by all channels)', 'Media-related', 'SMS-related', 'WhatsApp-related']);
  });

  it('has every row of the current page with the same code, name, section, short description and details', () => {
    for (const row of currentRows) {
      const entry = entryFor(catalog, row.code ?? NaN);
      assert.equal(entry.name, row.name, `name of ${row.code}`);
      assert.equal(entry.group, row.heading, `group of ${row.code}`);
      assert.equal(entry.description, row.description, `description of ${row.code}`);
      assert.equal(entry.details ?? '', row.details, `details of ${row.code}`);
      assert.equal(entry.deprecated, undefined, `${row.code} is current`);
    }
  });

  it('has every row of the older versions under its code, by its name or an alias', () => {
    for (const row of [...blog, ...portal]) {
      const code = codeOf(row);
      assert.notEqual(code, undefined, `no version gives a code for ${row.name}`);
      const entry = entryFor(catalog, code ?? NaN);
      assert.ok(entry.name === row.name || (entry.aliases ?? []).includes(row.name), `${code} ${row.name}`);
    }
  });

  it('gives the status listed without a code in 2019 the code the other versions give it', () => {
    const codeless = blog.find((row) => row.code === undefined);
    assert.equal(codeless?.name, 'MEDIA_REJECTED_BY_SUPPLIER');
    assert.equal(codeOf(codeless), 83);
    assert.equal(entryFor(catalog, 83).name, 'MEDIA_REJECTED_BY_SUPPLIER');
  });

  it('keeps the older name of a renamed status as its only alias, and invents no other alias', () => {
    const renamed = [...blog, ...portal]
      .filter((row) => currentRows.some((now) => now.code === codeOf(row) && now.name !== row.name))
      .map((row) => `${codeOf(row)} ${row.name}`);
    assert.deepEqual([...new Set(renamed)], ['22 STOPPED_BY_ADMIN']);
    const aliases = catalog.entries.flatMap((entry) => (entry.aliases ?? []).map((alias) => `${entry.code} ${alias}`));
    assert.deepEqual(aliases, ['22 STOPPED_BY_ADMIN']);
    assert.equal(entryFor(catalog, 22).name, 'STOPPED_BY');
  });

  it('keeps a status found only in an older version, marked deprecated with its old name and text', () => {
    const currentCodes = new Set(currentRows.map((row) => row.code));
    const onlyOld = [...blog, ...portal].filter((row) => !currentCodes.has(codeOf(row)));
    assert.deepEqual(onlyOld.map((row) => row.code), [134]);
    const entry = entryFor(catalog, 134);
    assert.equal(entry.name, 'WHATSAPP_HSM_NOT_AVAILABLE');
    assert.equal(entry.description, onlyOld[0]?.description);
    assert.equal(typeof entry.deprecated, 'string');
    assert.ok(String(entry.deprecated).length > 20, 'the deprecation says why');
    // The 2019 heading "WhatsApp Related" is the section the current page calls "WhatsApp-specific".
    assert.equal(entry.group, 'WhatsApp-specific');
  });

  it('differs from the older short descriptions only where the current page reworded them', () => {
    const reworded = (rows: readonly StatusRow[]): number[] =>
      rows
        .filter((row) => row.code !== 134)
        .filter((row) => loose(entryFor(catalog, codeOf(row) ?? NaN).description) !== loose(row.description))
        .map((row) => codeOf(row) ?? NaN);
    // Checked by hand: each of these is a rewording in the current page, which wins.
    assert.deepEqual(reworded(blog), [1, 2, 3, 20, 21]);
    assert.deepEqual(reworded(portal), [2, 3, 21, 141, 142, 143]);
  });

  it('lists no status that none of the three versions has', () => {
    const seedCodes = new Set([...currentRows, ...blog, ...portal].map(codeOf));
    const extra = catalog.entries.filter((entry) => !seedCodes.has(entry.code)).map((entry) => entry.code);
    assert.deepEqual(extra, []);
    assert.equal(catalog.entries.length, 62);
  });

  it('sets outcomes the source states or clearly implies', () => {
    const outcome = (code: number): string | undefined => entryFor(catalog, code).outcome;
    assert.deepEqual([2, 3, 4].map(outcome), ['pending', 'pending', 'pending']);
    assert.deepEqual([5, 6].map(outcome), ['delivered', 'delivered']);
    assert.deepEqual([20, 23, 25, 29, 100, 170, 284].map(outcome), Array(7).fill('failed'));
    assert.equal(outcome(283), 'success');
    // "Message not found" and "Emulated" say nothing about the message's fate.
    assert.deepEqual([1, 24].map(outcome), [undefined, undefined]);
    assert.equal(entryFor(catalog, 23).retryable, false, 'the supplier returned a permanent error');
  });
});
