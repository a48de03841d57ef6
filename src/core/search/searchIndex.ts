import type { CatalogIndex } from '../catalog/catalogIndex';
import { entryNames } from '../catalog/catalogIndex';
import { normalizeKey } from '../catalog/normalize';
import type { Catalog, CatalogEntry, CatalogMatch } from '../catalog/types';
import { stem, words } from './tokenize';

/**
 * Where in an entry a word was found. The weights order the fields for
 * ranking: a word in the name says more about the entry than the same word
 * in its details or in the catalog's title.
 */
export const FIELD_WEIGHT = {
  name: 1,
  description: 0.85,
  extra: 0.6,
  catalog: 0.5,
  details: 0.45,
} as const;

/** One entry as the search sees it. */
export interface SearchDoc extends CatalogMatch {
  /** Position in the index, used for stable ordering and as a postings id. */
  readonly id: number;
  /** Position of the catalog in the catalog index, the tie-breaker between equal scores. */
  readonly catalogOrder: number;
}

/** The stems of an entry's name (with aliases) and of its description, for completeness scoring. */
export interface FieldStems {
  readonly name: ReadonlySet<string>;
  readonly description: ReadonlySet<string>;
}

/** The entries containing a stem, by ascending id, each with the weight of the best field it occurs in. */
interface Posting {
  readonly ids: number[];
  readonly weights: number[];
}

interface NameKey {
  readonly key: string;
  readonly doc: SearchDoc;
  readonly alias: boolean;
}

/**
 * An inverted word index over every entry of a `CatalogIndex`, built once per
 * catalog index (see `searchIndexFor`). Word lookups are map reads; prefix
 * lookups (the word still being typed) are a binary search in the sorted
 * vocabulary, so a query never scans every entry's text.
 */
export class SearchIndex {
  readonly docs: readonly SearchDoc[];
  private readonly postings = new Map<string, Posting>();
  private readonly vocabulary: string[];
  private readonly names: NameKey[] = [];
  private readonly namesByKey = new Map<string, NameKey[]>();
  private readonly byEntry = new Map<CatalogEntry, SearchDoc>();
  /**
   * Words of catalog titles, providers, products, channels and ids are kept
   * per catalog rather than copied into every entry: a catalog word matches
   * all of the catalog's entries, which are one contiguous run of ids.
   */
  private readonly catalogPostings = new Map<string, number[]>();
  private readonly catalogDocs: [number, number][] = [];
  private readonly catalogStems: Set<string>[] = [];
  private readonly phraseTexts: (string | undefined)[] = [];
  private readonly fieldStemsCache: (FieldStems | undefined)[] = [];

