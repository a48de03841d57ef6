import { hasNumericCodes } from '../catalog/codeFormat';
import { entryOverlaps, entryRange, normalizeKey } from '../catalog/normalize';
import { anyHttpConstantCode, prefixedHttpConstantCode } from '../recognize/httpConstants';
import { librarySpellings } from '../recognize/libraryConstants';
import type { Catalog, CatalogEntry } from '../catalog/types';
import { isHttpCatalog, rankMatches } from '../recognize/rank';
import type { Recognizer } from '../recognize/recognizer';
import type { SwitchBlock } from './types';
import type { DocumentContext } from '../recognize/types';

/** Which catalog a `switch` is over, and how much of it the cases cover. */
export interface SwitchSummary {
  readonly catalog: Catalog;
  /** Entries the block's labels cover (by code or by name), in catalog order. */
  readonly handled: readonly CatalogEntry[];
  /** Entries no label covers, in catalog order: what "add missing cases" inserts. */
  readonly missing: readonly CatalogEntry[];
  /** Entries that count: every entry except reserved and deprecated ones. */
  readonly total: number;
  /** 0..1, as for recognitions. */
  readonly confidence: number;
}

/**
 * Decides which catalog a block's subject holds codes of, from its key and
 * from the labels it already has, and counts the handled entries. Returns
 * undefined when the subject is not a code key and no label is a known name,
 * or when no catalog explains at least half of the labels.
 */
export function summarizeSwitch(block: SwitchBlock, recognizer: Recognizer, doc: DocumentContext): SwitchSummary | undefined {
  // Only the best catalog is summarised: counting entries is the costly part, and lenses ask for every switch of a document.
  const best = rankedCatalogs(block, recognizer, doc)[0];
  return best && summaryFor(best.catalog, block, best.confidence, recognizer);
}

/** Every plausible catalog of a block, best first (completion offers each). */
export function rankSwitchCatalogs(block: SwitchBlock, recognizer: Recognizer, doc: DocumentContext): SwitchSummary[] {
  return rankedCatalogs(block, recognizer, doc).map(({ catalog, confidence }) => summaryFor(catalog, block, confidence, recognizer));
}

/** The plausible catalogs of a block with their confidence, best first, before any entry is counted. */
function rankedCatalogs(block: SwitchBlock, recognizer: Recognizer, doc: DocumentContext): { readonly catalog: Catalog; readonly confidence: number }[] {
  const index = recognizer.index;
  const meaning = block.key !== undefined ? recognizer.keyMeaning(block.key, block.parentKey) : undefined;
  const labelCount = block.handledCodes.length + block.handledRanges.length + block.handledNames.length;
  if ((meaning === undefined || meaning.strength === 0) && block.handledNames.length === 0) {
    return [];
  }
  // How many labels each catalog explains.
  const coverage = new Map<string, number>();
  const count = (catalog: Catalog) => coverage.set(catalog.id, (coverage.get(catalog.id) ?? 0) + 1);
  for (const code of block.handledCodes) {
    new Set(index.byCode(code).map((m) => m.catalog)).forEach(count);
  }
  for (const [first, last] of block.handledRanges) {
    // Word and dotted codes are held as numbers of their own catalog's (codeFormat.ts), which no range label means.
    index.catalogs.filter((catalog) => hasNumericCodes(catalog) && catalog.entries.some((entry) => entryOverlaps(entry, first, last))).forEach(count);
  }
  const constants = constantCodes(block, recognizer);
  for (const name of block.handledNames) {
    const catalogs = new Set(index.byName(name).map((m) => m.catalog));
    // A library's constant (`HttpStatusCode.Redirect`, `HTTP_MOVED_TEMP`) counts for the HTTP catalogs holding its code.
    const code = constants.get(name);
    if (catalogs.size === 0 && code !== undefined) {
      index.byCode(code).forEach((m) => isHttpCatalog(m.catalog) && catalogs.add(m.catalog));
    }
    // A protocol library's spelling (`codes.Canceled`, `websocket.CloseGoingAway`) counts for its catalog.
    if (catalogs.size === 0) {
      for (const reading of librarySpellings(name, index.codeOfName)) {
        const catalog = index.catalog(reading.catalogId);
        if (catalog) {
          catalogs.add(catalog);
        }
      }
    }
    catalogs.forEach(count);
  }
  let candidates: Catalog[];
  if (labelCount === 0) {
    // An empty block: the key alone decides, among the catalogs that declare it or share its role.
    candidates = index.catalogs.filter((c) => meaning !== undefined && (meaning.declaredKey.has(c.id) || meaning.declaredPath.has(c.id)));
  } else {
    candidates = index.catalogs.filter((c) => (coverage.get(c.id) ?? 0) * 2 >= labelCount);
  }
  if (candidates.length === 0) {
    return [];
  }
  const keyMeaning = meaning && meaning.strength > 0 ? meaning : { ...(meaning ?? fallbackMeaning), strength: 0.8 };
  const { ranked } = rankMatches(
    candidates.map((catalog) => ({ catalog, entry: catalog.entries[0] as CatalogEntry })),
    keyMeaning,
    1,
    { doc, providerChannelMax: recognizer.channelMax },
  );
  // Coverage of the labels outweighs the key: a switch with 23, 25 and 130 is over message statuses.
  const scored = ranked.map((match) => ({
    match,
    score: match.confidence + (labelCount === 0 ? 0 : (0.5 * (coverage.get(match.catalog.id) ?? 0)) / labelCount),
  }));
  scored.sort((a, b) => b.score - a.score);
  return scored.map(({ match }) => ({ catalog: match.catalog, confidence: match.confidence }));
}

