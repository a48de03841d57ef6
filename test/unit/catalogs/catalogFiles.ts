import * as fs from 'node:fs';
import * as path from 'node:path';
import { normalizeCodes } from '../../../src/core/catalog/codeFormat';
import type { Catalog, CatalogEntry } from '../../../src/core/catalog/types';
import { catalogsDir } from '../paths';

/** File names of every catalog in `catalogs/` (the schema is not a catalog). */
export function catalogFileNames(): string[] {
  return fs
    .readdirSync(catalogsDir)
    .filter((name) => name.endsWith('.json') && name !== 'schema.json')
    .sort();
}

export function readCatalogFile(name: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(catalogsDir, name), 'utf8'));
}

/** The catalog with this id, read from `catalogs/<id>.json`, its codes as numbers as the extension holds them (see codeFormat.ts). */
export function readCatalog(id: string): Catalog {
  return normalizedCatalog(readCatalogFile(`${id}.json`));
}

/** A parsed catalog file with its codes as numbers; throws on a code that does not fit its format. */
export function normalizedCatalog(value: unknown): Catalog {
  const { catalog, problems } = normalizeCodes(value as Catalog);
  if (!catalog) {
    throw new Error(problems.map((problem) => `${problem.path}: ${problem.text}`).join('\n'));
  }
  return catalog;
}

/** The single-code entry for `code`; fails when there is none or more than one. */
export function entryFor(catalog: Catalog, code: number): CatalogEntry {
  const found = catalog.entries.filter((entry) => entry.code === code && (entry.to === undefined || entry.to === code));
  if (found.length !== 1) {
    throw new Error(`${catalog.id}: expected one entry for ${code}, found ${found.length}.`);
  }
  return found[0] as CatalogEntry;
}
