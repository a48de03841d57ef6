import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { repoRoot } from '../unit/paths';
import { buildCorpusFile, type CorpusFile } from './corpusFile';
import { coverageProblems } from './labels';

export { type CorpusFile, languageIdFor } from './corpusFile';

/** The labelled evaluation corpus: a folder per kind of file (`code/<language>`, `logs/<format>`, `openapi`, `nocode`). */
export const corpusDir = join(repoRoot, 'test', 'eval', 'corpus');

function listFixtures(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...listFixtures(path));
    else if (!name.endsWith('.labels') && name !== 'README.md') found.push(path);
  }
  return found;
}

/** Reads one fixture and its labels; throws when the labels file is missing or points at text that is not there. */
export function readCorpusFile(relativePath: string): CorpusFile {
  const full = join(corpusDir, ...relativePath.split('/'));
  const labelsPath = `${full}.labels`;
  if (!existsSync(labelsPath)) {
    throw new Error(`${relativePath} has no labels file ${relativePath}.labels`);
  }
  return buildCorpusFile(relativePath, readFileSync(full, 'utf8'), readFileSync(labelsPath, 'utf8'));
}

/** Every fixture of the corpus, in path order. */
export function readCorpus(): CorpusFile[] {
  return listFixtures(corpusDir).map((full) => readCorpusFile(relative(corpusDir, full).split(sep).join('/')));
}

/** Unlabelled numbers of every fixture, as messages; empty when the corpus is fully labelled. */
export function corpusCoverageProblems(files: readonly CorpusFile[]): string[] {
  return files.flatMap((file) => coverageProblems(file.lines, file.labels, file.spans, file.path));
}
