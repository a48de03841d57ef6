import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { CatalogIndex } from '../../../src/core/catalog/catalogIndex';
import { codeText, parseDotted } from '../../../src/core/catalog/codeFormat';
import { parseCatalog } from '../../../src/core/catalog/parse';
import type { Catalog } from '../../../src/core/catalog/types';
import { formatCatalog, scaffoldCatalog } from '../../../src/core/import/scaffold';
import { parseTable, type ImportedTable } from '../../../src/core/import/table';
import { linearRatio } from '../hardening/timing';
import { repoRoot } from '../paths';

const template: unknown = JSON.parse(readFileSync(path.join(repoRoot, 'resources', 'catalog-template.json'), 'utf8'));
const identity = { id: 'imported-codes', title: 'Imported codes', provider: 'Acme' };

/** The text of the catalog file the import writes for `table`. */
function fileText(table: ImportedTable): string {
  return formatCatalog(scaffoldCatalog(template, identity, table.entries, { codeFormat: table.codeFormat, codeWidth: table.codeWidth }));
}

/**
 * The catalog the import writes for `table`, loaded as the extension loads a
 * user's file (schema, then `normalizeCodes`); fails on any problem, and when
 * the loaded codes differ from the numbers the import reported.
 */
function loaded(table: ImportedTable): Catalog {
  const { catalog, problems } = parseCatalog(fileText(table), { file: 'imported.json' });
  assert.deepEqual(problems, []);
  assert.ok(catalog);
  assert.deepEqual(
    catalog.entries.map((entry) => [entry.code, entry.to]),
    table.entries.map((entry) => [entry.code, entry.to]),
  );
  return catalog;
}

/** The codes of a loaded catalog as every feature shows them. */
function shown(catalog: Catalog): string[] {
  return catalog.entries.map((entry) => (entry.to === undefined ? codeText(catalog, entry) : `${codeText(catalog, entry)}–${codeText(catalog, { code: entry.to })}`));
}

