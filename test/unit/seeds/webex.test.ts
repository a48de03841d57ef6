import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Catalog, CatalogEntry } from '../../../src/core/catalog/types';
import { catalogsDir, seedsDir } from '../paths';
import { foldText, parseWebexSeed, type ParsedSeed, type SeedRow, type SeedTable } from './webexParse';
import { describeWithShared } from '../sharedDocuments';

/**
 * Every table of the Webex Connect document, in document order, with the
 * number of body rows counted by hand in the document and the catalog that
 * must hold them. A heading is the prose line that names the table.
 */
const expectedTables = [
  { heading: 'Common Error Codes across Channels', catalog: 'webex-connect-common', rows: 12 },
  { heading: 'Apple Messages for Business', catalog: 'webex-connect-apple-messages', rows: 19 },
  { heading: 'Email', catalog: 'webex-connect-email', rows: 13 },
  { heading: 'Google Business Messages (Deprecated)', catalog: 'webex-connect-google-business-messages', rows: 22 },
  { heading: 'In-App Messaging and Live Chat', catalog: 'webex-connect-in-app-messaging', rows: 28 },
  { heading: 'Instagram', catalog: 'webex-connect-instagram', rows: 16 },
  { heading: 'MMS', catalog: 'webex-connect-mms', rows: 63 },
  { heading: 'Messenger', catalog: 'webex-connect-messenger', rows: 13 },
  { heading: 'Push', catalog: 'webex-connect-push', rows: 45 },
  { heading: 'RCS', catalog: 'webex-connect-rcs', rows: 25 },
  { heading: 'SMS', catalog: 'webex-connect-sms', rows: 18 },
  {
    heading:
      'In addition to the existing SMS error codes, client tenants hosted in the United States and Canada regions have these additional error codes for SMS:',
    catalog: 'webex-connect-sms',
    label: 'SMS additions for the United States and Canada',
    rows: 11,
    usCanada: true,
  },
  { heading: 'Voice', catalog: 'webex-connect-voice', rows: 17 },
  { heading: 'Voice - Logbook Error Codes', catalog: 'webex-connect-voice-logbook', rows: 21 },
  { heading: 'WhatsApp', catalog: 'webex-connect-whatsapp', rows: 69 },
  { heading: 'Contact Policy-integrated Error Codes', catalog: 'webex-connect-contact-policy', rows: 9 },
] as const;

/**
 * Where a catalog deliberately differs from the page copy: an obvious typo or
 * a copy artefact. Each must occur in the document and the catalog entry must
 * quote the original in its note, so that nothing is changed silently.
 */
const corrections = [
  { catalog: 'webex-connect-email', code: 7523, source: '[email protected]', written: 'abc@xyz.com' },
  { catalog: 'webex-connect-email', code: 7524, source: '[email protected]', written: 'abc@xyz.com' },
  { catalog: 'webex-connect-email', code: 7241, source: '* Returned', written: 'Returned' },
  { catalog: 'webex-connect-sms', code: 7720, source: 'messae', written: 'message' },
  { catalog: 'webex-connect-voice-logbook', code: 1003, source: 'doest not', written: 'does not' },
  { catalog: 'webex-connect-voice-logbook', code: 2003, source: 'asnwered', written: 'answered' },
  { catalog: 'webex-connect-voice-logbook', code: 3002, source: 'reponse', written: 'response' },
  { catalog: 'webex-connect-messenger', code: 2018336, source: 'information.98', written: 'information.' },
  { catalog: 'webex-connect-push', code: 7563, source: 'recomends', written: 'recommends' },
  { catalog: 'webex-connect-push', code: 7564, source: 'recomends', written: 'recommends' },
  {
    catalog: 'webex-connect-whatsapp',
    code: 7802,
    source: 'user_identity_changedsystem',
    written: 'user_identity_changed system',
  },
] as const;

/** The SMS delivery status column and the outcome each of its values means. */
const deliveryOutcomes: Record<string, string> = {
  Delivered: 'delivered',
  Submitted: 'pending',
  Failed: 'failed',
  'Un-Delivered': 'failed',
};

type ExpectedTable = (typeof expectedTables)[number];

/** The meaning of one row, read through the header names of its table. */
interface RowText {
  readonly description: string;
  readonly details: string;
  readonly deliveryStatus?: string;
}

