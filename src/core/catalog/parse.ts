import { findDuplicateKey, findSyntaxError, lineColumnAt, locatePointer, type LineColumn } from './jsonPosition';
import { normalizeCodes } from './codeFormat';
import type { Catalog } from './types';
import { validateCatalogValue, type Finding } from './validate';

/** Catalog files larger than this are not read at all: no real table is that big, and reading one would stall the editor. */
export const MAX_CATALOG_BYTES = 5 * 1024 * 1024;

export type CatalogProblemKind = 'size' | 'binary' | 'json' | 'schema' | 'duplicate' | 'range' | 'clash' | 'read';

/** A problem found in a catalog file, with where it is when that is known. */
export interface CatalogProblem {
  readonly kind: CatalogProblemKind;
  /** A complete sentence for the log: the file, the location and the problem. */
  readonly message: string;
  /** The file as given to the parser, for grouping and display. */
  readonly file: string;
  /** JSON path such as `/entries/3/code`, when the problem is about a value. */
  readonly path?: string;
  /** 1-based line and column, when the problem has a place in the text. */
  readonly line?: number;
  readonly column?: number;
}

export interface ParseResult {
  readonly catalog?: Catalog;
  readonly problems: readonly CatalogProblem[];
  /** Where the catalog's `id` is written, for later messages about it (e.g. two files with one id). */
  readonly idPosition?: LineColumn;
}

export interface ParseOptions {
  /** How messages name the file: a workspace-relative path, a URI or a file name. */
  readonly file?: string;
  /** Catalog ids already taken, each with who holds it (e.g. `a built-in catalog`); a catalog using one is rejected. */
  readonly reservedIds?: ReadonlyMap<string, string>;
  /**
   * The file ships with the extension: the test suite checks every built-in
   * catalog against the schema and the entry rules, so at run time it is only
   * parsed. This keeps the first hover from waiting for the validator.
   */
  readonly trusted?: boolean;
}

/**
 * Parses and validates the text of one catalog file. A file with any problem
 * yields no catalog, so that a half-valid file never serves wrong meanings;
 * callers keep serving the last good version instead.
 */
export function parseCatalog(text: string, options: ParseOptions = {}): ParseResult {
  const file = options.file ?? 'catalog';
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return { problems: [jsonProblem(file, source, error)] };
  }
  if (options.trusted && hasCatalogShape(value)) {
    const trusted = normalizeCodes(value as Catalog).catalog;
    if (trusted) {
      return { catalog: trusted, problems: [] };
    }
  }
  const { findings, total, catalog: normalized } = validateCatalogValue(value);
  if (findings.length > 0) {
    const problems = findings.map((finding) => findingProblem(file, source, finding));
    if (total > findings.length) {
      problems.push({ kind: findings[0]?.kind ?? 'schema', file, message: `${file}: ${total - findings.length} more problems of the same kinds are not listed.` });
    }
    return { problems };
  }
  // Checked once the catalog is otherwise valid (the walk costs a pass over the text): JSON.parse keeps the last of two equal keys without a word; a catalog that says one thing twice is a mistake to show.
  const duplicate = findDuplicateKey(source);
  if (duplicate) {
    const { line, column } = lineColumnAt(source, duplicate.offset);
    return { problems: [{ kind: 'json', file, line, column, message: `${file}:${line}:${column}: ${duplicate.message}.` }] };
  }
  const catalog = normalized ?? (value as Catalog);
  const holder = options.reservedIds?.get(catalog.id);
  if (holder !== undefined) {
    const text = `catalog id "${catalog.id}" is already used by ${holder}; give this catalog another id`;
    return { problems: [findingProblem(file, source, { kind: 'schema', path: '/id', text }, 'clash')] };
  }
  const idOffset = locatePointer(source, '/id');
  return idOffset === undefined ? { catalog, problems: [] } : { catalog, problems: [], idPosition: lineColumnAt(source, idOffset) };
}

/**
 * Decodes the bytes of a catalog file and parses them. Files that are too
 * large, contain NUL bytes or are not valid UTF-8 are refused before any JSON
 * parsing, with the place of the first bad byte.
 */
