import * as chars from './charClasses';
import * as scannerTypes from './scannerTypes';
import type { RawCandidate, ScannerHooks } from './scannerTypes';

// Bound once to locals: the hot paths below then call and compare without going through module bindings.
const { isDigit, isQuote, isSpace, isWord, lastIndexOfChar } = chars;
const { CALLEE, KEY, REJECT, WANTS_PARENT } = scannerTypes;

/** How far back the enclosing object of a JSON key is looked for. */
export const ENCLOSING_LOOKBACK = 400;

/**
 * Reads, backwards from a literal's operator, the key it is compared with
 * or assigned to: a quoted key (`"statusCode"`), an identifier chain
 * (`error.code`, `$this->status`), a subscript (`data['status']`), a getter
 * (`getStatus()`, `.get('status')`), a callee (`res.status(`), with the key's
 * object or enclosing key. Spans are written into the scanner's candidate;
 * the hooks judge each key as soon as it is read, so keys that cannot make
 * a code stop the work early.
 */
/** Functions that turn a string field into a number before it is compared: `Number(ErrorCode)`, `int(err_code)`. */
const NUMBER_CONVERSIONS = new Set(['Number', 'parseInt', 'int', 'Integer', 'intval', 'Int', 'toInt', 'atoi', 'long', 'Long']);

/**
 * Members that give the number of the object before them: gRPC Java's `Status.Code.value()`, protobuf's
 * `getNumber()`, `intValue()`, a Python or Kotlin enum's `.value`. `getCode().value() == 14` compares the code.
 */
const NUMBER_ACCESSORS: readonly string[] = ['value', 'getValue', 'intValue', 'getNumber'];

/**
 * Lookups that take a default after the key: Python's `data.get("status", 0)` and `getattr(pdu, "message_state", None)`,
 * Java's `getOrDefault("status", 0)`, Ruby's `fetch("status", 0)`. `getattr` names its object first.
 */
const DEFAULTED_GETS: readonly string[] = ['get', 'getattr', 'getOrDefault', 'fetch'];

/** How far back from its `)` a lookup with a default is read for its `(`. */
const DEFAULTED_GET_CHARS = 120;

/** Whether `text[start, end)` is one of `names`; cuts no string. */
function isOneOf(names: readonly string[], text: string, start: number, end: number): boolean {
  for (const name of names) {
    if (name.length === end - start && text.startsWith(name, start)) {
      return true;
    }
  }
  return false;
}

export class KeyReader {
  /**
   * How far back, before the line, `enclosingKey` may look: the line start
   * for one-record-per-line text (logs), earlier lines for JSON and code,
   * whose objects span lines. Set by the recogniser for every line.
   */
  enclosingFrom = 0;
  /** Whether mappings nest by indentation (YAML) rather than by braces. Set by the recogniser for every line. */
  indentedKeys = false;

  constructor(
    private readonly c: RawCandidate,
    private readonly hooks: ScannerHooks,
  ) {}