function rowText(table: SeedTable, row: SeedRow, catalog: string): RowText {
  const cell = (name: string): string | undefined => {
    const column = table.columns.indexOf(name);
    return column < 0 ? undefined : applyCorrections(catalog, row, row.cells[column] ?? '');
  };
  // The Contact Policy table heads its short text "Message" and its longer text "Description".
  const hasMessage = table.columns.includes('Message');
  const text: RowText = {
    description: cell(hasMessage ? 'Message' : 'Description') ?? '',
    details: cell(hasMessage ? 'Description' : 'Details') ?? '',
  };
  const deliveryStatus = cell('Delivery Status');
  return deliveryStatus === undefined ? text : { ...text, deliveryStatus };
}

const appliedCorrections = new Set<number>();

function applyCorrections(catalog: string, row: SeedRow, text: string): string {
  let result = text;
  corrections.forEach((correction, index) => {
    if (correction.catalog === catalog && correction.code === row.code && result.includes(correction.source)) {
      result = result.replace(correction.source, correction.written);
      appliedCorrections.add(index);
    }
  });
  return result;
}

function loadCatalog(id: string): Catalog {
  return JSON.parse(fs.readFileSync(path.join(catalogsDir, `${id}.json`), 'utf8')) as Catalog;
}

function isRange(entry: CatalogEntry): boolean {
  return entry.to !== undefined && entry.to !== entry.code;
}