  constructor(readonly catalogIndex: CatalogIndex) {
    const docs: SearchDoc[] = [];
    // Groups and many descriptions repeat across entries and channels, so each distinct text is split and stemmed once.
    const seen = new Map<string, readonly string[]>();
    const stemsOf = (text: string): readonly string[] => {
      let found = seen.get(text);
      if (!found) {
        found = [...stemSet([text])];
        seen.set(text, found);
      }
      return found;
    };
    catalogIndex.catalogs.forEach((catalog, catalogOrder) => {
      const first = docs.length;
      const catalogStems = stemSet([catalogText(catalog)]);
      this.catalogStems.push(catalogStems);
      for (const word of catalogStems) {
        const list = this.catalogPostings.get(word);
        if (list) {
          list.push(catalogOrder);
        } else {
          this.catalogPostings.set(word, [catalogOrder]);
        }
      }
      for (const entry of catalog.entries) {
        const doc: SearchDoc = { id: docs.length, catalogOrder, catalog, entry };
        docs.push(doc);
        this.byEntry.set(entry, doc);
        // Fields from the strongest to the weakest: a stem already posted for this entry has its best weight.
        this.post(doc.id, entryNames(entry), FIELD_WEIGHT.name, stemsOf);
        this.post(doc.id, [entry.description ?? ''], FIELD_WEIGHT.description, stemsOf);
        this.post(doc.id, [...(entry.otherDescriptions ?? []), entry.group ?? ''], FIELD_WEIGHT.extra, stemsOf);
        this.post(doc.id, [entry.details ?? '', entry.note ?? ''], FIELD_WEIGHT.details, stemsOf);
        entryNames(entry).forEach((name, i) => {
          const key = normalizeKey(name);
          if (key.length === 0) {
            return;
          }
          const nameKey: NameKey = { key, doc, alias: i > 0 || !entry.name };
          this.names.push(nameKey);
          const same = this.namesByKey.get(key);
          if (same) {
            same.push(nameKey);
          } else {
            this.namesByKey.set(key, [nameKey]);
          }
        });
      }
      this.catalogDocs.push([first, docs.length]);
    });
    this.docs = docs;
    this.vocabulary = [...new Set([...this.postings.keys(), ...this.catalogPostings.keys()])].sort();
    this.names.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.doc.id - b.doc.id));
  }

  /** The document of an entry of the catalog index. */
  docOf(entry: CatalogEntry): SearchDoc | undefined {
    return this.byEntry.get(entry);
  }

  /** The weight of the best field of `doc` containing `word` (a stem), 0 when none does; catalog words not included. */
  weightOf(word: string, doc: SearchDoc): number {
    const posting = this.postings.get(word);
    if (!posting) {
      return 0;
    }
    const i = lowerBoundNumber(posting.ids, doc.id);
    return posting.ids[i] === doc.id ? posting.weights[i]! : 0;
  }

  /** The stems of the name and of the description of `doc`, made on first use. */
  fieldStems(doc: SearchDoc): FieldStems {
    let stems = this.fieldStemsCache[doc.id];
    if (!stems) {
      stems = { name: stemSet(entryNames(doc.entry)), description: stemSet([doc.entry.description ?? '']) };
      this.fieldStemsCache[doc.id] = stems;
    }
    return stems;
  }

  /** Every indexed stem that starts with `prefix`, in order. */
  stemsStartingWith(prefix: string): string[] {
    const found: string[] = [];
    for (let i = lowerBound(this.vocabulary, prefix, (word) => word); i < this.vocabulary.length && this.vocabulary[i]!.startsWith(prefix); i++) {
      found.push(this.vocabulary[i]!);
    }
    return found;
  }

  /** Ids of the entries containing one of `stemList`, in their own text or their catalog's. */
  withAnyStem(stemList: readonly string[]): Set<number> {
    const found = new Set<number>();
    for (const word of stemList) {
      for (const id of this.postings.get(word)?.ids ?? []) {
        found.add(id);
      }
      this.addCatalogDocs(found, this.catalogPostings.get(word));
    }
    return found;
  }

  /**
   * Name, aliases and description of `doc`, lower-cased with each run of
   * other characters as one space, for finding the query's words in order.
   * Made on first use: only multi-word queries need it.
   */
  phraseText(doc: SearchDoc): string {
    let text = this.phraseTexts[doc.id];
    if (text === undefined) {
      text = ` ${[...entryNames(doc.entry), doc.entry.description ?? ''].join(' | ').toLowerCase().replace(/[^\p{L}\p{N}|]+/gu, ' ')} `;
      this.phraseTexts[doc.id] = text;
    }
    return text;
  }

  /** Whether the catalog of `doc` has one of `stemList` in its title, provider, product, channel or id. */
  catalogHas(doc: SearchDoc, stemList: readonly string[]): boolean {
    const catalogStems = this.catalogStems[doc.catalogOrder];
    return catalogStems !== undefined && stemList.some((word) => catalogStems.has(word));
  }

  /** Posts every stem of `texts` for entry `id` with `weight`, unless an earlier (stronger) field posted it. */
  private post(id: number, texts: readonly string[], weight: number, stemsOf: (text: string) => readonly string[]): void {
    for (const text of texts) {
      for (const stemmed of stemsOf(text)) {
        const posting = this.postings.get(stemmed);
        if (!posting) {
          this.postings.set(stemmed, { ids: [id], weights: [weight] });
        } else if (posting.ids[posting.ids.length - 1] !== id) {
          posting.ids.push(id);
          posting.weights.push(weight);
        }
      }
    }
  }

  private addCatalogDocs(found: Set<number>, catalogOrders: readonly number[] | undefined): void {
    for (const order of catalogOrders ?? []) {
      const [first, end] = this.catalogDocs[order]!;
      for (let id = first; id < end; id++) {
        found.add(id);
      }
    }
  }

  /** Names and aliases equal to `key` (already normalised). */
  namesEqual(key: string): readonly NameKey[] {
    return this.namesByKey.get(key) ?? [];
  }

  /** Names and aliases that start with `key` (already normalised) and are longer than it. */
  namesStartingWith(key: string): NameKey[] {
    const found: NameKey[] = [];
    const lo = lowerBound(this.names, key, (name) => name.key);
    for (let i = lo; i < this.names.length && this.names[i]!.key.startsWith(key); i++) {
      if (this.names[i]!.key.length > key.length) {
        found.push(this.names[i]!);
      }
    }
    return found;
  }
}

const cache = new WeakMap<CatalogIndex, SearchIndex>();

/** The search index of a catalog index, built on first use and kept as long as the catalog index lives. */
export function searchIndexFor(index: CatalogIndex): SearchIndex {
  let searchIndex = cache.get(index);
  if (!searchIndex) {
    searchIndex = new SearchIndex(index);
    cache.set(index, searchIndex);
  }
  return searchIndex;
}

function catalogText(catalog: Catalog): string {
  return [catalog.title, catalog.provider, catalog.product ?? '', catalog.channel ?? '', catalog.id].join(' ');
}

/**
 * How much of any one text is indexed. Provider texts are far shorter; the
 * cap keeps a user catalog with thousands of huge entries from making the
 * index slow to build, at the price of not finding words deep in such text.
 */
const MAX_INDEXED_TEXT = 4000;

function stemSet(texts: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const text of texts) {
    for (const word of words(text.slice(0, MAX_INDEXED_TEXT))) {
      set.add(stem(word));
    }
  }
  return set;
}

/** The first position in the ascending `list` whose value is not below `value`. */
function lowerBoundNumber(list: readonly number[], value: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

/** The first position in `list` (sorted by `keyOf`) whose key is not below `value`. */
function lowerBound<T>(list: readonly T[], value: string, keyOf: (item: T) => string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyOf(list[mid]!) < value) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}
