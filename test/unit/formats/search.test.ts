import * as assert from 'node:assert/strict';
import { CatalogIndex } from '../../../src/core/catalog/catalogIndex';
import { codeText } from '../../../src/core/catalog/codeFormat';
import { search } from '../../../src/core/search/search';
import { decimalCatalog, dottedCatalog, hexCatalog, nameCatalog } from './formatCatalogs';

describe('looking up hex, word and dotted codes', () => {
  const index = new CatalogIndex([hexCatalog, nameCatalog, dottedCatalog, decimalCatalog]);
  /** `catalog-id:written code` of each result of a kind, best first. */
  const found = (query: string, kinds: readonly string[] = ['code', 'range', 'name']): string[] =>
    search(query, index)
      .filter((r) => kinds.includes(r.match))
      .map((r) => `${r.catalog.id}:${codeText(r.catalog, r.entry)}`);

  it('finds a hex code written short, padded or in decimal', () => {
    assert.deepEqual(found('0x0B'), ['acme-command-status:0x0000000B']);
    assert.deepEqual(found('0x0000000b'), ['acme-command-status:0x0000000B']);
    assert.deepEqual(found('11').sort(), ['acme-command-status:0x0000000B', 'acme-decimal:11']);
    assert.deepEqual(found('0x450'), ['acme-command-status:0x00000400'], 'a code inside a hex range finds the range');
  });

  it('lists the hex codes a code being typed can become', () => {
    assert.deepEqual(found('0x000000'), ['acme-command-status:0x00000000'], 'it is a code itself');
    assert.deepEqual(found('0x000000', ['codePrefix']), ['acme-command-status:0x0000000B', 'acme-command-status:0x00000058']);
  });

  it('finds a dotted code, then the rows of its class and subject', () => {
    assert.deepEqual(found('5.1.1'), ['acme-enhanced:X.1.1', 'acme-enhanced:5.X.X', 'acme-enhanced:X.1.X']);
    assert.equal(search('5.1.1', index)[0]?.match, 'code');
    assert.deepEqual(found('X.7.1'), ['acme-enhanced:X.7.1', 'acme-enhanced:X.7.X']);
  });

  it('does not take a version number for a dotted code whose class the catalog has no row for', () => {
    assert.deepEqual(found('1.1.1'), []);
  });

  it('lists the dotted codes a code being typed can become', () => {
    assert.deepEqual(found('5.7', ['codePrefix']).sort(), ['acme-enhanced:5.X.X', 'acme-enhanced:X.7.1', 'acme-enhanced:X.7.X']);
  });

  it('finds a word code as a code, in any case', () => {
    assert.deepEqual(found('UNDELIV'), ['acme-receipt-stat:UNDELIV']);
    assert.equal(search('undeliv', index)[0]?.match, 'code');
    assert.equal(found('DELIV', ['namePrefix'])[0], 'acme-receipt-stat:DELIVRD');
  });

  it('never finds a word or dotted code by the number it is held as', () => {
    for (const query of ['1', '2', '3', '5001001']) {
      const catalogs = search(query, index).map((r) => r.catalog.id);
      assert.ok(!catalogs.includes('acme-receipt-stat') && !catalogs.includes('acme-enhanced'), `${query}: ${catalogs.join(', ')}`);
    }
  });
});
