import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Catalog, CatalogEntry } from '../../../src/core/catalog/types';
import { describeWithShared } from '../sharedDocuments';
import { catalogsDir } from '../paths';
import { readCatalog } from './catalogFiles';
import { type IanaRecord, field, ianaRecords, rfcNumberedItems, rfcSection } from './sourceDocuments';

/**
 * The websocket-close-codes catalog against IANA's WebSocket Close Code
 * Number Registry (every record: code or range, and name) and RFC 6455,
 * Section 7.4.1 (the text of every code it defines) and 7.4.2 (the ranges).
 */

/** `1000` or `1016-2999` as the first and last code. */
function span(value: string): [number, number] {
  const [first, last] = value.split('-').map(Number);
  return [first as number, last ?? (first as number)];
}

/** A registry description that is a sentence rather than a short name (1014's). */
function isSentence(description: string): boolean {
  return /\.\s/.test(description) || description.split(' ').length > 6;
}

function entryFor(catalog: Catalog, first: number, last: number): CatalogEntry | undefined {
  return catalog.entries.find((entry) => entry.code === first && (entry.to ?? entry.code) === last);
}

describeWithShared('sources', 'the WebSocket close code catalog against the IANA registry and RFC 6455', (dir) => {
  const read = (name: string): string => fs.readFileSync(path.join(dir, 'websocket', name), 'utf8');
  let records: IanaRecord[];
  let defined: Map<string, string>;
  let ws: Catalog;

  before(() => {
    records = ianaRecords(read('iana-websocket.xml'), 'close-code-number');
    defined = rfcNumberedItems(rfcSection(read('rfc6455.txt'), '7.4.1.  Defined Status Codes', '7.4.2.'), 4);
    ws = readCatalog('websocket-close-codes');
  });

  it('has every record of the registry with its code or range and its name, and nothing else', () => {
    assert.equal(records.length, 24, 'the registry has 19 codes and 5 ranges');
    for (const record of records) {
      const [first, last] = span(field(record, 'value'));
      const description = field(record, 'description');
      const entry = entryFor(ws, first, last);
      assert.ok(entry, `${first}-${last} is in the catalog`);
      if (isSentence(description)) {
        assert.equal(entry.name, undefined, `${first} has no short name in the registry`);
        assert.equal(entry.description, description);
      } else {
        assert.equal(entry.name, description, `name of ${first}`);
      }
    }
    assert.equal(ws.entries.length, records.length);
  });

  it('quotes RFC 6455, Section 7.4.1 for each of the 13 codes it defines', () => {
    assert.equal(defined.size, 13);
    for (const [code, text] of defined) {
      const entry = entryFor(ws, Number(code), Number(code));
      assert.equal(entry?.description, text, code);
      assert.match(entry?.reference ?? '', /^RFC 6455, Section 7\.4\.1\b/, code);
    }
  });

  it('says of exactly 1004, 1005, 1006 and 1015 that they must not be sent in a Close frame', () => {
    const never = ws.entries.filter((entry) => /must not be sent in a Close frame/i.test(entry.note ?? '')).map((entry) => entry.code);
    assert.deepEqual(never, [1004, 1005, 1006, 1015]);
    // The RFC says so in words for three of them; 1004 it reserves without a meaning.
    const mustNot = [...defined].filter(([, text]) => /MUST NOT be set as a status code in a Close control frame/.test(text)).map(([code]) => Number(code));
    assert.deepEqual(mustNot, [1005, 1006, 1015]);
    assert.match(defined.get('1004') ?? '', /^Reserved\./);
  });

  it('describes the ranges as Section 7.4.2 sets them apart', () => {
    const ranges = rfcSection(read('rfc6455.txt'), '7.4.2.  Reserved Status Code Ranges', '8.  Error Handling');
    const privateUse = rfcNumberedItems(ranges.replace(/^ {3}(\d{4})-(\d{4})$/gm, '   $1'), 4).get('4000');
    assert.match(privateUse ?? '', /reserved for private use/);
    const entry = entryFor(ws, 4000, 4999);
    assert.equal(entry?.description, privateUse);
    for (const unassigned of ws.entries.filter((candidate) => candidate.name === 'Unassigned')) {
      assert.equal(unassigned.reserved, true, `${unassigned.code}-${unassigned.to}`);
      assert.equal(unassigned.reference, 'RFC 6455, Section 7.4.2');
    }
  });

  it('lists the same codes as the registry in its plain-text rendering', () => {
    const text = read('iana-websocket.txt');
    // The registry's table starts below its "Status Code" header (the ranges of registration procedures come before it).
    const start = text.indexOf('   Status Code ', text.indexOf('\nWebSocket Close Code Number Registry\n'));
    const table = text.slice(start, text.indexOf('\nWebSocket Opcode Registry\n', start));
    const values = [...table.matchAll(/^ {3}(\d{4}(?:-\d{4})?) {2,}/gm)].map((match) => match[1] as string);
    assert.deepEqual(values, records.map((record) => field(record, 'value')));
  });
});

describe('names/websocket-close-constants.json, the close code constants of WebSocket libraries', () => {
  interface Library {
    readonly id: string;
    readonly qualifiers: readonly string[];
    readonly example: string;
    readonly names: Readonly<Record<string, number>>;
  }
  const file = JSON.parse(fs.readFileSync(path.join(catalogsDir, 'names', 'websocket-close-constants.json'), 'utf8')) as { catalog: string; libraries: Library[] };
  const catalog = readCatalog('websocket-close-codes');
  const assigned = catalog.entries.filter((entry) => entry.to === undefined).map((entry) => entry.code);

  it("names only assigned codes of the catalog, each once per library, and 1004 only as the library's own RESERVED", () => {
    assert.equal(file.catalog, 'websocket-close-codes');
    for (const library of file.libraries) {
      const codes = Object.values(library.names);
      assert.equal(new Set(codes).size, codes.length, `${library.id}: one name a code`);
      assert.deepEqual(
        codes.filter((code) => !assigned.includes(code)),
        [],
        `${library.id}: every code is an assigned close code`,
      );
      // 1004 is reserved without a meaning: a library names it only to say so (Java's CloseCodes.RESERVED).
      const reserved = Object.entries(library.names).filter(([, code]) => code === 1004).map(([name]) => name);
      assert.ok(reserved.every((name) => name === 'RESERVED'), `${library.id}: 1004 is named ${reserved.join(', ')}`);
    }
  });

  it("gives each library an example written with one of its qualifiers that names 1008, the policy violation", () => {
    for (const library of file.libraries) {
      const dot = library.example.lastIndexOf('.');
      assert.ok(library.qualifiers.includes(library.example.slice(0, dot)), library.id);
      assert.equal(library.names[library.example.slice(dot + 1)], 1008, library.id);
    }
  });
});
