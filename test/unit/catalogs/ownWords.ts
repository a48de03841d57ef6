import type { CatalogEntry } from '../../../src/core/catalog/types';

/**
 * Checks that catalog text transcribed from a proprietary document is written
 * in our own words: no run of `RUN` consecutive words in common with the
 * document, and no text equal to one of its sentences.
 */
export const RUN = 8;

/** Lower-cased words of `text`; Markdown link targets, HTML tags and punctuation are dropped. */
export function wordsOf(text: string): string[] {
  const plain = text.replace(/\]\([^)]*\)/g, ']').replace(/<[^>]+>/g, ' ').toLowerCase();
  return plain.match(/[a-z0-9]+(?:['’][a-z]+)?/g) ?? [];
}

/** Every run of `RUN` consecutive words of `texts`, joined by spaces. */
export function wordRuns(texts: Iterable<string>): Set<string> {
  const runs = new Set<string>();
  for (const text of texts) {
    const words = wordsOf(text);
    for (let i = 0; i + RUN <= words.length; i++) {
      runs.add(words.slice(i, i + RUN).join(' '));
    }
  }
  return runs;
}

/** The first run of `text` that is also in `runs`, or undefined. */
export function firstSharedRun(text: string, runs: ReadonlySet<string>): string | undefined {
  const words = wordsOf(text);
  for (let i = 0; i + RUN <= words.length; i++) {
    const run = words.slice(i, i + RUN).join(' ');
    if (runs.has(run)) {
      return run;
    }
  }
  return undefined;
}

/** The sentences of `texts` (and each text whole), as word lists joined by spaces, for exact comparison. */
export function sentencesOf(texts: Iterable<string>): Set<string> {
  const sentences = new Set<string>();
  for (const text of texts) {
    for (const part of [text, ...text.split(/[.!?]\s+|\r?\n/)]) {
      const words = wordsOf(part).join(' ');
      if (words !== '') {
        sentences.add(words);
      }
    }
  }
  return sentences;
}

/** The texts of an entry that we write ourselves (names and aliases are the provider's titles, taken as facts). */
export function ownTexts(entry: CatalogEntry): string[] {
  return [entry.description, entry.details, entry.note, ...(entry.otherDescriptions ?? [])].filter((text): text is string => typeof text === 'string');
}

/** Problems of `entries` against a document's runs and sentences, one line each; empty when all is our own wording. */
export function copiedText(entries: readonly CatalogEntry[], runs: ReadonlySet<string>, sentences: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    for (const text of ownTexts(entry)) {
      const run = firstSharedRun(text, runs);
      if (run !== undefined) {
        problems.push(`${entry.code}: "${run}" is the provider's wording`);
      }
      for (const sentence of sentencesOf([text])) {
        if (sentence.split(' ').length >= 4 && sentences.has(sentence)) {
          problems.push(`${entry.code}: "${sentence}" is a sentence of the provider`);
        }
      }
    }
  }
  return problems;
}