  /** Reads the callee whose `(` is just after `end`: `res.status(`, `sendStatus(`. */
  calleeBefore(text: string, from: number, end: number): boolean {
    let b = end;
    while (b >= from && isSpace(text.charCodeAt(b))) b--;
    if (b < from || !isWord(text.charCodeAt(b))) {
      return false;
    }
    const start = this.identifierStart(text, from, b + 1);
    if (start > b || isDigit(text.charCodeAt(start))) {
      return false;
    }
    if (this.hooks.keyInterest(text, start, b + 1, CALLEE) === REJECT) {
      return false;
    }
    const c = this.c;
    c.keyStart = start;
    c.keyEnd = b + 1;
    this.parentOfIdentifier(text, from, start);
    return true;
  }
  /**
   * Reads the key that ends at `end` (inclusive): a quoted key (`"statusCode"`),
   * an identifier chain (`error.code`, `$this->status`), a subscript
   * (`data['status']`), a getter (`getStatus()`, `.get('status')`), with its
   * object or enclosing key.
   */
  keyBefore(text: string, from: number, end: number): boolean {
    let b = end;
    while (b >= from && isSpace(text.charCodeAt(b))) b--;
    if (b < from) {
      return false;
    }
    const c = this.c;
    let ch = text.charCodeAt(b);
    // `data['status']` / `data["status"]`
    if (ch === 93 /* ] */) {
      b--;
      ch = b >= from ? text.charCodeAt(b) : -1;
      if (!isQuote(ch)) {
        return false;
      }
      const open = lastIndexOfChar(text, ch, b - 1, Math.max(from, b - 80));
      if (open < 0 || text.charCodeAt(open - 1) !== 91 /* [ */) {
        return false;
      }
      if (b <= open + 1 || this.hooks.keyInterest(text, open + 1, b, KEY) === REJECT) {
        return false;
      }
      c.keyStart = open + 1;
      c.keyEnd = b;
      // The object is the identifier just before `[`.
      const objectStart = this.identifierStart(text, from, open - 1);
      if (objectStart < open - 1) {
        c.parentStart = objectStart;
        c.parentEnd = open - 1;
      }
      return true;
    }
    // `getStatus()`, `.get('status')`
    if (ch === 41 /* ) */) {
      const before = b - 1 >= from ? text.charCodeAt(b - 1) : -1;
      if (before === 40) {
        const nameEnd = b - 1;
        const nameStart = this.identifierStart(text, from, nameEnd);
        const object = this.accessedObject(text, from, nameStart, nameEnd);
        if (object >= 0) {
          return this.keyBefore(text, from, object);
        }
        if (nameStart >= nameEnd || this.hooks.keyInterest(text, nameStart, nameEnd, KEY) === REJECT) {
          return false;
        }
        c.keyStart = nameStart;
        c.keyEnd = nameEnd;
        this.parentOfIdentifier(text, from, nameStart);
        return true;
      }
      if (isQuote(before)) {
        const open = lastIndexOfChar(text, before, b - 2, Math.max(from, b - 80));
        if (open < 0 || text.charCodeAt(open - 1) !== 40) {
          return false;
        }
        // `payload.get('status')`: the key is the argument, the object is the parent.
        if (b - 1 <= open + 1 || this.hooks.keyInterest(text, open + 1, b - 1, KEY) === REJECT) {
          return false;
        }
        const calleeEnd = open - 1;
        const calleeStart = this.identifierStart(text, from, calleeEnd);
        c.keyStart = open + 1;
        c.keyEnd = b - 1;
        this.parentOfIdentifier(text, from, calleeStart);
        return true;
      }
      if (isWord(before)) {
        return this.convertedKey(text, from, b) || this.defaultedGet(text, from, b);
      }
      return false;
    }
    if (isQuote(ch)) {
      const open = lastIndexOfChar(text, ch, b - 1, Math.max(from, b - 100));
      if (open < 0) {
        return false;
      }
      if (b <= open + 1) {
        return false;
      }
      const interest = this.hooks.keyInterest(text, open + 1, b, KEY);
      if (interest === REJECT) {
        return false;
      }
      c.keyStart = open + 1;
      c.keyEnd = b;
      if (interest === WANTS_PARENT) {
        this.enclosingKey(text, from, open - 1);
      }
      return true;
    }
    if (!isWord(ch)) {
      return false;
    }
    const start = this.identifierStart(text, from, b + 1);
    if (start > b || isDigit(text.charCodeAt(start))) {
      return false;
    }
    const object = this.accessedObject(text, from, start, b + 1);
    if (object >= 0) {
      return this.keyBefore(text, from, object);
    }
    const interest = this.hooks.keyInterest(text, start, b + 1, KEY);
    if (interest === REJECT) {
      return false;
    }
    c.keyStart = start;
    c.keyEnd = b + 1;
    if (!this.parentOfIdentifier(text, from, start) && interest === WANTS_PARENT) {
      this.enclosingKey(text, from, start - 1);
    }
    return true;
  }
  /**
   * Where the object ends (inclusive) when the member at `[start, end)` only gives that object's number
   * (`getCode().value()`, `code.value`, `code?.value`): the object is the key then. -1 otherwise. A chain of
   * such members is read back to its first object in one pass.
   */
  private accessedObject(text: string, from: number, start: number, end: number): number {
    let object = -1;
    let s = start;
    let e = end;
    while (s - 2 >= from && text.charCodeAt(s - 1) === 46 /* . */ && isOneOf(NUMBER_ACCESSORS, text, s, e)) {
      object = text.charCodeAt(s - 2) === 63 /* ? */ ? s - 3 : s - 2;
      // The object may give its own number the same way: `code.value().value`.
      let objectEnd = object;
      if (text.charCodeAt(objectEnd) === 41 && text.charCodeAt(objectEnd - 1) === 40) objectEnd -= 2;
      if (objectEnd < from || !isWord(text.charCodeAt(objectEnd))) {
        break;
      }
      e = objectEnd + 1;
      s = this.identifierStart(text, from, e);
    }
    const ch = object >= from ? text.charCodeAt(object) : -1;
    return ch === 41 || ch === 93 || isWord(ch) ? object : -1;
  }
  /** The object of `obj.key`, `obj?.key`, `obj->key`, `Obj::key`, `obj['key']`; returns whether one was found. */
  /**
   * A key converted to a number before the comparison, `Number(ErrorCode) === 30034`,
   * `int(err_code) == 30007`: the key is the converted identifier, whose `)` is at `close`.
   */
  private convertedKey(text: string, from: number, close: number): boolean {
    const nameStart = this.identifierStart(text, from, close);
    let chainStart = nameStart;
    while (chainStart - 1 > from && text.charCodeAt(chainStart - 1) === 46 /* . */) {
      chainStart = this.identifierStart(text, from, chainStart - 1);
    }
    const open = chainStart - 1;
    if (nameStart >= close || open < from || text.charCodeAt(open) !== 40 /* ( */) {
      return false;
    }
    const calleeStart = this.identifierStart(text, from, open);
    if (!NUMBER_CONVERSIONS.has(text.slice(calleeStart, open)) || this.hooks.keyInterest(text, nameStart, close, KEY) === REJECT) {
      return false;
    }
    const c = this.c;
    c.keyStart = nameStart;
    c.keyEnd = close;
    this.parentOfIdentifier(text, from, nameStart);
    return true;
  }

