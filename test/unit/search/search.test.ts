import * as assert from 'node:assert/strict';
import { CatalogIndex } from '../../../src/core/catalog/catalogIndex';
import type { Catalog, CatalogEntry } from '../../../src/core/catalog/types';
import { search, type SearchResult } from '../../../src/core/search/search';
import { searchIndexFor } from '../../../src/core/search/searchIndex';

function catalog(id: string, entries: CatalogEntry[], extra: Partial<Catalog> = {}): Catalog {
  return {
    id,
    title: `${id} title`,
    provider: 'Acme',
    kind: 'status',
    source: { url: 'https://example.com/codes' },
    context: ['status'],
    entries,
    ...extra,
  };
}

const messages = catalog('acme-messages', [
  { code: 1, name: 'QUEUED', description: 'Message queued.' },
  { code: 22, name: 'STOPPED_BY', aliases: ['STOPPED_BY_ADMIN'], description: 'Message stopped by admin.' },
  { code: 21, name: 'STOPPED_BY_USER', description: 'Message stopped by the user.' },
  { code: 23, name: 'DELIVERY_FAILURE', description: 'Error delivering message.', details: 'The operator could not deliver it.' },
  { code: 152, name: 'WHATSAPP_TEMPLATE_PAUSED', description: 'The template is in a paused status.' },
  { code: 230, name: 'OLD_CODE', description: 'Error delivering message.', deprecated: true },
]);
const errors = catalog(
  'acme-errors',
  [
    { code: 23, description: 'Invalid or missing parameter.' },
    { code: 34, to: 37, description: 'Reserved.', reserved: true },
    { code: 43, description: 'Rate limit' },
    { code: 44, description: 'Sender is suspended', details: 'Too many requests hit the rate limit in a day.' },
  ],
  { kind: 'error' },
);
const whatsapp = catalog(
  'other-whatsapp',
  [
    { code: 23, description: 'Template is paused' },
    { code: 35, description: 'Rate limit exceeded' },
    { code: 2300, description: 'Media too large' },
    { code: 7710, description: 'Re-engagement message' },
  ],
  { provider: 'Other', channel: 'whatsapp', title: 'Other WhatsApp status codes' },
);
const index = new CatalogIndex([messages, errors, whatsapp]);

function ids(results: readonly SearchResult[]): string[] {
  return results.map((r) => `${r.catalog.id}:${r.entry.code}`);
}

