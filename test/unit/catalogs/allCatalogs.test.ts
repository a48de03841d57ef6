import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import statuses from 'statuses';
import { CatalogIndex } from '../../../src/core/catalog/catalogIndex';
import { entryRange } from '../../../src/core/catalog/normalize';
import { parseCatalog } from '../../../src/core/catalog/parse';
import type { Catalog } from '../../../src/core/catalog/types';
import { catalogsDir } from '../paths';
import { catalogFileNames, normalizedCatalog, readCatalog, readCatalogFile } from './catalogFiles';

/** Compiles `catalogs/schema.json` with ajv, giving `format: uri` a checker built on URL. */
function compileSchema(): ValidateFunction {
  // The schema carries editor-only keywords such as markdownDescription, which strict mode rejects.
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', (value: string) => {
    try {
      new URL(value);
      return true;
    } catch {
      return false;
    }
  });
  return ajv.compile(JSON.parse(fs.readFileSync(path.join(catalogsDir, 'schema.json'), 'utf8')) as object);
}

describe('every catalog file', () => {
  let validate: ValidateFunction;
  const names = catalogFileNames();

  before(() => {
    validate = compileSchema();
  });

  it('include the Clickatell, GeniqTech, HTTP, Twilio and WhatsApp Cloud API catalogs', () => {
    for (const id of ['clickatell-one-api-message-status', 'clickatell-one-api-errors', 'geniqtech-response-codes', 'geniqtech-reason-codes', 'geniqtech-whatsapp-template-codes', 'http', 'twilio-errors', 'whatsapp-cloud-api-errors']) {
      assert.ok(names.includes(`${id}.json`), id);
    }
  });

  it('rejects a catalog that breaks the schema, so the validation below can fail', () => {
    const broken = { ...readCatalog('http'), kind: 'colour', entries: [{ code: true }] };
    assert.equal(validate(broken), false);
    assert.ok((validate.errors ?? []).length >= 3);
  });

  for (const name of names) {
    describe(name, () => {
      let value: unknown;
      let catalog: Catalog;

      before(() => {
        value = readCatalogFile(name);
        catalog = normalizedCatalog(value);
      });

      it('validates against catalogs/schema.json', () => {
        const valid = validate(value);
        assert.ok(valid, JSON.stringify(validate.errors, null, 2));
      });

      it('names the schema first and has the file name as its id', () => {
        assert.equal(Object.keys(value as object)[0], '$schema');
        assert.equal((value as { $schema: string }).$schema, './schema.json');
        assert.equal(`${catalog.id}.json`, name);
      });

      it('is accepted by the catalog parser the extension uses', () => {
        const result = parseCatalog(fs.readFileSync(path.join(catalogsDir, name), 'utf8'));
        assert.deepEqual(result.problems, []);
        assert.equal(result.catalog?.id, catalog.id);
      });

      it('has no code twice except where a range covers it', () => {
        const single = catalog.entries.filter((entry) => entry.to === undefined || entry.to === entry.code).map((entry) => entry.code);
        const repeated = single.filter((code, index) => single.indexOf(code) !== index);
        assert.deepEqual(repeated, [], 'codes listed twice');
        for (const entry of catalog.entries) {
          const [first, last] = entryRange(entry);
          assert.ok(first <= last, `range ${first}-${last} runs backwards`);
        }
      });

      it('gives every entry a description, or says the source has none', () => {
        const silent = catalog.entries.filter((entry) => entry.description.trim() === '' && !entry.undocumented && !entry.reserved);
        assert.deepEqual(silent.map((entry) => entry.code), []);
      });
    });
  }

  it('are each listed in catalogs/README.md with their number of entries', () => {
    const readme = fs.readFileSync(path.join(catalogsDir, 'README.md'), 'utf8');
    const listed = new Map([...readme.matchAll(/^\| `([a-z0-9-]+)` \|[^|\n]*\| (\d+) \|/gm)].map((row) => [row[1], Number(row[2])]));
    const actual = new Map(names.map((name) => [name.replace(/\.json$/, ''), (readCatalogFile(name) as Catalog).entries.length]));
    assert.deepEqual([...listed].sort(), [...actual].sort());
  });

  it('have unique ids', () => {
    const ids = names.map((name) => (readCatalogFile(name) as Catalog).id);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('build one index in which names and aliases are found', () => {
    const index = new CatalogIndex(names.map((name) => normalizedCatalog(readCatalogFile(name))));
    assert.deepEqual(
      index.byName('stopped_by_admin').map(({ catalog, entry }) => [catalog.id, entry.code]),
      [['clickatell-one-api-message-status', 22]],
    );
    assert.ok(index.byName('PAYLOAD_TOO_LARGE').some(({ catalog, entry }) => catalog.id === 'http' && entry.code === 413));
    assert.ok(index.byCode(36).some(({ catalog, entry }) => catalog.id === 'clickatell-one-api-errors' && entry.reserved === true));
  });
});

describe('the HTTP catalog', () => {
  let http: Catalog;

  before(() => {
    http = readCatalog('http');
  });

  it('has every code of the statuses package, under its reason phrase or an alias', () => {
    assert.ok(statuses.codes.length > 50, 'the statuses package lists its codes');
    for (const code of statuses.codes) {
      const entry = http.entries.find((candidate) => candidate.code === code);
      assert.ok(entry, `HTTP ${code} is missing`);
      const phrase = statuses.message[code] ?? '';
      assert.ok(entry.name === phrase || (entry.aliases ?? []).includes(phrase), `${code} is "${phrase}" in statuses, "${entry.name}" here`);
    }
  });

  it('describes every code in exactly one sentence of its own', () => {
    for (const entry of http.entries) {
      const text = entry.description;
      assert.match(text, /^[A-Z].*\.$/, `${entry.code} is a capitalised sentence ending in a full stop`);
      assert.doesNotMatch(text.slice(0, -1), /[.!?]\s/, `${entry.code} holds one sentence`);
      assert.ok(text.length >= 30 && text.length <= 200, `${entry.code} has ${text.length} characters`);
    }
    const descriptions = http.entries.map((entry) => entry.description);
    assert.equal(new Set(descriptions).size, descriptions.length, 'no two codes share a description');
  });
});