describeWithShared('seeds', 'Webex Connect catalogs against the channel status code document', () => {
  let seed: ParsedSeed;
  const catalogs = new Map<string, Catalog>();
  /** Every row of the document with its text, by the catalog that must hold it. */
  const rowsByCatalog = new Map<string, { row: SeedRow; text: RowText }[]>();

  before(() => {
    seed = parseWebexSeed(fs.readFileSync(path.join(seedsDir, '002_70a425674b7fdb01.txt'), 'utf8'));
    expectedTables.forEach((expected, index) => {
      if (!catalogs.has(expected.catalog)) {
        catalogs.set(expected.catalog, loadCatalog(expected.catalog));
        rowsByCatalog.set(expected.catalog, []);
      }
      const table = seed.tables[index];
      for (const row of table?.rows ?? []) {
        rowsByCatalog.get(expected.catalog)?.push({ row, text: rowText(table as SeedTable, row, expected.catalog) });
      }
    });
  });

  function tableFor(expected: ExpectedTable): SeedTable {
    const table = seed.tables[expectedTables.indexOf(expected)];
    assert.ok(table, `no table for "${expected.heading}"`);
    return table;
  }

  it('reads every line of the document without a problem', () => {
    assert.deepEqual(seed.problems, []);
  });

  it('finds the sixteen tables in document order, each with its hand-counted number of rows', () => {
    assert.equal(seed.tables.length, expectedTables.length);
    for (const expected of expectedTables) {
      const table = tableFor(expected);
      assert.ok(table.preamble.includes(expected.heading), `"${expected.heading}" is not before table ${table.columns.join(' | ')}`);
      assert.equal(table.rows.length, expected.rows, `rows of "${expected.heading}"`);
    }
  });

  for (const expected of expectedTables) {
    const label = 'label' in expected ? expected.label : expected.heading;
    it(`finds every row of the "${label}" table in ${expected.catalog} with the same code and text`, () => {
      const table = tableFor(expected);
      const catalog = catalogs.get(expected.catalog);
      assert.ok(catalog);
      const rows = rowsByCatalog.get(expected.catalog)?.filter(({ row }) => table.rows.includes(row)) ?? [];
      assert.equal(rows.length, table.rows.length);
      for (const { row, text } of rows) {
        const where = `${expected.catalog}, line ${row.line}`;
        if (row.series) {
          // "Other 1000, 2000, 3000 series": each series is the thousand codes it starts.
          for (const first of row.series) {
            const ranges: CatalogEntry[] = catalog.entries.filter((entry) => entry.code === first && entry.to === first + 999);
            assert.equal(ranges.length, 1, `${where}: one range ${first}-${first + 999}`);
            const [range] = ranges as [CatalogEntry];
            assert.equal(foldText(range.description), foldText(text.description), where);
            assert.equal(foldText(range.details ?? ''), foldText(text.details), where);
          }
          continue;
        }
        const matches: CatalogEntry[] = catalog.entries.filter((entry) => entry.code === row.code && !isRange(entry));
        assert.equal(matches.length, 1, `${where}: exactly one entry for ${row.code}`);
        const [entry] = matches as [CatalogEntry];
        if (text.description === '' && text.details === '') {
          assert.equal(entry.undocumented, true, `${where}: ${row.code} has no text and must be marked undocumented`);
          assert.ok(entry.description.length > 0, `${where}: undocumented entries still say so in their description`);
          continue;
        }
        assert.notEqual(entry.undocumented, true, `${where}: ${row.code} has text in the document`);
        const description = foldText(text.description);
        if (foldText(entry.description) === description) {
          if (text.details === '') {
            assert.equal(entry.details, undefined, `${where}: ${row.code} has no details in the document`);
          } else {
            assert.equal(foldText(entry.details ?? ''), foldText(text.details), `${where}: details of ${row.code}`);
          }
        } else {
          const others = (entry.otherDescriptions ?? []).map(foldText);
          const index = others.indexOf(description);
          assert.ok(index >= 0, `${where}: "${text.description}" is neither the description nor another description of ${row.code}`);
          assert.equal(text.details, '', `${where}: a second text for ${row.code} carries details the catalog cannot hold`);
        }
        if (text.deliveryStatus !== undefined) {
          const group = entry.group?.toLowerCase() ?? '';
          assert.ok(group.includes(`delivery status: ${text.deliveryStatus.toLowerCase()}`), `${where}: group keeps the delivery status`);
          assert.equal(entry.outcome, deliveryOutcomes[text.deliveryStatus], `${where}: outcome of ${text.deliveryStatus}`);
        }
        if ('usCanada' in expected) {
          assert.ok(entry.group?.startsWith('United States and Canada'), `${where}: group names the United States and Canada`);
        } else {
          assert.ok(!entry.group?.includes('United States and Canada'), `${where}: only the additional table is for the United States and Canada`);
        }
      }
    });
  }

  it('holds no entry, range or other description that the document does not list', () => {
    for (const [id, catalog] of catalogs) {
      const rows = rowsByCatalog.get(id) ?? [];
      for (const entry of catalog.entries) {
        if (isRange(entry)) {
          const listed = rows.some(({ row }) => row.series?.some((first) => first === entry.code && entry.to === first + 999));
          assert.ok(listed, `${id}: range ${entry.code}-${entry.to} is not in the document`);
          continue;
        }
        const texts = rows.filter(({ row }) => row.code === entry.code).map(({ text }) => foldText(text.description));
        assert.ok(texts.length > 0, `${id}: ${entry.code} is not in the document`);
        for (const other of entry.otherDescriptions ?? []) {
          assert.ok(texts.includes(foldText(other)), `${id}: "${other}" is not a text of ${entry.code} in the document`);
        }
      }
    }
  });

  it('uses every recorded correction of the page copy and quotes the original in the entry note', () => {
    corrections.forEach((correction, index) => {
      assert.ok(appliedCorrections.has(index), `"${correction.source}" of ${correction.code} was not found in the document`);
      const entry = catalogs.get(correction.catalog)?.entries.find((candidate) => candidate.code === correction.code);
      assert.ok(entry?.note?.includes(`"${correction.source}"`), `${correction.catalog} ${correction.code}: the note quotes "${correction.source}"`);
    });
  });

  it('reports a row it cannot read instead of skipping it', () => {
    const broken = [
      'Email',
      'Status Code | Description | Details |',
      '---|---|---|',
      '7500 | Delivered | Returned when e-mail is delivered |',
      '7501 | Submitted | Returned when e-mail sent to the gateway',
      '7520 | Bounce | a | b |',
      'x7521 | Complaint |',
      '7522 Email address is not verified',
      '7523 | Invalid email address |',
    ].join('\n');
    const parsed = parseWebexSeed(broken);
    assert.equal(parsed.problems.length, 5, parsed.problems.join('\n'));
    assert.match(parsed.problems[0] ?? '', /line 5: row without a closing pipe/);
    assert.match(parsed.problems[1] ?? '', /line 6: 4 cells in a table of 3 columns/);
    assert.match(parsed.problems[2] ?? '', /line 7: code cell is neither/);
    assert.match(parsed.problems[3] ?? '', /line 8: row without cells/);
    // The prose-like line ends the table, so the next row has no header and is reported, not read into the table.
    assert.match(parsed.problems[4] ?? '', /line 9: table row outside a table/);
    assert.equal(parsed.tables[0]?.rows.length, 1);
  });
});
