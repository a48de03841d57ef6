import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseTable } from '../../../src/core/import/table';
import { seedsDir } from '../paths';
import { itWithShared } from '../sharedDocuments';

/** Lines `from`..`to` (1-based, inclusive) of a seed document. */
function seedLines(file: string, from: number, to: number): string {
  return readFileSync(path.join(seedsDir, file), 'utf8').split(/\r?\n/).slice(from - 1, to).join('\n');
}

describe('importing a table', () => {
  it('reads a Markdown table with a header, escapes and HTML in cells', () => {
    const table = parseTable(
      [
        '| Status Code | Callbacks; Query Message Response (description presented to clients) | Short Description | Details |',
        '| ----------- | ---- | ---- | ---- |',
        '| 60 | ENCRYPTION\\_ACCESS\\_DENIED | Security access denied. | Credentials are invalid or have expired. |',
        '| 61 | ENCRYPTION\\_CONTENT\\_ERROR | Content decryption failed. | |',
        '| 62 | `ENCRYPTION_VALIDATION_ERROR` | **Encryption** validation error. | <p>Possible causes:</p><ul><li>No key.</li><li>Mixed media &amp; text.</li></ul> |',
        '| | | | |',
      ].join('\n'),
    );
    assert.equal(table.format, 'markdown');
    assert.deepEqual(table.header?.[0], 'Status Code');
    assert.deepEqual(table.roles, { code: 0, name: 1, description: 2, details: 3 });
    assert.deepEqual(table.problems, []);
    assert.deepEqual(table.entries, [
      { code: 60, name: 'ENCRYPTION_ACCESS_DENIED', description: 'Security access denied.', details: 'Credentials are invalid or have expired.' },
      { code: 61, name: 'ENCRYPTION_CONTENT_ERROR', description: 'Content decryption failed.' },
      { code: 62, name: 'ENCRYPTION_VALIDATION_ERROR', description: '**Encryption** validation error.', details: 'Possible causes: No key. Mixed media & text.' },
    ]);
  });

  itWithShared('seeds', 'reads the Clickatell encryption table as it stands in the seed document', () => {
    const table = parseTable(seedLines('000_1f2f7a6ef1b76a95.txt', 22, 29));
    assert.equal(table.format, 'markdown');
    assert.deepEqual(
      table.entries.map((e) => [e.code, e.name, e.description]),
      [
        [60, 'ENCRYPTION_ACCESS_DENIED', 'Security access denied.'],
        [61, 'ENCRYPTION_CONTENT_ERROR', 'Content decryption failed.'],
        [62, 'ENCRYPTION_VALIDATION_ERROR', 'Encryption validation error.'],
      ],
    );
    assert.deepEqual(table.problems, [{ line: 1, message: '"### Encryption-related" is not a numeric code' }]);
  });

  itWithShared('seeds', 'reads pipe rows without outer pipes, as in the Webex Connect seed', () => {
    const table = parseTable(seedLines('002_70a425674b7fdb01.txt', 5, 12));
    assert.equal(table.format, 'markdown');
    assert.deepEqual(table.entries.slice(0, 3), [
      { code: 7000, description: 'Invalid JSON' },
      { code: 7001, description: 'Authentication failed' },
      { code: 7002, description: 'Service Key Missing' },
    ]);
    assert.equal(table.entries.length, 6);
    assert.deepEqual(table.problems, []);
  });

  it('reads plain pipe rows without a header or separator', () => {
    const table = parseTable('1 | REJECTED | The message was rejected\n2 | EXPIRED | The message expired\n3 | DELIVERED | Delivered to the handset');
    assert.equal(table.format, 'pipe');
    assert.equal(table.header, undefined);
    assert.deepEqual(table.entries[2], { code: 3, name: 'DELIVERED', description: 'Delivered to the handset' });
  });

  it('reads CSV with quoted cells holding commas, quotes and line breaks', () => {
    const table = parseTable(
      ['Error Code,Name,Message', '101,BAD_NUMBER,"The number is invalid, check it"', '102,QUOTA,"Quota ""daily"" exceeded"', '103,MULTI,"First line', 'second line"', '104,,'].join('\r\n'),
    );
    assert.equal(table.format, 'csv');
    assert.deepEqual(table.entries, [
      { code: 101, name: 'BAD_NUMBER', description: 'The number is invalid, check it' },
      { code: 102, name: 'QUOTA', description: 'Quota "daily" exceeded' },
      { code: 103, name: 'MULTI', description: 'First line second line' },
      { code: 104, description: '', undocumented: true },
    ]);
    assert.deepEqual(table.problems, []);
  });

  it('reads semicolon-separated CSV as spreadsheets in many locales write it', () => {
    const table = parseTable('Code;Description\n1;Zugestellt\n2;Abgelehnt; endgültig');
    assert.equal(table.format, 'csv');
    assert.deepEqual(table.entries.map((e) => [e.code, e.description]), [
      [1, 'Zugestellt'],
      [2, 'Abgelehnt'],
    ]);
  });

  it('reads TSV as copied from a spreadsheet, finding the columns by their header names', () => {
    const table = parseTable('Message\tStatus\tCode\nAccepted for delivery\tQUEUED\t1\nDelivered\tDELIVERED\t4\n');
    assert.equal(table.format, 'tsv');
    assert.deepEqual(table.roles, { code: 2, name: 1, description: 0, details: -1 });
    assert.deepEqual(table.entries[1], { code: 4, name: 'DELIVERED', description: 'Delivered' });
  });

  it('uses a "Status" header for codes when its cells are numbers', () => {
    const table = parseTable('Status\tDescription\n200\tOK\n404\tNot found');
    assert.deepEqual(table.roles, { code: 0, name: -1, description: 1, details: -1 });
    assert.equal(table.entries[1]?.description, 'Not found');
  });

  it('reads a headerless two-column table, even with single-word descriptions', () => {
    const table = parseTable('0,Success\n1,Failed\n2,Pending');
    assert.equal(table.header, undefined);
    assert.deepEqual(table.entries, [
      { code: 0, description: 'Success' },
      { code: 1, description: 'Failed' },
      { code: 2, description: 'Pending' },
    ]);
  });

  it('finds code, name and description in a headerless three-column table by their contents', () => {
    const table = parseTable('Invalid destination address,21,INVALID_DEST\nThe number is barred by the carrier,22,BARRED');
    assert.deepEqual(table.roles, { code: 1, name: 2, description: 0, details: -1 });
    assert.deepEqual(table.entries[1], { code: 22, name: 'BARRED', description: 'The number is barred by the carrier' });
  });

  itWithShared('seeds', 'reads lines whose cells run together, as in the GeniqTech seed', () => {
    const table = parseTable(seedLines('004_69d3b2748d8324c5.txt', 13, 22));
    assert.equal(table.format, 'lines');
    assert.deepEqual(table.header, ['responseCodeDescription']);
    assert.deepEqual(table.entries.slice(0, 3), [
      { code: 0, description: 'Success' },
      { code: 1, description: 'Invalid Username or Password' },
      { code: 2, description: 'Invalid IP request' },
    ]);
    assert.equal(table.entries[8]?.code, 10);
    assert.deepEqual(table.problems, []);
  });

  it('reads ranges and "200 OK" style code cells', () => {
    const table = parseTable('Code | Description\n34-37 | Reserved\n1000 to 1999 | Other errors\n200 OK | The request succeeded');
    assert.deepEqual(table.entries, [
      { code: 34, to: 37, description: 'Reserved' },
      { code: 1000, to: 1999, description: 'Other errors' },
      { code: 200, name: 'OK', description: 'The request succeeded' },
    ]);
  });

  it('reports the rows it cannot read, with their line, and keeps the rest', () => {
    const table = parseTable(['Code,Description', '1,One', 'abc,Not a code', ',No code', '99999999999,Too big', '9-3,Backwards', '2,Two'].join('\n'));
    assert.deepEqual(table.entries.map((e) => e.code), [1, 2]);
    assert.deepEqual(table.problems, [
      { line: 3, message: '"abc" is not a numeric code' },
      { line: 4, message: 'no code in this row' },
      { line: 5, message: '99999999999 is outside the range of codes a catalog can hold' },
      { line: 6, message: 'the range 9–3 ends before it starts' },
    ]);
  });

  it('keeps the first row of a repeated code and the other text as another description', () => {
    const table = parseTable('7820,Invalid template\n7821,Other\n7820,Template not approved\n7820,Invalid template');
    assert.deepEqual(table.entries[0], { code: 7820, description: 'Invalid template', otherDescriptions: ['Template not approved'] });
    assert.equal(table.entries.length, 2);
    assert.deepEqual(
      table.problems.map((p) => p.line),
      [3, 4],
    );
    assert.match(table.problems[0]!.message, /code 7820 repeats line 1/);
  });

  it('cuts texts longer than a catalog allows and says so', () => {
    const table = parseTable(`1,${'x'.repeat(2500)}`);
    assert.equal(table.entries[0]?.description.length, 2000);
    assert.deepEqual(table.problems, [{ line: 1, message: 'the description was cut to 2000 characters' }]);
  });

  it('reads nothing from text that is not a table, and says why for each line', () => {
    const table = parseTable('Hello there\nno codes here');
    assert.deepEqual(table.entries, []);
    assert.equal(table.problems.length, 2);
    assert.deepEqual(parseTable('').entries, []);
  });
});