export function parseCatalogBytes(bytes: Uint8Array, options: ParseOptions = {}): ParseResult {
  const file = options.file ?? 'catalog';
  if (bytes.byteLength > MAX_CATALOG_BYTES) {
    return { problems: [tooLargeProblem(file, bytes.byteLength)] };
  }
  const decoded = decodeText(bytes, file);
  if (typeof decoded !== 'string') {
    return { problems: [decoded] };
  }
  return parseCatalog(decoded, options);
}

/** The problem for a file over the size limit; callers check the size before reading the file. */
export function tooLargeProblem(file: string, size: number): CatalogProblem {
  return {
    kind: 'size',
    file,
    message: `${file}: the file is ${mebibytes(size)} (${size.toLocaleString('en-US')} bytes), over the limit of ${MAX_CATALOG_BYTES / (1024 * 1024)} MiB for catalog files; it is not read.`,
  };
}

/** The problem for a file that could not be read at all, e.g. because it vanished or access was denied. */
export function readProblem(file: string, reason: string): CatalogProblem {
  return { kind: 'read', file, message: `${file}: cannot read the file: ${reason}` };
}

function decodeText(bytes: Uint8Array, file: string): string | CatalogProblem {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return atByte(bytes, 0, file, 'binary', 'the file is encoded as UTF-16; save it as UTF-8');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return atByte(bytes, nul, file, 'binary', `not a text file: NUL byte at offset ${nul}`);
  }
  try {
    // The native decoder checks validity fast; only a failure pays for the byte-by-byte search of its place.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const invalid = Math.max(0, firstInvalidUtf8(bytes));
    return atByte(bytes, invalid, file, 'binary', `not a text file: the byte at offset ${invalid} is not valid UTF-8; save the file as UTF-8`);
  }
}

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) {
        return i;
      }
      code = (code << 6) | (next & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not valid UTF-8.
    if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) {
      return i;
    }
    i += need + 1;
  }
  return -1;
}

function atByte(bytes: Uint8Array, offset: number, file: string, kind: CatalogProblemKind, text: string): CatalogProblem {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // The column counts bytes here: the line is not valid text, so characters are not well defined.
  const column = offset - lineStart + 1;
  return { kind, file, line, column, message: `${file}:${line}:${column}: ${text}.` };
}

function jsonProblem(file: string, text: string, error: unknown): CatalogProblem {
  const found = findSyntaxError(text);
  if (found) {
    const { line, column } = lineColumnAt(text, found.offset);
    return { kind: 'json', file, line, column, message: `${file}:${line}:${column}: invalid JSON: ${found.message}.` };
  }
  // The scanner and JSON.parse agree on valid JSON; this is a fallback should they ever differ. The engine's
  // message quotes the text around the error, which may not be a catalog at all (a link to a system file): only its place is kept.
  const reason = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(reason);
  if (position) {
    const { line, column } = lineColumnAt(text, Number(position[1]));
    return { kind: 'json', file, line, column, message: `${file}:${line}:${column}: invalid JSON.` };
  }
  return { kind: 'json', file, message: `${file}: invalid JSON.` };
}

function findingProblem(file: string, text: string, finding: Finding, kind: CatalogProblemKind = finding.kind): CatalogProblem {
  const offset = locatePointer(text, finding.path);
  let related = '';
  if (finding.relatedPath !== undefined) {
    const relatedOffset = locatePointer(text, finding.relatedPath);
    related = relatedOffset === undefined ? '' : `; see line ${lineColumnAt(text, relatedOffset).line}`;
  }
  const where = ` (at ${finding.path || '/'})`;
  if (offset === undefined) {
    return { kind, file, path: finding.path, message: `${file}: ${finding.text}${related}${where}.` };
  }
  const { line, column } = lineColumnAt(text, offset);
  return { kind, file, path: finding.path, line, column, message: `${file}:${line}:${column}: ${finding.text}${related}${where}.` };
}

/** The size with one decimal, never rounded down to the limit: 5 MiB and one byte reads "5.1 MiB", not "5 MiB". */
function mebibytes(size: number): string {
  return `${(Math.ceil((size / (1024 * 1024)) * 10) / 10).toFixed(1)} MiB`;
}

/** The little a shipped catalog is checked for at run time: an object with an id and a list of entries (anything less gets the full checks). */
function hasCatalogShape(value: unknown): boolean {
  if (value === null || typeof value !== 'object') {
    return false;
  }
  const { id, entries } = value as { id?: unknown; entries?: unknown };
  return typeof id === 'string' && Array.isArray(entries);
}
