import type { LiteralForm } from './types';

/**
 * What the line scanner reports and asks. Kept apart from the scanner so the
 * key reader and the recogniser share the vocabulary without importing each other.
 */

/** What the scanner found; one object is reused for every candidate, so consumers copy what they keep. */
export interface RawCandidate {
  /** Start and end (exclusive) of the literal without quotes or sign handling, absolute in the text. */
  start: number;
  end: number;
  isName: boolean;
  /** The number's value, the sign included; 0 for names. */
  code: number;
  form: LiteralForm;
  /** Absolute span of the key (or callee, or qualifier); -1 when there is none. */
  keyStart: number;
  keyEnd: number;
  /** Absolute span of the key's object or enclosing key; -1 when there is none. */
  parentStart: number;
  parentEnd: number;
  /** Multiplier 0..1 for how much the form says about being a code (weaker for `>=`, later arguments, loose text). */
  formStrength: number;
  /** Digits the number is written with, leading zeros included (`"004"` has 3); 0 for names. */
  digits: number;
  /** The operator of a range test the number bounds after its key (`status >= 400`); `NO_BOUND` otherwise. */
  bound: Bound;
  /** How the number is written: `DECIMAL`, `HEX` (`0x0000000B`) or `DOTTED` (`5.1.1`, its value as `parseDotted` holds it). */
  notation: Notation;
}

/** A decimal number, a hex number (`0x0B`), a dotted code (`5.1.1`). */
export const DECIMAL = 0;
export const HEX = 1;
export const DOTTED = 2;
export type Notation = typeof DECIMAL | typeof HEX | typeof DOTTED;

/** No bound, `>=`, `>`, `<=`, `<`: the operator between a key and the number it is compared with. */
export const NO_BOUND = 0;
export const AT_LEAST = 1;
export const ABOVE = 2;
export const AT_MOST = 3;
export const BELOW = 4;
export type Bound = typeof NO_BOUND | typeof AT_LEAST | typeof ABOVE | typeof AT_MOST | typeof BELOW;

/** How a key is read: as a key, as the callee of a call, or as the word before a number in prose. */
export const KEY = 0;
export const CALLEE = 1;
export const LOOSE = 2;
export type KeyKind = typeof KEY | typeof CALLEE | typeof LOOSE;

/** What a key is worth: nothing (drop the literal), a key, or a key whose enclosing object may change its meaning. */
export const REJECT = 0;
export const ACCEPT = 1;
export const WANTS_PARENT = 2;
export type KeyInterest = typeof REJECT | typeof ACCEPT | typeof WANTS_PARENT;

export interface ScannerHooks {
  /**
   * Whether the key at `[start, end)` can make a literal a code. Asked as
   * soon as a key is read, so keys such as `pid` or `width` stop the work
   * before any enclosing object is looked for.
   */
  keyInterest(text: string, start: number, end: number, kind: KeyKind): KeyInterest;
  /** Whether any catalog has this code; asked before any context is read. */
  isKnownCode(code: number): boolean;
  /**
   * Whether a class of some catalog takes in this code, which no catalog lists (SMTP's `535`): asked of
   * three-digit numbers `isKnownCode` turns down. Such a number is read only under a key or before the
   * enhanced code that details it, where it may stand for its class.
   */
  isClassCode(code: number): boolean;
  /** Whether a hex catalog has this code (`0x0000000B`). */
  isKnownHexCode(code: number): boolean;
  /** Whether a dotted catalog explains this dotted code (`5.1.1`, held as `parseDotted` holds it). */
  isKnownDottedCode(code: number): boolean;
  /** Whether a run of upper-case letters, digits and underscores at `[start, end)` is a known name. */
  isKnownName(text: string, start: number, end: number): boolean;
  /**
   * Whether the basic reply `code` is detailed by the enhanced code `dotted`
   * after it (`550 5.1.1`): a dotted catalog explains `dotted`, and a catalog
   * of the same protocol has `code`. Sets the meaning the reply gets.
   */
  isReplyDetailedBy(code: number, dotted: number): boolean;
  /** Whether a camel-case word at `[start, end)` (`NotFound`) spells a known name; asked only of capitalised words with lower-case letters. */
  isKnownCamelName(text: string, start: number, end: number): boolean;
  /** Whether a camel-case member `qualifier.Name` at `[start, end)` names a known code (e.g. `HttpStatusCode.NotFound`). */
  isKnownMember(text: string, qualifierStart: number, qualifierEnd: number, start: number, end: number): boolean;
  /**
   * Whether the word or quoted text at `[start, end)` is a name of `code` in
   * some catalog or library (`Not Found`, `NOT_FOUND`, `StatusNotFound` for
   * 404): a code beside its own name is a row of a table of codes.
   */
  isNameOfCode(text: string, start: number, end: number, code: number): boolean;
  /**
   * The HTTP status a snake-case symbol at `[start, end)` names, as Rack and Plug derive their status
   * symbols from the reason phrases (`not_found` for 404, `unprocessable_entity` for 422), or -1.
   */
  httpSymbolCode(text: string, start: number, end: number): number;
  /** Whether the field at `at` of the line starting at `lineStart` lies in a code column its document's header names. */
  isCodeColumn(text: string, lineStart: number, at: number, code: number): boolean;
  /** Whether parameter `index` of the callable named `text[start, end)`, as its document declares it, names codes. */
  isCodeParameter(text: string, start: number, end: number, index: number): boolean;
  /** Receives each candidate; the object is reused after the call returns. */
  accept(candidate: RawCandidate): void;
  /**
   * Receives a collection literal of numbers that are all known codes (`new Set([30003, 30005])`,
   * `{3, 4, 9}`): `items` holds `count` triples start, end, value (absolute offsets, the number's digits),
   * and the collection's name is `text[nameStart, nameEnd)` (both -1 when it has none). The array is reused.
   * `bare`: the list has no brackets, `RETRY_STATUSES: 502,503,504`, the whole value of its key.
   */
  acceptCollection(text: string, nameStart: number, nameEnd: number, items: readonly number[], count: number, bare?: boolean): void;
  /**
   * Receives a number of four or more digits assigned to a name no catalog declares (`CARRIER_FILTERED = 30007`,
   * `const CLOSE_TOKEN_EXPIRED = 4001`); the candidate's key is the name. The object is reused after the call returns.
   */
  acceptConstant(candidate: RawCandidate): void;
  /**
   * Receives a name, hex number or dotted code that nothing around it makes a code but that stands alone
   * between the delimiters of a collection, an argument list or a mapping's keys: `(consts.X, 0x00000008)`,
   * `{"DELIVRD": "delivered", "UNDELIV": "failed"}`, `("5.1.1", "5.1.2")`. The object is reused after the call returns.
   */
  acceptElement(candidate: RawCandidate): void;
}
