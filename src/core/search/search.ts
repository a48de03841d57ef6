import type { CatalogIndex } from '../catalog/catalogIndex';
import { codeFormatOf, codeText, dottedNumber, dottedParts, DOTTED_ANY, hasNumericCodes, parseDotted, parseHex } from '../catalog/codeFormat';
import { normalizeKey } from '../catalog/normalize';
import type { CatalogMatch } from '../catalog/types';
import { contextBoost, flagPenalty, type SearchContext } from './rank';
import { FIELD_WEIGHT, searchIndexFor, type SearchDoc, type SearchIndex } from './searchIndex';
import { stem, words } from './tokenize';

export type { SearchContext } from './rank';

/**
 * How a result matched the query, best first: the exact code, a range that
 * covers it, a code that starts with the typed digits, the exact name or an
 * alias, a name that starts with the query, or all of the query's words.
 */
export type MatchKind = 'code' | 'range' | 'codePrefix' | 'name' | 'alias' | 'namePrefix' | 'words' | 'all';

export interface SearchResult extends CatalogMatch {
  /** Higher is better; only the order is meaningful. */
  readonly score: number;
  readonly match: MatchKind;
}

export interface SearchOptions {
  /** The most results to return, best first; all by default. */
  readonly limit?: number;
}

/*
 * Base scores of the kinds of match. Each tier is further apart than the
 * largest context boost, so the context orders results within a tier.
 */
const SCORE = {
  code: 100,
  range: 96,
  name: 95,
  alias: 93,
  codePrefix: 60,
  namePrefix: 70,
  words: 30,
} as const;

/**
 * Finds catalog entries for what a user typed:
 * - a number lists every entry of every catalog that defines it, ranges
 *   included, then codes that start with those digits;
 * - a name (`DELIVERY_FAILURE`, `stopped by`) finds names and aliases, exact
 *   ones before prefixes, ignoring case and punctuation;
 * - words find entries containing all of them in any order (the last one may
 *   be unfinished), ranked by where they occur and how much of the name or
 *   description they cover; a number among words matches the code;
 * - a hex code (`0x0B`, `0x0000000B`) finds that code in hex catalogs, and a
 *   dotted one (`5.1.1`) its entry (`X.1.1`) and the rows of its class and
 *   subject; a word code (`UNDELIV`) is a name. The numbers name and dotted
 *   catalogs hold their codes as are never matched by a typed number.
 * Results are ordered by score, then by the context's preference, then by
 * catalog and entry order. An empty query lists every entry.
 */
export function search(query: string, index: CatalogIndex, context?: SearchContext, options: SearchOptions = {}): SearchResult[] {
  const searchIndex = searchIndexFor(index);
  const boost = contextBoost(context);
  const found = new Map<SearchDoc, { score: number; match: MatchKind }>();
  const consider = (doc: SearchDoc, score: number, match: MatchKind): void => {
    const previous = found.get(doc);
    if (!previous || previous.score < score) {
      found.set(doc, { score, match });
    }
  };

  const text = query.trim();
  if (text === '') {
    for (const doc of searchIndex.docs) {
      consider(doc, 0, 'all');
    }
  } else if (/^[-+]?\d+$/.test(text)) {
    matchCode(text, index, searchIndex, consider);
  } else if (/^0[xX][0-9A-Fa-f]*$/.test(text)) {
    matchHex(text, index, searchIndex, consider);
  } else if (DOTTED_START.test(text)) {
    matchDotted(text, index, searchIndex, consider);
  } else {
    matchName(text, searchIndex, consider);
    matchWords(query, index, searchIndex, consider);
  }

  const results: (SearchResult & { readonly doc: SearchDoc })[] = [];
  for (const [doc, { score, match }] of found) {
    // Listing everything keeps each catalog's own order; only ranked matches push flagged entries down.
    const penalty = match === 'all' ? 0 : flagPenalty(doc.entry);
    results.push({ catalog: doc.catalog, entry: doc.entry, score: score + boost(doc.catalog.id) - penalty, match, doc });
  }
  results.sort((a, b) => b.score - a.score || a.doc.catalogOrder - b.doc.catalogOrder || a.doc.id - b.doc.id);
  const limited = options.limit !== undefined && options.limit >= 0 ? results.slice(0, options.limit) : results;
  return limited.map(({ catalog, entry, score, match }) => ({ catalog, entry, score, match }));
}

type Consider = (doc: SearchDoc, score: number, match: MatchKind) => void;

