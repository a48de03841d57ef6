import * as assert from 'node:assert/strict';
import { entryFor, readCatalog } from '../catalogs/catalogFiles';
import { parseGeniqtech, type RunTogetherTable } from './geniqtechSeed';
import { readSeed } from './seedFiles';
import { describeWithShared } from '../sharedDocuments';

describeWithShared('seeds', 'GeniqTech catalogs against the seed', () => {
  let tables: RunTogetherTable[];

  before(() => {
    tables = parseGeniqtech(readSeed('004'));
  });

  it('reads three run-together tables with 23, 15 and 25 rows', () => {
    assert.deepEqual(
      tables.map((table) => [table.heading, table.codeColumn, table.rows.length]),
      [
        ['Response Codes', 'responseCode', 23],
        ['Reason Codes', 'reasonCode', 15],
        ['Manage WhatsApp Template Response Codes', 'responseCode', 25],
      ],
    );
  });

  it('splits every code from its text as the page lists them', () => {
    // Codes copied by hand from the page, in page order (301 stands between 21 and 22 there).
    assert.deepEqual(
      tables.map((table) => table.rows.map((row) => row.code)),
      [
        [0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 301, 22, 88, 99],
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 201],
        [0, 1, 2, 3, 4, 10, 100, 190, 368, 506, 80007, 131001, 131006, 131008, 131009, 131021, 131031, 131051, 131055, 132000, 132001, 132005, 132007, 132012, 133000],
      ],
    );
    const template = tables[2]?.rows ?? [];
    assert.equal(template.find((row) => row.code === 131001)?.text, 'Message length exceeds 4096 characters');
    assert.equal(template.find((row) => row.code === 80007)?.text, 'Platform rate limit reached');
  });

  const catalogsByHeading: Record<string, string> = {
    'Response Codes': 'geniqtech-response-codes',
    'Reason Codes': 'geniqtech-reason-codes',
    'Manage WhatsApp Template Response Codes': 'geniqtech-whatsapp-template-codes',
  };

  it('has every row in its catalog with the same code, text and section, and nothing else', () => {
    for (const table of tables) {
      const id = catalogsByHeading[table.heading];
      assert.ok(id, `a catalog for "${table.heading}"`);
      const catalog = readCatalog(id);
      for (const row of table.rows) {
        const entry = entryFor(catalog, row.code);
        assert.equal(entry.description, row.text, `${id} ${row.code}`);
        assert.equal(entry.group, table.heading, `${id} ${row.code}`);
      }
      assert.deepEqual(
        catalog.entries.map((entry) => entry.code),
        table.rows.map((row) => row.code),
        `${id} lists the page's codes in the page's order`,
      );
      assert.ok(catalog.context.includes(table.codeColumn), `${id} recognises ${table.codeColumn}`);
    }
  });

  it('marks only success as successful and the template codes the page calls temporary as retryable', () => {
    const responses = readCatalog('geniqtech-response-codes');
    assert.deepEqual(
      responses.entries.filter((entry) => entry.outcome === 'success').map((entry) => entry.code),
      [0],
    );
    const template = readCatalog('geniqtech-whatsapp-template-codes');
    assert.deepEqual(
      template.entries.filter((entry) => entry.retryable).map((entry) => entry.description),
      ['Failed due to a temporary issue', 'Temporary issue due to downtime', 'Temporary issue due to throttling'],
    );
  });
});
