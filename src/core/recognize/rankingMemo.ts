import type { CatalogIndex } from '../catalog/catalogIndex';
import { codeFormatOf } from '../catalog/codeFormat';
import type { Catalog, CatalogMatch } from '../catalog/types';
import { NO_RANKING, onePerCatalog, rankMatches, type KeyMeaning, type RankContext, type Ranking } from './rank';
import { HEX, type RawCandidate } from './scannerTypes';
import type { DocumentContext } from './types';

/** Rankings kept per key meaning before its map is emptied, so a long scan cannot grow it without end. */
const CACHE_LIMIT = 20_000;

/** 10^n for the digit counts a scanned number can have: a number of `n + 1` digits below 10^n has a leading zero. */
const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9];

/**
 * The rankings of literals, memoised per document context, key meaning,
 * literal and form strength: a log repeats the same few codes under the same
 * few keys line after line, and each is ranked once.
 */
export class RankingMemo {
  private readonly rankings = new WeakMap<DocumentContext, Map<KeyMeaning, Map<number | string, Ranking>>>();
  /** The memo map last used, kept while the same document and key repeat (as they do line after line in a log). */
  private lastDoc: DocumentContext | undefined;
  private lastMeaning: KeyMeaning | undefined;
  private lastByLiteral: Map<number | string, Ranking> = new Map();
  private lastByMeaning: Map<KeyMeaning, Map<number | string, Ranking>> | undefined;

  /** How many catalogs each provider's product has. */
  private readonly tables = new Map<string, number>();

  constructor(
    private readonly index: CatalogIndex,
    private readonly providerChannelMax: RankContext['providerChannelMax'],
  ) {
    for (const catalog of index.catalogs) {
      const product = productOf(catalog);
      this.tables.set(product, (this.tables.get(product) ?? 0) + 1);
    }
  }

  /**
   * The ranking of the literal of `c` (or of `name`, when it is a name) under
   * `meaning`; `lineHints` and their `lineHintSignature` when the line's own
   * words take part, `provisional` for a ranking made without the evidence
   * `requireEvidence` would need.
   */
  ranking(
    meaning: KeyMeaning,
    c: RawCandidate,
    name: string | undefined,
    doc: DocumentContext,
    lineHints: ReadonlyMap<string, number> | undefined,
    lineHintSignature: number | string,
    requireEvidence: boolean,
    provisional = false,
  ): Ranking {
    let byLiteral: Map<number | string, Ranking> | undefined;
    if (doc === this.lastDoc && meaning === this.lastMeaning) {
      byLiteral = this.lastByLiteral;
    } else {
      let byMeaning = doc === this.lastDoc ? this.lastByMeaning : undefined;
      if (!byMeaning) {
        byMeaning = this.rankings.get(doc);
        if (!byMeaning) {
          byMeaning = new Map();
          this.rankings.set(doc, byMeaning);
        }
        this.lastDoc = doc;
        this.lastByMeaning = byMeaning;
      }
      byLiteral = byMeaning.get(meaning);
      if (!byLiteral) {
        byLiteral = new Map();
        byMeaning.set(meaning, byLiteral);
      }
      this.lastMeaning = meaning;
      this.lastByLiteral = byLiteral;
    }
    const strengthKey = Math.round(c.formStrength * 100);
    const hex = name === undefined && c.notation === HEX;
    // A zero-padded number (`"004"`) ranks apart from the same number written plainly; a hex number apart from both.
    const padded = name === undefined && c.digits > 1 && Math.abs(c.code) < (POWERS_OF_TEN[c.digits - 1] as number);
    let memoKey: number | string =
      name !== undefined
        ? `${name}\u0000${strengthKey}`
        : hex
          ? `${c.code}\u0003${c.digits}\u0000${strengthKey}`
          : padded
            ? `${c.code}\u0002${c.digits}\u0000${strengthKey}`
            : c.code * 128 + strengthKey;
    if (provisional) {
      // The same literal ranked without the evidence it would need, for a line that may supply it.
      memoKey = `${memoKey}\u0001`;
    }
    if (lineHints) {
      memoKey = `${memoKey}\u0000${lineHintSignature}`;
    }
    let ranked = byLiteral.get(memoKey);
    if (!ranked) {
      const matches = onePerCatalog(name === undefined ? (hex ? this.hexMatches(c.code) : this.index.byCode(c.code)) : this.nameMatches(name));
      const context: RankContext = {
        doc,
        providerChannelMax: this.providerChannelMax,
        providerOf: this.providerOf,
        soleTable: this.soleTable,
        requireEvidence,
        explicitEvidence: name === undefined && c.code === 0,
        ...(name === undefined ? { digits: c.digits } : {}),
        ...(hex ? { hex } : {}),
        ...(lineHints ? { lineHints } : {}),
      };
      ranked = matches.length === 0 ? NO_RANKING : rankMatches(matches, meaning, c.formStrength, context);
      if (byLiteral.size > CACHE_LIMIT) {
        byLiteral.clear();
      }
      byLiteral.set(memoKey, ranked);
    }
    return ranked;
  }

  /** The provider of a catalog by id, for the ranking. */
  private readonly providerOf = (catalogId: string): string | undefined => this.index.catalog(catalogId)?.provider;

  /** Whether a catalog is the only one of its provider's product, for `RankContext.soleTable`. */
  readonly soleTable = (catalog: Catalog): boolean => this.tables.get(productOf(catalog)) === 1;

  /** The entries a hex number can mean: only those of catalogs that write their codes in hex. */
  hexMatches(code: number): CatalogMatch[] {
    return this.index.byCode(code).filter((match) => codeFormatOf(match.catalog) === 'hex');
  }

  /**
   * The entries a name can mean. A lower-case word (`delivered`) is a code
   * only of a catalog whose codes are words; in any other catalog the same
   * word is at most the spelling of a title, `Delivered`.
   */
  nameMatches(name: string): readonly CatalogMatch[] {
    const matches = this.index.byName(name);
    const first = name.charCodeAt(0);
    return first >= 97 && first <= 122 ? matches.filter((match) => codeFormatOf(match.catalog) === 'name') : matches;
  }

  /** Lets go of the document last ranked for (its memo stays, weakly keyed), so a closed document can be collected. */
  release(): void {
    this.lastDoc = undefined;
    this.lastByMeaning = undefined;
    this.lastMeaning = undefined;
  }
}

/** A catalog's provider and product, as one key. */
function productOf(catalog: Catalog): string {
  return `${catalog.provider}\u0000${catalog.product ?? ''}`;
}
