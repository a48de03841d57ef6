import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CatalogIndex } from '../../../src/core/catalog/catalogIndex';
import { codeText, parseDotted } from '../../../src/core/catalog/codeFormat';
import type { Catalog, CatalogEntry } from '../../../src/core/catalog/types';
import { describeWithShared } from '../sharedDocuments';
import { readCatalog } from './catalogFiles';
import { type IanaRecord, field, ianaRecords, rfcNumberedItems, rfcSection } from './sourceDocuments';

/**
 * The SMTP catalogs against their sources: smtp-reply-codes against RFC 5321
 * (Section 4.2.3 for the codes and their texts, 4.2.1 for the classes), and
 * smtp-enhanced-status-codes against IANA's SMTP Enhanced Status Codes
 * Registry (class, subject and enumerated codes), in XML and plain text.
 */

/** The registry writes class and subject rows `2.XXX.YYY`, `X.1.YYY`; the catalog writes them `2.X.X`, `X.1.X`. */
function dottedCode(registryCode: string): string {
  return registryCode.replace('XXX', 'X').replace('YYY', 'X');
}

function byWrittenCode(catalog: Catalog): Map<string, CatalogEntry> {
  return new Map(catalog.entries.map((entry) => [codeText(catalog, entry), entry]));
}

describeWithShared('sources', 'the SMTP reply code catalog against RFC 5321', (dir) => {
  let rfc: string;
  let replies: Map<string, string>;
  let smtp: Catalog;

  before(() => {
    rfc = fs.readFileSync(path.join(dir, 'smtp', 'rfc5321.txt'), 'utf8');
    replies = rfcNumberedItems(rfcSection(rfc, '4.2.3.  Reply Codes in Numeric Order', '4.2.4.'), 3);
    smtp = readCatalog('smtp-reply-codes');
  });

  it('has the 24 codes of Section 4.2.3, each with the RFC text, and nothing else', () => {
    assert.equal(replies.size, 24);
    assert.deepEqual(
      smtp.entries.map((entry) => [String(entry.code), entry.description]),
      [...replies],
    );
  });

  it('names each code by its text without the closing parenthetical remark', () => {
    for (const entry of smtp.entries) {
      const text = replies.get(String(entry.code)) ?? '';
      const name = entry.name ?? '';
      assert.ok(text.startsWith(name), `${entry.code}: "${name}" opens the RFC text`);
      assert.match(text.slice(name.length), /^(| \(.*\))$/, `${entry.code}: only a parenthetical remark follows the name`);
    }
  });

  it('lists the same codes as Section 4.2.2, which groups them by function', () => {
    const grouped = rfcNumberedItems(rfcSection(rfc, '4.2.2.  Reply Codes by Function Groups', '4.2.3.'), 3);
    assert.deepEqual([...grouped.keys()].sort(), [...replies.keys()]);
  });

  it('has the four classes of Section 4.2.1, and their retry rule on every entry', () => {
    const classes = rfcNumberedItems(rfcSection(rfc, '4.2.1.  Reply Code Severities and Theory', '4.2.2.'), 1);
    assert.deepEqual([...classes.keys()], ['2yz', '3yz', '4yz', '5yz']);
    assert.deepEqual(
      (smtp.classes ?? []).map((cls) => [cls.name, cls.code, cls.to]),
      [
        ['2xx', 200, 299],
        ['3xx', 300, 399],
        ['4xx', 400, 499],
        ['5xx', 500, 599],
      ],
    );
    for (const [digit, text] of classes) {
      // The class line is "4yz  Transient Negative Completion reply" followed by its explanation.
      const title = /^(.*? reply)\b/.exec(text)?.[1] ?? '';
      const cls = (smtp.classes ?? []).find((candidate) => candidate.name === `${digit[0]}xx`);
      assert.ok(title !== '' && cls?.description.startsWith(`${title}: `), `${digit}: "${title}"`);
    }
    for (const entry of smtp.entries) {
      const digit = Math.floor(entry.code / 100);
      assert.equal(entry.retryable, digit === 4 ? true : digit === 5 ? false : undefined, `${entry.code}`);
    }
  });
});