describe('search', () => {
  describe('by number', () => {
    it('lists every catalog that defines the code, ranges included, before longer codes', () => {
      const results = search('23', index);
      assert.deepEqual(ids(results.filter((r) => r.match === 'code')), ['acme-messages:23', 'acme-errors:23', 'other-whatsapp:23']);
      assert.deepEqual(ids(results.filter((r) => r.match === 'codePrefix')), ['acme-messages:230', 'other-whatsapp:2300']);
      assert.ok(results.findIndex((r) => r.match === 'codePrefix') > 2, 'codes that merely start with the digits come last');

      const inRange = search('35', index);
      assert.deepEqual(ids(inRange), ['other-whatsapp:35', 'acme-errors:34']);
      assert.equal(inRange[1]?.match, 'range');
    });

    it('puts the catalogs of the context first', () => {
      assert.deepEqual(ids(search('23', index, ['other-whatsapp'])).slice(0, 3), ['other-whatsapp:23', 'acme-messages:23', 'acme-errors:23']);
      const documentContext = {
        hintedCatalogs: new Map([['acme-errors', 0.9]]),
        preferredCatalogs: [],
        languageId: 'typescript',
      };
      assert.equal(ids(search('23', index, documentContext))[0], 'acme-errors:23');
      // A preference outranks a weak hint.
      const both = { hintedCatalogs: new Map([['acme-errors', 0.2]]), preferredCatalogs: ['other-whatsapp'] };
      assert.equal(ids(search('23', index, both))[0], 'other-whatsapp:23');
    });

    it('does not let the context lift a code prefix above an exact code', () => {
      const results = search('23', index, ['other-whatsapp']);
      assert.deepEqual(
        results.slice(0, 3).map((r) => r.match),
        ['code', 'code', 'code'],
      );
    });

    it('finds nothing for a code no catalog defines', () => {
      assert.deepEqual(search('9999', index), []);
    });
  });

  describe('by name', () => {
    it('finds a name whatever its case and punctuation', () => {
      for (const query of ['DELIVERY_FAILURE', 'delivery_failure', 'delivery failure', 'Delivery-Failure']) {
        const [first] = search(query, index);
        assert.equal(first?.entry.name, 'DELIVERY_FAILURE', query);
        assert.equal(first?.match, 'name', query);
      }
    });

    it('finds an old name through its alias and the current name exactly', () => {
      const byAlias = search('STOPPED_BY_ADMIN', index);
      assert.deepEqual(ids(byAlias), ['acme-messages:22']);
      assert.equal(byAlias[0]?.match, 'alias');

      const byName = search('STOPPED BY', index);
      assert.deepEqual(ids(byName).slice(0, 2), ['acme-messages:22', 'acme-messages:21']);
      assert.equal(byName[0]?.match, 'name');
      assert.equal(byName[1]?.match, 'namePrefix');
    });

    it('completes a name being typed', () => {
      const results = search('WHATSAPP_TEMP', index);
      assert.equal(ids(results)[0], 'acme-messages:152');
      assert.equal(results[0]?.match, 'namePrefix');
    });
  });

  describe('by words', () => {
    it('matches all words in any order, case-insensitive, with plural and tense folded', () => {
      for (const query of ['template paused', 'PAUSED template', 'templates pause']) {
        assert.deepEqual(ids(search(query, index)), ['acme-messages:152', 'other-whatsapp:23'], query);
      }
    });

    it('ranks a name match over a description match and a complete description over a partial one', () => {
      const results = search('rate limit', index);
      assert.deepEqual(ids(results), ['acme-errors:43', 'other-whatsapp:35', 'acme-errors:44']);
      assert.ok(results.every((r) => r.match === 'words'));
    });

    it('matches words of the catalog title, provider and channel', () => {
      assert.deepEqual(ids(search('whatsapp re-engagement', index)), ['other-whatsapp:7710']);
    });

    it('treats a number among words as the code', () => {
      assert.deepEqual(ids(search('whatsapp 23', index)), ['other-whatsapp:23']);
    });

    it('completes the last word while it is typed, but not after a space', () => {
      assert.deepEqual(ids(search('rate lim', index)), ['acme-errors:43', 'other-whatsapp:35', 'acme-errors:44']);
      assert.deepEqual(ids(search('engag', index)), ['other-whatsapp:7710']);
      assert.deepEqual(search('engag ', index), []);
    });

    it('ranks a deprecated entry below an equally good current one', () => {
      assert.deepEqual(ids(search('error delivering', index)), ['acme-messages:23', 'acme-messages:230']);
    });

    it('returns nothing when one word matches nothing', () => {
      assert.deepEqual(search('template unicorn', index), []);
    });
  });

  it('lists every entry for an empty query, context catalogs first', () => {
    const results = search('  ', index, ['other-whatsapp']);
    assert.equal(results.length, 14);
    assert.equal(results[0]?.catalog.id, 'other-whatsapp');
    assert.equal(results[4]?.catalog.id, 'acme-messages');
  });

  it('honours a limit', () => {
    assert.equal(search('', index, undefined, { limit: 3 }).length, 3);
  });

  it('builds the word index once per catalog index', () => {
    assert.equal(searchIndexFor(index), searchIndexFor(index));
    assert.notEqual(searchIndexFor(new CatalogIndex([messages])), searchIndexFor(index));
  });

  it('copes with punctuation-only queries and an empty catalog index', () => {
    assert.deepEqual(search('()-_', index), []);
    assert.deepEqual(search('23', CatalogIndex.empty), []);
    assert.deepEqual(search('rate', CatalogIndex.empty), []);
  });
});
