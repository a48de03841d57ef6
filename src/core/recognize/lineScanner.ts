import * as chars from './charClasses';
import { AssertionReader } from './assertions';
import { KeyReader } from './keyReader';
import { isParenFreeStatusCall, isProseHttpWord, isResponseDocTag, isStatusTableName, takesStatusLater, takesStatusSymbol } from './keyRoles';
import * as scannerTypes from './scannerTypes';
import type { RawCandidate, ScannerHooks } from './scannerTypes';

// Bound once to locals: the hot loops below then call and compare without going through module bindings.
const { CLASS, isDigit, isQuote, isSpace, isUpper, isWord, lastIndexOfChar, LOWER, UPPER, WORD_OTHER, classOf } = chars;
const { ABOVE, AT_LEAST, AT_MOST, BELOW, DECIMAL, DOTTED, HEX, LOOSE, NO_BOUND, REJECT } = scannerTypes;

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
 * `[23`, `+0000`, `#23`; but the status Python's HTTP clients print,
 * `<Response [404]>`) and shorter than ten digits; also the `0` of a
 * hex number (`0x0B`) and the class digit of a dotted code (`5.1.1`, three
 * parts, the class 2, 4 or 5 as SMTP's enhanced codes have it) and the
 * reply of a multi-line SMTP answer before one (`250-2.0.0`). The scanner
 * would reject all the others itself; the expression spares it the work.
 */
const WORD_START = /\b(?:0(?=[xX][0-9A-Fa-f])|(?<!\d[-:/.]|[/+#]|(?<!<Response )\[)(?:[245](?=\.\d{1,3}\.\d{1,3}(?!\d|\.\d)|\d\d-[245]\.\d)|\d(?!\d*(?:[A-Za-z_$]|[-:/.]\d)|\d{9}))|[A-Z])/g;

/**
 * The next position at or after `from` where a candidate may start, or -1.
 * The regular expression engine skips, in native code, everything that
 * cannot start one; `test` allocates no match object.
 */
export function nextCandidate(text: string, from: number): number {
  WORD_START.lastIndex = from;
  return WORD_START.test(text) ? WORD_START.lastIndex - 1 : -1;
}

/**
 * `WORD_START` that also stops at the given lower-case words, whole words
 * only, and with `symbols` at the first letter of a Ruby or Elixir symbol
 * (`:not_found`, a colon after no word character or colon). The words are
 * literal alternatives behind a word boundary, so the search stays linear;
 * the match is one character, as `next` expects.
 */
function startsWith(words: readonly string[], symbols: boolean): RegExp {
  const escaped = [...new Set(words)].sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&'));
  const wordPart = escaped.length > 0 ? `|\\b(?=(?:${escaped.join('|')})(?![\\w.-]))[a-z]` : '';
  return new RegExp(`${WORD_START.source}${wordPart}${symbols ? '|(?<=(?<![\\w:]):)[a-z]' : ''}`, 'g');
}

/** Whether an OpenAPI response object opens at `at`: `{"description": …}`, `{"model": …}`, `{'content': …}`. */
function isResponseObject(text: string, at: number, to: number): boolean {
  let k = at;
  while (k < to && isSpace(text.charCodeAt(k))) k++;
  if (text.charCodeAt(k) !== 123) {
    return false;
  }
  k++;
  while (k < to && isSpace(text.charCodeAt(k))) k++;
  if (isQuote(text.charCodeAt(k))) k++;
  return text.startsWith('description', k) || text.startsWith('model', k) || text.startsWith('content', k);
}

/** Whether the lower-case letter at `i` starts a symbol, `:not_found`: a colon before it, and no word character or colon before that. */
function isSymbolStart(text: string, from: number, i: number): boolean {
  if (i - 1 < from || text.charCodeAt(i - 1) !== 58) {
    return false;
  }
  const before = i - 2 >= from ? text.charCodeAt(i - 2) : -1;
  return !isWord(before) && before !== 58;
}

/** How far before a `status:` key the call that writes the response is looked for (`render json: body, status: :created`). */
const WRITER_CHARS = 240;

/** Calls that write a response, on whose line a `status:` symbol is an HTTP status: `render json: x, status: :created`. */
const RESPONSE_WRITER = /\b(?:render|head|redirect_to|respond_with)\b/;

/**
 * Whether the word at `i` stands where a value does: after `:`, `=`, `(` or
 * `,`, with spaces and one quote between. Camel-case names count only there,
 * so the capitalised words of prose cost one look back each.
 */
function afterValueMark(text: string, from: number, i: number): boolean {
  let b = i - 1;
  if (b >= from && isQuote(text.charCodeAt(b))) b--;
  while (b >= from && isSpace(text.charCodeAt(b))) b--;
  const ch = b >= from ? text.charCodeAt(b) : -1;
  return ch === 58 || ch === 61 || ch === 40 || ch === 44;
}

/** Variables that hold a response body, before the status in `return body, 404`. */
const BODY_NAMES = new Set(['body', 'content', 'data', 'payload', 'response', 'resp', 'html', 'message', 'msg', 'result', 'error', 'errors']);

/** Most words of a reason phrase after a status (`431 Request Header Fields Too Large`). */
const REASON_WORDS = 5;

/** How far back the condition of a conditional expression is read (`status: a === b ? 204 : 404`). */
const CONDITION_CHARS = 160;

/** Longest digit run read as a code; longer numbers are ids and timestamps. */
const MAX_DIGITS = 9;

/** How far a collection literal of numbers is read on either side of one of its numbers, and back to its name. */
const COLLECTION_CHARS = 300;
const COLLECTION_NAME_CHARS = 80;

/** Calls that make a collection of their arguments: Java's `Set.of`, `Arrays.asList`, Kotlin's `setOf`, Python's `frozenset`. */
const COLLECTION_FACTORIES = new Set(['of', 'asList', 'listOf', 'setOf', 'arrayOf', 'hashSetOf', 'mutableSetOf', 'mutableListOf', 'intArrayOf', 'frozenset', 'set', 'tuple']);

/** Characters between and around the numbers of a collection literal: digits, spaces, commas and quotes. */
function isListChar(ch: number): boolean {
  return (ch >= 48 && ch <= 57) || ch === 44 || ch === 32 || ch === 9 || ch === 39 || ch === 34;
}

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
    digits: 0,
    bound: NO_BOUND,
    notation: DECIMAL,
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
  /** The quote of a label `onlyLabelsBefore` has read into and not out of yet, or -1. */
  private labelQuote = -1;
  /** The end of the last run of numbers read as a possible collection (see `collection`); its later numbers need no second look. */
  private collectionEnd = -1;
  /** The elements of the collection being read: start, end and value of each; reused. */
  private readonly items: number[] = [];

  /**
   * Where candidates can start: `WORD_START`, with `useWordCodes` also the lower-case words some catalog has
   * as codes, with `useSymbols` also symbols; one expression for each choice, built when first needed.
   */
  private starts: RegExp = WORD_START;
  private readonly startsByChoice: (RegExp | undefined)[] = [WORD_START];
  private wordCodes = false;
  private symbols = false;
  private readonly lowerWords: readonly string[];
  private readonly lowerWordSet: ReadonlySet<string>;

  /**
   * `lowerWords` are the lower-case words that are codes of some catalog
   * (Vonage's `delivered`): with `useWordCodes(true)` the search stops at
   * them too, and nowhere else at a lower-case word.
   */
  constructor(
    private readonly hooks: ScannerHooks,
    lowerWords: readonly string[] = [],
  ) {
    this.keys = new KeyReader(this.c, hooks);
    this.assertions = new AssertionReader(this.keys);
    this.lowerWords = lowerWords;
    this.lowerWordSet = new Set(lowerWords);
  }

  /**
   * Whether the search stops at lower-case word codes. Such words are codes
   * only with evidence for their catalog, which a document that does not
   * name it cannot give, and looking for them costs every text a fifth more
   * time: the caller turns them on for documents that name such a catalog.
   */
  useWordCodes(on: boolean): void {
    this.wordCodes = on && this.lowerWords.length > 0;
    this.pickStarts();
  }

  /**
   * Whether the search stops at symbols (`:not_found`), in the languages whose web frameworks name
   * statuses by them (Ruby's Rack, Elixir's Plug); elsewhere a colon before a word means nothing of the kind.
   */
  useSymbols(on: boolean): void {
    this.symbols = on;
    this.pickStarts();
  }

  private pickStarts(): void {
    const choice = (this.wordCodes ? 1 : 0) + (this.symbols ? 2 : 0);
    let starts = this.startsByChoice[choice];
    if (!starts) {
      starts = startsWith(this.wordCodes ? this.lowerWords : [], this.symbols);
      this.startsByChoice[choice] = starts;
    }
    this.starts = starts;
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
    this.collectionEnd = -1;
  }

  /** Scans `text[from, to)`, a line or the first part of a long line. */
  scan(text: string, from: number, to: number): void {
    this.labelLine = -1;
    this.collectionEnd = -1;
    let i = this.next(text, from);
    while (i >= 0 && i < to) {
      i = this.next(text, this.candidateAt(text, from, to, i));
    }
  }

  /** `nextCandidate` as a method (with this scanner's lower-case words), so hot loops in other modules call it without a module binding. */
  next(text: string, from: number): number {
    const starts = this.starts;
    starts.lastIndex = from;
    return starts.test(text) ? starts.lastIndex - 1 : -1;
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
    if (ch >= 97 && ch <= 122) {
      return this.symbols && isSymbolStart(text, from, i) ? this.symbol(text, from, to, i) : this.lowerWord(text, from, to, i);
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
    const before = i - 1 >= from ? text.charCodeAt(i - 1) : -1;
    // Qualified by `.` or, in Rust, PHP and C++, by `::` (`StatusCode::OK`, `Response::HTTP_OK`).
    const afterDot = before === 46 /* . */ || (before === 58 && i - 2 >= from && text.charCodeAt(i - 2) === 58);
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
      } else if (afterValueMark(text, from, i) && this.hooks.isKnownCamelName(text, i, j)) {
        this.camelName(text, from, to, i, j);
      }
    }
    return j;
  }

  /**
   * A known name spelled in camel case (`NotFound`, `Unavailable`), as Go,
   * C# and their logs write gRPC's codes: `"grpc.code":"Unavailable"`,
   * `code = NotFound desc = …`. Capitalised words are everywhere in prose, so
   * such a name is a code only where a key gives it a context.
   */
  private camelName(text: string, from: number, to: number, i: number, j: number): void {
    const c = this.reset(i, j, true, 0);
    const q = quotesAround(text, from, to, i, j, STOP);
    if (q >= 0 && this.context(text, from, to, i - q, j + q) && c.form !== 'case') {
      this.hooks.accept(c);
    }
  }

  private number(text: string, from: number, to: number, i: number): number {
    if (text.charCodeAt(i) === 48 && (text.charCodeAt(i + 1) | 32) === 120 /* x */) {
      return this.hex(text, from, to, i);
    }
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
      const dottedEnd = j === i + 1 && prev !== 46 ? this.dotted(text, from, to, i) : -1;
      if (dottedEnd >= 0) {
        return dottedEnd;
      }
      while (j < to && (isDigit(text.charCodeAt(j)) || text.charCodeAt(j) === 46)) j++;
      return j;
    }
    if (j - i > MAX_DIGITS) {
      return j;
    }
    // The first line of a multi-line SMTP reply, `250-2.0.0 Ok`: a reply and the enhanced code that details it, not a range.
    if (next === 45 && j - i === 3 && !isDigit(prev)) {
      const end = this.replyLine(text, from, to, i, j, value);
      if (end >= 0) {
        return end;
      }
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
    const listed = this.hooks.isKnownCode(value);
    if (!listed && !(j - i === 3 && this.hooks.isClassCode(value))) {
      return j;
    }
    // Quotes around the number: `"23"`. A quote on one side only means the number is part of a longer string.
    let outerStart = start;
    let outerEnd = j;
    const before = start > from ? text.charCodeAt(start - 1) : -1;
    if (isQuote(before)) {
      if (next !== before) {
        // The status of an access log follows the closing quote of the request: `"GET / HTTP/1.1" 404`; a quoted
        // SMTP answer starts with its reply, `C="250 2.0.0 Ok"`.
        if (j - i === 3) {
          const reply = this.reset(i, j, false, value);
          reply.digits = 3;
          if (this.detailedReply(text, to, j, value)) {
            this.hooks.accept(reply);
          }
        }
        return j;
      }
      outerStart = start - 1;
      outerEnd = j + 1;
    }
    const c = this.reset(negative ? start : i, j, false, value);
    c.digits = j - i;
    if (!listed) {
      // A code no catalog lists may stand for its class where a key is tested for it (`err.responseCode === 535`) or the
      // enhanced code after it details it (`535 5.7.8`); a value given to a key (`latency_ms=523`) is a quantity far more often.
      if ((isEqualityAround(text, from, to, outerStart, outerEnd) && this.context(text, from, to, outerStart, outerEnd)) || this.detailedReply(text, to, j, value)) {
        this.hooks.accept(c);
      }
      return j;
    }
    // Its own reason phrase after it names a status whatever stands before it (`HTTP 503 Service Unavailable`).
    if (j - i === 3 && next === 32 && !negative && outerStart === start && isUpper(text.charCodeAt(j + 1)) && this.reasonPhrase(text, j + 1, to, value)) {
      this.hooks.accept(c);
    } else if (this.responseKey(text, from, to, outerStart, outerEnd)) {
      this.hooks.accept(c);
    } else if (this.context(text, from, to, outerStart, outerEnd)) {
      // A label that is also a row of a table, `404 => 'Not Found'`, means its own name whatever the block is.
      if (c.form === 'case') {
        this.besideName(text, from, to, outerStart, outerEnd, value);
      }
      this.hooks.accept(c);
    } else if (this.besideName(text, from, to, outerStart, outerEnd, value)) {
      this.hooks.accept(c);
    } else if (this.hooks.isCodeColumn(text, from, outerStart, value)) {
      c.form = 'column';
      c.keyStart = c.keyEnd = c.parentStart = c.parentEnd = -1;
      c.formStrength = 1;
      this.hooks.accept(c);
    } else if (j - i === 3 && this.detailedReply(text, to, j, value)) {
      this.hooks.accept(c);
    } else if (outerStart >= this.collectionEnd && this.collection(text, from, to, outerStart, outerEnd)) {
      // The collection's numbers are all read.
      return this.collectionEnd;
    } else if (value >= 1000 && this.constantName(text, from, to, outerStart, outerEnd)) {
      this.hooks.acceptConstant(c);
    }
    return j;
  }

  /**
   * A collection literal of numbers around the number at `[s, e)` (its quotes included):
   * `new Set([21211, 21614])`, `{30001, 30003}`, `[6, 14, 50]`, `X = (3, 4)`, Ruby's `%w[3 4 9]`.
   * When every element is a known code, hands them all to `acceptCollection` at once (the first
   * one, glued to its bracket, is no candidate of its own). Each character of a run of numbers,
   * commas and quotes is read once per line: `collectionEnd` marks the run read, whose later numbers
   * are not asked again. Returns whether it was a collection of codes.
   */
  private collection(text: string, from: number, to: number, s: number, e: number): boolean {
    let f = e;
    const forward = Math.min(to, e + COLLECTION_CHARS);
    while (f < forward && isListChar(text.charCodeAt(f))) f++;
    this.collectionEnd = f;
    const close = f < forward ? text.charCodeAt(f) : -1;
    // A list without brackets that ends its line and is the whole value of a key: `RETRY_STATUSES: 502,503,504`.
    const bare = f === to;
    if (!(close === 93 || close === 125 || close === 41 || bare)) {
      return false;
    }
    let b = s - 1;
    const backward = Math.max(from, s - COLLECTION_CHARS);
    while (b >= backward && isListChar(text.charCodeAt(b))) b--;
    const open = b >= backward ? text.charCodeAt(b) : -1;
    if (bare) {
      // The whole value of a key, after its `:` or `=`; not a comparison's `==`, `!=`, `<=`, `>=`, nor `::`.
      const mark = b > from ? text.charCodeAt(b - 1) : -1;
      if (!(open === 58 || open === 61) || mark === 61 || mark === 33 || mark === 60 || mark === 62 || mark === 58) {
        return false;
      }
    } else if (open !== (close === 93 ? 91 : close === 125 ? 123 : 40)) {
      return false;
    }
    let p = b - 1;
    // `%w[3 4 9]` separates its words with spaces; every other collection with commas.
    const words = open === 91 && p - 1 >= from && text.charCodeAt(p - 1) === 37 /* % */ && (text.charCodeAt(p) | 32) === 119; /* w */
    while (p >= from && isSpace(text.charCodeAt(p))) p--;
    const before = p >= from ? text.charCodeAt(p) : -1;
    // `a[1, 2]` indexes and `max(1, 2)` calls; a tuple counts only as a value, `X = (3, 4)`, or made by a
    // collection factory, `Set.of(429, 503)`, `setOf(3, 4)`, `frozenset((3, 4))`.
    if (open === 91 && !words && (isWord(before) || before === 41 || before === 93)) {
      return false;
    }
    if (open === 40 && before !== 61 && before !== 58 && !(isWord(before) && COLLECTION_FACTORIES.has(text.slice(this.keys.identifierStart(text, from, p + 1), p + 1)))) {
      return false;
    }
    const items = this.items;
    let count = 0;
    let k = b + 1;
    while (k < f) {
      while (k < f && isSpace(text.charCodeAt(k))) k++;
      if (k >= f) {
        break;
      }
      const quote = text.charCodeAt(k);
      const quoted = isQuote(quote);
      const start = quoted ? k + 1 : k;
      let end = start;
      let value = 0;
      while (end < f && isDigit(text.charCodeAt(end)) && end - start < MAX_DIGITS) value = value * 10 + text.charCodeAt(end++) - 48;
      if (end === start || (end < f && isDigit(text.charCodeAt(end))) || (quoted && text.charCodeAt(end) !== quote) || !this.hooks.isKnownCode(value)) {
        return false;
      }
      k = quoted ? end + 1 : end;
      while (k < f && isSpace(text.charCodeAt(k))) k++;
      if (k < f && !words) {
        if (text.charCodeAt(k) !== 44) {
          return false;
        }
        k++;
      }
      items[count * 3] = start;
      items[count * 3 + 1] = end;
      items[count * 3 + 2] = value;
      count++;
    }
    if (count < 2) {
      return false;
    }
    let name = this.collectionName(text, from, bare ? b : words ? p - 1 : p);
    let nameStart = name >= 0 ? this.keys.identifierStart(text, from, name) : -1;
    if (name < 0 && !bare) {
      // A list the value of a key is tested to be one of: its name is that key.
      name = this.testedValueEnd(text, to, f);
      nameStart = name >= 0 ? this.keys.identifierStart(text, f, name) : -1;
    }
    if (bare && name < 0) {
      return false;
    }
    this.hooks.acceptCollection(text, nameStart, name, items, count, bare);
    return true;
  }

  /**
   * The end of the value a collection closing at `close` is tested to hold, as membership tests
   * and matchers write it: `[400, 409].includes(res.status)`, `expect([400, 409]).toContain(res.status)`,
   * RSpec's `expect([301, 302]).to include(response.status)`, Ruby's `.include?(…)`; -1 when none.
   */
  private testedValueEnd(text: string, to: number, close: number): number {
    let k = close + 1;
    // `expect([…])`: the matcher follows the call's own `)`.
    const wrapped = text.charCodeAt(k) === 41;
    if (wrapped) k++;
    if (text.charCodeAt(k) !== 46 /* . */) {
      return -1;
    }
    const wordEnd = this.keys.identifierChainEnd(text, k + 1, to);
    let word = text.slice(k + 1, wordEnd);
    k = wordEnd;
    if (text.charCodeAt(k) === 63 /* ? */) {
      k++;
    } else if (word === 'to' && text.startsWith(' include', k)) {
      word = 'include';
      k += 8;
    }
    if (!(wrapped ? word === 'toContain' || word === 'toContainEqual' || word === 'include' : word === 'includes' || word === 'include' || word === 'contains')) {
      return -1;
    }
    if (text.charCodeAt(k) !== 40 /* ( */) {
      return -1;
    }
    const end = this.keys.identifierChainEnd(text, k + 1, to);
    return end > k + 1 && text.charCodeAt(end) === 41 ? end : -1;
  }

  /**
   * Whether the number at `[s, e)` is the whole value of a plain assignment, `CARRIER_FILTERED = 30007`,
   * `const CLOSE_SUPERSEDED = 4009;`: sets the candidate's key to the name.
   */
  private constantName(text: string, from: number, to: number, s: number, e: number): boolean {
    let f = e;
    while (f < to && isSpace(text.charCodeAt(f))) f++;
    const after = f < to ? text.charCodeAt(f) : -1;
    if (!(after === -1 || after === 59 /* ; */ || after === 35 /* # */ || after === 44 /* , */ || (after === 47 && text.charCodeAt(f + 1) === 47))) {
      return false;
    }
    let b = s - 1;
    while (b >= from && isSpace(text.charCodeAt(b))) b--;
    const prev = b - 1 >= from ? text.charCodeAt(b - 1) : -1;
    if (b < from || text.charCodeAt(b) !== 61 /* = */ || prev === 61 || prev === 33 || prev === 60 || prev === 62) {
      return false;
    }
    b--;
    while (b >= from && isSpace(text.charCodeAt(b))) b--;
    const nameStart = this.keys.identifierStart(text, from, b + 1);
    if (nameStart > b || isDigit(text.charCodeAt(nameStart))) {
      return false;
    }
    const c = this.c;
    c.form = 'assign';
    c.keyStart = nameStart;
    c.keyEnd = b + 1;
    c.parentStart = c.parentEnd = -1;
    return true;
  }

  /**
   * `250-2.0.0`: reports the reply and the dotted code after the hyphen
   * (which the search for candidates skips, as it skips the ends of ranges)
   * and returns where the search goes on; -1 when the text is no such pair.
   */
  private replyLine(text: string, from: number, to: number, i: number, j: number, value: number): number {
    if (!(this.hooks.isKnownCode(value) || this.hooks.isClassCode(value)) || !this.detailedReply(text, to, j, value)) {
      return -1;
    }
    const c = this.c;
    c.start = i;
    c.end = j;
    c.isName = false;
    c.code = value;
    c.digits = 3;
    c.bound = NO_BOUND;
    c.notation = DECIMAL;
    this.hooks.accept(c);
    const end = this.dotted(text, from, to, j + 1);
    return end >= 0 ? end : j + 1;
  }

  /**
   * A basic reply that an enhanced code of the same class details, as SMTP
   * replies, logs and bounces write them: `550 5.1.1`, `550-5.1.1`,
   * `250 2.0.0 Ok`. The enhanced code says which protocol the number is of,
   * so the number needs no key. Sets the candidate's form.
   */
  private detailedReply(text: string, to: number, j: number, value: number): boolean {
    let k = j;
    const sep = k < to ? text.charCodeAt(k) : -1;
    if (!(sep === 32 || sep === 45)) {
      return false;
    }
    k++;
    if (k < to && text.charCodeAt(k) === 35 /* # */) k++;
    const cls = Math.floor(value / 100);
    if (text.charCodeAt(k) - 48 !== cls || text.charCodeAt(k + 1) !== 46) {
      return false;
    }
    let subject = 0;
    let e = k + 2;
    while (e < to && e - k - 2 < 4 && isDigit(text.charCodeAt(e))) subject = subject * 10 + text.charCodeAt(e++) - 48;
    const subjectDigits = e - k - 2;
    if (subjectDigits === 0 || subjectDigits > 3 || text.charCodeAt(e) !== 46) {
      return false;
    }
    const d = e + 1;
    let detail = 0;
    e = d;
    while (e < to && e - d < 4 && isDigit(text.charCodeAt(e))) detail = detail * 10 + text.charCodeAt(e++) - 48;
    if (e === d || e - d > 3 || (e < to && isWord(text.charCodeAt(e)))) {
      return false;
    }
    if (!this.hooks.isReplyDetailedBy(value, (cls * 1000 + subject) * 1000 + detail)) {
      return false;
    }
    const c = this.c;
    c.form = 'table';
    c.keyStart = c.keyEnd = c.parentStart = c.parentEnd = -1;
    c.formStrength = 1;
    return true;
  }

  /**
   * The end of the name a collection ending the text before `b` is given: `CARRIER_REJECTED = new() {`,
   * `const UNSENDABLE = new Set([`, `retryOn: [`; -1 when it is not assigned to a name on its line.
   */
  private collectionName(text: string, from: number, b: number): number {
    for (let k = b; k >= from && k > b - COLLECTION_NAME_CHARS; k--) {
      const ch = text.charCodeAt(k);
      if (ch === 59 || ch === 123 || ch === 125 || ch === 44) {
        return -1;
      }
      const prev = k > from ? text.charCodeAt(k - 1) : -1;
      const isAssign = ch === 61 && prev !== 61 && prev !== 33 && prev !== 60 && prev !== 62 && text.charCodeAt(k + 1) !== 61 && text.charCodeAt(k + 1) !== 62;
      if (isAssign || (ch === 58 && prev !== 58 && text.charCodeAt(k + 1) !== 58)) {
        let n = k - 1;
        while (n >= from && (isSpace(text.charCodeAt(n)) || isQuote(text.charCodeAt(n)))) n--;
        return n >= from && isWord(text.charCodeAt(n)) ? n + 1 : -1;
      }
    }
    return -1;
  }

  /**
   * A hex number, `0x0000000B` or `0x0b`, at `i`: a code only of a hex
   * catalog, read in the same contexts as a decimal one. Returns where the
   * next search starts.
   */
  private hex(text: string, from: number, to: number, i: number): number {
    let j = i + 2;
    let value = 0;
    while (j < to) {
      const d = text.charCodeAt(j) | 32;
      const digit = d >= 48 && d <= 57 ? d - 48 : d >= 97 && d <= 102 ? d - 87 : -1;
      if (digit < 0) {
        break;
      }
      value = value * 16 + digit;
      j++;
    }
    const digits = j - i - 2;
    // `0x1Fpx`, `0x7fffffffff`, a hex run glued to a word: not a code.
    if (digits === 0 || digits > 8 || (j < to && isWord(text.charCodeAt(j))) || !this.hooks.isKnownHexCode(value)) {
      while (j < to && isWord(text.charCodeAt(j))) j++;
      return j;
    }
    const c = this.reset(i, j, false, value);
    c.notation = HEX;
    c.digits = digits;
    if (!this.contextOrColumn(text, from, to, i, j, value)) {
      // A dump that shows a field both ways, `command_status: 11 = 0x0000000B`: the hex form shares the decimal's key.
      const decimal = this.decimalBefore(text, from, i, value);
      const decimalEnd = decimal + String(value).length;
      if (decimal >= 0 && this.context(text, from, to, decimal, decimalEnd)) {
        // The number is read as the decimal it repeats: its key may be a decimal catalog's (`message_state: 5 = 0x00000005`).
        c.start = i;
        c.end = j;
        c.notation = DECIMAL;
        c.digits = decimalEnd - decimal;
        this.hooks.accept(c);
      } else {
        this.element(text, from, to, i, j);
      }
    }
    return j;
  }

  /**
   * Hands the current candidate, the literal at `[s, e)` (quotes included), to `acceptElement` when it stands
   * alone between the delimiters of a collection, an argument list or a mapping's keys; returns whether it did.
   */
  private element(text: string, from: number, to: number, s: number, e: number): boolean {
    let b = s - 1;
    while (b >= from && isSpace(text.charCodeAt(b))) b--;
    const before = b >= from ? text.charCodeAt(b) : -1;
    if (!(before === 40 || before === 91 || before === 123 || before === 44)) {
      return false;
    }
    let f = e;
    while (f < to && isSpace(text.charCodeAt(f))) f++;
    const after = f < to ? text.charCodeAt(f) : -1;
    if (!(after === 44 || after === 41 || after === 93 || after === 125 || (after === 58 && text.charCodeAt(f + 1) !== 58))) {
      return false;
    }
    const c = this.c;
    c.form = 'assign';
    c.keyStart = c.keyEnd = c.parentStart = c.parentEnd = -1;
    c.formStrength = 1;
    c.bound = NO_BOUND;
    this.hooks.acceptElement(c);
    return true;
  }

  /** The start of the decimal `value` written just before `= ` at `i`, as in `11 = 0x0000000B`; -1 when there is none. */
  private decimalBefore(text: string, from: number, i: number, value: number): number {
    let b = i - 1;
    while (b >= from && isSpace(text.charCodeAt(b))) b--;
    if (b < from || text.charCodeAt(b) !== 61 /* = */) {
      return -1;
    }
    b--;
    while (b >= from && isSpace(text.charCodeAt(b))) b--;
    let a = b;
    let n = 0;
    let scale = 1;
    while (a >= from && isDigit(text.charCodeAt(a)) && b - a < 10) {
      n += (text.charCodeAt(a) - 48) * scale;
      scale *= 10;
      a--;
    }
    return a < b && n === value && !(a >= from && isWord(text.charCodeAt(a))) ? a + 1 : -1;
  }

  /**
   * A dotted code such as SMTP's enhanced status `5.1.1` at `i` (one class
   * digit, two parts of one to three digits, nothing glued after): read when
   * a dotted catalog explains it and its line gives it a context, a key
   * (`dsn=5.1.1`, `Status: 5.1.1`) or the basic reply it details
   * (`550 5.1.1`, `550-5.1.1`). Returns where the next search starts, or -1
   * when the text is not such a code and is to be read as a decimal or version.
   */
  private dotted(text: string, from: number, to: number, i: number): number {
    const cls = text.charCodeAt(i) - 48;
    let j = i + 2;
    let subject = 0;
    let k = j;
    while (k < to && k - j < 4 && isDigit(text.charCodeAt(k))) subject = subject * 10 + text.charCodeAt(k++) - 48;
    if (k === j || k - j > 3 || text.charCodeAt(k) !== 46) {
      return -1;
    }
    j = k + 1;
    let detail = 0;
    k = j;
    while (k < to && k - j < 4 && isDigit(text.charCodeAt(k))) detail = detail * 10 + text.charCodeAt(k++) - 48;
    const after = k < to ? text.charCodeAt(k) : -1;
    if (k === j || k - j > 3 || isWord(after) || (after === 46 && k + 1 < to && isDigit(text.charCodeAt(k + 1)))) {
      return -1;
    }
    const code = (cls * 1000 + subject) * 1000 + detail;
    if (!this.hooks.isKnownDottedCode(code)) {
      return k;
    }
    const c = this.reset(i, k, false, code);
    c.notation = DOTTED;
    c.digits = 0;
    if (this.afterReply(text, from, i, cls)) {
      this.hooks.accept(c);
    } else {
      const q = quotesAround(text, from, to, i, k, READ_ON);
      if (this.context(text, from, to, i - q, k + q)) {
        if (c.form !== 'case') {
          this.hooks.accept(c);
        }
      } else {
        this.element(text, from, to, i - q, k + q);
      }
    }
    return k;
  }

  /**
   * Whether the dotted code at `i` details the basic reply before it, as SMTP
   * replies and bounces write them: `550 5.1.1`, `550-5.1.1`, `550 #5.1.1`,
   * the reply's first digit being the class. Sets the candidate's form.
   */
  private afterReply(text: string, from: number, i: number, cls: number): boolean {
    let b = i - 1;
    if (b >= from && text.charCodeAt(b) === 35 /* # */) b--;
    const sep = b >= from ? text.charCodeAt(b) : -1;
    if (!(sep === 32 || sep === 45)) {
      return false;
    }
    const r = b - 3;
    if (r < from || !isDigit(text.charCodeAt(r + 1)) || !isDigit(text.charCodeAt(r + 2)) || text.charCodeAt(r) - 48 !== cls || (r > from && isWord(text.charCodeAt(r - 1)))) {
      return false;
    }
    const c = this.c;
    c.form = 'table';
    c.keyStart = r;
    c.keyEnd = r + 3;
    return true;
  }

  /** Reads the context of a number at `[i, j)` (quotes around it included) and reports it when it has one; returns whether it did. */
  private contextOrColumn(text: string, from: number, to: number, i: number, j: number, value: number): boolean {
    const c = this.c;
    const q = quotesAround(text, from, to, i, j, STOP);
    if (q < 0) {
      return false;
    }
    if (this.context(text, from, to, i - q, j + q)) {
      this.hooks.accept(c);
      return true;
    }
    if (this.hooks.isCodeColumn(text, from, i - q, value)) {
      c.form = 'column';
      c.keyStart = c.keyEnd = c.parentStart = c.parentEnd = -1;
      c.formStrength = 1;
      this.hooks.accept(c);
      return true;
    }
    return false;
  }

  /**
   * A status used as a key under `responses`, as OpenAPI documents list
   * them: `'404':` in YAML, `"404": {` in JSON. Other number keys (`200: 5`
   * under `counts:`) are left to the usual reading.
   */
  private responseKey(text: string, from: number, to: number, s: number, e: number): boolean {
    let f = e;
    while (f < to && isSpace(text.charCodeAt(f))) f++;
    // `404:` and, in PHP and Ruby, `404 =>`
    if (!(f < to && ((text.charCodeAt(f) === 58 /* : */ && text.charCodeAt(f + 1) !== 58) || (text.charCodeAt(f) === 61 && text.charCodeAt(f + 1) === 62)))) {
      return false;
    }
    const c = this.c;
    this.keys.enclosingKey(text, from, s - 1);
    const parent = c.parentStart >= 0 && c.parentEnd - c.parentStart <= 40 ? text.slice(c.parentStart, c.parentEnd).replace(/[^A-Za-z]/g, '').toLowerCase() : '';
    // OpenAPI's `responses`, tables of statuses keyed by code (`REASONS = { 404: 'missing' }`), and a response object
    // kept apart from its `responses` (FastAPI's `NOT_FOUND = {404: {"description": …}}`), for a status's value.
    const status = e - s === 3 && c.code >= 100 && c.code <= 599;
    if (!(parent === 'responses' || (status && (isStatusTableName(parent) || isResponseObject(text, f + 1, to))))) {
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
    const q = quotesAround(text, from, to, i, j, READ_ON);
    const outerStart = i - q;
    if (!this.context(text, from, to, outerStart, j + q)) {
      const column = this.hooks.isCodeColumn(text, from, outerStart, -1);
      if (!column && this.element(text, from, to, outerStart, j + q)) {
        return;
      }
      c.form = column ? 'column' : 'bare';
      c.keyStart = c.keyEnd = c.parentStart = c.parentEnd = -1;
      c.formStrength = 1;
    }
    this.hooks.accept(c);
  }

  /**
   * A lower-case word that some catalog has as a code (`"status": "delivered"`):
   * a code only where a key or call gives it a context, never on its own,
   * since such words are ordinary English as well.
   */
  private lowerWord(text: string, from: number, to: number, i: number): number {
    let j = i + 1;
    while (j < to && isWord(text.charCodeAt(j))) j++;
    const prev = i > from ? text.charCodeAt(i - 1) : -1;
    // The search stopped here because the word is one of the lower-case codes; a member (`.delivered`) or part of a word (`not-delivered`) is not one.
    if (prev === 46 || prev === 45) {
      return j;
    }
    this.reset(i, j, true, 0);
    const q = quotesAround(text, from, to, i, j, STOP);
    if (q >= 0 && (this.context(text, from, to, i - q, j + q) || this.hooks.isCodeColumn(text, from, i - q, -1))) {
      this.hooks.accept(this.c);
    }
    return j;
  }

  /**
   * A symbol at `i` (after its colon) that names an HTTP status, as Rack and Plug spell them:
   * a status only as the argument of a call that writes or asserts one (`head :not_found`,
   * `have_http_status(:created)`, `put_status(conn, :not_found)`) or as the `status:` of a
   * `render`, `head` or `redirect_to`; anywhere else `:created` is an application's own state.
   */
  private symbol(text: string, from: number, to: number, i: number): number {
    let j = i + 1;
    while (j < to && isWord(text.charCodeAt(j))) j++;
    const code = this.hooks.httpSymbolCode(text, i, j);
    if (code < 0) {
      return this.wordCodes && this.lowerWordSet.has(text.slice(i, j)) ? this.lowerWord(text, from, to, i) : j;
    }
    const c = this.reset(i, j, false, code);
    c.digits = 3;
    if (!this.context(text, from, to, i - 1, j) || c.keyStart < 0) {
      return j;
    }
    const key = text.slice(c.keyStart, c.keyEnd).replace(/_/g, '').toLowerCase();
    const status =
      c.form === 'call' || c.form === 'loose'
        ? takesStatusSymbol(key)
        : c.form === 'assign' && key === 'status' && c.parentStart < 0 && RESPONSE_WRITER.test(text.slice(Math.max(from, c.keyStart - WRITER_CHARS), c.keyStart));
    if (status) {
      c.form = 'http';
      c.keyStart = c.keyEnd = c.parentStart = c.parentEnd = -1;
      c.formStrength = 1;
      this.hooks.accept(c);
    }
    return j;
  }

  private member(text: string, from: number, i: number, j: number): void {
    const qualEnd = text.charCodeAt(i - 1) === 46 ? i - 1 : i - 2;
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
    c.digits = 0;
    c.bound = NO_BOUND;
    c.notation = DECIMAL;
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
        // curl's `The requested URL returned error: 401`.
        if (e - s === 3 && c.code >= 100 && c.code <= 599 && b - 14 >= from && text.startsWith('returned error', b - 14)) {
          c.form = 'http';
          return true;
        }
        return this.keys.keyBefore(text, from, b - 1) || this.forward(text, from, to, s, e) || this.conditionalBranch(text, from, b);
      case 63: // ?
        return this.conditionalBranch(text, from, b);
      case 45: // -
        // OkHttp's logging interceptor marks a response `<-- 401 https://…`, `<-- 200 OK https://…`.
        if (
          b - 2 >= from &&
          text.charCodeAt(b - 1) === 45 &&
          text.charCodeAt(b - 2) === 60 &&
          e - s === 3 &&
          c.code >= 100 &&
          c.code <= 599 &&
          (text.startsWith(' http', e) || (text.charCodeAt(e) === 32 && isUpper(text.charCodeAt(e + 1))))
        ) {
          c.form = 'http';
          return true;
        }
        return this.forward(text, from, to, s, e);
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
          c.bound = p1 === 62 ? AT_LEAST : AT_MOST;
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
        c.bound = ABOVE;
        return this.keys.keyBefore(text, from, b - 1);
      case 60: // <
        if (p1 === 46) {
          // The end of Swift's half-open range label, `case 200..<300:`.
          return this.caseLabel(text, from, to, s, e);
        }
        c.form = 'compare';
        c.formStrength = 0.9;
        c.bound = BELOW;
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
        // `expect(res.status).toBe(404)`, RSpec's `expect(response.status).to eq(409)`, `assertEquals(404, status)`.
        if (
          this.assertions.matcherSubject(text, from, callee.start, callee.word) ||
          this.assertions.bareMatcherSubject(text, from, callee.start, callee.word) ||
          this.assertions.equalityOther(text, to, b, s, e, callee.word)
        ) {
          c.form = 'compare';
          return true;
        }
        if (callee.start < callee.end && this.hooks.isCodeParameter(text, callee.start, callee.end, 0)) {
          return this.argument();
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
        return this.laterArgument(text, from, to, b, s, e) || this.returnedStatus(text, from, to, s, e);
      case 124: // |
        return this.caseLabel(text, from, to, s, e);
      case 91: // [
        // The status in the repr of a Python HTTP client's response: `<Response [404]>`, `<Response [200 OK]>`.
        if (b - 10 >= from && e - s === 3 && text.startsWith('<Response ', b - 10)) {
          c.form = 'http';
          return true;
        }
        return this.forward(text, from, to, s, e);
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
      if (e - s === 3 && c.code >= 100 && c.code <= 599 && positionalStatus(text, from, b)) {
        c.form = 'http';
        return true;
      }
      return this.forward(text, from, to, s, e);
    }
    if (ch >= 0 && isWord(ch) && b < s - 1) {
      const wordStart = this.keys.identifierStart(text, from, b + 1);
      const word = text.slice(wordStart, b + 1);
      if (word === 'case' || word === 'when' || word === 'in' || word === 'or') {
        // `in` starts Kotlin's range label, `in 200..299 ->`; `or` joins C#'s patterns, `408 or 429 =>`; elsewhere (`for x in 5`, `a or 5`) the label check turns it down.
        return this.caseLabel(text, from, to, s, e);
      }
      if (word === 'return' || word === 'of') {
        return false;
      }
      const lower = word.toLowerCase();
      // An API documentation tag: `// @Success 200 {object} Account`, `@Failure 404`, `@response 422 {…}`.
      if (wordStart - 1 >= from && text.charCodeAt(wordStart - 1) === 64 /* @ */ && e - s === 3 && c.code >= 100 && c.code <= 599 && isResponseDocTag(lower)) {
        c.form = 'http';
        return true;
      }
      // Ruby and Perl call without parentheses: `assert_equal 302, status`, `expect(res.status).to eq 404`, `halt 404`.
      if (this.assertions.equalityOther(text, to, b + 1, s, e, lower) || this.assertions.bareMatcherSubject(text, from, wordStart, lower)) {
        c.form = 'compare';
        return true;
      }
      if (isParenFreeStatusCall(lower)) {
        c.form = 'call';
        c.keyStart = wordStart;
        c.keyEnd = b + 1;
        return true;
      }
      let keyStart = wordStart;
      if (lower === 'with') {
        // `responds with 503`: the verb before `with` is the key.
        let v = wordStart - 1;
        while (v >= from && isSpace(text.charCodeAt(v))) v--;
        keyStart = this.keys.identifierStart(text, from, v + 1);
        if (keyStart > v || !isProseHttpWord(text.slice(keyStart, v + 1).toLowerCase())) {
          return false;
        }
        b = v;
      }
      // Prose about HTTP (`returns 404 when…`, `HTTP 429`) names a status only with a status's value, one space after the word
      // (a tab separates the fields of a log: CloudFront's `http<TAB>511` is a protocol and a byte count).
      if (
        isProseHttpWord(keyStart === wordStart ? lower : text.slice(keyStart, b + 1).toLowerCase()) &&
        !(e - s === 3 && c.code >= 100 && c.code <= 599 && s - (lower === 'with' ? wordStart + 4 : b + 1) === 1 && text.charCodeAt(s - 1) === 32)
      ) {
        return false;
      }
      // `status 23` in log prose: the word is the key, loosely; a tab separates the fields of a table, not a key from its value.
      if (text.charCodeAt(s - 1) === 9 || this.hooks.keyInterest(text, keyStart, b + 1, LOOSE) === REJECT) {
        return false;
      }
      c.form = 'loose';
      // Prose about HTTP gets a hover, not a lens: a comment is a weaker witness than code.
      c.formStrength = keyStart === wordStart && !isProseHttpWord(lower) ? 0.75 : 0.6;
      c.keyStart = keyStart;
      c.keyEnd = b + 1;
      return true;
    }
    return this.forward(text, from, to, s, e);
  }

  /**
   * A branch of a conditional expression whose value is a status: `{ status: ok ? 204 : 404 }`,
   * `res.status(found ? 200 : 404)`, `$status = $admin ? 200 : 403`. `mark` is the `?` before the
   * literal or the `:` before the other branch; the key is the one the whole expression is the value of.
   */
  private conditionalBranch(text: string, from: number, mark: number): boolean {
    let q = mark;
    if (text.charCodeAt(mark) === 58) {
      // The `:` of `cond ? 204 : 404`: the first branch before it is a plain value, and a `?` before that.
      q = mark - 1;
      while (q >= from && isSpace(text.charCodeAt(q))) q--;
      while (q >= from && (isWord(text.charCodeAt(q)) || isQuote(text.charCodeAt(q)))) q--;
      while (q >= from && isSpace(text.charCodeAt(q))) q--;
      if (q < from || text.charCodeAt(q) !== 63) {
        return false;
      }
    }
    // Not optional chaining or nullish coalescing: `a?.b`, `a ?? b`.
    const after = text.charCodeAt(q + 1);
    if (after === 46 || after === 63 || (q > from && text.charCodeAt(q - 1) === 63)) {
      return false;
    }
    // The condition, back to where the expression starts: a key's `:` or `=`, or a call's `(`.
    let depth = 0;
    const limit = Math.max(from, q - CONDITION_CHARS);
    for (let k = q - 1; k >= limit; k--) {
      const ch = text.charCodeAt(k);
      if (ch === 41 || ch === 93) {
        depth++;
      } else if (ch === 40 || ch === 91) {
        if (depth > 0) {
          depth--;
          continue;
        }
        if (ch === 91) {
          return false;
        }
        if (!this.keys.calleeBefore(text, from, k - 1)) {
          return false;
        }
        this.c.form = 'call';
        return true;
      } else if (depth === 0 && (ch === 44 || ch === 123 || ch === 59 || ch === 63)) {
        return false;
      } else if (depth === 0 && (ch === 58 || ch === 61)) {
        const prev = k > from ? text.charCodeAt(k - 1) : -1;
        const next = text.charCodeAt(k + 1);
        // Comparisons and arrows in the condition: `===`, `!=`, `<=`, `>=`, `=>`, and `::`.
        if (prev === 61 || prev === 33 || prev === 60 || prev === 62 || prev === 58 || next === 61 || next === 62 || next === 58) {
          continue;
        }
        this.c.form = 'assign';
        return this.keys.keyBefore(text, from, k - 1);
      } else if (isQuote(ch)) {
        // Over a string in the condition to its opening quote; one left open means the line is no such expression.
        k = lastIndexOfChar(text, ch, k - 1, limit);
        if (k < 0) {
          return false;
        }
      }
    }
    return false;
  }

  /** Match arms (`23 =>`) and labels, when nothing before the literal gave it a key. */
  private forward(text: string, from: number, to: number, s: number, e: number): boolean {
    return this.caseLabel(text, from, to, s, e);
  }

  /**
   * Yoda comparisons, `23 === status`, `404 != res.status`, and tests that the key holds a quoted literal,
   * `b"5.7.1" in e.smtp_error`, `"UNDELIV" not in stat` (prose says `404 in total` too, never quoted).
   */
  private yoda(text: string, from: number, to: number, e: number): boolean {
    let f = e;
    while (f < to && isSpace(text.charCodeAt(f))) f++;
    const a = f < to ? text.charCodeAt(f) : -1;
    const a1 = f + 1 < to ? text.charCodeAt(f + 1) : -1;
    let k: number;
    if ((a === 61 && a1 === 61) || (a === 33 && a1 === 61)) {
      k = f + 2;
      if (k < to && text.charCodeAt(k) === 61) k++;
    } else if ((a === 105 || a === 110) && isQuote(text.charCodeAt(e - 1))) {
      k = containmentEnd(text, f, to);
      if (k < 0) {
        return false;
      }
    } else {
      return false;
    }
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
      this.labelQuote = -1;
    }
    for (; k < s; k++) {
      const ch = text.charCodeAt(k);
      // A quoted label may be a lower-case word code, `when "expired", "failed"`: inside its quotes any word counts.
      if (isQuote(ch)) {
        this.labelQuote = this.labelQuote < 0 ? ch : ch === this.labelQuote ? -1 : this.labelQuote;
        continue;
      }
      if (this.labelQuote >= 0 && (isWord(ch) || ch === 46)) {
        continue;
      }
      // C#'s `or` between patterns, `case 408 or 429:`, `502 or 503 =>`.
      if (ch === 111 /* o */ && text.charCodeAt(k + 1) === 114 /* r */ && k + 2 < s && !isWord(text.charCodeAt(k + 2)) && k > from && !isWord(text.charCodeAt(k - 1))) {
        k++;
        continue;
      }
      if (!(isSpace(ch) || isDigit(ch) || ch === 44 || ch === 124 || ch === 45 || (classOf(ch) & (UPPER | WORD_OTHER)) !== 0)) {
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
    let index = 1;
    const limit = Math.max(from, comma - 300);
    for (let k = comma - 1; k >= limit; k--) {
      const ch = text.charCodeAt(k);
      if (ch === 44 && depth === 0) {
        index++;
      } else if (ch === 41 || ch === 93 || ch === 125) {
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
          if (callee.start < callee.end && this.hooks.isCodeParameter(text, callee.start, callee.end, index)) {
            return this.argument();
          }
          if (this.keys.calleeBefore(text, from, k - 1)) {
            const c = this.c;
            c.form = 'call';
            const object = c.parentStart >= 0 ? text.slice(c.parentStart, c.parentEnd).toLowerCase() : undefined;
            c.formStrength = takesStatusLater(text.slice(c.keyStart, c.keyEnd).replace(/_/g, '').toLowerCase(), object) ? 1 : 0.8;
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
   * A code beside its own name, as tables of codes and enums list them:
   * `404 => 'Not Found'`, `404: "Not Found"`, `200: ('ok', …)`,
   * `(404, NOT_FOUND, "Not Found")`, `NOT_FOUND(404, …)`, `NOT_FOUND = (404, …)`.
   * The name must be one the catalogs or the HTTP libraries give this very
   * code, which is what makes a bare number in a table trustworthy.
   */
  private besideName(text: string, from: number, to: number, s: number, e: number, value: number): boolean {
    // After: a separator, an optional opening bracket, then a quoted name or an identifier.
    let f = e;
    while (f < to && isSpace(text.charCodeAt(f))) f++;
    const a = f < to ? text.charCodeAt(f) : -1;
    if ((a === 61 || a === 45) && text.charCodeAt(f + 1) === 62) {
      // `=>`, `->`
      f += 2;
    } else if (a === 44 || (a === 58 && text.charCodeAt(f + 1) !== 58)) {
      f++;
    } else {
      f = -1;
    }
    if (f >= 0) {
      while (f < to && isSpace(text.charCodeAt(f))) f++;
      const o = text.charCodeAt(f);
      if (o === 40 || o === 91) {
        f++;
        while (f < to && isSpace(text.charCodeAt(f))) f++;
      }
      if (this.nameAt(text, f, to, value)) {
        return true;
      }
    }
    // Before: `NAME(404`, `NAME = 404`, `NAME = (404`, `NAME: 404`.
    let b = s - 1;
    while (b >= from && isSpace(text.charCodeAt(b))) b--;
    if (b >= from && text.charCodeAt(b) === 40) {
      b--;
      while (b >= from && isSpace(text.charCodeAt(b))) b--;
    }
    if (b >= from && (text.charCodeAt(b) === 61 || text.charCodeAt(b) === 58) && text.charCodeAt(b - 1) !== 61) {
      b--;
      while (b >= from && isSpace(text.charCodeAt(b))) b--;
    }
    if (b < from || !isWord(text.charCodeAt(b))) {
      return false;
    }
    const nameStart = this.keys.identifierStart(text, from, b + 1);
    return nameStart <= b && this.named(text, nameStart, b + 1, value);
  }

  /**
   * Whether the words starting at `at`, one space after a three-digit number, are its
   * reason phrase as servers, frameworks and tools print it after the status:
   * `Completed 422 Unprocessable Content in 36ms`, `404 NOT_FOUND "…"`, `[201 Created]`,
   * `npm error 404 Not Found`. The phrase starts with a capital (a lower-case `302 found`
   * is prose) and is read a word at a time, at most `REASON_WORDS` of them.
   */
  private reasonPhrase(text: string, at: number, to: number, value: number): boolean {
    // Python requests' `raise_for_status()`: `503 Server Error: Service Unavailable for url: …`, the class before the phrase.
    const requestsClass = value >= 500 ? 'Server Error: ' : 'Client Error: ';
    if (value >= 400 && text.startsWith(requestsClass, at)) {
      at += requestsClass.length;
    }
    let k = at;
    for (let words = 0; words < REASON_WORDS; words++) {
      while (k < to && (isWord(text.charCodeAt(k)) || text.charCodeAt(k) === 45 || text.charCodeAt(k) === 39)) k++;
      if (this.named(text, at, k, value)) {
        return true;
      }
      if (!(k + 1 < to && text.charCodeAt(k) === 32 && (classOf(text.charCodeAt(k + 1)) & (UPPER | LOWER)) !== 0)) {
        return false;
      }
      k++;
    }
    return false;
  }

  /** Whether a quoted name or an identifier starting at `at` names `value`. */
  private nameAt(text: string, at: number, to: number, value: number): boolean {
    const q = at < to ? text.charCodeAt(at) : -1;
    if (isQuote(q)) {
      let k = at + 1;
      const limit = Math.min(to, at + 64);
      while (k < limit && text.charCodeAt(k) !== q) k++;
      return k < limit && k > at + 1 && this.named(text, at + 1, k, value);
    }
    if (q < 0 || !isWord(q) || isDigit(q)) {
      return false;
    }
    let k = at + 1;
    while (k < to && isWord(text.charCodeAt(k))) k++;
    return this.named(text, at, k, value);
  }

  private named(text: string, start: number, end: number, value: number): boolean {
    if (!this.hooks.isNameOfCode(text, start, end, value)) {
      return false;
    }
    const c = this.c;
    c.form = 'table';
    c.keyStart = start;
    c.keyEnd = end;
    return true;
  }

  /** Marks the candidate as an argument named by its declared parameter (the recogniser holds the name). */
  private argument(): boolean {
    const c = this.c;
    c.form = 'argument';
    c.keyStart = c.keyEnd = c.parentStart = c.parentEnd = -1;
    c.formStrength = 1;
    return true;
  }

  /**
   * The status of a returned tuple, as Flask handlers and Go helpers return
   * it: `return jsonify(error="gone"), 410`, `return body, 404, headers`.
   * The statement starts the line and the literal is a status's value.
   */
  private returnedStatus(text: string, from: number, to: number, s: number, e: number): boolean {
    const c = this.c;
    if (e - s !== 3 || c.code < 100 || c.code > 599) {
      return false;
    }
    let k = from;
    while (k < s && isSpace(text.charCodeAt(k))) k++;
    if (!text.startsWith('return ', k)) {
      return false;
    }
    // The value before the status is a body: a call, literal or collection (`jsonify(…)`, `'gone'`, `{…}`) or a variable named for one.
    let v = s - 1;
    while (v > k && isSpace(text.charCodeAt(v))) v--;
    v--;
    while (v > k && isSpace(text.charCodeAt(v))) v--;
    const last = text.charCodeAt(v);
    if (!(last === 41 || last === 93 || last === 125 || isQuote(last))) {
      const nameStart = this.keys.identifierStart(text, k, v + 1);
      if (!BODY_NAMES.has(text.slice(nameStart, v + 1).toLowerCase())) {
        return false;
      }
    }
    let f = e;
    while (f < to && isSpace(text.charCodeAt(f))) f++;
    const a = f < to ? text.charCodeAt(f) : -1;
    if (!(a === -1 || a === 44 /* , */ || a === 35 /* # */ || a === 59 /* ; */ || (a === 47 && text.charCodeAt(f + 1) === 47))) {
      return false;
    }
    c.form = 'http';
    c.formStrength = 0.8;
    return true;
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

/**
 * The status field of access logs without a header, known by the fields
 * before it (the token ending at `b` and those before): haproxy's timers
 * `Tq/Tw/Tc/Tr/Ta` before the status, the three processing times of AWS
 * load balancers before `elb_status_code` (and that status before
 * `target_status_code`), ingress-nginx's upstream address, length and
 * time before the upstream status.
 */
function positionalStatus(text: string, from: number, b: number): boolean {
  const start = tokenStart(text, from, b);
  // haproxy: `33/3/6/499/541 302`
  let slashes = 0;
  let timers = true;
  for (let k = start; k <= b && timers; k++) {
    const ch = text.charCodeAt(k);
    if (ch === 47) {
      slashes++;
    } else if (!(isDigit(ch) || ch === 45 || ch === 43)) {
      timers = false;
    }
  }
  if (slashes > 0) {
    return timers && slashes === 4;
  }
  const b2 = previousToken(text, from, start);
  if (b2 < 0) {
    return false;
  }
  const start2 = tokenStart(text, from, b2);
  if (isDecimal(text, start, b)) {
    // AWS ALB/ELB: `10.0.0.1:80 0.000 0.417 0.000 404`, the target's address (or `-`) before the three times.
    if (isDecimal(text, start2, b2)) {
      const b3 = previousToken(text, from, start2);
      const start3 = b3 >= 0 ? tokenStart(text, from, b3) : -1;
      const b4 = start3 >= 0 ? previousToken(text, from, start3) : -1;
      return b4 >= 0 && isDecimal(text, start3, b3) && isTarget(text, tokenStart(text, from, b4), b4);
    }
    // ingress-nginx: `10.244.1.182:8080 8285 1.256 413`
    if (isInteger(text, start2, b2)) {
      const b3 = previousToken(text, from, start2);
      return b3 >= 0 && isAddress(text, tokenStart(text, from, b3), b3);
    }
    return false;
  }
  // AWS ALB/ELB `target_status_code` after `elb_status_code`: `0.000 0.417 0.000 404 404`
  if (b - start === 2 && isInteger(text, start, b) && isDecimal(text, start2, b2)) {
    const b3 = previousToken(text, from, start2);
    const start3 = b3 >= 0 ? tokenStart(text, from, b3) : -1;
    const b4 = start3 >= 0 ? previousToken(text, from, start3) : -1;
    const start4 = b4 >= 0 ? tokenStart(text, from, b4) : -1;
    const b5 = start4 >= 0 ? previousToken(text, from, start4) : -1;
    return b5 >= 0 && isDecimal(text, start3, b3) && isDecimal(text, start4, b4) && isTarget(text, tokenStart(text, from, b5), b5);
  }
  return false;
}

/** A load balancer's target field: `10.0.0.195:8080`, or `-` when the request reached no target. */
function isTarget(text: string, start: number, end: number): boolean {
  return (start === end && text.charCodeAt(start) === 45) || isAddress(text, start, end);
}

/** Start of the run of non-space characters that ends at `b`. */
function tokenStart(text: string, from: number, b: number): number {
  let k = b;
  while (k - 1 >= from && !isSpace(text.charCodeAt(k - 1))) k--;
  return k;
}

/** The last character of the token before the one starting at `start`, or -1. */
function previousToken(text: string, from: number, start: number): number {
  let k = start - 1;
  while (k >= from && isSpace(text.charCodeAt(k))) k--;
  return k >= from ? k : -1;
}

/** `0.417`, `-1` (the load balancers' "no value"). */
function isDecimal(text: string, start: number, end: number): boolean {
  if (end - start === 1 && text.charCodeAt(start) === 45 && text.charCodeAt(end) === 49) {
    return true;
  }
  let dot = 0;
  for (let k = start; k <= end; k++) {
    const ch = text.charCodeAt(k);
    if (ch === 46) {
      dot++;
    } else if (!isDigit(ch)) {
      return false;
    }
  }
  return dot === 1 && text.charCodeAt(start) !== 46 && text.charCodeAt(end) !== 46;
}

function isInteger(text: string, start: number, end: number): boolean {
  for (let k = start; k <= end; k++) {
    if (!isDigit(text.charCodeAt(k))) {
      return false;
    }
  }
  return end >= start;
}

/** `10.244.1.182:8080` */
function isAddress(text: string, start: number, end: number): boolean {
  let dots = 0;
  let colon = false;
  for (let k = start; k <= end; k++) {
    const ch = text.charCodeAt(k);
    if (ch === 46) {
      dots++;
    } else if (ch === 58) {
      colon = true;
    } else if (!isDigit(ch)) {
      return false;
    }
  }
  return dots === 3 && colon;
}

/** What a quote opening before a literal with none to close it after means: the literal is part of a longer string, or the quote is not its own. */
const STOP = false;
const READ_ON = true;

/**
 * How far the literal at `[i, j)` widens to the quotes around it: 1 when a quote opens just before it and the
 * same quote closes just after it (`"23"`), 0 when no quote opens (`23`). A quote that opens with none to close
 * it gives -1 (`STOP`: the literal is part of a longer string) or 0 (`READ_ON`: it is read unquoted).
 */
function quotesAround(text: string, from: number, to: number, i: number, j: number, unmatched: boolean): number {
  const before = i > from ? text.charCodeAt(i - 1) : -1;
  if (!isQuote(before)) {
    return 0;
  }
  if (j < to && text.charCodeAt(j) === before) {
    return 1;
  }
  return unmatched === READ_ON ? 0 : -1;
}

/** Whether an equality operator (`==`, `===`, `!=`, `!==`) stands just before `[s, e)` or just after it. */
function isEqualityAround(text: string, from: number, to: number, s: number, e: number): boolean {
  let b = s - 1;
  while (b >= from && isSpace(text.charCodeAt(b))) b--;
  if (b - 1 >= from && text.charCodeAt(b) === 61 && (text.charCodeAt(b - 1) === 61 || text.charCodeAt(b - 1) === 33)) {
    return true;
  }
  let f = e;
  while (f < to && isSpace(text.charCodeAt(f))) f++;
  return f + 1 < to && (text.charCodeAt(f) === 61 || text.charCodeAt(f) === 33) && text.charCodeAt(f + 1) === 61;
}

/** Where Python's containment operator at `at` (`in`, `not in`) ends, followed by a space; -1 when there is none. */
function containmentEnd(text: string, at: number, to: number): number {
  let k = at;
  if (text.startsWith('not ', k)) {
    k += 4;
    while (k < to && isSpace(text.charCodeAt(k))) k++;
  }
  return k + 2 < to && text.startsWith('in', k) && isSpace(text.charCodeAt(k + 2)) ? k + 3 : -1;
}

/** Where the range operator (`..`, `...`, `..=`, `..<`) at `at` ends, or -1 when there is none before `limit`. */
function rangeOperatorEnd(text: string, at: number, limit: number): number {
  if (at + 1 >= limit || text.charCodeAt(at) !== 46 || text.charCodeAt(at + 1) !== 46) {
    return -1;
  }
  const third = at + 2 < limit ? text.charCodeAt(at + 2) : -1;
  return third === 46 || third === 61 || third === 60 ? at + 3 : at + 2;
}
