import * as assert from 'node:assert/strict';
import { selectCatalogs, type LoadedCatalog } from '../../../src/core/catalog/catalogSet';
import type { Catalog } from '../../../src/core/catalog/types';

function loaded(id: string, location: string, builtIn = false): LoadedCatalog {
  const catalog: Catalog = {
    id,
    title: id,
    provider: 'Acme',
    kind: 'error',
    source: { url: 'https://example.com' },
    context: ['errorCode'],
    entries: [{ code: 1, description: `${id} one` }],
  };
  return { catalog, origin: { builtIn, location }, idPosition: { line: 2, column: 3 } };
}

describe('catalog selection', () => {
  const builtIn = [loaded('http', 'catalogs/http.json', true), loaded('clickatell', 'catalogs/clickatell.json', true)];

  it('serves built-in catalogs first, then user catalogs, all alike', () => {
    const selection = selectCatalogs(builtIn, [loaded('acme', '/w/.vscode/status-codes/acme.json')], [], []);
    assert.deepEqual(selection.catalogs.map((c) => c.id), ['http', 'clickatell', 'acme']);
    assert.deepEqual(selection.problems, []);
    assert.equal(selection.available, 3);
  });

  it('keeps the first of two user catalogs with one id and reports the second with its place', () => {
    const selection = selectCatalogs(builtIn, [loaded('acme', '/w/a.json'), loaded('acme', '/w/b.json')], [], []);
    assert.deepEqual(selection.catalogs.map((c) => c.id), ['http', 'clickatell', 'acme']);
    assert.equal(selection.catalogs[2]?.entries[0]?.description, 'acme one');
    assert.equal(selection.problems.length, 1);
    assert.equal(selection.problems[0]?.kind, 'clash');
    assert.equal(selection.problems[0]?.file, '/w/b.json');
    assert.equal(selection.problems[0]?.message, '/w/b.json:2:3: catalog id "acme" is already used by /w/a.json; this file is not used until one of them gets another id (at /id).');
  });

  it('never lets a user catalog replace a built-in one', () => {
    const selection = selectCatalogs(builtIn, [loaded('http', '/w/http.json')], [], []);
    assert.equal(selection.catalogs.filter((c) => c.id === 'http').length, 1);
    assert.match(selection.problems[0]?.message ?? '', /already used by a built-in catalog/);
  });

  it('keeps only enabled catalogs, minus disabled ones, and names unknown ids', () => {
    const user = [loaded('acme', '/w/acme.json')];
    assert.deepEqual(selectCatalogs(builtIn, user, [], ['http']).catalogs.map((c) => c.id), ['clickatell', 'acme']);
    assert.deepEqual(selectCatalogs(builtIn, user, ['acme', 'http'], ['http']).catalogs.map((c) => c.id), ['acme']);
    assert.deepEqual(selectCatalogs(builtIn, user, ['acme', 'acne'], ['htp']).unknownIds, ['acne', 'htp']);
  });
});