  /**
   * A lookup with a default whose `)` is at `close`: `data.get("status", 0)`, `getattr(pdu, "message_state", None)`.
   * The key is the quoted argument (`getattr`'s second), its object the one the lookup is called on or given.
   */
  private defaultedGet(text: string, from: number, close: number): boolean {
    const limit = Math.max(from, close - DEFAULTED_GET_CHARS);
    let open = -1;
    let depth = 0;
    for (let k = close - 1; k >= limit && open < 0; k--) {
      const ch = text.charCodeAt(k);
      if (ch === 41 || ch === 93 || ch === 125) {
        depth++;
      } else if (ch === 40 || ch === 91 || ch === 123) {
        if (depth === 0) {
          if (ch !== 40) {
            return false;
          }
          open = k;
        }
        depth--;
      } else if (isQuote(ch)) {
        k = lastIndexOfChar(text, ch, k - 1, limit);
        if (k < 0) {
          return false;
        }
      }
    }
    if (open < 0) {
      return false;
    }
    const calleeStart = this.identifierStart(text, from, open);
    if (!isOneOf(DEFAULTED_GETS, text, calleeStart, open)) {
      return false;
    }
    const ownObject = open - calleeStart === 7 && text.startsWith('getattr', calleeStart);
    let k = open + 1;
    while (k < close && isSpace(text.charCodeAt(k))) k++;
    let objectStart = -1;
    let objectEnd = -1;
    if (ownObject) {
      objectStart = k;
      while (k < close && isWord(text.charCodeAt(k))) k++;
      objectEnd = k;
      while (k < close && isSpace(text.charCodeAt(k))) k++;
      if (objectEnd === objectStart || text.charCodeAt(k) !== 44 /* , */) {
        return false;
      }
      k++;
      while (k < close && isSpace(text.charCodeAt(k))) k++;
    }
    const quote = text.charCodeAt(k);
    if (!isQuote(quote)) {
      return false;
    }
    let end = k + 1;
    while (end < close && text.charCodeAt(end) !== quote) end++;
    let after = end + 1;
    while (after < close && isSpace(text.charCodeAt(after))) after++;
    if (end >= close || end === k + 1 || text.charCodeAt(after) !== 44 || this.hooks.keyInterest(text, k + 1, end, KEY) === REJECT) {
      return false;
    }
    const c = this.c;
    c.keyStart = k + 1;
    c.keyEnd = end;
    if (ownObject) {
      c.parentStart = objectStart;
      c.parentEnd = objectEnd;
    } else {
      this.parentOfIdentifier(text, from, calleeStart);
    }
    return true;
  }

