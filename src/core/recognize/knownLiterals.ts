import type { CatalogIndex } from '../catalog/catalogIndex';
import { codeFormatOf, hasNumericCodes } from '../catalog/codeFormat';
import { normalizeKey } from '../catalog/normalize';
import { isHttpCatalog } from './rank';

const CACHE_LIMIT = 20_000;
/** Prefixes frameworks put before the names of HTTP statuses, each followed by the name in capitals. */
const MEMBER_PREFIXES = ['Status', 'SC_', 'HTTP_'];
/** Codes below this are answered from a bitmap. */
const SMALL = 65536;

/**
 * The literals any catalog knows, in forms the scanner can ask about at
 * every number and every capitalised word: a bitmap of small codes (ranges
 * below 65536 included, so most numbers cost one read), a set of large ones
 * and the ranges beyond the bitmap; for names, a filter on their first three
 * characters before any string is cut, then a cache of answers.
 */
export class KnownLiterals {
  private readonly smallCodes = new Uint8Array(SMALL);
  private readonly largeCodes = new Set<number>();
  private readonly ranges: (readonly [number, number])[] = [];
  /** Names by their first three characters, upper-cased, as numbers (see `prefixCode`). */
  private readonly namePrefixes = new Uint8Array(1 << 18);
  private readonly nameCache = new Map<string, boolean>();
  /** Case-folded first three characters of catalog names and library constants, for `mayBeNameOfCode`. */
  private readonly foldedPrefixes = new Uint8Array(1 << 18);
  /** Codes of hex catalogs, which alone a hex number (`0x0B`) can mean. */
  private readonly hexCodes = new Set<number>();
  private readonly hexRanges: (readonly [number, number])[] = [];
  private readonly hasDotted: boolean;
  private readonly symbolicCache = new Map<string, boolean>();

  constructor(private readonly index: CatalogIndex) {
    let hasDotted = false;
    for (const catalog of index.catalogs) {
      // Name and dotted catalogs number their codes for themselves: those numbers are not codes in a text.
      const numeric = hasNumericCodes(catalog);
      const format = codeFormatOf(catalog);
      hasDotted ||= format === 'dotted';
      for (const entry of catalog.entries) {
        if (format === 'hex') {
          if (entry.to !== undefined && entry.to !== entry.code) {
            this.hexRanges.push([entry.code, entry.to]);
          } else {
            this.hexCodes.add(entry.code);
          }
        }
        if (!numeric) {
          // Only the names below.
        } else if (entry.to !== undefined && entry.to !== entry.code) {
          const first = Math.min(entry.code, entry.to);
          const last = Math.max(entry.code, entry.to);
          // The part of the range below SMALL goes into the bitmap, which answers for every small code on its own.
          if (last >= 0 && first < SMALL) {
            this.smallCodes.fill(1, Math.max(0, first), Math.min(last, SMALL - 1) + 1);
          }
          if (first < 0 || last >= SMALL) {
            this.ranges.push([first, last]);
          }
        } else if (entry.code >= 0 && entry.code < SMALL) {
          this.smallCodes[entry.code] = 1;
        } else {
          this.largeCodes.add(entry.code);
        }
        for (const name of [entry.name, ...(entry.aliases ?? [])]) {
          // The scanner sees names as written in code: upper case, words joined by `_`.
          const spelled = name?.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
          if (spelled && spelled.length >= 3) {
            this.namePrefixes[prefixCode(spelled, 0)] = 1;
            this.foldedPrefixes[foldedPrefixCode(spelled, 0)] = 1;
          }
        }
      }
    }
    this.hasDotted = hasDotted;
  }

  /**
   * Whether some catalog has `name` as a name code writes (an identifier,
   * `DELIVERY_FAILURE`, or an HTTP reason phrase, which libraries turn into
   * constants), not only as the spelling of a title with spaces
   * ("Rate limit exceeded"), which a program's own identifier may match by chance.
   */
  isSymbolicName(name: string): boolean {
    let symbolic = this.symbolicCache.get(name);
    if (symbolic === undefined) {
      const key = normalizeKey(name);
      symbolic = this.index.byName(name).some(({ catalog, entry }) => isHttpCatalog(catalog) || [entry.name, ...(entry.aliases ?? [])].some((n) => n !== undefined && !n.includes(' ') && normalizeKey(n) === key));
      if (this.symbolicCache.size > CACHE_LIMIT) {
        this.symbolicCache.clear();
      }
      this.symbolicCache.set(name, symbolic);
    }
    return symbolic;
  }

