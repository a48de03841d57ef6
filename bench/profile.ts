import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CatalogIndex } from '../src/core/catalog/catalogIndex';
import { parseCatalogBytes } from '../src/core/catalog/parse';
import type { Catalog } from '../src/core/catalog/types';
import { Recognizer } from '../src/core/recognize/recognizer';
import { defaultSettings } from '../src/core/settings';
import { generateLog, generateSource } from './generate';
import { documentContext, wholeDocumentLenses } from './lensPass';
import { barePass } from './stats';

/**
 * One workload, repeated, for a CPU profile of the hot path:
 *
 *   node --cpu-prof out-bench/bench/profile.js lenses 24
 *
 * Workloads: `lenses` (uncapped lenses over a log of N MB), `recognise` (the
 * recogniser alone over the same log), `source` (capped lenses over a
 * TypeScript file of N hundred KB). Open the .cpuprofile in a browser's or
 * VS Code's profiler.
 */

const [workload = 'lenses', sizeArg = '24', repeatArg = '3'] = process.argv.slice(2);
const size = Number(sizeArg);
const repeat = Number(repeatArg);
const repoRoot = path.resolve(__dirname, '..', '..');
const dir = path.join(repoRoot, 'catalogs');
const catalogs = readdirSync(dir)
  .filter((name) => name.endsWith('.json') && name !== 'schema.json')
  .map((name) => parseCatalogBytes(readFileSync(path.join(dir, name))).catalog)
  .filter((catalog): catalog is Catalog => catalog !== undefined);
const recognizer = Recognizer.for(new CatalogIndex(catalogs), defaultSettings);

const isSource = workload === 'source';
const text = isSource ? generateSource(size * 100 * 1024) : generateLog(size * 1024 * 1024);
const languageId = isSource ? 'typescript' : 'log';
for (let i = 0; i < repeat; i++) {
  const started = Date.now();
  const doc = documentContext(recognizer, text, languageId);
  let count = 0;
  if (workload === 'recognise') {
    for (const { recognitions } of recognizer.recognizeDocument(text, doc)) count += recognitions.length;
  } else {
    count = wholeDocumentLenses(recognizer, text, doc, defaultSettings, isSource ? defaultSettings.codeLensMaxPerDocument : Number.POSITIVE_INFINITY).length;
  }
  const elapsed = Date.now() - started;
  const bareStarted = Date.now();
  barePass(text);
  process.stdout.write(`${workload} ${size}: ${count} in ${elapsed} ms; bare pass ${Date.now() - bareStarted} ms\n`);
}