function matchCode(text: string, index: CatalogIndex, searchIndex: SearchIndex, consider: Consider): void {
  const code = Number.parseInt(text, 10);
  for (const { entry } of index.byCode(code)) {
    const doc = searchIndex.docOf(entry);
    if (doc) {
      consider(doc, entry.to !== undefined && entry.to !== entry.code ? SCORE.range : SCORE.code, entry.to !== undefined && entry.to !== entry.code ? 'range' : 'code');
    }
  }
  // While a code is being typed, the codes it could become follow the exact ones, closest first.
  const digits = text.replace(/^\+/, '');
  for (const doc of searchIndex.docs) {
    if (!hasNumericCodes(doc.catalog)) {
      continue;
    }
    const written = String(doc.entry.code);
    if (written.length > digits.length && written.startsWith(digits)) {
      consider(doc, SCORE.codePrefix + (10 * digits.length) / written.length, 'codePrefix');
    }
  }
}

/** `0x0B` or `0x0000000B`: the code in every hex catalog; while typed, the hex codes it starts (`0x00000` → `0x0000000B`…). */
function matchHex(text: string, index: CatalogIndex, searchIndex: SearchIndex, consider: Consider): void {
  const value = parseHex(text);
  if (value !== undefined) {
    for (const { catalog, entry } of index.byCode(value)) {
      const doc = codeFormatOf(catalog) === 'hex' ? searchIndex.docOf(entry) : undefined;
      if (doc) {
        const range = entry.to !== undefined && entry.to !== entry.code;
        consider(doc, range ? SCORE.range : SCORE.code, range ? 'range' : 'code');
      }
    }
  }
  const typed = text.toUpperCase().replace(/^0X/, '0x');
  for (const doc of searchIndex.docs) {
    if (codeFormatOf(doc.catalog) !== 'hex') {
      continue;
    }
    const written = codeText(doc.catalog, doc.entry);
    if (written.length > typed.length && written.startsWith(typed)) {
      consider(doc, SCORE.codePrefix + (10 * typed.length) / written.length, 'codePrefix');
    }
  }
}

/** A dotted code, whole or being typed: `5.1.1`, `X.1.1`, `5.1.`, `5.7`. */
const DOTTED_START = /^(?:\d{1,3}|[xX])\.(?:(?:\d{1,3}|[xX])(?:\.(?:\d{1,3}|[xX])?)?)?$/;

/**
 * `5.1.1` finds the entry it resolves to (`5.1.1` when listed, else `X.1.1`)
 * and, just below, the rows of its class (`5.X.X`) and subject (`X.1.X`). A
 * code whose class the catalog has no row for (`1.2.3`, a version number) finds
 * nothing unless the catalog lists it as it is. A code being typed lists the
 * codes it can become.
 */
function matchDotted(text: string, index: CatalogIndex, searchIndex: SearchIndex, consider: Consider): void {
  const code = parseDotted(text);
  if (code !== undefined) {
    const [cls] = dottedParts(code);
    for (const match of index.byDotted(code)) {
      const exact = match.entry.code === code;
      const classKnown = cls === DOTTED_ANY || index.entryOf(match.catalog, dottedNumber(cls, DOTTED_ANY, DOTTED_ANY)) !== undefined;
      const doc = exact || classKnown ? searchIndex.docOf(match.entry) : undefined;
      if (!doc) {
        continue;
      }
      consider(doc, SCORE.code, 'code');
      for (const part of index.dottedParts(match.catalog, code)) {
        const partDoc = searchIndex.docOf(part.entry);
        if (partDoc && part.entry !== match.entry) {
          consider(partDoc, SCORE.range, 'range');
        }
      }
    }
    return;
  }
  const typed = text.split('.');
  for (const doc of searchIndex.docs) {
    if (codeFormatOf(doc.catalog) !== 'dotted') {
      continue;
    }
    const parts = dottedParts(doc.entry.code);
    const fits = typed.every((part, i) => {
      const listed = parts[i] as number;
      if (part === '' || listed === DOTTED_ANY) {
        return true;
      }
      if (part === 'X' || part === 'x') {
        return false;
      }
      // The last part may still be typed: `5.1` can become `5.10.1`.
      return i === typed.length - 1 ? String(listed).startsWith(part) : Number(part) === listed;
    });
    if (fits) {
      consider(doc, SCORE.codePrefix + typed.length, 'codePrefix');
    }
  }
}

