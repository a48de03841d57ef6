import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { caseBlocksAround, caseLineMap, findSwitchBlocks } from '../../../src/core/switch/switchBlocks';

/** Pieces of source text with switches in several languages, unbalanced braces, strings and comments among them. */
const PIECES = [
  'switch (status) {', 'switch code {', 'match code {', 'when (x) {', 'x match {', 'match status:', 'case status', 'when 23', 'end',
  '{', '}', '(', ')', 'case 1:', 'case 23, 25:', 'case 200..<300:', 'default:', '404 =>', '_ =>', 'in 500..599 ->', 'else ->', 'case _:',
  '"', "'", '`', '//', '/*', '*/', '#', ' ', '    ', '\t', '\n', '\n', '\n', '\r\n', ':', ';', 'x', 'status', '=',
];
const LANGUAGES = ['typescript', 'go', 'rust', 'kotlin', 'python', 'ruby', 'scala', 'java'];
const source = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

describe('switch finder on generated text', () => {
  it('never throws and keeps every offset and line inside the text', function () {
    this.timeout(30_000);
    fc.assert(
      fc.property(source, fc.constantFrom(...LANGUAGES), fc.integer({ min: 1, max: 400 }), (text, languageId, maxBlockLength) => {
        const lines = text.split('\n').length;
        for (const block of findSwitchBlocks(text, { languageId, maxBlockLength })) {
          for (const offset of [block.headerOffset, block.bodyOffset, block.endOffset, block.insertOffset]) {
            assert.ok(offset >= 0 && offset <= text.length, `offset ${offset} of ${text.length}`);
          }
          for (const line of [block.headerLine, block.bodyLine, block.endLine, block.insertLine]) {
            assert.ok(line >= 0 && line < lines, `line ${line} of ${lines}`);
          }
          for (const label of block.cases) {
            assert.ok(label.offset >= block.headerOffset && label.offset <= text.length);
            assert.ok(label.line >= block.headerLine && label.line < lines);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same blocks whether nested blocks share one reading of the braces or not', function () {
    this.timeout(30_000);
    fc.assert(
      fc.property(source, fc.constantFrom(...LANGUAGES), fc.integer({ min: 1, max: 400 }), (text, languageId, maxBlockLength) => {
        assert.deepEqual(findSwitchBlocks(text, { languageId, maxBlockLength }), findSwitchBlocks(text, { languageId, maxBlockLength, shareBraces: false }));
      }),
      { numRuns: 300 },
    );
  });

  it('gives a label line the block a hover finds from the lines above', function () {
    this.timeout(30_000);
    fc.assert(
      fc.property(source, fc.constantFrom(...LANGUAGES), (text, languageId) => {
        const lines = text.split('\n');
        const whole = caseLineMap(findSwitchBlocks(text, { languageId }));
        for (const [line, block] of whole) {
          // As the recogniser asks: the lines above and a window below (a string or comment may carry a label line on).
          const hovered = caseBlocksAround((n) => lines[n], line, languageId, undefined, 400).blocks.get(line);
          assert.ok(hovered, `line ${line} has a block in the document scan`);
          // The same switch, hence the same key for the label's code.
          assert.deepEqual([hovered.headerLine, hovered.subject, hovered.key], [block.headerLine, block.subject, block.key], `line ${line}`);
        }
      }),
      { numRuns: 300 },
    );
  });
});
