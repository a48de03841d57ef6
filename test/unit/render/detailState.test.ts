import * as assert from 'node:assert/strict';
import type { Catalog, CatalogMatch } from '../../../src/core/catalog/types';
import { detailPanelState, parseDetailPanelState, restoreMatches } from '../../../src/core/render/detailState';

function match(id: string, code: number): CatalogMatch {
  const catalog: Catalog = { id, title: id, provider: 'P', kind: 'status', context: [], entries: [], source: { url: 'https://docs.example.com/' } };
  return { catalog, entry: { code, description: 'D' } };
}

describe('detail view state across a reload', () => {
  it('keeps catalog ids and codes only, and reads back what it wrote', () => {
    const state = detailPanelState([match('a', 1), match('b', 2)], 1);
    assert.deepEqual(state, { selected: 1, matches: [{ catalogId: 'a', code: 1 }, { catalogId: 'b', code: 2 }] });
    assert.deepEqual(parseDetailPanelState(JSON.parse(JSON.stringify(state))), state);
  });

  it('drops malformed state without throwing', () => {
    for (const bad of [undefined, null, 3, 'x', {}, { matches: 'no' }, { matches: [{ catalogId: 1, code: 'x' }] }]) {
      assert.equal(parseDetailPanelState(bad), undefined, JSON.stringify(bad));
    }
    assert.deepEqual(parseDetailPanelState({ selected: 9, matches: [{ catalogId: 'a', code: 1 }, null] }), { selected: 0, matches: [{ catalogId: 'a', code: 1 }] });
  });

  it('finds the entries again and keeps the selection on its entry when others are gone', () => {
    const state = { selected: 2, matches: [{ catalogId: 'gone', code: 1 }, { catalogId: 'a', code: 2 }, { catalogId: 'b', code: 2 }] };
    const known = new Map([['a', match('a', 2)], ['b', match('b', 2)]]);
    const { matches, selected } = restoreMatches(state, (id) => known.get(id));
    assert.deepEqual(matches.map((m) => m.catalog.id), ['a', 'b']);
    assert.equal(selected, 1);
  });
});
