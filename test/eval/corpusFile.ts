import { type LabelFile, type LabelledSpan, labelledSpans, parseLabels } from './labels';

/**
 * One fixture of the evaluation corpus with its labels, built from text
 * alone, so the in-editor suite (which may run in a web worker without a
 * file system) can build it as the Node tools do.
 */

/**
 * The language id VS Code gives a file, from its name, for the extensions and
 * names of the corpus, as its built-in language support assigns them; anything
 * else opens as plain text. Kotlin and Scala have no built-in mode: their ids
 * are those the usual language extensions give, as their users have one.
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
  '.conf': 'properties',
  '.env': 'properties',
  '.properties': 'properties',
  '.har': 'json',
};

const languageByName: Readonly<Record<string, string>> = {
  Makefile: 'makefile',
  Dockerfile: 'dockerfile',
  Gemfile: 'ruby',
};

export function languageIdFor(fileName: string): string {
  const name = fileName.slice(fileName.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot).toLowerCase() : '';
  return languageByName[name] ?? languageByExtension[extension] ?? 'plaintext';
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

/** A fixture and its labels, from their text; throws when the labels point at text that is not there. */
export function buildCorpusFile(relativePath: string, text: string, labelsText: string): CorpusFile {
  const lines = text.split(/\r?\n/);
  const labels = parseLabels(labelsText, `${relativePath}.labels`);
  const spans = labelledSpans(lines, labels, relativePath);
  const parts = relativePath.split('/');
  const kind = parts[0] as string;
  const languageId = languageIdFor(relativePath);
  // A log's format is the folder under `logs/`, also inside a kind of its own (`heldout/logs/rails/…`).
  const logsAt = parts.indexOf('logs');
  const group = logsAt >= 0 && parts.length > logsAt + 2 ? `logs/${parts[logsAt + 1]}` : languageId;
  return { path: relativePath, kind, group, languageId, text, lines, labels, spans };
}
