import * as chars from './charClasses';
import type { KeyReader } from './keyReader';

// Bound once to locals, as in the other scanner modules.
const { isSpace, isWord } = chars;

/**
 * Test assertions compare a value with a literal without an operator:
 * `expect(res.status).toBe(404)`, `assertThat(resp.getStatus()).isEqualTo(404)`,
 * `self.assertEqual(resp.status_code, 404)`, `assert_eq!(status, 23)`,
 * `Assert.AreEqual(404, (int)resp.StatusCode)`, and supertest's
 * `request(app).get('/').expect(401)`. Tests are where handlers' codes are
 * spelled out most often, so each form reads the compared value's key as a
 * comparison would.
 */

/** Matchers whose argument is compared with the subject of the `expect(…)`/`assertThat(…)` before them. */
const MATCHERS = new Set(['tobe', 'toequal', 'tostrictequal', 'isequalto', 'equal', 'equals', 'eq', 'eql', 'be']);

/** Words between an RSpec subject and a matcher written without parentheses: `expect(x).to eq 404`. */
const EXPECTATION_VERBS = new Set(['to', 'not_to', 'to_not', 'should', 'should_not']);

/** Calls whose two arguments are compared with each other. */
const EQUALITY_CALLS = new Set([
  'assertequal',
  'assertequals',
  'equal',
  'equals',
  'equalvalues',
  'strictequal',
  'deepequal',
  'areequal',
  'assert_eq',
  'asserteq',
  'assertsame',
  'assert_equal',
  'assert_equals',
  // AVA's `t.is(a, b)`, testify's `assert.Exactly(t, a, b)`.
  'is',
  'exactly',
]);

/** How far back the subject of a matcher chain is looked for. */
const SUBJECT_LOOKBACK = 200;

export class AssertionReader {
  constructor(private readonly keys: KeyReader) {}

  /** The callee word that ends just before the `(` at `open` (a Rust macro's `!` skipped), lower case; '' when none. */
  calleeWord(text: string, from: number, open: number): { start: number; end: number; word: string } {
    let end = open;
    while (end - 1 >= from && isSpace(text.charCodeAt(end - 1))) end--;
    if (end - 1 >= from && text.charCodeAt(end - 1) === 33 /* ! */) end--;
    const start = this.keys.identifierStart(text, from, end);
    return { start, end, word: start < end ? text.slice(start, end).toLowerCase() : '' };
  }

  /**
   * `expect(res.status).toBe(` with the literal as the matcher's argument:
   * reads the key of the subject inside `expect(…)`. `.not` and other
   * modifiers between the subject and the matcher are passed over.
   */
  matcherSubject(text: string, from: number, calleeStart: number, word: string): boolean {
    if (!MATCHERS.has(word)) {
      return false;
    }
    let k = calleeStart - 1;
    const limit = Math.max(from, calleeStart - SUBJECT_LOOKBACK);
    // Modifiers: `.not.toBe`, `.resolves.toBe`, `.to.equal` (chai).
    while (k >= limit && text.charCodeAt(k) === 46 /* . */) {
      k--;
      if (text.charCodeAt(k) === 41 /* ) */) {
        break;
      }
      while (k >= limit && isWord(text.charCodeAt(k))) k--;
    }
    if (k < limit || text.charCodeAt(k) !== 41) {
      return false;
    }
    // The `)` closes `expect(subject)`: the subject ends just before it.
    const close = k;
    let depth = 0;
    for (; k >= limit; k--) {
      const ch = text.charCodeAt(k);
      if (ch === 41) depth++;
      else if (ch === 40 && --depth === 0) break;
    }
    if (k < limit) {
      return false;
    }
    return this.keys.keyBefore(text, k + 1, close - 1);
  }

  /**
   * `assertEqual(resp.status_code, 404)` and `assertEquals(404, resp.getStatus())`:
   * the literal at `[s, e)` is one argument of an equality call whose `(` is
   * at `open`; the key is read from the other argument.
   */
  equalityOther(text: string, to: number, open: number, s: number, e: number, word: string): boolean {
    if (!EQUALITY_CALLS.has(word)) {
      return false;
    }
    const afterOpen = skipSpaces(text, open + 1, to);
    // The literal before another argument: the first (`assertEquals(404, status)`), or the expected value after
    // a test handle (`assert.Equal(t, 200, w.Code)`); the argument after it is the key.
    if (afterOpen !== s && this.nextArgumentKey(text, to, e)) {
      return true;
    }
    if (afterOpen === s) {
      // The literal is the first argument: the key is the next one, after an optional cast such as `(int)`.
      let k = skipSpaces(text, e, to);
      if (text.charCodeAt(k) !== 44 /* , */) {
        return false;
      }
      k = skipSpaces(text, k + 1, to);
      if (text.charCodeAt(k) === 40) {
        const castEnd = text.indexOf(')', k);
        if (castEnd < 0 || castEnd - k > 20) {
          return false;
        }
        k = skipSpaces(text, castEnd + 1, to);
      }
      const chainEnd = this.keys.identifierChainEnd(text, k, to);
      if (chainEnd <= k) {
        return false;
      }
      // A getter call (`resp.getStatus()`) ends with its parentheses.
      const end = text.startsWith('()', chainEnd) ? chainEnd + 1 : chainEnd - 1;
      return this.keys.keyBefore(text, k, end);
    }
    // The last argument: the key is the argument before the comma in front of the literal.
    let b = s - 1;
    while (b > open && isSpace(text.charCodeAt(b))) b--;
    if (text.charCodeAt(b) !== 44) {
      return false;
    }
    return this.keys.keyBefore(text, open + 1, b - 1);
  }

  /** Reads the key of the argument after the literal ending at `e`, when a comma and an identifier chain follow. */
  private nextArgumentKey(text: string, to: number, e: number): boolean {
    let k = skipSpaces(text, e, to);
    if (text.charCodeAt(k) !== 44 /* , */) {
      return false;
    }
    k = skipSpaces(text, k + 1, to);
    const chainEnd = this.keys.identifierChainEnd(text, k, to);
    if (chainEnd <= k) {
      return false;
    }
    const end = text.startsWith('()', chainEnd) ? chainEnd + 1 : chainEnd - 1;
    return this.keys.keyBefore(text, k, end);
  }

  /**
   * A matcher without parentheses, `expect(last_response.status).to eq 404`
   * (RSpec): `word` is the matcher before the literal and starts at
   * `wordStart`; the subject is read as for `.toBe(`.
   */
  bareMatcherSubject(text: string, from: number, wordStart: number, word: string): boolean {
    if (!MATCHERS.has(word)) {
      return false;
    }
    let k = wordStart - 1;
    while (k >= from && isSpace(text.charCodeAt(k))) k--;
    const verbStart = this.keys.identifierStart(text, from, k + 1);
    if (verbStart > k || !EXPECTATION_VERBS.has(text.slice(verbStart, k + 1))) {
      return false;
    }
    return this.matcherSubject(text, from, verbStart, word);
  }
}

function skipSpaces(text: string, from: number, to: number): number {
  let k = from;
  while (k < to && isSpace(text.charCodeAt(k))) k++;
  return k;
}
