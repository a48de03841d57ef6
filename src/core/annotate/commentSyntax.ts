/**
 * How to write a line comment in a language, for the quick fix that silences
 * a line with the ignore marker. Languages without comments (JSON, logs,
 * plain text) get none, and the fix is not offered there.
 */

const SLASHES = new Set([
  'typescript', 'javascript', 'typescriptreact', 'javascriptreact', 'jsonc', 'go', 'java', 'csharp', 'rust', 'kotlin',
  'php', 'swift', 'c', 'cpp', 'scala', 'dart', 'groovy', 'objective-c', 'fsharp',
]);
const HASH = new Set(['python', 'ruby', 'elixir', 'shellscript', 'yaml', 'perl', 'r', 'powershell', 'toml', 'dockerfile', 'makefile']);
const DASHES = new Set(['sql', 'lua', 'haskell']);

/** The text that starts a comment running to the end of the line, or undefined where the language has no comments. */
export function lineCommentFor(languageId: string): string | undefined {
  if (SLASHES.has(languageId)) {
    return '//';
  }
  if (HASH.has(languageId)) {
    return '#';
  }
  if (DASHES.has(languageId)) {
    return '--';
  }
  return undefined;
}

/**
 * The line to insert above `lineText` so that the marker silences it: the
 * comment indented like the line, ending in a newline. Undefined where the
 * language has no comments.
 */
export function ignoreNextLineComment(languageId: string, lineText: string, marker: string): string | undefined {
  const comment = lineCommentFor(languageId);
  if (comment === undefined) {
    return undefined;
  }
  const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
  return `${indent}${comment} ${marker}-next-line\n`;
}