  parentOfIdentifier(text: string, from: number, keyStart: number): boolean {
    const c = this.c;
    let k = keyStart - 1;
    if (k < from) {
      return false;
    }
    const ch = text.charCodeAt(k);
    if (ch === 46 /* . */) {
      k--;
      if (k >= from && text.charCodeAt(k) === 63 /* ? */) k--;
    } else if (ch === 62 /* > */ && k - 1 >= from && text.charCodeAt(k - 1) === 45) {
      k -= 2;
    } else if (ch === 58 && k - 1 >= from && text.charCodeAt(k - 1) === 58) {
      k -= 2;
    } else {
      return false;
    }
    if (k < from) {
      return false;
    }
    let p = text.charCodeAt(k);
    // The result of an empty call is named for it: `response()->json(…)`, `resp.raw().code`.
    if (p === 41 && k - 1 >= from && text.charCodeAt(k - 1) === 40) {
      k -= 2;
      p = k >= from ? text.charCodeAt(k) : -1;
    }
    if (p === 93 /* ] */ && k - 1 >= from && isQuote(text.charCodeAt(k - 1))) {
      const quote = text.charCodeAt(k - 1);
      const open = lastIndexOfChar(text, quote, k - 2, Math.max(from, k - 79));
      if (open >= 0) {
        c.parentStart = open + 1;
        c.parentEnd = k - 1;
        return true;
      }
      return false;
    }
    if (!isWord(p)) {
      return false;
    }
    const start = this.identifierStart(text, from, k + 1);
    if (start > k) {
      return false;
    }
    c.parentStart = start;
    c.parentEnd = k + 1;
    return true;
  }
  /**
   * The key of the object a key sits in: `error` for `{"error":{"code":25}}`
   * and for `"error":{"description":"…","code":25}`. Looks back over the
   * object's earlier members, skipping strings and nested values, at most
   * `ENCLOSING_LOOKBACK` characters and never before `enclosingFrom`.
   */
  enclosingKey(text: string, lineFrom: number, end: number): void {
    if (this.indentedKeys) {
      this.indentedParent(text, lineFrom, end + 1);
      return;
    }
    const from = Math.min(lineFrom, this.enclosingFrom);
    const limit = Math.max(from, end - ENCLOSING_LOOKBACK);
    let depth = 0;
    let k = end;
    for (; k >= limit; k--) {
      const ch = text.charCodeAt(k);
      if (ch === 125 || ch === 93) {
        depth++;
      } else if (ch === 91) {
        if (depth === 0) {
          return;
        }
        depth--;
      } else if (ch === 123) {
        if (depth === 0) {
          break;
        }
        depth--;
      } else if (isQuote(ch)) {
        const open = lastIndexOfChar(text, ch, k - 1, limit);
        if (open < 0) {
          return;
        }
        k = open;
      } else if (depth === 0 && (ch === 59 || ch === 40 || (ch === 61 && text.charCodeAt(k + 1) !== 62))) {
        // A statement, call or assignment boundary (`key=value` logs): the key is not inside an object literal.
        return;
      }
    }
    if (k < limit) {
      return;
    }
    // Before the `{`: `"error":`, `error:`, `error =`, `'error' =>`.
    let b = k - 1;
    while (b >= from && isSpace(text.charCodeAt(b))) b--;
    const sep = b >= from ? text.charCodeAt(b) : -1;
    if (sep === 58) {
      b--;
    } else if (sep === 61 || (sep === 62 && b - 1 >= from && text.charCodeAt(b - 1) === 61)) {
      b -= sep === 61 ? 1 : 2;
    } else {
      return;
    }
    while (b >= from && isSpace(text.charCodeAt(b))) b--;
    if (b < from) {
      return;
    }
    const q = text.charCodeAt(b);
    const c = this.c;
    if (isQuote(q)) {
      const open = lastIndexOfChar(text, q, b - 1, Math.max(from, b - 99));
      if (open >= 0 && b > open + 1) {
        c.parentStart = open + 1;
        c.parentEnd = b;
      }
      return;
    }
    if (isWord(q)) {
      const start = this.identifierStart(text, from, b + 1);
      if (start <= b) {
        c.parentStart = start;
        c.parentEnd = b + 1;
      }
    }
  }
  /**
   * The key of the YAML mapping a key sits in: `error` for `error:` above
   * `  code: 23` (or `  - code: 23`). Reads the lines above, back to
   * `enclosingFrom`, for the nearest one indented less than the key's line;
   * it gives the parent when it is a `key:` of its own. Blank and comment
   * lines are passed over.
   */
  private indentedParent(text: string, lineFrom: number, keyStart: number): void {
    const indent = keyIndentation(text, lineFrom, keyStart);
    let lineStart = lineFrom;
    while (indent > 0 && lineStart > this.enclosingFrom) {
      const end = lineStart - 1;
      const start = lastIndexOfChar(text, 10, end - 1, this.enclosingFrom) + 1;
      if (start === 0 && this.enclosingFrom > 0) {
        // The line above starts before what may be read.
        return;
      }
      lineStart = start;
      let first = start;
      while (first < end && isSpace(text.charCodeAt(first))) first++;
      if (first >= end || text.charCodeAt(first) === 35 /* # */ || text.charCodeAt(first) === 13) {
        continue;
      }
      if (first - start >= indent) {
        continue;
      }
      this.mappingKeyAt(text, first, end);
      return;
    }
  }

