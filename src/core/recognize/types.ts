import type { CatalogMatch } from '../catalog/types';

/**
 * What the recogniser reports for one literal: where it is, what it is, and
 * the catalogs it may belong to, best first.
 */
export interface Recognition {
  /** 0-based line of the literal. */
  readonly line: number;
  /** 0-based start and end (exclusive) character offsets of the literal within its line. */
  readonly start: number;
  readonly end: number;
  /** The literal as written, without quotes. */
  readonly text: string;
  /** The numeric code, when the literal is a number or a known name resolves to one. */
  readonly code?: number;
  /** The symbolic name, when the literal is a name such as `DELIVERY_FAILURE`. */
  readonly name?: string;
  /** The key, identifier or call the literal is compared with, assigned to or passed to, e.g. `statusCode`. */
  readonly key?: string;
  /** Plausible meanings, best first; never empty for a reported recognition. */
  readonly candidates: readonly RankedMatch[];
}

export interface RankedMatch extends CatalogMatch {
  /** 0..1: how sure the recogniser is that this catalog's meaning applies here. */
  readonly confidence: number;
  /** Short human reasons for the rank, e.g. `key "errorCode" is an error key`, for the log and tests. */
  readonly reasons: readonly string[];
}

/**
 * What a whole document says about which catalogs it deals with: provider or
 * channel names in comments, imports and URLs, and the user's per-file
 * preferences. Computed once per document version.
 */
export interface DocumentContext {
  /** Catalog ids mentioned or implied by the document's text, with a weight 0..1. */
  readonly hintedCatalogs: ReadonlyMap<string, number>;
  /** Catalog ids the user prefers for this file (`statusCodeLens.preferCatalogs`), in order. */
  readonly preferredCatalogs: readonly string[];
  /** VS Code language id of the document, e.g. `typescript`, `log`. */
  readonly languageId: string;
}
