import type { CatalogMatch } from '../catalog/types';

/**
 * What the detail view keeps across a window reload: which entries it showed
 * (catalog id and code, never catalog text) and which one was selected. The
 * page stores it with the webview's `setState`; VS Code hands it back to the
 * serializer, which looks the entries up again in the catalogs then loaded.
 */
export interface DetailPanelState {
  readonly selected: number;
  readonly matches: readonly { readonly catalogId: string; readonly code: number }[];
}

const MAX_MATCHES = 200;

export function detailPanelState(matches: readonly CatalogMatch[], selected: number): DetailPanelState {
  return { selected, matches: matches.slice(0, MAX_MATCHES).map(({ catalog, entry }) => ({ catalogId: catalog.id, code: entry.code })) };
}

/** The state as the page gave it back, checked: anything malformed is dropped, never thrown. */
export function parseDetailPanelState(value: unknown): DetailPanelState | undefined {
  if (value === null || typeof value !== 'object') {
    return undefined;
  }
  const { selected, matches } = value as { selected?: unknown; matches?: unknown };
  if (!Array.isArray(matches)) {
    return undefined;
  }
  const kept = (matches as unknown[])
    .slice(0, MAX_MATCHES)
    .filter((m): m is { catalogId: string; code: number } => {
      const match = m as { catalogId?: unknown; code?: unknown } | null;
      return match !== null && typeof match === 'object' && typeof match.catalogId === 'string' && Number.isSafeInteger(match.code);
    });
  if (kept.length === 0) {
    return undefined;
  }
  const index = typeof selected === 'number' && Number.isInteger(selected) && selected >= 0 && selected < kept.length ? selected : 0;
  return { selected: index, matches: kept.map(({ catalogId, code }) => ({ catalogId, code })) };
}

/**
 * The matches of a state found in today's catalogs, with the selection moved
 * to follow its entry; entries no longer in any catalog are left out.
 */
export function restoreMatches(
  state: DetailPanelState,
  lookUp: (catalogId: string, code: number) => CatalogMatch | undefined,
): { matches: CatalogMatch[]; selected: number } {
  const matches: CatalogMatch[] = [];
  let selected = 0;
  state.matches.forEach(({ catalogId, code }, i) => {
    const match = lookUp(catalogId, code);
    if (match) {
      if (i === state.selected) {
        selected = matches.length;
      }
      matches.push(match);
    }
  });
  return { matches, selected };
}
