import type { CatalogEntry } from '../catalog/types';

/**
 * What the search knows about the document the user is working in: either a
 * recogniser `DocumentContext` (or anything shaped like it), or simply the ids
 * of the catalogs to put first, best first.
 */
export type SearchContext =
  | readonly string[]
  | {
      /** Catalog ids the user prefers for this file, best first. */
      readonly preferredCatalogs?: readonly string[];
      /** Catalog ids the document mentions, with a weight 0..1, or just their ids. */
      readonly hintedCatalogs?: ReadonlyMap<string, number> | readonly string[];
    };

/**
 * The most a catalog's context can add to a result's score. It is smaller
 * than the gap between kinds of match (an exact code beats a code prefix, an
 * exact name beats words), so the context orders equally good matches without
 * letting a poor match of a hinted catalog overtake a good one elsewhere.
 */
export const MAX_CONTEXT_BOOST = 8;

/** A function giving each catalog id its boost for `context`, 0 when the context says nothing about it. */
export function contextBoost(context: SearchContext | undefined): (catalogId: string) => number {
  if (!context) {
    return () => 0;
  }
  const preferred = isIdList(context) ? context : (context.preferredCatalogs ?? []);
  const hinted = isIdList(context) ? undefined : context.hintedCatalogs;
  const boosts = new Map<string, number>();
  preferred.forEach((id, i) => {
    // The first preferred catalog gets the full boost; later ones a little less, keeping their order.
    if (!boosts.has(id)) {
      boosts.set(id, MAX_CONTEXT_BOOST - Math.min(i, 6) * 0.5);
    }
  });
  if (hinted) {
    const entries: [string, number][] = isIdList(hinted) ? hinted.map((id) => [id, 1]) : [...hinted];
    for (const [id, weight] of entries) {
      const w = Number.isFinite(weight) ? Math.max(0, Math.min(1, weight)) : 0;
      boosts.set(id, Math.min(MAX_CONTEXT_BOOST, (boosts.get(id) ?? 0) + 6 * w));
    }
  }
  return (catalogId) => boosts.get(catalogId) ?? 0;
}

/**
 * Entries a reader should rarely be sent to first (deprecated, reserved or
 * undocumented ones) lose a little, so an equally good current entry wins.
 */
export function flagPenalty(entry: CatalogEntry): number {
  return entry.deprecated || entry.reserved || entry.undocumented ? 1.5 : 0;
}

function isIdList(value: unknown): value is readonly string[] {
  return Array.isArray(value);
}
