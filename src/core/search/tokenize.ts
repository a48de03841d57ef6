/**
 * Word splitting and a deliberately small stemmer for the lookup index.
 *
 * Codes are looked up by people who half remember a description ("template
 * paused", "rate limits"), so plural and tense endings are folded together.
 * A full stemmer would cost more than the whole index; these few rules cover
 * the endings that occur in status-code prose.
 */

const ASCII_WORD = /[a-z0-9]+/g;
const UNICODE_WORD = /[\p{L}\p{N}]+/gu;
// eslint-disable-next-line no-control-regex -- the range starts at U+0000 because it spans all of ASCII
const NON_ASCII = /[^\x00-\x7f]/;
const CAMEL_BOUNDARY = /(\p{Ll})(\p{Lu})/gu;

/**
 * The words of `text` in lower case; `statusCode` and `STATUS_CODE` both give
 * `status`, `code`. Mostly-ASCII catalog prose takes the plain ASCII pattern,
 * which is several times faster than the Unicode one when the index is built.
 */
export function words(text: string): string[] {
  // camelCase boundaries become spaces first, because lower-casing erases them.
  const spaced = /[a-z][A-Z]/.test(text) || NON_ASCII.test(text) ? text.replace(CAMEL_BOUNDARY, '$1 $2') : text;
  const lowered = spaced.toLowerCase();
  return (NON_ASCII.test(lowered) ? lowered.match(UNICODE_WORD) : lowered.match(ASCII_WORD)) ?? [];
}

/** The stem a word is indexed and searched under, e.g. `paused`, `pause`, `pauses` → `paus`. */
export function stem(word: string): string {
  if (word.length <= 3) {
    return word;
  }
  let known = stemCache.get(word);
  if (known === undefined) {
    known = /^\d+$/.test(word) ? word : stemUncached(word);
    if (stemCache.size > 50_000) {
      stemCache.clear();
    }
    stemCache.set(word, known);
  }
  return known;
}

/** Catalog prose repeats a small vocabulary, so stems are remembered; the cap keeps odd input from growing it without end. */
const stemCache = new Map<string, string>();

function stemUncached(word: string): string {
  let w = word;
  if (w.endsWith('ies') && w.length > 4) {
    w = `${w.slice(0, -3)}y`;
  } else if (w.endsWith('sses')) {
    w = w.slice(0, -2);
  } else if (/(?:us|x|ch|sh)es$/.test(w)) {
    w = w.slice(0, -2);
  } else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) {
    w = w.slice(0, -1);
  }
  if (w.endsWith('ing') && w.length > 5) {
    w = w.slice(0, -3);
  } else if (w.endsWith('ed') && w.length > 4) {
    w = w.slice(0, -2);
  }
  if (w.endsWith('e') && w.length > 4) {
    w = w.slice(0, -1);
  }
  return w;
}
