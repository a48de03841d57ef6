import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseCatalog } from '../../../src/core/catalog/parse';
import { formatCatalog, identityProblem, scaffoldCatalog, suggestId } from '../../../src/core/import/scaffold';
import { parseTable } from '../../../src/core/import/table';
import { repoRoot, seedsDir } from '../paths';
import { itWithShared } from '../sharedDocuments';

const template: unknown = JSON.parse(readFileSync(path.join(repoRoot, 'resources', 'catalog-template.json'), 'utf8'));
const identity = { id: 'acme-payments-errors', title: 'Acme Payments errors', provider: 'Acme' };

describe('scaffolding a catalog', () => {
  it('ships a template that is itself a valid catalog', () => {
    assert.deepEqual(parseCatalog(JSON.stringify(template), { file: 'template' }).problems, []);
  });

  it('fills the template with the id, title and provider and keeps its example entries', () => {
    const text = formatCatalog(scaffoldCatalog(template, identity));
    const { catalog, problems } = parseCatalog(text, { file: 'new.json' });
    assert.deepEqual(problems, []);
    assert.equal(catalog?.id, 'acme-payments-errors');
    assert.equal(catalog?.title, 'Acme Payments errors');
    assert.deepEqual(catalog?.hints, ['Acme']);
    assert.ok((catalog?.entries.length ?? 0) >= 2);
    assert.match(text, /^ {4}\{ "code": 1000, "name": "INVALID_REQUEST", /m, 'one line per entry');
    assert.ok(text.endsWith('}\n'));
  });

  it('leaves the template untouched when scaffolding', () => {
    const before = JSON.stringify(template);
    scaffoldCatalog(template, identity, []);
    assert.equal(JSON.stringify(template), before);
  });

  itWithShared('seeds', 'turns an imported seed table into a valid catalog file', () => {
    const seed = readFileSync(path.join(seedsDir, '004_69d3b2748d8324c5.txt'), 'utf8').split(/\r?\n/).slice(12, 36).join('\n');
    const table = parseTable(seed);
    const text = formatCatalog(scaffoldCatalog(template, identity, table.entries));
    const { catalog, problems } = parseCatalog(text, { file: 'imported.json' });
    assert.deepEqual(problems, []);
    assert.equal(catalog?.entries.length, table.entries.length);
    assert.equal(catalog?.entries.find((e) => e.code === 301)?.description, 'No valid WhatsApp session found');
  });

  it('keeps an imported table with repeats and ranges valid', () => {
    const table = parseTable('Code,Description\n1,One\n1,Uno\n10-19,Tens\n15,Fifteen\n12-13,Overlap');
    const { problems } = parseCatalog(formatCatalog(scaffoldCatalog(template, identity, table.entries)));
    assert.deepEqual(problems, []);
  });

  it('checks the id, title and provider by the schema, and the id against taken ones', () => {
    assert.equal(identityProblem(template, 'id', 'acme-errors'), undefined);
    assert.match(identityProblem(template, 'id', 'Acme Errors') ?? '', /^Must be lower-case letters, digits and hyphens/);
    assert.match(identityProblem(template, 'id', '') ?? '', /^Must be lower-case/);
    assert.equal(identityProblem(template, 'id', 'http', new Set(['http'])), '"http" is already the id of another catalog.');
    assert.equal(identityProblem(template, 'title', ''), 'Must not be empty.');
    assert.equal(identityProblem(template, 'provider', 'x'.repeat(101)), 'Must be at most 100 characters long.');
  });

  it('suggests ids from titles and file names', () => {
    assert.equal(suggestId('Acme Payments – Errors'), 'acme-payments-errors');
    assert.equal(suggestId('Fehlercodes für Zahlungen.csv'), 'fehlercodes-fur-zahlungen-csv');
    assert.equal(suggestId('  ---  '), '');
  });
});
