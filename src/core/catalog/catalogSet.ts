import type { LineColumn } from './jsonPosition';
import type { CatalogProblem } from './parse';
import type { Catalog, CatalogOrigin } from './types';

/** A catalog as loaded from a file, with where it came from. */
export interface LoadedCatalog {
  readonly catalog: Catalog;
  readonly origin: CatalogOrigin;
  /** Where the file writes the catalog's id, for a message when another file uses the same id. */
  readonly idPosition?: LineColumn;
}

export interface CatalogSelection {
  /** The catalogs every feature sees: built-in ones first, then the user's, minus the disabled ones. */
  readonly catalogs: readonly Catalog[];
  /** User catalogs left out because an earlier catalog has the same id. */
  readonly problems: readonly CatalogProblem[];
  /** Ids named in `enabledCatalogs` or `disabledCatalogs` that no catalog has, likely typos. */
  readonly unknownIds: readonly string[];
  /** How many distinct catalogs there are before enabling and disabling. */
  readonly available: number;
}

/**
 * Joins built-in and user catalogs into the one list the index is built from.
 * Ids are unique in the result: a built-in id cannot be taken by a user file
 * (parsing already refuses it), and of two user files with one id the first,
 * in the order given, wins while the other is reported. Settings then keep
 * only the enabled ids (all when `enabled` is empty) that are not disabled.
 */
export function selectCatalogs(
  builtIn: readonly LoadedCatalog[],
  user: readonly LoadedCatalog[],
  enabled: readonly string[],
  disabled: readonly string[],
): CatalogSelection {
  const holders = new Map<string, LoadedCatalog>();
  const problems: CatalogProblem[] = [];
  for (const loaded of [...builtIn, ...user]) {
    const holder = holders.get(loaded.catalog.id);
    if (!holder) {
      holders.set(loaded.catalog.id, loaded);
      continue;
    }
    const file = loaded.origin.location;
    const where = loaded.idPosition ? `${file}:${loaded.idPosition.line}:${loaded.idPosition.column}` : file;
    const other = holder.origin.builtIn ? 'a built-in catalog' : holder.origin.location;
    problems.push({
      kind: 'clash',
      file,
      path: '/id',
      ...loaded.idPosition,
      message: `${where}: catalog id "${loaded.catalog.id}" is already used by ${other}; this file is not used until one of them gets another id (at /id).`,
    });
  }
  const enabledSet = new Set(enabled);
  const disabledSet = new Set(disabled);
  const unknownIds = [...new Set([...enabled, ...disabled])].filter((id) => !holders.has(id));
  const catalogs = [...holders.values()]
    .map((loaded) => loaded.catalog)
    .filter((catalog) => (enabledSet.size === 0 || enabledSet.has(catalog.id)) && !disabledSet.has(catalog.id));
  return { catalogs, problems, unknownIds, available: holders.size };
}
