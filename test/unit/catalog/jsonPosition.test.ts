import * as assert from 'node:assert/strict';
import { findSyntaxError, lineColumnAt, locatePointer } from '../../../src/core/catalog/jsonPosition';

const sample = JSON.stringify(
  {
    id: 'acme',
    'a/b~c': { x: [1, { deep: true }] },
    entries: [
      { code: 1, description: 'One, "quoted" \\ and \u00e9' },
      { code: 2, description: 'Two' },
    ],
  },
  null,
  2,
);

/** A small deterministic generator, so a failing case can be reproduced. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('JSON positions', () => {
  it('counts lines and columns from 1, with LF, CRLF and lone CR line breaks', () => {
    assert.deepEqual(lineColumnAt('ab\ncd', 4), { line: 2, column: 2 });
    assert.deepEqual(lineColumnAt('ab\r\ncd', 4), { line: 2, column: 1 });
    assert.deepEqual(lineColumnAt('ab\rcd', 3), { line: 2, column: 1 });
    assert.deepEqual(lineColumnAt('abc', 99), { line: 1, column: 4 });
  });

  it('locates values by JSON pointer, including escaped keys and array items', () => {
    const at = (pointer: string): string => {
      const offset = locatePointer(sample, pointer);
      assert.notEqual(offset, undefined, pointer);
      return sample.slice(offset, offset! + 12);
    };
    assert.equal(at('/id'), '"id": "acme"');
    assert.equal(at('/a~1b~0c/x/1/deep'), '"deep": true');
    assert.equal(at('/entries/1'), '{\n      "cod');
    assert.equal(at('/entries/1/description'), '"description');
    assert.equal(locatePointer(sample, ''), 0);
    assert.equal(locatePointer(sample, '/entries/7'), undefined);
    assert.equal(locatePointer('{"a": 1, }', '/b'), undefined, 'nothing is found past a syntax error');
  });

  it('finds a syntax error exactly when JSON.parse rejects the text', () => {
    const next = random(7);
    const noise = ['', ',', '}', ']', '"', ':', '\\', '\n', 'x', '0', '-', '.', '{', '[', '\u0001', 'e'];
    for (let round = 0; round < 3000; round++) {
      const at = Math.floor(next() * sample.length);
      const cut = Math.floor(next() * 3);
      const insert = noise[Math.floor(next() * noise.length)]!;
      const text = sample.slice(0, at) + insert + sample.slice(at + cut);
      let parses = true;
      try {
        JSON.parse(text);
      } catch {
        parses = false;
      }
      const error = findSyntaxError(text);
      assert.equal(error === undefined, parses, `round ${round}: ${JSON.stringify(text)} → ${JSON.stringify(error)}`);
    }
  });

  it('rejects what JSON does not allow: comments, single quotes, leading zeros, bad escapes', () => {
    for (const text of ['{"a": 1 // c\n}', "{'a': 1}", '{"a": 01}', '{"a": "\\x"}', '{"a": 1.}', '{"a": -}', '[1,]', '{"a": "\\u12G4"}', '"a\tb"']) {
      assert.ok(findSyntaxError(text), text);
      assert.throws(() => JSON.parse(text));
    }
    for (const text of ['0', '-0.5e+10', '"\\u00e9\\n"', ' [ ] ', '{"":null}']) {
      assert.equal(findSyntaxError(text), undefined, text);
    }
  });
});
