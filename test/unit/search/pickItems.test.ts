import * as assert from 'node:assert/strict';
import { CatalogIndex } from '../../../src/core/catalog/catalogIndex';
import type { Catalog } from '../../../src/core/catalog/types';
import { catalogRow, entryRow, pickRows } from '../../../src/core/search/pickItems';
import { search } from '../../../src/core/search/search';
import { catalogFileNames, readCatalogFile, normalizedCatalog } from '../catalogs/catalogFiles';

const statuses: Catalog = {
  id: 'acme-statuses',
  title: 'Acme statuses',
  provider: 'Acme',
  kind: 'status',
  channel: 'whatsapp',
  source: { url: 'https://example.com/s', title: 'Status page', date: '2025-06' },
  context: ['status'],
  entries: [
    { code: 23, name: 'DELIVERY_FAILURE', description: 'Error delivering\nmessage.' },
    { code: 34, to: 37, description: `Reserved $(terminal) ${'x'.repeat(300)}` },
  ],
};
const errors: Catalog = { ...statuses, id: 'acme-errors', title: 'Acme errors', channel: undefined, entries: [{ code: 23, description: 'Invalid parameter' }] };

describe('lookup rows', () => {
  it('puts the code alone in the label, the name and description in the description, the catalog in the detail', () => {
    const row = entryRow({ catalog: statuses, entry: statuses.entries[0]! });
    assert.equal(row.label, '23');
    assert.equal(row.description, 'DELIVERY_FAILURE · Error delivering message.');
    assert.equal(row.detail, 'Acme · WhatsApp · Acme statuses');
  });

  it('shows ranges, shortens long descriptions and keeps icon syntax as text', () => {
    const row = entryRow({ catalog: statuses, entry: statuses.entries[1]! });
    assert.equal(row.label, '34–37');
    assert.ok(row.description.length <= 162, `${row.description.length} characters`);
    assert.ok(row.description.endsWith('…'));
    assert.match(row.description, /Reserved \$\u200b\(terminal\)/, 'the icon syntax is broken by an invisible space');
    assert.doesNotMatch(row.description, /\$\(/);
  });

  it('separates rows by catalog wherever the catalog changes', () => {
    const rows = pickRows(search('23', new CatalogIndex([statuses, errors]), ['acme-errors']));
    assert.deepEqual(
      rows.map((r) => (r.separator ? `-- ${r.label}` : `${r.label} ${r.catalog.id}`)),
      ['-- Acme errors', '23 acme-errors', '-- Acme statuses', '23 acme-statuses'],
    );
  });

  it('gives one separator per catalog when every entry is listed', () => {
    const catalogs = catalogFileNames().map((name) => normalizedCatalog(readCatalogFile(name)));
    const rows = pickRows(search('', new CatalogIndex(catalogs)));
    assert.equal(rows.filter((r) => r.separator).length, catalogs.length);
    assert.equal(rows.filter((r) => !r.separator).length, catalogs.reduce((n, c) => n + c.entries.length, 0));
  });

  it('describes a catalog by provider and channel, id, date, entry count and source', () => {
    const row = catalogRow(statuses);
    assert.equal(row.label, 'Acme statuses');
    assert.equal(row.description, 'Acme · WhatsApp');
    assert.equal(row.detail, 'acme-statuses · 2025-06 · 2 codes · Status page');
  });
});