describe('importing tables of hex codes', () => {
  it('reads a Markdown command_status table into a hex catalog that keeps the codes eight digits wide', () => {
    const table = parseTable(
      [
        '| Error Name | Value | Description |',
        '| ---------- | ----- | ----------- |',
        '| ESME_ROK | 0x00000000 | Success: the request was accepted. |',
        '| ESME_RINVMSGLEN | 0x00000001 | The short message has the wrong length. |',
        '| ESME_RINVDSTADR | 0x0000000B | The destination address is not valid. |',
        '| ESME_RTHROTTLED | 0x00000058 | The ESME sent faster than it is allowed to. |',
        '| Reserved for vendors | 0x00000400 - 0x000004FF | Codes an SMSC vendor defines. |',
      ].join('\n'),
    );
    assert.equal(table.codeFormat, 'hex');
    assert.equal(table.codeWidth, 8);
    assert.deepEqual(table.roles, { code: 1, name: 0, description: 2, details: -1 });
    assert.deepEqual(table.problems, []);
    assert.deepEqual(table.entries[2], { code: 11, codeText: '0x0000000B', name: 'ESME_RINVDSTADR', description: 'The destination address is not valid.' });
    assert.deepEqual(table.entries[4], { code: 0x400, codeText: '0x00000400', to: 0x4ff, name: 'Reserved for vendors', description: 'Codes an SMSC vendor defines.' });

    const text = fileText(table);
    assert.match(text, /"kind": "error",\n {2}"codeFormat": "hex",\n {2}"codeWidth": 8,\n/);
    assert.match(text, /^ {4}\{ "code": "0x0000000B", "description": "The destination address is not valid.", "name": "ESME_RINVDSTADR" \}/m);
    assert.match(text, /\{ "code": "0x00000400", "description": "Codes an SMSC vendor defines.", "to": "0x000004FF", /);
    assert.deepEqual(shown(loaded(table)), ['0x00000000', '0x00000001', '0x0000000B', '0x00000058', '0x00000400–0x000004FF']);
  });

  it('reads a tab-separated copy of a web page whose hex codes are short, keeping each code as wide as it was written', () => {
    const table = parseTable(['Status\tValue\tMeaning', 'ESME_RSYSERR\t0x08\tThe SMSC failed', 'ESME_RINVDSTADR\t0x0B\tBad destination', 'ESME_RTHROTTLED\t0x58\tThrottled', 'ESME_RINVTLVSTREAM\t0xC0\tBroken TLV stream', 'ESME_RSERTYPUNAVAIL\t0x102\tService type unavailable'].join('\n'));
    assert.equal(table.format, 'tsv');
    assert.equal(table.codeFormat, 'hex');
    assert.equal(table.codeWidth, 2);
    assert.deepEqual(table.roles, { code: 1, name: 0, description: 2, details: -1 });
    assert.deepEqual(
      table.entries.map((entry) => [entry.code, entry.codeText, entry.name]),
      [
        [8, '0x08', 'ESME_RSYSERR'],
        [11, '0x0B', 'ESME_RINVDSTADR'],
        [88, '0x58', 'ESME_RTHROTTLED'],
        [192, '0xC0', 'ESME_RINVTLVSTREAM'],
        [258, '0x102', 'ESME_RSERTYPUNAVAIL'],
      ],
    );
    assert.deepEqual(shown(loaded(table)), ['0x08', '0x0B', '0x58', '0xC0', '0x102']);
  });

  it('reads plain lines copied from a specification that name each hex code before it, and reports the row written in decimal', () => {
    const table = parseTable(
      [
        'Error Name Value Description',
        'ESME_ROK        0x00000000  Success',
        'ESME_RALYBND    0x00000005  The ESME is bound already',
        'ESME_RTHROTTLED 0x00000058  Sent too fast: slow down and send again',
        'ESME_RX_T_APPN  100         Temporary error in the receiving application',
        'Reserved for vendors 0x00000400 - 0x000004FF',
      ].join('\n'),
    );
    assert.equal(table.format, 'lines');
    assert.equal(table.codeFormat, 'hex');
    assert.deepEqual(table.header, ['Error Name Value Description']);
    assert.deepEqual(table.entries.slice(0, 3), [
      { code: 0, codeText: '0x00000000', name: 'ESME_ROK', description: 'Success' },
      { code: 5, codeText: '0x00000005', name: 'ESME_RALYBND', description: 'The ESME is bound already' },
      { code: 88, codeText: '0x00000058', name: 'ESME_RTHROTTLED', description: 'Sent too fast: slow down and send again' },
    ]);
    assert.deepEqual(table.entries[3], { code: 0x400, codeText: '0x00000400', to: 0x4ff, name: 'Reserved for vendors', description: '' });
    assert.deepEqual(table.problems, [{ line: 5, message: '"100" is a decimal number, but the table\'s other codes are hex (0x…): it could mean 0x64 or 0x100, so the row is left out' }]);
    loaded(table);
  });
});

describe('importing tables of word codes', () => {
  it('reads plain lines of delivery-receipt words into a name catalog whose words are numbered by their place, inventing no value', () => {
    const table = parseTable(
      [
        'Final states in the stat field',
        '',
        'DELIVRD  The handset has the message',
        'EXPIRED  Its validity period ran out first',
        'UNDELIV  It cannot be delivered',
        'ACCEPTD  Accepted on behalf of the subscriber',
        'REJECTD  The SMSC refused it',
      ].join('\n'),
    );
    assert.equal(table.format, 'lines');
    assert.equal(table.codeFormat, 'name');
    assert.equal(table.codeWidth, undefined);
    assert.deepEqual(table.header, ['Final states in the stat field']);
    assert.deepEqual(table.problems, []);
    assert.deepEqual(table.entries.slice(0, 2), [
      { code: 1, codeText: 'DELIVRD', description: 'The handset has the message' },
      { code: 2, codeText: 'EXPIRED', description: 'Its validity period ran out first' },
    ]);
    const text = fileText(table);
    assert.match(text, /"codeFormat": "name",/);
    assert.match(text, /^ {4}\{ "code": "UNDELIV", "description": "It cannot be delivered" \}/m);
    // The schema's `value` is the number the protocol gives a word; a table of words alone gives none, and the core numbers words by their place.
    assert.doesNotMatch(text, /"value"/);
    const catalog = loaded(table);
    assert.deepEqual(shown(catalog), ['DELIVRD', 'EXPIRED', 'UNDELIV', 'ACCEPTD', 'REJECTD']);
    assert.equal(catalog.entries[2]?.name, 'UNDELIV');
  });

  it('reads lower-case status words under a Markdown header that calls their column the status', () => {
    const table = parseTable(
      [
        '| `status` | Description |',
        '| -------- | ----------- |',
        '| `accepted` | The carrier took the message and has not delivered it yet |',
        '| `delivered` | The message reached the handset |',
        '| `failed` | The message was not delivered |',
        '| `unknown` | Nothing useful came back |',
      ].join('\n'),
    );
    assert.equal(table.codeFormat, 'name');
    assert.deepEqual(table.header, ['status', 'Description']);
    assert.deepEqual(table.entries[1], { code: 2, codeText: 'delivered', description: 'The message reached the handset' });
    assert.deepEqual(shown(loaded(table)), ['accepted', 'delivered', 'failed', 'unknown']);
  });

  it('reads two columns of words from a tab-separated receipt table, the first as the code and the second as another spelling of it', () => {
    const table = parseTable(['Receipt stat\tMessage state\tMeaning', 'DELIVRD\tDELIVERED\tDelivered to the handset', 'UNDELIV\tUNDELIVERABLE\tCannot be delivered', 'UNKNOWN\tUNKNOWN\tState not known'].join('\n'));
    assert.equal(table.codeFormat, 'name');
    assert.deepEqual(table.roles, { code: 0, name: 1, description: 2, details: -1 });
    assert.deepEqual(table.entries, [
      { code: 1, codeText: 'DELIVRD', name: 'DELIVERED', description: 'Delivered to the handset' },
      { code: 2, codeText: 'UNDELIV', name: 'UNDELIVERABLE', description: 'Cannot be delivered' },
      { code: 3, codeText: 'UNKNOWN', description: 'State not known' },
    ]);
    const catalog = loaded(table);
    assert.equal(catalog.entries[0]?.name, 'DELIVRD');
    assert.deepEqual(catalog.entries[0]?.aliases, ['DELIVERED']);
  });

  it('does not take lines of a log, which repeat a few upper-case words, for a table of word codes', () => {
    const table = parseTable(['INFO started the worker', 'WARN queue is slow', 'INFO sent 3 messages', 'INFO sent 2 messages', 'WARN queue is slow'].join('\n'));
    assert.deepEqual(table.entries, []);
    assert.equal(table.problems.length, 5);
  });

  it('does not take headerless lines of ordinary words for a table of word codes', () => {
    const table = parseTable(['delivered\tThe message arrived', 'failed\tThe message did not arrive'].join('\n'));
    assert.deepEqual(table.entries, []);
    assert.match(table.problems[0]?.message ?? '', /^no column holds codes: numbers, hex \(0x0000000B\), dotted \(5\.1\.1, X\.1\.1\) or upper-case words \(UNDELIV\)$/);
  });
});

describe('importing tables of dotted codes', () => {
  it('reads a Markdown table of enhanced status codes written X.subject.detail, with class and subject rows written XXX and YYY', () => {
    const table = parseTable(
      [
        '| Code | Sample Text | Description |',
        '|------|-------------|-------------|',
        '| 2.XXX.YYY | Success | The message was delivered or relayed. |',
        '| 5.XXX.YYY | Permanent Failure | Sending again in the same form will not help. |',
        '| X.1.YYY | Addressing Status | Something is wrong with an address. |',
        '| X.1.1 | Bad destination mailbox address | The mailbox part of the recipient address does not exist. |',
        '| X.2.2 | Mailbox full | The recipient is over quota. |',
      ].join('\n'),
    );
    assert.equal(table.codeFormat, 'dotted');
    assert.deepEqual(table.roles, { code: 0, name: 1, description: 2, details: -1 });
    assert.deepEqual(table.problems, []);
    assert.deepEqual(
      table.entries.map((entry) => [entry.codeText, entry.code, entry.name]),
      [
        ['2.X.X', parseDotted('2.X.X'), 'Success'],
        ['5.X.X', parseDotted('5.X.X'), 'Permanent Failure'],
        ['X.1.X', parseDotted('X.1.X'), 'Addressing Status'],
        ['X.1.1', parseDotted('X.1.1'), 'Bad destination mailbox address'],
        ['X.2.2', parseDotted('X.2.2'), 'Mailbox full'],
      ],
    );
    assert.match(fileText(table), /"codeFormat": "dotted",/);
    const catalog = loaded(table);
    assert.deepEqual(shown(catalog), ['2.X.X', '5.X.X', 'X.1.X', 'X.1.1', 'X.2.2']);
    // A reply's 5.1.1 finds the X.1.1 row, and the class and subject rows explain its parts, as with the built-in registry.
    const index = new CatalogIndex([catalog]);
    assert.deepEqual(index.byDotted(parseDotted('5.1.1') ?? 0).map((match) => match.entry.codeText), ['X.1.1']);
    assert.deepEqual(index.dottedParts(catalog, parseDotted('5.1.1') ?? 0).map((match) => match.entry.codeText), ['5.X.X', 'X.1.X']);
  });

  it('keeps the class a provider writes its codes with, so a temporary and a permanent full mailbox stay two rows', () => {
    const table = parseTable(['4.2.2  The mailbox is full for now; the message will be retried', '5.2.2  The mailbox is full and the message was returned', '5.1.1 - No such user here', '5.7.1: Refused by the receiving policy'].join('\n'));
    assert.equal(table.format, 'lines');
    assert.equal(table.codeFormat, 'dotted');
    assert.deepEqual(table.problems, []);
    assert.deepEqual(
      table.entries.map((entry) => [entry.codeText, entry.description]),
      [
        ['4.2.2', 'The mailbox is full for now; the message will be retried'],
        ['5.2.2', 'The mailbox is full and the message was returned'],
        ['5.1.1', 'No such user here'],
        ['5.7.1', 'Refused by the receiving policy'],
      ],
    );
    const catalog = loaded(table);
    const index = new CatalogIndex([catalog]);
    assert.deepEqual(index.byDotted(parseDotted('4.2.2') ?? 0).map((match) => match.entry.description), ['The mailbox is full for now; the message will be retried']);
    // The table says nothing about 4.1.1, so the catalog does not claim it.
    assert.deepEqual(index.byDotted(parseDotted('4.1.1') ?? 0), []);
  });

  it('reads dotted codes from tab-separated text copied from a web page, where the code cell also holds its name', () => {
    const table = parseTable(['Enhanced code\tExplanation', 'x.7.1 Delivery not authorized\tThe sender may not send to this recipient', 'X.7.26 Multiple authentication checks failed\tThe message failed more than one check'].join('\n'));
    assert.equal(table.codeFormat, 'dotted');
    assert.deepEqual(table.entries, [
      { code: parseDotted('X.7.1'), codeText: 'X.7.1', name: 'Delivery not authorized', description: 'The sender may not send to this recipient' },
      { code: parseDotted('X.7.26'), codeText: 'X.7.26', name: 'Multiple authentication checks failed', description: 'The message failed more than one check' },
    ]);
    loaded(table);
  });
});

describe('importing tables that mix code formats', () => {
  it('reports each row whose code is written in another format than most of the table, and imports the rest', () => {
    const table = parseTable(
      ['Name,Code,Description', 'ESME_ROK,0x00000000,Success', 'ESME_RINVDSTADR,0x0000000B,Bad destination', 'ESME_RX_P_APPN,101,Permanent application error', 'ODD,X.1.1,Not SMPP at all', 'ESME_RSYSERR,,No code given', 'ESME_RUNKNOWNERR,0x000000FF,Unknown error'].join('\n'),
    );
    assert.equal(table.codeFormat, 'hex');
    assert.deepEqual(table.entries.map((entry) => entry.codeText), ['0x00000000', '0x0000000B', '0x000000FF']);
    assert.deepEqual(table.problems, [
      { line: 4, message: '"101" is a decimal number, but the table\'s other codes are hex (0x…): it could mean 0x65 or 0x101, so the row is left out' },
      { line: 5, message: '"X.1.1" is a dotted code, but the table\'s other codes are hex (0x…), so the row is left out' },
      { line: 6, message: 'no hex code in this row' },
    ]);
    loaded(table);
  });

  it('reads 0 to 9 among hex codes as hex, since they mean the same in decimal', () => {
    const table = parseTable('0 | Success\n0x0000000B | Bad destination\n0x00000058 | Throttled');
    assert.equal(table.codeFormat, 'hex');
    assert.deepEqual(table.problems, []);
    assert.deepEqual(shown(loaded(table)), ['0x00000000', '0x0000000B', '0x00000058']);
  });

  it('reports a dotted range, a part of 999 and a basic reply code in a table of dotted codes', () => {
    const table = parseTable(['X.1.1 | Bad mailbox', 'X.7.1 - X.7.5 | Security rows', '5.1.999 | Too far', '550 | Basic code only', 'X.1.2 | Bad system'].join('\n'));
    assert.equal(table.codeFormat, 'dotted');
    assert.deepEqual(table.entries.map((entry) => entry.codeText), ['X.1.1', 'X.1.2']);
    assert.deepEqual(table.problems, [
      { line: 2, message: '"X.7.1 - X.7.5" is a range, and dotted codes have none: list each code on a row of its own' },
      { line: 3, message: '5.1.999 has a part 999, which a catalog holds for X (any), so it cannot be imported' },
      { line: 4, message: '"550" is a decimal number, but the table\'s other codes are dotted (class.subject.detail, such as 5.1.1 or X.1.1), so the row is left out' },
    ]);
    loaded(table);
  });

  it('keeps the first row of a word written twice in different cases, as the catalog compares words', () => {
    const table = parseTable('DELIVRD | Delivered\nUNDELIV | Undeliverable\nundeliv | Could not deliver\nREJECTD | Rejected\n0x0B | Hex among words');
    assert.equal(table.codeFormat, 'name');
    assert.deepEqual(table.entries.map((entry) => [entry.code, entry.codeText]), [
      [1, 'DELIVRD'],
      [2, 'UNDELIV'],
      [3, 'REJECTD'],
    ]);
    assert.deepEqual(table.entries[1]?.otherDescriptions, ['Could not deliver']);
    assert.deepEqual(table.problems, [
      { line: 3, message: 'code undeliv repeats line 2; its text was kept as another description of the first row' },
      { line: 5, message: '"0x0B" is a hex code, but the table\'s other codes are words (such as UNDELIV), so the row is left out' },
    ]);
    loaded(table);
  });

  it('says which rows of a decimal table hold hex or dotted codes instead of reading a number off their start', () => {
    const table = parseTable(['0 Success', '1 - Failed', '0x0B Hex code', '5.1.1 Dotted code', '2 Pending'].join('\n'));
    assert.equal(table.codeFormat, 'decimal');
    assert.deepEqual(table.entries, [
      { code: 0, description: 'Success' },
      { code: 1, description: 'Failed' },
      { code: 2, description: 'Pending' },
    ]);
    assert.deepEqual(table.problems, [
      { line: 3, message: '"0x0B" is a hex code, but the table\'s other codes are decimal numbers, so the row is left out' },
      { line: 4, message: '"5.1.1" is a dotted code, but the table\'s other codes are decimal numbers, so the row is left out' },
    ]);
  });

  it('never throws on text mixing every format, and every catalog it writes loads into the codes it reported', function () {
    // Generous for a busy machine: property runs take a second or two on an idle one.
    this.timeout(30_000);
    const pieces = ['0', '23', '0x0B', '0x00000058', '0X1f', '0x', '-', ' - ', 'X.1.1', '5.1.1', '2.XXX.YYY', 'x.7.999', 'UNDELIV', 'DELIVRD', 'delivered', 'ESME_ROK', 'Status', 'Code', 'Description', ' ', '  ', '\t', '|', ',', '\n', '\n', '---', '`', 'Failed: x'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join('')), (text) => {
        const table = parseTable(text);
        const lines = text.split('\n').length;
        for (const problem of table.problems) assert.ok(problem.line >= 1 && problem.line <= lines);
        if (table.entries.length > 0) {
          loaded(table);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads long lines of hex, dotted and word codes in time linear in their length', () => {
    assert.ok(linearRatio((n) => `ESME_ROK 0x${'0'.repeat(n)} text\nESME_X 0x0B x`, parseTable, 20_000) < 3.5);
    assert.ok(linearRatio((n) => Array.from({ length: n }, (_, i) => `X.1.${i % 998} | row ${i}`).join('\n'), parseTable, 2_000) < 3.5);
    assert.ok(linearRatio((n) => `${'A'.repeat(n)} ${'x '.repeat(n)}\nUNDELIV gone`, parseTable, 20_000) < 3.5);
  });
});

describe('importing decimal tables', () => {
  it('reads a decimal table as before: numbers as codes, and a catalog file that declares no code format', () => {
    const text = ['| Code | Hex | Name | Description |', '|---|---|---|---|', '| 0 | 0x00 | OK | Accepted |', '| 11 | 0x0B | BAD_DEST | Bad destination |', '| 34-37 | | | Reserved |'].join('\n');
    const table = parseTable(text);
    assert.equal(table.codeFormat, 'decimal');
    assert.equal(table.codeWidth, undefined);
    assert.deepEqual(table.roles.code, 0);
    assert.deepEqual(table.entries, [
      { code: 0, name: 'OK', description: 'Accepted' },
      { code: 11, name: 'BAD_DEST', description: 'Bad destination' },
      { code: 34, to: 37, description: 'Reserved' },
    ]);
    // The file is the one the import wrote before it knew other formats: the entries alone, no codeFormat or codeWidth.
    assert.equal(fileText(table), formatCatalog(scaffoldCatalog(template, identity, table.entries)));
    assert.doesNotMatch(fileText(table), /codeFormat|codeWidth/);
    assert.match(fileText(table), /^ {4}\{ "code": 11, "description": "Bad destination", "name": "BAD_DEST" \}/m);
    assert.deepEqual(shown(loaded(table)), ['0', '11', '34–37']);
  });
});
