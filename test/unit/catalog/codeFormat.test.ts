import * as assert from 'node:assert/strict';
import { CatalogIndex } from '../../../src/core/catalog/catalogIndex';
import { DOTTED_ANY, codeText, dottedNumber, parseDotted, parseHex } from '../../../src/core/catalog/codeFormat';
import { parseCatalog, type ParseResult } from '../../../src/core/catalog/parse';
import type { Catalog } from '../../../src/core/catalog/types';

function catalogOf(format: string | undefined, entries: readonly object[], extra: object = {}): ParseResult {
  const value = {
    id: 'acme-codes',
    title: 'Acme codes',
    provider: 'Acme',
    kind: 'status',
    source: { url: 'https://example.com/codes' },
    context: ['status'],
    ...(format === undefined ? {} : { codeFormat: format }),
    ...extra,
    entries,
  };
  return parseCatalog(JSON.stringify(value), { file: 'acme.json' });
}

function valid(result: ParseResult): Catalog {
  assert.deepEqual(
    result.problems.map((p) => p.message),
    [],
  );
  assert.ok(result.catalog);
  return result.catalog;
}

describe('code formats', () => {
  it('reads hex codes written as strings or integers, and shows them padded to the catalog width', () => {
    const catalog = valid(
      catalogOf('hex', [
        { code: '0x0000000B', name: 'ESME_RINVDSTADR', description: 'Invalid destination address' },
        { code: 88, name: 'ESME_RTHROTTLED', description: 'Throttling error' },
        { code: '0x00000400', to: '0x000004FF', description: 'Vendor specific' },
      ], { codeWidth: 8 }),
    );
    assert.deepEqual(
      catalog.entries.map((e) => [e.code, e.to]),
      [
        [11, undefined],
        [88, undefined],
        [0x400, 0x4ff],
      ],
    );
    assert.deepEqual(
      catalog.entries.map((e) => codeText(catalog, e)),
      ['0x0000000B', '0x00000058', '0x00000400'],
    );
    assert.equal(new CatalogIndex([catalog]).byCode(11)[0]?.entry.name, 'ESME_RINVDSTADR');
  });

  it('keeps the words of a name catalog as their names, and never serves them for a number', () => {
    const catalog = valid(
      catalogOf('name', [
        { code: 'DELIVRD', value: 2, description: 'Delivered' },
        { code: 'UNDELIV', name: 'Undeliverable', value: 5, description: 'Undeliverable' },
      ]),
    );
    const [delivered, undelivered] = catalog.entries;
    assert.equal(delivered?.name, 'DELIVRD');
    assert.equal(delivered?.value, 2);
    assert.equal(undelivered?.name, 'UNDELIV');
    assert.deepEqual(undelivered?.aliases, ['Undeliverable']);
    assert.deepEqual(
      catalog.entries.map((e) => codeText(catalog, e)),
      ['DELIVRD', 'UNDELIV'],
    );
    const index = new CatalogIndex([catalog]);
    assert.deepEqual(index.byCode(1), [], 'a number is not a word code');
    assert.deepEqual(index.byCode(2), []);
    assert.equal(index.byName('undeliv')[0]?.entry, undelivered);
    assert.equal(index.entryOf(catalog, undelivered.code)?.entry, undelivered);
  });

  it('resolves a dotted code to its own row, else to its any-class row, and finds the rows of its class and subject', () => {
    const catalog = valid(
      catalogOf('dotted', [
        { code: '5.X.X', name: 'Permanent Failure', description: 'Permanent' },
        { code: 'X.1.X', name: 'Addressing Status', description: 'Addressing' },
        { code: 'X.1.1', name: 'Bad destination mailbox address', description: 'No such mailbox' },
        { code: '5.7.1', name: 'Delivery not authorized', description: 'Refused by policy' },
      ]),
    );
    assert.deepEqual(
      catalog.entries.map((e) => codeText(catalog, e)),
      ['5.X.X', 'X.1.X', 'X.1.1', '5.7.1'],
    );
    const index = new CatalogIndex([catalog]);
    const code = parseDotted('5.1.1');
    assert.equal(code, dottedNumber(5, 1, 1));
    assert.deepEqual(
      index.byDotted(code).map((m) => m.entry.name),
      ['Bad destination mailbox address'],
    );
    assert.deepEqual(
      index.dottedParts(catalog, code).map((m) => m.entry.name),
      ['Permanent Failure', 'Addressing Status'],
    );
    assert.deepEqual(
      index.byDotted(parseDotted('5.7.1')!).map((m) => m.entry.name),
      ['Delivery not authorized'],
    );
    assert.deepEqual(index.byDotted(parseDotted('4.4.7')!), [], 'an unlisted code has no row');
    assert.deepEqual(index.byCode(dottedNumber(DOTTED_ANY, 1, 1)), [], 'the numbers dotted codes are held as are not codes in a text');
  });

  it('reads only well-formed hex and dotted texts', () => {
    assert.equal(parseHex('0x0b'), 11);
    assert.equal(parseHex('0X0000000B'), 11);
    assert.equal(parseHex('0x'), undefined);
    assert.equal(parseHex('0x123456789'), undefined);
    assert.equal(parseHex('11'), undefined);
    assert.equal(parseDotted('5.1'), undefined);
    assert.equal(parseDotted('5.1.1.1'), undefined);
    assert.equal(parseDotted('5.1000.1'), undefined);
    assert.equal(parseDotted('5.999.1'), undefined);
    assert.equal(parseDotted('x.1.1'), dottedNumber(DOTTED_ANY, 1, 1));
  });

  it('keeps old decimal catalogs as they are, the very same object', () => {
    const text = JSON.stringify({
      id: 'acme-codes',
      title: 'Acme',
      provider: 'Acme',
      kind: 'status',
      source: { url: 'https://example.com' },
      context: ['status'],
      entries: [{ code: 23, description: 'x' }],
    });
    const catalog = valid(parseCatalog(text, { file: 'acme.json' }));
    assert.equal(codeText(catalog, catalog.entries[0]!), '23');
    assert.equal(catalog.entries[0]?.codeText, undefined);
  });

  it('says what is wrong with a code that does not fit the catalog format, where it is', () => {
    const cases: [string | undefined, object, RegExp][] = [
      [undefined, { code: 'DELIVRD', description: 'x' }, /"code" of entry 0 is the text "DELIVRD", but the catalog's codes are decimal numbers: write the number, or set "codeFormat"/],
      ['hex', { code: 'DELIVRD', description: 'x' }, /must be an integer or "0x" and 1 to 8 hex digits/],
      ['name', { code: 7, description: 'x' }, /must be the word itself in a name catalog/],
      ['name', { code: 'A', to: 9, description: 'x' }, /a name catalog has no ranges/],
      ['dotted', { code: '5.999.1', description: 'x' }, /must be class\.subject\.detail/],
      ['dotted', { code: 'UNDELIV', description: 'x' }, /must be class\.subject\.detail/],
    ];
    for (const [format, entry, pattern] of cases) {
      const result = catalogOf(format, [entry]);
      assert.equal(result.catalog, undefined, JSON.stringify(entry));
      assert.equal(result.problems.length, 1);
      assert.match(result.problems[0]!.message, pattern);
      assert.equal(result.problems[0]!.line !== undefined, true, 'the problem has a place in the file');
    }
  });

  it('reports one word listed twice in a name catalog, in any case, and one dotted code listed twice', () => {
    const words = catalogOf('name', [
      { code: 'delivered', description: 'x' },
      { code: 'DELIVERED', description: 'y' },
    ]);
    assert.equal(words.catalog, undefined);
    assert.match(words.problems[0]!.message, /duplicate code DELIVERED: entry 1 and entry 0 both define it/);
    const dotted = catalogOf('dotted', [
      { code: 'X.1.1', description: 'x' },
      { code: 'x.1.1', description: 'y' },
    ]);
    assert.equal(dotted.catalog, undefined);
    assert.match(dotted.problems[0]!.message, /duplicate code X\.1\.1/);
  });

  it('reports a hex range that ends before it starts in hex', () => {
    const result = catalogOf('hex', [{ code: '0x10', to: '0x0F', description: 'x' }], { codeWidth: 2 });
    assert.match(result.problems[0]!.message, /ends \("to": 0x0F\) before it starts \("code": 0x10\)/);
  });
});
