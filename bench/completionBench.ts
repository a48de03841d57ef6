import type { Catalog } from '../src/core/catalog/types';
import { generateCases, generateHandler, generators } from '../src/core/generate/index';
import { codeBlockMarkdown } from '../src/core/generate/preview';
import { barePass, median, sampleRuns, timeOnce, type RunOptions } from './stats';

/**
 * Completion generation for one catalog in every language: the exhaustive
 * handler (type, lookup, switch) and the branches the "Handle all" item
 * inserts with their Markdown preview. Each run gets a fresh copy of the
 * catalog, so the handler model (cached per catalog object) is built again,
 * as on the first completion after the catalogs load.
 */

export interface CompletionTimings {
  readonly catalogId: string;
  readonly entries: number;
  readonly languages: number;
  /** Characters of generated code, all languages together. */
  readonly generatedChars: number;
  readonly firstMs: number;
  /** The same again with the model cached: what each later completion in the session costs. */
  readonly cachedMs: number;
  /** The bare pass over the catalog file's text. */
  readonly bareMs: number;
}

export function timeCompletion(catalog: Catalog, catalogText: string, runs: RunOptions): CompletionTimings {
  let generatedChars = 0;
  const generateAll = (copy: Catalog) => {
    generatedChars = 0;
    for (const generator of generators) {
      const handler = generateHandler(copy, generator);
      const cases = generateCases(copy, generator, { includeDefault: true, subject: 'statusCode' });
      generatedChars += handler.plain.length + cases.plain.length + codeBlockMarkdown(cases.plain, generator.id).length;
    }
  };
  const samples = sampleRuns(runs, () => {
    const copy = structuredClone(catalog);
    const bareMs = timeOnce(() => barePass(catalogText));
    const firstMs = timeOnce(() => generateAll(copy));
    const cachedMs = timeOnce(() => generateAll(copy));
    return { bareMs, firstMs, cachedMs };
  });
  return {
    catalogId: catalog.id,
    entries: catalog.entries.length,
    languages: generators.length,
    generatedChars,
    firstMs: median(samples.map((s) => s.firstMs)),
    cachedMs: median(samples.map((s) => s.cachedMs)),
    bareMs: median(samples.map((s) => s.bareMs)),
  };
}
