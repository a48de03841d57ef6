import * as chars from './charClasses';
import { AssertionReader } from './assertions';
import { KeyReader } from './keyReader';
import * as scannerTypes from './scannerTypes';
import type { RawCandidate, ScannerHooks } from './scannerTypes';

// Bound once to locals: the hot loops below then call and compare without going through module bindings.
const { CLASS, isDigit, isQuote, isSpace, isWord, lastIndexOfChar, LOWER, UPPER, WORD_OTHER, classOf } = chars;
const { LOOSE, REJECT } = scannerTypes;

/**
 * The character-level part of recognition: finds literals on one line that
 * could be codes and reads what surrounds them (the key before `:`/`=`, the
 * operand of `===`, the call they are passed to, `case`, `HTTP/1.1`, the
 * access-log request), without deciding anything about catalogs.
 *
 * A regular expression jumps to the places where a literal can start; from
 * there the scanner reads characters with `charCodeAt` and a class table,
 * allocates nothing for text that is not a candidate, and asks `isKnownCode`
 * before it looks at any context, so noise numbers (timestamps, pids, sizes)
 * cost a few comparisons each. Offsets are absolute positions in `text`, so
 * the whole-document scan never slices lines.
 */

/**
 * Where a candidate can start: a capital letter at the start of a word, or
 * a number at the start of a word that is not glued to letters (`3fa9`,
 * `10ms`), not part of a date, time, version or address (`2025-10-09`,
 * `08:53`, `1.2.3`), not in a path, list, offset or reference (`/404`,
 * `[23`, `+0000`, `#23`) and shorter than ten digits. The scanner would
 * reject all of these itself; the expression spares it the work.
 */