describeWithShared('sources', 'the SMTP enhanced status code catalog against the IANA registry', (dir) => {
  const read = (name: string): string => fs.readFileSync(path.join(dir, 'smtp', name), 'utf8');
  let classes: IanaRecord[];
  let subjects: IanaRecord[];
  let enumerated: IanaRecord[];
  let catalog: Catalog;
  let entries: Map<string, CatalogEntry>;

  before(() => {
    const xml = read('iana-smtp-enhanced-status-codes.xml');
    classes = ianaRecords(xml, 'smtp-enhanced-status-codes-1');
    subjects = ianaRecords(xml, 'smtp-enhanced-status-codes-2');
    enumerated = ianaRecords(xml, 'smtp-enhanced-status-codes-3');
    catalog = readCatalog('smtp-enhanced-status-codes');
    entries = byWrittenCode(catalog);
  });

  it('is a dotted catalog with the 3 class rows, 8 subject rows and 81 enumerated codes of the registry, and nothing else', () => {
    assert.equal(catalog.codeFormat, 'dotted');
    assert.deepEqual([classes.length, subjects.length, enumerated.length], [3, 8, 81]);
    const codes = [...classes, ...subjects, ...enumerated].map((record) => dottedCode(field(record, 'code')));
    assert.deepEqual([...entries.keys()], codes);
  });

  it('names the class and subject rows by their summary and quotes their description', () => {
    for (const record of [...classes, ...subjects]) {
      const entry = entries.get(dottedCode(field(record, 'code')));
      assert.equal(entry?.name, field(record, 'summary'));
      assert.equal(entry?.description, field(record, 'description'));
    }
  });

  it('names each enumerated code by its sample text, quotes its description and gives its basic codes and reference', () => {
    for (const record of enumerated) {
      const code = field(record, 'code');
      const entry = entries.get(code);
      assert.ok(entry, code);
      const sample = field(record, 'sample');
      assert.equal(entry.name, sample === '' ? undefined : sample, `name of ${code}`);
      assert.equal(entry.description, field(record, 'description'), `description of ${code}`);
      const basic = field(record, 'basic_code');
      const listed = basic !== '' && basic !== 'Not given' && basic !== '.';
      assert.equal(entry.details, listed ? `Associated basic status codes: ${basic}.` : undefined, `details of ${code}`);
      const references = [...(record.fields.get('reference') ?? '').matchAll(/(RFC \d+|draft-[a-z0-9-]+)/g)].map((match) => match[1]);
      assert.deepEqual(entry.reference?.split('; ').map((reference) => reference.replace(/, Section [\d.]+$/, '')), references, `reference of ${code}`);
    }
  });

  it('marks the registry code without sample text as deprecated, as its description says', () => {
    const unnamed = enumerated.filter((record) => field(record, 'sample') === '').map((record) => field(record, 'code'));
    assert.deepEqual(unnamed, ['X.6.10']);
    assert.match(entries.get('X.6.10')?.description ?? '', /duplicate of X\.6\.8 and is thus deprecated/);
    assert.ok(entries.get('X.6.10')?.deprecated);
  });

  it('groups each enumerated code under its subject row', () => {
    for (const record of enumerated) {
      const code = field(record, 'code');
      const subject = entries.get(`X.${code.split('.')[1]}.X`);
      assert.equal(entries.get(code)?.group, `X.${code.split('.')[1]}.X ${subject?.name}`, code);
    }
  });

  it('lists the same enumerated codes as the registry in its plain-text rendering', () => {
    const text = read('iana-smtp-enhanced-status-codes.txt');
    const table = text.slice(text.indexOf('\nEnumerated Status Codes\n'));
    const codes = [...table.matchAll(/^ {3}(X\.\d+\.\d+) /gm)].map((match) => match[1]);
    assert.deepEqual(codes, enumerated.map((record) => field(record, 'code')));
  });
});

describe('the SMTP catalogs in one index', () => {
  const enhanced = readCatalog('smtp-enhanced-status-codes');
  const index = new CatalogIndex([readCatalog('smtp-reply-codes'), enhanced, readCatalog('http')]);
  const written = (matches: readonly { catalog: Catalog; entry: CatalogEntry }[]) => matches.map(({ catalog, entry }) => `${catalog.id}:${codeText(catalog, entry)}`);

  it('explain both codes of "550 5.1.1": the basic reply, and the enhanced code with its class and subject', () => {
    assert.deepEqual(written(index.byCode(550)), ['smtp-reply-codes:550']);
    const code = parseDotted('5.1.1') as number;
    assert.deepEqual(written(index.byDotted(code)), ['smtp-enhanced-status-codes:X.1.1']);
    assert.deepEqual(written(index.dottedParts(enhanced, code)), ['smtp-enhanced-status-codes:5.X.X', 'smtp-enhanced-status-codes:X.1.X']);
  });

  it('never serve an enhanced code for a plain number, not even the number it is held as', () => {
    for (const entry of enhanced.entries) {
      assert.deepEqual(written(index.byCode(entry.code)), [], codeText(enhanced, entry));
    }
  });
});
