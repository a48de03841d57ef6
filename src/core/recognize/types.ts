import type { CatalogMatch } from '../catalog/types';
import type { ColumnLayout } from './logColumns';

/**
 * What a key says about the codes stored under it. `code` is the generic
 * role of a bare `code` key whose parent says nothing more; `http` is the
 * role of HTTP idioms such as `res.status(…)`, `HTTP/1.1 404` and the status
 * field of an access log.
 */
export type CodeRole = 'status' | 'error' | 'reason' | 'response' | 'http' | 'code';

/**
 * How a literal was found, for ranking and for features that act on the form
 * (completion inserts differently after `case` than after `===`).
 */
export type LiteralForm =
  /** `key: 23`, `key = 23`, `"key":23`, `key=23`, `'key' => 23`. */
  | 'assign'
  /** `key === 23`, `23 == key`, `key >= 400`. */
  | 'compare'
  /** `status(404)`, `sendStatus(404)`: the literal is passed to a call named for codes. */
  | 'call'
  /** `case 23:`, `23 =>`, `when 23` inside a switch over a code key. */
  | 'case'
  /** `HTTP/1.1 404` or the status field after the quoted request of an access log. */
  | 'http'
  /** `Status.DELIVERY_FAILURE`: a known name qualified by a code-ish type. */
  | 'member'
  /** `status 23` in prose-like log text: a key word followed by the number, no operator. */
  | 'loose'
  /** A distinctive known name such as `DELIVERY_FAILURE` with no context around it. */
  | 'bare'
  /** A code beside its own name, as tables and enums list them: `404 => 'Not Found'`, `(404, NOT_FOUND, …)`, `NOT_FOUND(404, …)`. */
  | 'table'
  /** A field of a log or table whose header names its column: `sc-status` of an IIS log, `status` of a CSV file. */
  | 'column'
  /** A positional argument named by its parameter in a declaration of the same document: `ResponseError(6, 402, …)`. */
  | 'argument';

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
  /** The enclosing key when the key alone is generic, e.g. `error` for `{"error":{"code":25}}`. */
  readonly parentKey?: string;
  /** The role the key gives the literal, when it gives one. */
  readonly role?: CodeRole;
  /** How the literal was found. */
  readonly form: LiteralForm;
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
  /** The columns a header names (W3C `#Fields:`, Zeek `#fields`, a CSV header row), read once per document. */
  readonly columns?: ColumnLayout;
  /** Parameter names of the callables the document declares, by name, read once per document. */
  readonly signatures?: ReadonlyMap<string, readonly string[]>;
}

/** The recognitions of one line, as the whole-document scan yields them. */
export interface LineRecognitions {
  readonly line: number;
  /** In order of position on the line; never empty. */
  readonly recognitions: readonly Recognition[];
}

/** An inclusive range of 0-based lines. */
export interface LineRange {
  readonly start: number;
  readonly end: number;
}