const WORD_START = /\b(?:(?<!\d[-:/.]|[[/+#])\d(?!\d*(?:[A-Za-z_$]|[-:/.]\d)|\d{9})|[A-Z])/g;

/**
 * The next position at or after `from` where a candidate may start, or -1.
 * The regular expression engine skips, in native code, everything that
 * cannot start one; `test` allocates no match object.
 */
export function nextCandidate(text: string, from: number): number {
  WORD_START.lastIndex = from;
  return WORD_START.test(text) ? WORD_START.lastIndex - 1 : -1;
}

/** Longest digit run read as a code; longer numbers are ids and timestamps. */
const MAX_DIGITS = 9;

export class LineScanner {
  private readonly c: RawCandidate = {
    start: 0,
    end: 0,
    isName: false,
    code: 0,
    form: 'assign',
    keyStart: -1,
    keyEnd: -1,
    parentStart: -1,
    parentEnd: -1,
    formStrength: 1,
  };

  private readonly keys: KeyReader;
  private readonly assertions: AssertionReader;
  /**
   * How far the start of the current line has been read as labels (see
   * `caseLabel`): the line's start, the offset up to which everything is
   * indentation, keywords and labels, and the offset of the first character
   * that is not (-1 while none was found). Candidates come in order along a
   * line, so each character is read once however many numbers the line holds.
   */
  private labelLine = -1;
  private labelRead = 0;
  private labelStop = -1;

  constructor(private readonly hooks: ScannerHooks) {
    this.keys = new KeyReader(this.c, hooks);
    this.assertions = new AssertionReader(this.keys);
  }

  /**
   * Lets the enclosing object of a key be looked for from `at` on, which may
   * lie before the line, by braces or, for YAML, by indentation (see
   * `KeyReader.enclosingFrom` and `indentedKeys`).
   */
  setEnclosing(at: number, indented: boolean): void {
    this.keys.enclosingFrom = at;
    this.keys.indentedKeys = indented;
    // A new line (or a new text): what was read of the last one's labels no longer holds.
    this.labelLine = -1;
  }

  /** Scans `text[from, to)`, a line or the first part of a long line. */
  scan(text: string, from: number, to: number): void {
    this.labelLine = -1;
    let i = this.next(text, from);
    while (i >= 0 && i < to) {
      i = this.next(text, this.candidateAt(text, from, to, i));
    }
  }

  /** `nextCandidate` as a method, so hot loops in other modules call it without a module binding. */
  next(text: string, from: number): number {
    WORD_START.lastIndex = from;
    return WORD_START.test(text) ? WORD_START.lastIndex - 1 : -1;
  }

  /**
   * Reads the candidate that starts at `i` (a position `nextCandidate`
   * returned) on the line `text[from, to)`, reports it if it is one, and
   * returns where the next search starts.
   */
  candidateAt(text: string, from: number, to: number, i: number): number {
    const ch = text.charCodeAt(i);
    if (ch >= 48 && ch <= 57) {
      return this.number(text, from, to, i);
    }
    // A word starting with a capital: a name (`DELIVERY_FAILURE`) or a member (`HttpStatusCode.NotFound`).
    let j = i + 1;
    let hasLower = false;
    while (j < to) {
      const d = text.charCodeAt(j);
      const dc = d < 128 ? (CLASS[d] as number) : LOWER;
      if (dc === 0) {
        break;
      }
      if (dc === LOWER) {
        hasLower = true;
      }
      j++;
    }
    const afterDot = i - 1 >= from && text.charCodeAt(i - 1) === 46; /* . */
    // Names of two letters (`HttpStatus.OK`) count only when qualified.
    if (j - i >= 3 || (afterDot && j - i === 2)) {
      if (!hasLower) {
        if (this.hooks.isKnownName(text, i, j)) {
          this.name(text, from, to, i, j);
        } else if (afterDot) {
          // A framework's spelling of a known name: `HttpServletResponse.SC_NOT_FOUND`.
          this.member(text, from, i, j);
        }
      } else if (afterDot) {
        this.member(text, from, i, j);
      }
    }
    return j;
  }

  private number(text: string, from: number, to: number, i: number): number {
    let j = i;
    let value = 0;
    while (j < to) {
      const d = text.charCodeAt(j);
      if (d < 48 || d > 57) {
        break;
      }
      value = value * 10 + (d - 48);
      j++;
    }
    const next = j < to ? text.charCodeAt(j) : -1;
    const prev = i > from ? text.charCodeAt(i - 1) : -1;
    // `404px`, `10ms`, `0x1F`, `$1`, `é2`: a number glued to a word is not a code.
    if ((next >= 0 && isWord(next)) || (prev >= 0 && isWord(prev))) {
      while (j < to && isWord(text.charCodeAt(j))) j++;
      return j;
    }
    // Decimals, versions, IP addresses: `1.5`, `v2.0.1`, `10.0.0.1`; not the end of a range, `200..299`.
    if ((prev === 46 && !(i - 2 >= from && text.charCodeAt(i - 2) === 46)) || (next === 46 && j + 1 < to && isDigit(text.charCodeAt(j + 1)))) {
      while (j < to && (isDigit(text.charCodeAt(j)) || text.charCodeAt(j) === 46)) j++;
      return j;
    }
    if (j - i > MAX_DIGITS) {
      return j;
    }
    // Dates, times, ratios and ranges: `2025-10-09`, `08:53`, `1/2`, `3-5`.
    const prevPrev = i - 2 >= from ? text.charCodeAt(i - 2) : -1;
    if ((prev === 45 || prev === 58 || prev === 47) && isDigit(prevPrev)) {
      return j;
    }
    if ((next === 45 || next === 58 || next === 47) && j + 1 < to && isDigit(text.charCodeAt(j + 1))) {
      return j;
    }
    let start = i;
    let negative = false;
    if (prev === 45 /* - */ && !isWord(prevPrev) && prevPrev !== 41 /* ) */) {
      negative = true;
      start = i - 1;
      value = -value;
    }
    if (!this.hooks.isKnownCode(value)) {
      return j;
    }
    // Quotes around the number: `"23"`. A quote on one side only means the number is part of a longer string.
    let outerStart = start;
    let outerEnd = j;
    const before = start > from ? text.charCodeAt(start - 1) : -1;
    if (isQuote(before)) {
      if (next !== before) {
        // The status of an access log follows the closing quote of the request: `"GET / HTTP/1.1" 404`.
        return j;
      }
      outerStart = start - 1;
      outerEnd = j + 1;
    }
    const c = this.reset(negative ? start : i, j, false, value);
    if (this.responseKey(text, from, to, outerStart, outerEnd) || this.context(text, from, to, outerStart, outerEnd)) {
      this.hooks.accept(c);
    }
    return j;
  }

  /**
   * A status used as a key under `responses`, as OpenAPI documents list
   * them: `'404':` in YAML, `"404": {` in JSON. Other number keys (`200: 5`
   * under `counts:`) are left to the usual reading.
   */
  private responseKey(text: string, from: number, to: number, s: number, e: number): boolean {
    let f = e;
    while (f < to && isSpace(text.charCodeAt(f))) f++;
    if (!(f < to && text.charCodeAt(f) === 58 /* : */ && text.charCodeAt(f + 1) !== 58)) {
      return false;
    }
    const c = this.c;
    this.keys.enclosingKey(text, from, s - 1);
    const isResponses = c.parentEnd - c.parentStart === 9 && text.slice(c.parentStart, c.parentEnd).toLowerCase() === 'responses';
    if (!isResponses) {
      c.parentStart = c.parentEnd = -1;
      return false;
    }
    c.form = 'http';
    return true;
  }

  private name(text: string, from: number, to: number, i: number, j: number): void {
    const c = this.reset(i, j, true, 0);
    const prev = i > from ? text.charCodeAt(i - 1) : -1;
    // `Status.DELIVERY_FAILURE`, `Status::DELIVERY_FAILURE`, `$this->status`-style qualifiers.
    if (prev === 46 || (prev === 58 && i - 2 >= from && text.charCodeAt(i - 2) === 58)) {
      const qualEnd = prev === 46 ? i - 1 : i - 2;
      const qualStart = this.keys.identifierStart(text, from, qualEnd);
      if (qualStart < qualEnd) {
        c.form = 'member';
        c.keyStart = qualStart;
        c.keyEnd = qualEnd;
        this.hooks.accept(c);
        return;
      }
    }
    let outerStart = i;
    let outerEnd = j;
    if (isQuote(prev) && j < to && text.charCodeAt(j) === prev) {
      outerStart = i - 1;
      outerEnd = j + 1;
    }
    if (!this.context(text, from, to, outerStart, outerEnd)) {
      c.form = 'bare';
      c.keyStart = c.keyEnd = c.parentStart = c.parentEnd = -1;
      c.formStrength = 1;
    }
    this.hooks.accept(c);
  }

  private member(text: string, from: number, i: number, j: number): void {
    const qualEnd = i - 1;
    const qualStart = this.keys.identifierStart(text, from, qualEnd);
    if (qualStart >= qualEnd || !this.hooks.isKnownMember(text, qualStart, qualEnd, i, j)) {
      return;
    }
    const c = this.reset(i, j, true, 0);
    c.form = 'member';
    c.keyStart = qualStart;
    c.keyEnd = qualEnd;
    this.hooks.accept(c);
  }

  private reset(start: number, end: number, isName: boolean, code: number): RawCandidate {
    const c = this.c;
    c.start = start;
    c.end = end;
    c.isName = isName;
    c.code = code;
    c.form = 'assign';
    c.keyStart = c.keyEnd = c.parentStart = c.parentEnd = -1;
    c.formStrength = 1;
    return c;
  }

  /**
   * Reads the context of the literal at `[s, e)` (quotes included) into the
   * current candidate. Returns false when nothing around it says "code".
   */
  private context(text: string, from: number, to: number, s: number, e: number): boolean {
    const c = this.c;
    // A comparison after the literal names the key whatever precedes it: `if (23 === status)`.
    if (this.yoda(text, from, to, e)) {
      return true;
    }
    let b = s - 1;
    while (b >= from && isSpace(text.charCodeAt(b))) b--;
    const ch = b >= from ? text.charCodeAt(b) : -1;
    const p1 = b - 1 >= from ? text.charCodeAt(b - 1) : -1;
    switch (ch) {
      case 58: // :
        if (p1 === 58) {
          return false;
        }
        c.form = 'assign';
        if (p1 === 61 /* =: */) {
          return false;
        }
        return this.keys.keyBefore(text, from, b - 1) || this.forward(text, from, to, s, e);
      case 61: // =
        if (p1 === 61 || p1 === 33) {
          // `==`, `===`, `!=`, `!==`
          const p2 = b - 2 >= from ? text.charCodeAt(b - 2) : -1;
          const opStart = (p2 === 61 || p2 === 33) && p1 === 61 ? b - 2 : b - 1;
          c.form = 'compare';
          return this.keys.keyBefore(text, from, opStart - 1);
        }
        if (p1 === 46) {
          // The end of Rust's inclusive range label, `200..=299 =>`.
          return this.caseLabel(text, from, to, s, e);
        }
        if (p1 === 60 || p1 === 62) {
          // `<=`, `>=`
          c.form = 'compare';
          c.formStrength = 0.9;
          return this.keys.keyBefore(text, from, b - 2);
        }
        if (p1 === 58) {
          // Go's `:=`
          c.form = 'assign';
          return this.keys.keyBefore(text, from, b - 2);
        }
        if (p1 === 43 || p1 === 45 || p1 === 42 || p1 === 47 || p1 === 37 || p1 === 124 || p1 === 38) {
          // Compound assignment is arithmetic.
          return false;
        }
        c.form = 'assign';
        return this.keys.keyBefore(text, from, b - 1);
      case 62: // >
        if (p1 === 61) {
          // `'status' => 23` (PHP arrays, Ruby hashes)
          c.form = 'assign';
          return this.keys.keyBefore(text, from, b - 2);
        }
        if (p1 === 45) {
          return false;
        }
        c.form = 'compare';
        c.formStrength = 0.9;
        return this.keys.keyBefore(text, from, b - 1);
      case 60: // <
        if (p1 === 46) {
          // The end of Swift's half-open range label, `case 200..<300:`.
          return this.caseLabel(text, from, to, s, e);
        }
        c.form = 'compare';
        c.formStrength = 0.9;
        return this.keys.keyBefore(text, from, b - 1);
      case 40: {
        // (
        const callee = this.assertions.calleeWord(text, from, b);
        if (callee.word === 'in') {
          return this.membership(text, from, callee.start);
        }
        if (callee.word === 'expect' && (callee.start <= from || text.charCodeAt(callee.start - 1) !== 46)) {
          // Jest's `expect(23)` holds a value under test; only supertest's `.expect(401)` names a status.
          return this.forward(text, from, to, s, e);
        }
        if (this.assertions.matcherSubject(text, from, callee.start, callee.word) || this.assertions.equalityOther(text, to, b, s, e, callee.word)) {
          c.form = 'compare';
          return true;
        }
        if (this.keys.calleeBefore(text, from, b - 1)) {
          c.form = 'call';
          return true;
        }
        return this.forward(text, from, to, s, e);
      }
      case 44: // ,
        if (this.caseLabel(text, from, to, s, e)) {
          return true;
        }
        return this.laterArgument(text, from, to, b, s, e);
      case 124: // |
        return this.caseLabel(text, from, to, s, e);
      case 34: // "
      case 39: // '
        // The status field of an access log follows the quoted request: `"GET /x HTTP/1.1" 404 512`.
        if (b < s - 1 && e - s === 3 && this.endsWithHttpVersion(text, from, b)) {
          c.form = 'http';
          return true;
        }
        return this.forward(text, from, to, s, e);
      default:
        break;
    }
    if (ch >= 48 && ch <= 57 && b < s - 1) {
      // `HTTP/1.1 404`, `HTTP/2 200`
      let k = b;
      while (k >= from && (isDigit(text.charCodeAt(k)) || text.charCodeAt(k) === 46)) k--;
      if (k - 4 >= from && text.charCodeAt(k) === 47 && text.startsWith('HTTP', k - 4) && e - s === 3) {
        c.form = 'http';
        return true;
      }
      return this.forward(text, from, to, s, e);
    }
    if (ch >= 0 && isWord(ch) && b < s - 1) {
      const wordStart = this.keys.identifierStart(text, from, b + 1);
      const word = text.slice(wordStart, b + 1);
      if (word === 'case' || word === 'when' || word === 'in') {
        // `in` starts Kotlin's range label, `in 200..299 ->`; elsewhere (`for x in 5`) the label check turns it down.
        return this.caseLabel(text, from, to, s, e);
      }
      if (word === 'return' || word === 'of') {
        return false;
      }
      // `status 23` in log prose: the word is the key, loosely.
      if (this.hooks.keyInterest(text, wordStart, b + 1, LOOSE) === REJECT) {
        return false;
      }
      c.form = 'loose';
      c.formStrength = 0.75;
      c.keyStart = wordStart;
      c.keyEnd = b + 1;
      return true;
    }
    return this.forward(text, from, to, s, e);
  }

  /** Match arms (`23 =>`) and labels, when nothing before the literal gave it a key. */
  private forward(text: string, from: number, to: number, s: number, e: number): boolean {
    return this.caseLabel(text, from, to, s, e);
  }

  /** Yoda comparisons: `23 === status`, `404 != res.status`. */
  private yoda(text: string, from: number, to: number, e: number): boolean {
    let f = e;
    while (f < to && isSpace(text.charCodeAt(f))) f++;
    const a = f < to ? text.charCodeAt(f) : -1;
    const a1 = f + 1 < to ? text.charCodeAt(f + 1) : -1;
    if (!((a === 61 && a1 === 61) || (a === 33 && a1 === 61))) {
      return false;
    }
    let k = f + 2;
    if (k < to && text.charCodeAt(k) === 61) k++;
    while (k < to && isSpace(text.charCodeAt(k))) k++;
    const keyEnd = this.keys.identifierChainEnd(text, k, to);
    if (keyEnd <= k) {
      return false;
    }
    this.c.form = 'compare';
    return this.keys.keyBefore(text, from, keyEnd - 1);
  }

  /**
   * `case 23:`, `case 23, 25:`, `23 | 25 =>`, `23, 25 ->`, `when 23`, and
   * the ends of range labels (`in 200..299 ->`, `200..=299 =>`,
   * `case 200..<300:`, `when 200..299`): the literal is a label when
   * everything before it on the line is indentation, a `case`/`when`/`in`
   * keyword and other labels, and a label terminator follows. The key comes
   * from the enclosing block, which the recogniser finds.
   */
  private caseLabel(text: string, from: number, to: number, s: number, e: number): boolean {
    if (!this.onlyLabelsBefore(text, from, s)) {
      return false;
    }
    let f = e;
    while (f < to && isSpace(text.charCodeAt(f))) f++;
    // The start of a range label: the terminator follows its end, `200..299 ->`.
    const rangeEnd = rangeOperatorEnd(text, f, to);
    if (rangeEnd >= 0) {
      f = rangeEnd;
      while (f < to && isSpace(text.charCodeAt(f))) f++;
      if (f < to && (text.charCodeAt(f) === 45 || text.charCodeAt(f) === 43)) f++;
      if (!(f < to && isDigit(text.charCodeAt(f)))) {
        return false;
      }
      while (f < to && isDigit(text.charCodeAt(f))) f++;
      while (f < to && isSpace(text.charCodeAt(f))) f++;
    }
    const a = f < to ? text.charCodeAt(f) : -1;
    const a1 = f + 1 < to ? text.charCodeAt(f + 1) : -1;
    const terminated =
      a === -1 ||
      (a === 58 && a1 !== 58) ||
      a === 44 ||
      a === 124 ||
      ((a === 61 || a === 45) && a1 === 62) ||
      text.startsWith('then', f) ||
      text.startsWith('or ', f) ||
      text.startsWith('if ', f);
    if (!terminated) {
      return false;
    }
    const c = this.c;
    c.form = 'case';
    c.keyStart = c.keyEnd = c.parentStart = c.parentEnd = -1;
    return true;
  }

  /**
   * Whether everything on the line before `s` is indentation, a
   * `case`/`when`/`in` keyword and other labels. The line is read on from
   * where the last candidate's question left it (`labelRead`), not from its
   * start: `s` only grows along a line, and a candidate starts with a digit
   * or a capital, neither of which a range operator or keyword ends in, so
   * stopping at one and going on later reads the same characters the same way.
   */
  private onlyLabelsBefore(text: string, from: number, s: number): boolean {
    let k: number;
    if (this.labelLine === from && s >= this.labelRead) {
      if (this.labelStop >= 0) {
        return s <= this.labelStop;
      }
      k = this.labelRead;
    } else {
      k = from;
      while (k < s && isSpace(text.charCodeAt(k))) k++;
      if ((text.startsWith('case', k) || text.startsWith('when', k)) && !isWord(text.charCodeAt(k + 4))) {
        k += 4;
      }
      while (k < s && isSpace(text.charCodeAt(k))) k++;
      if (text.startsWith('in', k) && !isWord(text.charCodeAt(k + 2))) {
        k += 2;
      }
      this.labelLine = from;
      this.labelStop = -1;
    }
    for (; k < s; k++) {
      const ch = text.charCodeAt(k);
      if (!(isSpace(ch) || isDigit(ch) || isQuote(ch) || ch === 44 || ch === 124 || ch === 45 || (classOf(ch) & (UPPER | WORD_OTHER)) !== 0)) {
        // Range operators between labels: `..`, `...`, `..=`, `..<`.
        const rangeEnd = rangeOperatorEnd(text, k, s);
        if (rangeEnd < 0) {
          this.labelRead = k;
          this.labelStop = k;
          return false;
        }
        k = rangeEnd - 1;
      }
    }
    this.labelRead = k;
    return true;
  }

  /** A later argument of a call: `http.Error(w, msg, 404)`, `c.JSON(200, body)` is the first. */
  private laterArgument(text: string, from: number, to: number, comma: number, s: number, e: number): boolean {
    let depth = 0;
    const limit = Math.max(from, comma - 300);
    for (let k = comma - 1; k >= limit; k--) {
      const ch = text.charCodeAt(k);
      if (ch === 41 || ch === 93 || ch === 125) {
        depth++;
      } else if (ch === 91 || ch === 123) {
        if (depth === 0) {
          return false;
        }
        depth--;
      } else if (ch === 40) {
        if (depth === 0) {
          const callee = this.assertions.calleeWord(text, from, k);
          if (callee.word === 'in') {
            return this.membership(text, from, callee.start);
          }
          if (this.assertions.equalityOther(text, to, k, s, e, callee.word)) {
            this.c.form = 'compare';
            return true;
          }
          if (this.keys.calleeBefore(text, from, k - 1)) {
            this.c.form = 'call';
            this.c.formStrength = 0.8;
            return true;
          }
          return false;
        }
        depth--;
      } else if (isQuote(ch)) {
        const open = lastIndexOfChar(text, ch, k - 1, limit);
        if (open < 0) {
          return false;
        }
        k = open;
      }
    }
    return false;
  }

  /**
   * A membership test, `status_code in (500, 502, 503)`, `code not in (23, 25)`,
   * SQL's `status IN (…)`: the literal is compared with the key before `in`,
   * whose `i` is at `inStart`.
   */
  private membership(text: string, from: number, inStart: number): boolean {
    let b = inStart - 1;
    while (b >= from && isSpace(text.charCodeAt(b))) b--;
    if (b - 2 >= from && text.startsWith('not', b - 2) && (b - 3 < from || !isWord(text.charCodeAt(b - 3)))) {
      b -= 3;
    }
    this.c.form = 'compare';
    return this.keys.keyBefore(text, from, b);
  }

  private endsWithHttpVersion(text: string, from: number, quote: number): boolean {
    // Looked for within the few characters before the quote only: an unbounded `lastIndexOf` would search the whole document.
    for (let at = quote; at >= Math.max(from, quote - 12); at--) {
      if (text.charCodeAt(at) === 72 /* H */ && text.startsWith('HTTP/', at)) {
        return true;
      }
    }
    return false;
  }
}

/** Where the range operator (`..`, `...`, `..=`, `..<`) at `at` ends, or -1 when there is none before `limit`. */
function rangeOperatorEnd(text: string, at: number, limit: number): number {
  if (at + 1 >= limit || text.charCodeAt(at) !== 46 || text.charCodeAt(at + 1) !== 46) {
    return -1;
  }
  const third = at + 2 < limit ? text.charCodeAt(at + 2) : -1;
  return third === 46 || third === 61 || third === 60 ? at + 3 : at + 2;
}
