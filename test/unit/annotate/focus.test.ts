import * as assert from 'node:assert/strict';
import { focusLines } from '../../../src/core/annotate/focus';

describe('annotations that follow the cursor', () => {
  const blocks = [
    { headerLine: 2, endLine: 20 },
    { headerLine: 5, endLine: 9 },
  ];

  it('take the innermost switch around the cursor, header to end', () => {
    assert.deepEqual(focusLines(blocks, 7), { start: 5, end: 9 });
    assert.deepEqual(focusLines(blocks, 12), { start: 2, end: 20 });
    assert.deepEqual(focusLines(blocks, 2), { start: 2, end: 20 });
  });

  it('take the cursor line alone outside any switch', () => {
    assert.deepEqual(focusLines(blocks, 30), { start: 30, end: 30 });
    assert.deepEqual(focusLines([], 0), { start: 0, end: 0 });
  });
});
