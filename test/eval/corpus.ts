import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative, sep } from 'node:path';
import { repoRoot } from '../unit/paths';
import { type LabelFile, type LabelledSpan, coverageProblems, labelledSpans, parseLabels } from './labels';

/** The labelled evaluation corpus: a folder per kind of file (`code/<language>`, `logs/<format>`, `openapi`, `nocode`). */
export const corpusDir = join(repoRoot, 'test', 'eval', 'corpus');

/**
 * The language id VS Code gives a file, from its name, for the extensions and
 * names of the corpus; anything else opens as plain text, as it would in an
 * editor without language extensions.
 */
const languageByExtension: Readonly<Record<string, string>> = {
  '.ts': 'typescript',
  '.tsx': 'typescriptreact',
  '.js': 'javascript',
  '.mjs': 'javascript',
  '.cjs': 'javascript',
  '.jsx': 'javascriptreact',
  '.py': 'python',
  '.go': 'go',
  '.java': 'java',
  '.cs': 'csharp',
  '.rs': 'rust',
  '.kt': 'kotlin',
  '.kts': 'kotlin',
  '.php': 'php',
  '.rb': 'ruby',
  '.swift': 'swift',
  '.c': 'c',
  '.h': 'c',
  '.cpp': 'cpp',
  '.scala': 'scala',
  '.dart': 'dart',
  '.ex': 'elixir',
  '.exs': 'elixir',
  '.sh': 'shellscript',
  '.log': 'log',
  '.json': 'json',
  '.jsonc': 'jsonc',
  '.jsonl': 'jsonl',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.css': 'css',
  '.scss': 'scss',
  '.sql': 'sql',
  '.ini': 'ini',
  '.xml': 'xml',
  '.md': 'markdown',
  '.html': 'html',
  '.toml': 'plaintext',
  '.csv': 'plaintext',
  '.tsv': 'plaintext',
  '.txt': 'plaintext',
  '.conf': 'plaintext',
};

const languageByName: Readonly<Record<string, string>> = {
  Makefile: 'makefile',
  Dockerfile: 'dockerfile',
  Gemfile: 'ruby',
};

export function languageIdFor(fileName: string): string {
  const name = basename(fileName);
  return languageByName[name] ?? languageByExtension[extname(name).toLowerCase()] ?? 'plaintext';
}

export interface CorpusFile {
  /** Path relative to the corpus folder, with `/`. */
  readonly path: string;
  /** `code`, `logs`, `openapi`, `nocode`: the first folder. */
  readonly kind: string;
  /** The language id, or `logs/<format>` for a log: what the table groups by. */
  readonly group: string;
  readonly languageId: string;
  readonly text: string;
  readonly lines: readonly string[];
  readonly labels: LabelFile;
  readonly spans: readonly LabelledSpan[];
}

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
  const text = readFileSync(full, 'utf8');
  const lines = text.split(/\r?\n/);
  const labels = parseLabels(readFileSync(labelsPath, 'utf8'), `${relativePath}.labels`);
  const spans = labelledSpans(lines, labels, relativePath);
  const parts = relativePath.split('/');
  const kind = parts[0] as string;
  const languageId = languageIdFor(relativePath);
  const group = kind === 'logs' && parts.length > 2 ? `logs/${parts[1]}` : languageId;
  return { path: relativePath, kind, group, languageId, text, lines, labels, spans };
}

/** Every fixture of the corpus, in path order. */
export function readCorpus(): CorpusFile[] {
  return listFixtures(corpusDir).map((full) => readCorpusFile(relative(corpusDir, full).split(sep).join('/')));
}

/** Unlabelled numbers of every fixture, as messages; empty when the corpus is fully labelled. */
export function corpusCoverageProblems(files: readonly CorpusFile[]): string[] {
  return files.flatMap((file) => coverageProblems(file.lines, file.labels, file.spans, file.path));
}
