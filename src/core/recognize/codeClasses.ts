import type { CatalogIndex } from '../catalog/catalogIndex';
import type { Catalog, CodeClass } from '../catalog/types';
import { rangeLabelEnds } from './rangeLabels';
import { MIN_CONFIDENCE, onePerCatalog, rankMatches, type KeyMeaning, type RankContext } from './rank';
import { AT_MOST, BELOW, type RawCandidate } from './scannerTypes';
import type { DocumentContext, RankedMatch } from './types';

/**
 * Literals that stand for a class of codes (HTTP's 4xx) rather than for the
 * code they name: bounds of range tests (`status >= 400`), ends of range
 * labels (`200..=299 =>`), and codes a catalog with classes does not list
 * where only that catalog is meant (SMTP's `535` compared with
 * `err.responseCode` or before `5.7.8`). Only catalogs with classes take part.
 */
export class CodeClasses {
  /** Whether any catalog has classes; where none does, no literal stands for one. */
  readonly any: boolean;
  private readonly catalogs: readonly Catalog[];
  /** The codes some class takes in, by code (classes are ranges of statuses, a few hundred codes). */
  private readonly covered: Uint8Array;

  constructor(
    private readonly index: CatalogIndex,
    private readonly providerChannelMax: RankContext['providerChannelMax'],
  ) {
    this.catalogs = index.catalogs.filter((catalog) => (catalog.classes?.length ?? 0) > 0);
    this.any = this.catalogs.length > 0;
    const classes = this.catalogs.flatMap((catalog) => catalog.classes as readonly CodeClass[]);
    this.covered = new Uint8Array(Math.min(MAX_COVERED, Math.max(0, ...classes.map((k) => k.to + 1))));
    for (const k of classes) this.covered.fill(1, Math.max(0, k.code), k.to + 1);
  }

  /** Whether some class takes in `code`, listed or not. */
  covers(code: number): boolean {
    return this.covered[code] === 1;
  }

  /** The catalogs of the same protocol as `provider` and `product` whose classes take in `code`, though they do not list it. */
  unlistedIn(code: number, provider: string, product: string | undefined): Catalog[] {
    return this.catalogs.filter((catalog) => catalog.provider === provider && catalog.product === product && classOf(catalog, code) !== undefined && this.index.entryOf(catalog, code) === undefined);
  }

  /**
   * A code that a catalog with classes does not list (`535`, which RFC 5321 does not define) stands for
   * its class when the key names that catalog alone: a path or key only it declares (`err.responseCode`),
   * or the enhanced code after the reply (`535 5.7.8`). A number under a key many catalogs share stays
   * unread: it may be any of theirs. (The scanner hands over such codes only where a key is tested for
   * them or a reply is detailed.)
   */
  ofUnlisted(c: RawCandidate, meaning: KeyMeaning, doc: DocumentContext): RankedMatch | undefined {
    const declared = meaning.declaredPath.size > 0 ? meaning.declaredPath : meaning.declaredKey;
    if (declared.size !== 1 || c.digits !== 3) {
      return undefined;
    }
    const code = c.code;
    return this.pick(
      c,
      meaning,
      doc,
      (_, catalog) => (declared.has(catalog.id) && this.index.entryOf(catalog, code) === undefined ? classOf(catalog, code) : undefined),
      (codeClass) => `no row of the catalog has ${code}: its class ${codeClass.name}`,
    );
  }

  /**
   * A bound of a range test (`status >= 400`, `code < 500`) stands for a class
   * of codes, not for the status it names: the class it starts (400 of 4xx,
   * 500 of 5xx) when the key reads as that catalog's; undefined otherwise,
   * and the bound is not recognised at all.
   */
  ofBound(c: RawCandidate, meaning: KeyMeaning, doc: DocumentContext): RankedMatch | undefined {
    const code = c.code;
    const upper = c.bound === BELOW || c.bound === AT_MOST;
    // `>= 400` and `< 500` name the starts of 4xx and 5xx; `>= 404` and `<= 599` name none; an upper bound
    // with no class below it (`code < 100`) tests for "no status at all".
    return this.pick(c, meaning, doc, (classes) => {
      const codeClass = classes.find((k) => k.code === code);
      return codeClass && (!upper || classes.some((k) => k.to === code - 1)) ? codeClass : undefined;
    });
  }

  /**
   * An end of a range label that spans exactly one class (`200..=299 =>`,
   * `case 200..<300:`, `in 500..599 ->`) stands for the class: that class;
   * null for the open end of such a label, which means nothing of its own;
   * undefined when the number (within `text[from, to)`) is no end of a range
   * or no class fits, and it is judged as any other literal.
   */
  ofRangeLabel(c: RawCandidate, meaning: KeyMeaning, doc: DocumentContext, text: string, from: number, to: number): RankedMatch | null | undefined {
    const ends = rangeLabelEnds(text, c.start, c.end, from, to);
    if (ends === undefined) {
      return undefined;
    }
    const [first, last, exclusive] = ends;
    const spans = (k: CodeClass) => k.code === first && (k.to === last || (exclusive && k.to === last - 1));
    if (exclusive && c.code === last && c.code !== first) {
      // The open end of `200..<300` lies outside the class the range spans.
      return this.catalogs.some((catalog) => (catalog.classes as readonly CodeClass[]).some(spans)) ? null : undefined;
    }
    return this.pick(c, meaning, doc, (classes) => classes.find(spans));
  }

  /** The class `choose` picks in the first catalog with classes whose key reading fits, as the literal's candidate. */
  private pick(
    c: RawCandidate,
    meaning: KeyMeaning,
    doc: DocumentContext,
    choose: (classes: readonly CodeClass[], catalog: Catalog) => CodeClass | undefined,
    reason = (codeClass: CodeClass) => `a bound of a range stands for the class ${codeClass.name}`,
  ): RankedMatch | undefined {
    for (const catalog of this.catalogs) {
      const codeClass = choose(catalog.classes as readonly CodeClass[], catalog);
      if (!codeClass) {
        continue;
      }
      // Whether the key reads as this catalog's: the class's first code, ranked as the literal would be.
      const matches = onePerCatalog(this.index.byCode(codeClass.code));
      const { ranked } = rankMatches(matches, meaning, c.formStrength, { doc, providerChannelMax: this.providerChannelMax });
      const top = ranked[0];
      if (!top || top.catalog !== catalog || top.confidence < MIN_CONFIDENCE) {
        continue;
      }
      return { catalog, entry: codeClass, confidence: top.confidence, reasons: [...top.reasons, reason(codeClass)] };
    }
    return undefined;
  }
}

/** Classes are read up to this code: they are ranges of statuses, not of identifiers. */
const MAX_COVERED = 65_536;

/** The class of `catalog` that takes in `code`, or undefined. */
function classOf(catalog: Catalog, code: number): CodeClass | undefined {
  return catalog.classes?.find((k) => code >= k.code && code <= k.to);
}