function matchName(text: string, searchIndex: SearchIndex, consider: Consider): void {
  const key = normalizeKey(text);
  if (key === '') {
    return;
  }
  for (const name of searchIndex.namesEqual(key)) {
    // The word of a name catalog is its code: `UNDELIV` is found as a code, as `404` is.
    const isCode = codeFormatOf(name.doc.catalog) === 'name' && !name.alias;
    consider(name.doc, isCode ? SCORE.code : name.alias ? SCORE.alias : SCORE.name, isCode ? 'code' : name.alias ? 'alias' : 'name');
  }
  if (key.length < 2) {
    return;
  }
  for (const name of searchIndex.namesStartingWith(key)) {
    consider(name.doc, SCORE.namePrefix + (15 * key.length) / name.key.length - (name.alias ? 1 : 0), 'namePrefix');
  }
}

interface QueryWord {
  readonly stem: string;
  /**
   * The indexed stems the word stands for: its own stem, and for a word
   * still being typed every stem it starts, exact one first.
   */
  readonly stems: readonly string[];
  /** The word is a number, so it also matches the entries with that code. */
  readonly code?: number;
}

function matchWords(query: string, index: CatalogIndex, searchIndex: SearchIndex, consider: Consider): void {
  const raw = words(query);
  if (raw.length === 0) {
    return;
  }
  const stillTyping = !/\s$/.test(query);
  const byStem = new Map<string, QueryWord>();
  raw.forEach((word, i) => {
    const isLast = i === raw.length - 1;
    const code = /^\d+$/.test(word) ? Number.parseInt(word, 10) : undefined;
    const stemmed = stem(word);
    const prefix = isLast && stillTyping && code === undefined;
    const expanded = prefix ? [stemmed, ...searchIndex.stemsStartingWith(stemmed).filter((s) => s !== stemmed)] : [stemmed];
    byStem.set(stemmed, { stem: stemmed, stems: expanded, ...(code !== undefined ? { code } : {}) });
  });
  const queryWords = [...byStem.values()];

  // The entries containing every word: the candidates of each word, intersected, smallest first.
  const sets = queryWords.map((word) => candidates(word, index, searchIndex)).sort((a, b) => a.size - b.size);
  let ids = sets[0]!;
  for (const set of sets.slice(1)) {
    ids = new Set([...ids].filter((id) => set.has(id)));
    if (ids.size === 0) {
      return;
    }
  }

  const phrase = raw.length > 1 ? ` ${raw.join(' ')}` : undefined;
  for (const id of ids) {
    const doc = searchIndex.docs[id]!;
    let quality = 0;
    let inName = 0;
    let inDescription = 0;
    const fields = searchIndex.fieldStems(doc);
    for (const word of queryWords) {
      quality += wordWeight(word, doc, searchIndex);
      if (containsWord(fields.name, word)) {
        inName++;
      }
      if (containsWord(fields.description, word)) {
        inDescription++;
      }
    }
    quality /= queryWords.length;
    // How much of the name or description the query accounts for: "rate limit" is all of "Rate limit".
    const coverage = Math.max(
      fields.name.size > 0 ? inName / fields.name.size : 0,
      fields.description.size > 0 ? (0.9 * inDescription) / fields.description.size : 0,
    );
    const inOrder = phrase !== undefined && searchIndex.phraseText(doc).includes(phrase);
    consider(doc, SCORE.words + 35 * quality + 15 * Math.min(1, coverage) + (inOrder ? 5 : 0), 'words');
  }
}

function candidates(word: QueryWord, index: CatalogIndex, searchIndex: SearchIndex): Set<number> {
  const ids = searchIndex.withAnyStem(word.stems);
  if (word.code !== undefined) {
    for (const { entry } of index.byCode(word.code)) {
      const doc = searchIndex.docOf(entry);
      if (doc) {
        ids.add(doc.id);
      }
    }
  }
  return ids;
}

/**
 * How well one query word matches an entry, 0..1: the weight of the best
 * field it occurs in, a little less when it only starts a word there.
 */
function wordWeight(word: QueryWord, doc: SearchDoc, searchIndex: SearchIndex): number {
  if (word.code !== undefined && hasNumericCodes(doc.catalog) && doc.entry.code <= word.code && word.code <= (doc.entry.to ?? doc.entry.code)) {
    return 1;
  }
  let best = 0;
  word.stems.forEach((stemmed, i) => {
    const weight = Math.max(searchIndex.weightOf(stemmed, doc), searchIndex.catalogHas(doc, [stemmed]) ? FIELD_WEIGHT.catalog : 0) * (i === 0 ? 1 : 0.8);
    if (weight > best) {
      best = weight;
    }
  });
  return best;
}

function containsWord(stems: ReadonlySet<string>, word: QueryWord): boolean {
  return word.stems.some((stemmed) => stems.has(stemmed));
}