  /** Whether a hex catalog has `code`. */
  isKnownHexCode(code: number): boolean {
    return this.hexCodes.has(code) || this.hexRanges.some(([first, last]) => code >= first && code <= last);
  }

  /** Whether a dotted catalog explains the dotted code `code` (its own row or its any-class row). */
  isKnownDottedCode(code: number): boolean {
    return this.hasDotted && this.index.byDotted(code).length > 0;
  }

  /**
   * Whether `text[start, end)` may be a name of some code: catalog names in
   * any case and spacing (`Not Found`, `not_found`) and the HTTP libraries'
   * constants. Turns most words away before any string is cut.
   */
  mayBeNameOfCode(text: string, start: number, end: number): boolean {
    const length = end - start;
    return length === 2 || (length >= 3 && length <= 64 && this.foldedPrefixes[foldedPrefixCode(text, start)] === 1);
  }

  /** Adds words whose case-folded prefix `mayBeNameOfCode` lets through. */
  addNamePrefixes(names: Iterable<string>): void {
    for (const name of names) {
      if (name.length >= 3) {
        this.foldedPrefixes[foldedPrefixCode(name, 0)] = 1;
      }
    }
  }

  /** Whether any catalog has `code`. */
  isKnownCode(code: number): boolean {
    if (code >= 0 && code < SMALL) {
      return this.smallCodes[code] === 1;
    }
    if (this.largeCodes.has(code)) {
      return true;
    }
    for (let i = 0; i < this.ranges.length; i++) {
      const range = this.ranges[i] as readonly [number, number];
      if (code >= range[0] && code <= range[1]) {
        return true;
      }
    }
    return false;
  }

  /** Whether the upper-case word at `text[start, end)` is a known name; most words are turned away without a string cut. */
  isKnownWord(text: string, start: number, end: number): boolean {
    return end - start >= 3 && this.namePrefixes[prefixCode(text, start)] === 1 && this.isKnownName(text.slice(start, end));
  }

  /** Whether some catalog knows `name` as a name or alias (ignoring case and punctuation). */
  isKnownName(name: string): boolean {
    let known = this.nameCache.get(name);
    if (known === undefined) {
      known = this.index.hasName(name);
      if (this.nameCache.size > CACHE_LIMIT) {
        this.nameCache.clear();
      }
      this.nameCache.set(name, known);
    }
    return known;
  }

  /**
   * The catalog name a member spells: `NotFound`, or the name under a
   * framework's prefix: Go's `StatusNotFound`, the servlet API's
   * `SC_NOT_FOUND`, `HttpURLConnection.HTTP_NOT_FOUND`. Undefined when none.
   */
  memberLookupName(name: string): string | undefined {
    if (this.isKnownName(name)) {
      return name;
    }
    for (const prefix of MEMBER_PREFIXES) {
      const next = name.charCodeAt(prefix.length);
      if (name.startsWith(prefix) && next >= 65 && next <= 90) {
        const rest = name.slice(prefix.length);
        if (this.isKnownName(rest)) {
          return rest;
        }
      }
    }
    return undefined;
  }
}

/** The first three characters of an upper-case word as one number (6 bits each). */
function prefixCode(text: string, start: number): number {
  return ((text.charCodeAt(start) & 63) << 12) | ((text.charCodeAt(start + 1) & 63) << 6) | (text.charCodeAt(start + 2) & 63);
}

/** `prefixCode` with lower-case letters folded to upper case and any non-word character read as `_`. */
function foldedPrefixCode(text: string, start: number): number {
  return (fold(text.charCodeAt(start)) << 12) | (fold(text.charCodeAt(start + 1)) << 6) | fold(text.charCodeAt(start + 2));
}

function fold(ch: number): number {
  if (ch >= 97 && ch <= 122) {
    return (ch - 32) & 63;
  }
  if ((ch >= 65 && ch <= 90) || (ch >= 48 && ch <= 57)) {
    return ch & 63;
  }
  return 95 & 63;
}
