import type { Catalog } from './types';

/** A problem found in a catalog file, with where it is when that is known. */
export interface CatalogProblem {
  readonly message: string;
  /** JSON path such as `/entries/3/code`, when the problem is about a value. */
  readonly path?: string;
  /** 1-based line and column, when the problem is a JSON syntax error. */
  readonly line?: number;
  readonly column?: number;
}

export interface ParseResult {
  readonly catalog?: Catalog;
  readonly problems: readonly CatalogProblem[];
}

/**
 * Parses and validates the text of one catalog file. A file with any problem
 * yields no catalog, so that a half-valid file never serves wrong meanings.
 *
 * TODO(user-catalogs): schema validation through the build-time compiled validator.
 */
export function parseCatalog(text: string): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problems: [{ message: `Invalid JSON: ${(error as Error).message}` }] };
  }
  if (value === null || typeof value !== 'object' || !Array.isArray((value as { entries?: unknown }).entries)) {
    return { problems: [{ message: 'A catalog is an object with an "entries" array.' }] };
  }
  return { catalog: value as Catalog, problems: [] };
}
