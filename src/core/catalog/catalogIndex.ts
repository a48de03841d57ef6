import type { Catalog, CatalogEntry, CatalogMatch } from './types';
import { entryRange, normalizeKey } from './normalize';

/**
 * An immutable index over a set of catalogs, built once whenever the set
 * changes. Lookups by code and by name are single map reads because hovers
 * and lenses ask for them on every visible literal.
 */
export class CatalogIndex {
  private readonly byCodeMap = new Map<number, CatalogMatch[]>();
  private readonly ranges: CatalogMatch[] = [];
  private readonly byNameMap = new Map<string, CatalogMatch[]>();
  private readonly byId = new Map<string, Catalog>();
  private readonly byContextMap = new Map<string, Catalog[]>();

  constructor(readonly catalogs: readonly Catalog[]) {
    for (const catalog of catalogs) {
      this.byId.set(catalog.id, catalog);
      // `statusCode` and `status_code` fold to one key; a catalog is listed under it once.
      for (const key of new Set(catalog.context.map(normalizeKey))) {
        push(this.byContextMap, key, catalog);
      }
      for (const entry of catalog.entries) {
        const match: CatalogMatch = { catalog, entry };
        if (entry.to !== undefined && entry.to !== entry.code) {
          this.ranges.push(match);
        } else {
          push(this.byCodeMap, entry.code, match);
        }
        for (const name of entryNames(entry)) {
          push(this.byNameMap, normalizeKey(name), match);
        }
      }
    }
  }

  static readonly empty = new CatalogIndex([]);

  get size(): number {
    return this.catalogs.length;
  }

  catalog(id: string): Catalog | undefined {
    return this.byId.get(id);
  }

  /** Every entry, in every catalog, that covers `code`; single codes before ranges. */
  byCode(code: number): readonly CatalogMatch[] {
    const exact = this.byCodeMap.get(code) ?? [];
    if (this.ranges.length === 0) {
      return exact;
    }
    const inRange = this.ranges.filter(({ entry }) => {
      const [first, last] = entryRange(entry);
      return code >= first && code <= last;
    });
    return inRange.length === 0 ? exact : [...exact, ...inRange];
  }

  /** Entries whose name or alias equals `name`, ignoring case and punctuation. */
  byName(name: string): readonly CatalogMatch[] {
    return this.byNameMap.get(normalizeKey(name)) ?? [];
  }

  /** Whether some catalog knows `name` as a code name; cheap enough for every identifier on a line. */
  hasName(name: string): boolean {
    return this.byNameMap.has(normalizeKey(name));
  }

  /** Catalogs that declare `word` (normalised) as one of their context keys. */
  byContext(word: string): readonly Catalog[] {
    return this.byContextMap.get(normalizeKey(word)) ?? [];
  }

  /** Every normalised context key of every catalog. */
  contextKeys(): IterableIterator<string> {
    return this.byContextMap.keys();
  }
}

/** The name and the aliases of an entry, the name first. */
export function entryNames(entry: CatalogEntry): string[] {
  const names: string[] = [];
  if (entry.name) {
    names.push(entry.name);
  }
  for (const alias of entry.aliases ?? []) {
    names.push(alias);
  }
  return names;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    list.push(value);
  } else {
    map.set(key, [value]);
  }
}
