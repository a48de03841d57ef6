import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseLabelLine, subjectKey } from '../../../src/core/switch/switchLabels';
import type { CaseSyntax } from '../../../src/core/switch/types';
import { referenceParseLabelLine, referenceSubjectKey } from './referenceLabels';

/** Pieces that label lines and subjects are made of, hostile ones included, so short random lines hit every branch. */
const LABEL_PIECES = [
  'case', 'default', 'when', 'then', 'if', 'in', 'or', 'else', '_', ' ', '  ', '\t', ':', '::', '=>', '->', '=', '-', '..', '..=', '..<', '...',
  "'", '"', '(', ')', '{', '}', '|', ',', '#', '\r', '\n', 'x', 'Status', '.', '23', '200', '-1', 'y', 'as', 'u16', '!', '?', '$',
];
const SUBJECT_PIECES = [
  'status', 'code', 'x', '.', '?.', ' ', '\t', '(', ')', '()', 'value', 'rawValue', 'as_u16', 'to_i', 'into', 'as', 'u16', '!', '->', '::',
  '[', ']', '"', "'", '$', '@', 'int', 'get', '<', '>', '+', ',',
];
const SYNTAXES: CaseSyntax[] = ['case-colon', 'case-arrow', 'case-fat-arrow', 'python', 'fat-arrow', 'thin-arrow', 'ruby'];

const lineOf = (pieces: readonly string[], max: number) => fc.array(fc.constantFrom(...pieces), { maxLength: max }).map((parts) => parts.join(''));

describe('label and subject readers', () => {
  it('read every short line exactly as the regular expressions they replace did', function () {
    this.timeout(30_000);
    fc.assert(
      fc.property(lineOf(LABEL_PIECES, 14), fc.constantFrom(...SYNTAXES), fc.constantFrom('', '  '), (line, syntax, indent) => {
        const text = `${indent}${line}`;
        assert.deepEqual(parseLabelLine(text, 0, text.length, syntax), referenceParseLabelLine(text, 0, text.length, syntax));
      }),
      { numRuns: 1000 },
    );
  });

  it('read every short subject exactly as the regular expressions they replace did', function () {
    this.timeout(30_000);
    fc.assert(
      fc.property(lineOf(SUBJECT_PIECES, 12), (subject) => {
        assert.deepEqual(subjectKey(subject), referenceSubjectKey(subject));
      }),
      { numRuns: 1000 },
    );
  });
});
