import * as assert from 'node:assert/strict';
import { CatalogIndex } from '../../../src/core/catalog/catalogIndex';
import { parseCatalog } from '../../../src/core/catalog/parse';
import type { Catalog, CatalogMatch } from '../../../src/core/catalog/types';
import { Recognizer } from '../../../src/core/recognize/recognizer';
import type { Recognition } from '../../../src/core/recognize/types';
import { renderDetailMarkdown } from '../../../src/core/render/detail';
import { renderDetailPage } from '../../../src/core/render/detailHtml';
import { renderHover } from '../../../src/core/render/hover';
import { channelLabel, kindLabel, levelLabel, outcomeLabel, providerLabel } from '../../../src/core/render/labels';
import { lensTitle } from '../../../src/core/render/lens';
import { documentLensPlan } from '../../../src/core/render/lensPlan';
import { pickRows } from '../../../src/core/search/pickItems';
import { search } from '../../../src/core/search/search';
import { defaultSettings } from '../../../src/core/settings';

/**
 * Names every plain object has through its prototype. A catalog that uses
 * them as its channel, provider, context words, hints or names validates, so
 * a lookup table keyed by catalog text must not answer for them.
 */
const PROTOTYPE_WORDS = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', '__defineGetter__', 'prototype'];

/** A valid catalog whose every free text is `word` (the id, when `word` is a valid id). */
function catalogOf(word: string): Catalog {
  const id = /^[a-z0-9][a-z0-9-]*$/.test(word) ? word : 'proto-codes';
  const text = JSON.stringify({
    id,
    title: word,
    provider: word,
    product: word,
    kind: 'status',
    channel: word,
    source: { url: 'https://example.com/codes', title: word, version: word },
    context: [word, 'status'],
    hints: [word],
    notes: [word],
    entries: [
      { code: 23, name: word, aliases: [`${word}_x`], description: word, details: word, group: word, reference: word, note: word, outcome: 'failed', retryable: false },
      { code: 24, name: `${word}_two`, description: word },
    ],
  });
  // A JSON text with `"__proto__"` as a key or value is parsed as data, as the extension reads catalog files.
  const { catalog, problems } = parseCatalog(text, { file: `${word}.json` });
  assert.deepEqual(problems, [], `the catalog for "${word}" must validate, or the test proves nothing`);
  return catalog!;
}

function recognitionOf(catalog: Catalog): Recognition {
  const entry = catalog.entries[0]!;
  const candidate = { catalog, entry, confidence: 0.9, reasons: ['test'] };
  return { line: 0, start: 0, end: 2, text: '23', code: 23, form: 'assign', candidates: [candidate, candidate] };
}

describe('catalog text that names a prototype property', () => {
  for (const word of PROTOTYPE_WORDS) {
    describe(`"${word}"`, () => {
      const catalog = catalogOf(word);
      const match: CatalogMatch = { catalog, entry: catalog.entries[0]! };

      it('labels the channel and provider as the catalog writes them', () => {
        const letters = (text: string): string => text.replace(/[\s_]+/g, '').toLowerCase();
        assert.equal(letters(channelLabel(word)), letters(word));
        assert.equal(providerLabel(catalog), `${word} · ${channelLabel(word)}`);
        assert.equal(outcomeLabel(word as never), word);
        assert.equal(kindLabel(word as never), word);
        assert.equal(levelLabel([word as never]), word);
      });

      it('renders a hover, a lens title and the detail view', () => {
        assert.match(renderHover(recognitionOf(catalog)), /23/);
        assert.equal(typeof lensTitle(recognitionOf(catalog)), 'string');
        assert.ok(renderDetailMarkdown(match, [match]).length > 0);
        const page = renderDetailPage([match, match], 0, { cspSource: 'https://example.vscode-cdn.net', nonce: 'n', canInsert: true });
        assert.match(page, /<html/);
      });

      it('is found by search, by code and by name', () => {
        const index = new CatalogIndex([catalog]);
        assert.deepEqual(
          search('23', index).map((r) => r.entry.code),
          [23],
        );
        assert.ok(search(word, index).some((r) => r.entry.code === 23), `search for "${word}"`);
        assert.ok(pickRows(search('', index)).length >= 2);
      });

      it('is recognised in a document, with lenses for its codes', () => {
        const index = new CatalogIndex([catalog]);
        const recognizer = Recognizer.for(index, defaultSettings);
        const text = [`// ${word}`, `status = 23`, `${word} = 24`, `{"${word}": 23}`, 'switch (status) {', '  case 23:', '  case 24:', '}'].join('\n');
        const context = recognizer.buildDocumentContext(text, 'typescript');
        const lines = [...recognizer.recognizeDocument(text, context)].map((found) => found.line);
        assert.ok(lines.includes(1), `status = 23 is recognised (lines ${lines.join(', ')})`);
        const lenses = [...documentLensPlan(recognizer, text, context, defaultSettings)].flat();
        assert.ok(lenses.some((lens) => lens.kind === 'switch'), 'the switch gets its summary lens');
        assert.ok(lenses.some((lens) => lens.kind === 'code' && lens.line === 1));
      });
    });
  }
});
