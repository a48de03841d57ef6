import * as assert from 'node:assert/strict';
import { realIndex, recognizerFor } from '../recognize/catalogs';
import { linearRatio } from './timing';

/**
 * The readings the held-out corpus taught the recogniser stay linear on long
 * lines made of what they look for: status symbols after `status:` keys, the
 * branches of conditional expressions, reason phrases and lists tested for a
 * value, thousands of times on one line.
 */
const LINEAR = 3.5;

describe('status symbols, conditional statuses, reason phrases and tested lists on long lines', () => {
  const wide = recognizerFor(realIndex(), { maxLineLength: 100_000 });
  // Each line is made of `n` repeats of what is looked for; the symbols' `n` is large enough for a search
  // back to the line's start from every `status:` to show.
  const lines: Record<string, readonly [language: string, line: (n: number) => string, n: number]> = {
    'status symbols after status keys, with no render before them': ['ruby', (n) => `update(${'status: :ok,'.repeat(n)})`, 4_000],
    'conditional statuses': ['typescript', (n) => `const r = { ${'status: a === b ? 204 : 404, '.repeat(n)}};`, 1_000],
    'conditions that never reach a key': ['typescript', (n) => `f(${'a === b ? 204 : '.repeat(n)}404);`, 1_000],
    'reason phrases': ['log', (n) => 'Completed 404 Not Found in 3ms; '.repeat(n), 1_000],
    'lists tested for a status': ['javascript', (n) => 'expect([400, 409]).toContain(res.status); '.repeat(n), 1_000],
  };

  for (const [what, [language, line, n]] of Object.entries(lines)) {
    it(`reads ${what} in linear time`, function () {
      this.timeout(20_000);
      const doc = wide.buildDocumentContext('', language);
      assert.ok(linearRatio(line, (text) => wide.recognizeLine(text, 0, doc), n) < LINEAR);
    });
  }
});
