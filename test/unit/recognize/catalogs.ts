import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CatalogIndex } from '../../../src/core/catalog/catalogIndex';
import { parseCatalog } from '../../../src/core/catalog/parse';
import type { Catalog, CatalogEntry } from '../../../src/core/catalog/types';
import { Recognizer } from '../../../src/core/recognize/recognizer';
import type { DocumentContext, Recognition } from '../../../src/core/recognize/types';
import { defaultSettings } from '../../../src/core/settings';
import { catalogsDir } from '../paths';

/** The catalogs shipped in `catalogs/`, read as the extension reads them. */
export function realCatalogs(): Catalog[] {
  return readdirSync(catalogsDir)
    .filter((name) => name.endsWith('.json') && name !== 'schema.json')
    .sort()
    .map((name) => {
      const { catalog, problems } = parseCatalog(readFileSync(join(catalogsDir, name), 'utf8'), { file: name, trusted: true });
      if (!catalog) {
        throw new Error(problems.map((problem) => problem.message).join('\n'));
      }
      return catalog;
    });
}

let realIndexCache: CatalogIndex | undefined;

export function realIndex(): CatalogIndex {
  realIndexCache ??= new CatalogIndex(realCatalogs());
  return realIndexCache;
}

export function recognizerFor(index: CatalogIndex, options: Partial<typeof defaultSettings> = {}): Recognizer {
  return Recognizer.for(index, { ...defaultSettings, ...options });
}

/** A small catalog for tests that must not depend on the shipped data. */
export function fakeCatalog(
  id: string,
  kind: Catalog['kind'],
  entries: readonly (Partial<CatalogEntry> & { code: number })[],
  extra: Partial<Catalog> = {},
): Catalog {
  return {
    id,
    title: `${id} title`,
    provider: extra.provider ?? 'Acme',
    kind,
    source: { url: 'https://example.com/codes' },
    context: ['status'],
    ...extra,
    entries: entries.map((e) => ({ description: `${id} ${e.code}`, ...e })),
  };
}

/** Recognitions of `text` as one document, flattened. */
export function recognizeText(recognizer: Recognizer, text: string, languageId: string, preferred: readonly string[] = []): Recognition[] {
  const doc = recognizer.buildDocumentContext(text, languageId, preferred);
  const found: Recognition[] = [];
  for (const { recognitions } of recognizer.recognizeDocument(text, doc)) {
    found.push(...recognitions);
  }
  return found;
}

/** `catalogId:code` of the best meaning, for compact assertions. */
export function topOf(recognition: Recognition | undefined): string | undefined {
  const top = recognition?.candidates[0];
  return top ? `${top.catalog.id}:${top.entry.code}` : undefined;
}

export function contextOf(recognizer: Recognizer, text: string, languageId: string, preferred: readonly string[] = []): DocumentContext {
  return recognizer.buildDocumentContext(text, languageId, preferred);
}

/** A literal in a snippet and the meaning it must get, for tables of recognition cases. */
export interface LiteralCase {
  readonly title: string;
  readonly languageId: string;
  readonly text: string;
  /** The literal, as written, and the meaning expected at the top (`catalogId:code`). */
  readonly literal: string;
  readonly expected: string;
  /** A context key of the expected catalog that the recognition must rest on, as the catalog spells it. */
  readonly key?: string;
}

/**
 * One test per case: the literal is recognised once, with the expected meaning
 * first, and, where the case names a key, on that key of its catalog.
 */
export function itReadsEach(cases: readonly LiteralCase[]): void {
  const recognizer = recognizerFor(realIndex());
  for (const { title, languageId, text, literal, expected, key } of cases) {
    it(`reads ${literal} in ${title} as ${expected}${key === undefined ? '' : `, by the key ${key}`}`, () => {
      const found = recognizeText(recognizer, text, languageId).filter((recognition) => recognition.text === literal);
      // Once, and again where a message quotes it after `#` (`"(#131047) …","code":131047`), each time with the same meaning.
      const lines = text.split('\n');
      const own = found.filter((recognition) => lines[recognition.line]?.charAt(recognition.start - 1) !== '#');
      assert.equal(own.length, 1, `${literal} is recognised once`);
      assert.deepEqual(found.map(topOf), found.map(() => expected));
      if (key !== undefined) {
        const reasons = own[0]?.candidates[0]?.reasons ?? [];
        assert.ok(
          reasons.some((reason) => reason.includes(`names "${key}"`)),
          `the catalog's own key ${key} is among the reasons: ${reasons.join('; ')}`,
        );
      }
    });
  }
}

/** `catalog:code` of every recognition on the last line of `text`, in order, with the catalogs shipped in `catalogs/`. */
export function lastLine(text: string, languageId: string): (string | undefined)[] {
  const last = text.split('\n').length - 1;
  return recognizeText(recognizerFor(realIndex()), text, languageId)
    .filter((recognition) => recognition.line === last)
    .map(topOf);
}

