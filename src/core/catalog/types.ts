/**
 * The shape of a catalog file, mirroring `catalogs/schema.json`.
 *
 * The schema is the single source of truth for what a file may contain; these
 * types describe what the rest of the core may rely on once a file has passed
 * validation.
 */

export type CatalogKind = 'status' | 'error' | 'reason' | 'response';

export type Outcome = 'delivered' | 'success' | 'pending' | 'failed' | 'info';

export type ErrorLevel = 'global' | 'message';

/** How a catalog writes its codes; see `codeFormat.ts` for how each is held as a number. */
export type CodeFormat = 'decimal' | 'hex' | 'name' | 'dotted';

export interface SourceDocument {
  readonly url: string;
  readonly title?: string;
  readonly date?: string;
  readonly version?: string;
  readonly otherVersions?: readonly { readonly url: string; readonly title?: string; readonly date?: string }[];
}

export interface CatalogEntry {
  /** The code as a number; for hex, name and dotted catalogs, as `normalizeCodes` holds it (show it with `codeText`). */
  readonly code: number;
  /** The code as the file writes it when that is not a number: `UNDELIV`, `X.1.1`. */
  readonly codeText?: string;
  /** Last code of an inclusive range; absent for a single code. */
  readonly to?: number;
  readonly name?: string;
  readonly aliases?: readonly string[];
  readonly description: string;
  readonly details?: string;
  readonly otherDescriptions?: readonly string[];
  readonly group?: string;
  readonly outcome?: Outcome;
  readonly retryable?: boolean;
  readonly httpStatus?: number;
  /** The number a named code stands for, where the protocol gives it one (a receipt word's message_state). */
  readonly value?: number;
  readonly level?: readonly ErrorLevel[];
  readonly reference?: string;
  readonly deprecated?: boolean | string;
  readonly reserved?: boolean;
  readonly undocumented?: boolean;
  readonly note?: string;
}

export interface Catalog {
  readonly id: string;
  readonly title: string;
  readonly provider: string;
  readonly product?: string;
  readonly kind: CatalogKind;
  readonly channel?: string;
  readonly source: SourceDocument;
  readonly context: readonly string[];
  readonly hints?: readonly string[];
  /** Digits the codes are written with, zero-padded (`"004"`), when the provider pads them. */
  readonly codeWidth?: number;
  /** How the codes are written; decimal when absent. */
  readonly codeFormat?: CodeFormat;
  /** Classes of codes (HTTP's 4xx), the meaning of a bound of a range comparison. */
  readonly classes?: readonly CodeClass[];
  readonly notes?: readonly string[];
  readonly entries: readonly CatalogEntry[];
}

/** A class of codes: an inclusive range with a meaning of its own, shown as an entry of its catalog. */
export interface CodeClass extends CatalogEntry {
  readonly to: number;
  readonly name: string;
}

/** Where a catalog came from; user catalogs remember their file for messages. */
export interface CatalogOrigin {
  readonly builtIn: boolean;
  /** A display path or URI string of the file, for messages only. */
  readonly location: string;
}

/** One entry together with the catalog that defines it: what every feature shows. */
export interface CatalogMatch {
  readonly catalog: Catalog;
  readonly entry: CatalogEntry;
}
