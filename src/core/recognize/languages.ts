/**
 * What recognition needs to know about a document's language: how its lines
 * relate to each other (records of their own, or mappings nested by
 * indentation) and whether it holds code with `switch` blocks at all.
 */

/** Languages whose lines are records of their own (logs, JSON Lines): a key's enclosing object is looked for on its line only. */
const LINE_RECORD_LANGUAGES = new Set(['log', 'plaintext', 'jsonl', 'csv', 'tsv']);

/** Languages whose mappings nest by indentation: a key's enclosing object is the less indented `key:` above it. */
const INDENTED_LANGUAGES = new Set(['yaml', 'dockercompose', 'github-actions-workflow']);

/** Languages whose documents hold data, not code: no `switch` blocks are looked for in them. */
const DATA_LANGUAGES = new Set(['log', 'plaintext', 'json', 'jsonc', 'jsonl', 'csv', 'tsv', 'markdown', 'xml', 'html', 'properties', 'ini']);

/** Whether each line of a language is a record of its own, so a key's enclosing object lies on its line. */
export function isLineRecordLanguage(languageId: string): boolean {
  return LINE_RECORD_LANGUAGES.has(languageId);
}

/** Whether a language nests its mappings by indentation. */
export function isIndentedLanguage(languageId: string): boolean {
  return INDENTED_LANGUAGES.has(languageId);
}

/** Whether a language holds data rather than code (no `switch` blocks are looked for). */
export function isDataLanguage(languageId: string): boolean {
  return DATA_LANGUAGES.has(languageId);
}