  /** Sets the parent to the key of a line that opens a mapping, `error:`, `"error":` or `- error:`, starting at `at`. */
  private mappingKeyAt(text: string, at: number, end: number): void {
    let k = at;
    if (text.charCodeAt(k) === 45 /* - */ && isSpace(text.charCodeAt(k + 1))) {
      k += 2;
      while (k < end && isSpace(text.charCodeAt(k))) k++;
    }
    const quote = text.charCodeAt(k);
    const quoted = isQuote(quote);
    const nameStart = quoted ? k + 1 : k;
    let nameEnd = nameStart;
    while (nameEnd < end && (quoted ? text.charCodeAt(nameEnd) !== quote : isWord(text.charCodeAt(nameEnd)) || text.charCodeAt(nameEnd) === 45)) nameEnd++;
    let colon = quoted ? nameEnd + 1 : nameEnd;
    while (colon < end && isSpace(text.charCodeAt(colon))) colon++;
    let rest = colon + 1;
    while (rest < end && isSpace(text.charCodeAt(rest))) rest++;
    const after = rest < end ? text.charCodeAt(rest) : -1;
    // Only a key with nothing after its colon (but a comment) opens a mapping below it.
    if (nameEnd > nameStart && text.charCodeAt(colon) === 58 && (after === -1 || after === 13 || after === 35)) {
      this.c.parentStart = nameStart;
      this.c.parentEnd = nameEnd;
    }
  }
  /** Start of the identifier (letters, digits, `_`, `$`) ending just before `end`; leading sigils skipped. */
  identifierStart(text: string, from: number, end: number): number {
    let k = end - 1;
    while (k >= from && isWord(text.charCodeAt(k))) k--;
    let start = k + 1;
    while (start < end && text.charCodeAt(start) === 36 /* $ */) start++;
    return start;
  }
  /** End of an identifier chain starting at `start` (`status`, `res.statusCode`, `error?.code`, `$this->statusCode`, `Self::status`). */
  identifierChainEnd(text: string, start: number, to: number): number {
    let k = start;
    while (k < to) {
      const ch = text.charCodeAt(k);
      if (isWord(ch) || ch === 46 || (ch === 63 && text.charCodeAt(k + 1) === 46)) {
        k++;
      } else if (((ch === 45 && text.charCodeAt(k + 1) === 62) || (ch === 58 && text.charCodeAt(k + 1) === 58)) && k > start && isWord(text.charCodeAt(k + 2))) {
        k += 2;
      } else if (ch === 40 && text.charCodeAt(k + 1) === 41 && (text.charCodeAt(k + 2) === 46 || (text.charCodeAt(k + 2) === 45 && text.charCodeAt(k + 3) === 62))) {
        // A getter inside the chain: `$client->getResponse()->getStatusCode()`, `resp.raw().code()`.
        k += 2;
      } else {
        break;
      }
    }
    while (k > start && text.charCodeAt(k - 1) === 46) k--;
    return k;
  }
}

/**
 * How far the key at `keyStart` is indented on its line, a list item's `- `
 * counted as indentation; -1 when other text comes before it on the line.
 */
function keyIndentation(text: string, lineStart: number, keyStart: number): number {
  let k = lineStart;
  while (k < keyStart && isSpace(text.charCodeAt(k))) k++;
  const indent = k - lineStart;
  if (k < keyStart && text.charCodeAt(k) === 45 /* - */ && isSpace(text.charCodeAt(k + 1))) {
    k += 2;
    while (k < keyStart && isSpace(text.charCodeAt(k))) k++;
  }
  return k === keyStart ? indent : -1;
}
