import * as assert from 'node:assert/strict';
import * as workerAssert from '../../../test/editor/web/assert';

// The web run of the in-editor suite uses this assert in place of node:assert/strict,
// so it must pass and fail on the same inputs.
describe('the assert of the web in-editor suite', () => {
  const same: [string, () => void][] = [
    ['equal on equal numbers', () => workerAssert.equal(23, 23)],
    ['deepEqual on equal nested values', () => workerAssert.deepEqual({ a: [1, { b: 'x' }], c: new Map([[1, new Set([2])]]) }, { a: [1, { b: 'x' }], c: new Map([[1, new Set([2])]]) })],
    ['match on a matching string', () => workerAssert.match('23 DELIVERY_FAILURE', /DELIVERY_FAILURE/)],
    ['ok on a truthy value', () => workerAssert.ok('x')],
    ['notEqual on different values', () => workerAssert.notEqual(1, '1')],
    ['doesNotMatch on a string without the pattern', () => workerAssert.doesNotMatch('ok', /fail/)],
  ];
  for (const [name, check] of same) {
    it(`passes ${name}`, () => assert.doesNotThrow(check));
  }

  const failing: [string, () => void][] = [
    ['equal on values equal only loosely', () => workerAssert.equal(1, '1')],
    ['deepEqual on arrays of different length', () => workerAssert.deepEqual([1, 2], [1])],
    ['deepEqual on objects with a different key', () => workerAssert.deepEqual({ a: 1 }, { b: 1 })],
    ['deepEqual on an array against an object with the same keys', () => workerAssert.deepEqual([1], { 0: 1 })],
    ['deepEqual on sets with different members', () => workerAssert.deepEqual(new Set([1]), new Set([2]))],
    ['match on a string without the pattern', () => workerAssert.match('ok', /fail/)],
    ['match on something that is not a string', () => workerAssert.match(undefined as unknown as string, /x/)],
    ['ok on a falsy value', () => workerAssert.ok(0)],
    ['doesNotMatch on a matching string', () => workerAssert.doesNotMatch('fail', /fail/)],
  ];
  for (const [name, check] of failing) {
    it(`fails ${name}, as node:assert/strict does`, () => {
      assert.throws(check, workerAssert.AssertionError);
    });
  }

  it('fails with the message given by the test', () => {
    assert.throws(() => workerAssert.equal(1, 2, 'the count of lenses'), /^AssertionError: the count of lenses$/);
  });
});