const fallbackMeaning = {
  key: undefined,
  parentKey: undefined,
  label: 'labels',
  role: undefined,
  declaredPath: new Set<string>(),
  declaredKey: new Set<string>(),
  strength: 0.8,
};

/**
 * The codes of the block's names that are HTTP library constants and no
 * catalog name: prefixed ones (`HTTP_MOVED_TEMP`, `StatusTeapot`) always, plain
 * ones (`Redirect`) only in a switch over an HTTP status, as their qualifier is not kept.
 */
function constantCodes(block: SwitchBlock, recognizer: Recognizer): Map<string, number> {
  const codes = new Map<string, number>();
  const overHttp = block.key !== undefined && recognizer.keyMeaning(block.key, block.parentKey).role === 'http';
  for (const name of block.handledNames) {
    const key = normalizeKey(name);
    const code = overHttp ? anyHttpConstantCode(key) : prefixedHttpConstantCode(key);
    if (code !== undefined && !recognizer.index.hasName(name)) {
      codes.set(name, code);
    }
  }
  return codes;
}

function summaryFor(catalog: Catalog, block: SwitchBlock, confidence: number, recognizer: Recognizer): SwitchSummary {
  // A word catalog's entries are handled by name only (`case "UNDELIV":`): `case 1:` is no word.
  const numeric = hasNumericCodes(catalog);
  const codes = new Set(numeric ? block.handledCodes : []);
  if (isHttpCatalog(catalog)) {
    constantCodes(block, recognizer).forEach((code) => codes.add(code));
  }
  for (const name of block.handledNames) {
    librarySpellings(name, recognizer.index.codeOfName).forEach((reading) => reading.catalogId === catalog.id && codes.add(reading.code));
  }
  const names = new Set(block.handledNames.map((n) => n.toLowerCase().replace(/[^a-z0-9]/g, '')));
  const handled: CatalogEntry[] = [];
  const missing: CatalogEntry[] = [];
  let total = 0;
  for (const entry of catalog.entries) {
    if (entry.reserved || entry.deprecated) {
      continue;
    }
    total++;
    const [first, last] = entryRange(entry);
    let covered = false;
    for (const code of codes) {
      if (code >= first && code <= last) {
        covered = true;
        break;
      }
    }
    if (!covered && numeric) {
      covered = block.handledRanges.some(([from, to]) => entryOverlaps(entry, from, to));
    }
    // Most switches label codes by number, so names are only normalised when some label is a name.
    if (!covered && names.size > 0) {
      for (const name of [entry.name, ...(entry.aliases ?? [])]) {
        if (name !== undefined && names.has(name.toLowerCase().replace(/[^a-z0-9]/g, ''))) {
          covered = true;
          break;
        }
      }
    }
    (covered ? handled : missing).push(entry);
  }
  return { catalog, handled, missing, total, confidence };
}
