import type { Catalog, CatalogEntry, CatalogMatch } from './types';
import { DOTTED_ANY, codeFormatOf, dottedNumber, dottedParts, hasNumericCodes } from './codeFormat';
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
  /** Entries of each catalog by code, for catalogs whose codes are not numbers in a text (names, dotted codes). */
  private readonly byCatalogCode = new Map<Catalog, Map<number, CatalogMatch>>();
  private readonly dottedCatalogs: Catalog[] = [];

  constructor(readonly catalogs: readonly Catalog[]) {
    for (const catalog of catalogs) {
      this.byId.set(catalog.id, catalog);
      // `statusCode` and `status_code` fold to one key; a catalog is listed under it once.
      for (const key of new Set(catalog.context.map(normalizeKey))) {
        push(this.byContextMap, key, catalog);
      }
      // A name or dotted catalog holds its codes as numbers of its own (see codeFormat.ts): a number in a text never means one of them.
      const numeric = hasNumericCodes(catalog);
      const own = new Map<number, CatalogMatch>();
      if (!numeric) {
        this.byCatalogCode.set(catalog, own);
      }
      if (codeFormatOf(catalog) === 'dotted') {
        this.dottedCatalogs.push(catalog);
      }
      for (const entry of catalog.entries) {
        const match: CatalogMatch = { catalog, entry };
        if (!numeric) {
          own.set(entry.code, match);
        } else if (entry.to !== undefined && entry.to !== entry.code) {
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

  /** Every entry, in every decimal or hex catalog, that covers `code`; single codes before ranges. */
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

  /** The entry of `catalog` that covers `code` (as the catalog holds it), whatever the catalog's format. */
  entryOf(catalog: Catalog, code: number): CatalogMatch | undefined {
    const own = this.byCatalogCode.get(catalog);
    if (own) {
      return own.get(code);
    }
    return this.byCode(code).find((match) => match.catalog === catalog);
  }

  /**
   * The entries a dotted code such as `5.1.1` (held as in `parseDotted`)
   * resolves to, one per dotted catalog: the code itself when listed, else its
   * any-class form `X.1.1`.
   */
  byDotted(code: number): readonly CatalogMatch[] {
    const [cls, subject, detail] = dottedParts(code);
    const anyClass = dottedNumber(DOTTED_ANY, subject, detail);
    const found: CatalogMatch[] = [];
    for (const catalog of this.dottedCatalogs) {
      const own = this.byCatalogCode.get(catalog);
      const match = own?.get(code) ?? (cls === DOTTED_ANY ? undefined : own?.get(anyClass));
      if (match) {
        found.push(match);
      }
    }
    return found;
  }

  /** The rows of `catalog` that explain the class and the subject of a dotted code (`5.X.X`, `X.1.X`), when it lists them. */
  dottedParts(catalog: Catalog, code: number): readonly CatalogMatch[] {
    const own = this.byCatalogCode.get(catalog);
    const [cls, subject] = dottedParts(code);
    const parts = [own?.get(dottedNumber(cls, DOTTED_ANY, DOTTED_ANY)), own?.get(dottedNumber(DOTTED_ANY, subject, DOTTED_ANY))];
    return parts.filter((match): match is CatalogMatch => match !== undefined);
  }

  /** Entries whose name or alias equals `name`, ignoring case and punctuation. */
  byName(name: string): readonly CatalogMatch[] {
    return this.byNameMap.get(normalizeKey(name)) ?? [];
  }

  /**
   * The code the catalog `catalogId` gives the name `name` (or alias), ignoring
   * case and punctuation: how a library that writes a catalog's names behind a
   * prefix (jsmpp's `STAT_ESME_ROK`) is resolved. A property, so it can be
   * handed on as a function.
   */
  readonly codeOfName = (catalogId: string, name: string): number | undefined => this.byName(name).find((match) => match.catalog.id === catalogId)?.entry.code;

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
