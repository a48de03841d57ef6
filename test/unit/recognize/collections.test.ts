import * as assert from 'node:assert/strict';
import { lastLine } from './catalogs';

/**
 * Collections of codes (`new Set([21211, 21614])`, `{3, 4, 9, 14}`, Ruby's
 * `%w[3 4 9]`): their numbers are codes of the one catalog that holds them
 * all and that the document names; lists of quantities stay silent.
 */

const twilio = "const twilio = require('twilio');\n";
const vonage = '// Vonage (Nexmo) delivery receipt webhook: err-code values\n';

describe('collections of codes', () => {
  it('reads every number of a JavaScript Set of Twilio errors as a Twilio error, the first one glued to its bracket too', () => {
    assert.deepEqual(lastLine(`${twilio}const UNSENDABLE = new Set([21211, 21614, 21610, 21612]);`, 'javascript'), [
      'twilio-errors:21211',
      'twilio-errors:21614',
      'twilio-errors:21610',
      'twilio-errors:21612',
    ]);
  });

  it('reads a C# collection initializer and a Python set literal of Twilio errors', () => {
    assert.deepEqual(lastLine(`using Twilio;\nprivate static readonly HashSet<int> CarrierRejected = new() { 30004, 30005, 30006 };`, 'csharp'), [
      'twilio-errors:30004',
      'twilio-errors:30005',
      'twilio-errors:30006',
    ]);
    assert.deepEqual(lastLine('from twilio.rest import Client\nRETRY_TOMORROW = {30001, 30003, 30008, 30017}', 'python'), [
      'twilio-errors:30001',
      'twilio-errors:30003',
      'twilio-errors:30008',
      'twilio-errors:30017',
    ]);
  });

  it('reads small Vonage err-codes in a PHP array, a TypeScript Set of strings and a Ruby word array', () => {
    assert.deepEqual(lastLine(`<?php\n${vonage}    private const BLOCKED_BY_CARRIER = [6, 14, 50, 51, 52, 53];`, 'php').length, 6);
    assert.deepEqual(lastLine(`${vonage}const RETRY_LATER = new Set(['2', '7', '8']);`, 'typescript'), [
      'vonage-sms-dlr-errors:2',
      'vonage-sms-dlr-errors:7',
      'vonage-sms-dlr-errors:8',
    ]);
    assert.deepEqual(lastLine(`# Vonage (Nexmo) err-code values\n  DEAD_NUMBER_ERRORS = %w[3 4 9 12].freeze`, 'ruby'), [
      'vonage-sms-dlr-errors:3',
      'vonage-sms-dlr-errors:4',
      'vonage-sms-dlr-errors:9',
      'vonage-sms-dlr-errors:12',
    ]);
  });

  it('reads HTTP error statuses in a collection without any hint', () => {
    assert.deepEqual(lastLine('const RETRYABLE = new Set([408, 429, 502, 503, 504]);', 'typescript'), ['http:408', 'http:429', 'http:502', 'http:503', 'http:504']);
  });

  it("reads the arguments of a collection factory, Java's `Set.of` and Kotlin's `setOf`, but not of other calls", () => {
    assert.deepEqual(lastLine('private static final Set<Integer> RETRYABLE = Set.of(429, 502, 503, 504);', 'java'), ['http:429', 'http:502', 'http:503', 'http:504']);
    assert.deepEqual(lastLine('val retryable = setOf(429, 502, 503)', 'kotlin'), ['http:429', 'http:502', 'http:503']);
    assert.deepEqual(lastLine('int worst = Collections.max(429, 502, 503);', 'java'), []);
  });

  it('leaves silent the same numbers where no document names the catalog', () => {
    assert.deepEqual(lastLine('const UNSENDABLE = new Set([21211, 21614, 21610, 21612]);', 'javascript'), []);
    assert.deepEqual(lastLine('PERMANENT = {3, 4, 9, 14}', 'python'), []);
  });

  it('leaves silent counts, progressions, quantities, indexes, calls and mixed lists even in a document that names the catalog', () => {
    for (const line of [
      'const STEPS = [1, 2, 3];',
      'const ORDER = [2, 4, 8, 16];',
      'const PICK = [3, 6, 9, 12];',
      'const BACKOFF_MS = [3, 4, 9, 14];',
      'const RETRY_DELAYS = [3, 4, 9, 14];',
      'const cell = grid[3, 4];',
      'const biggest = Math.max(3, 4, 9, 14);',
      "const MIXED = [3, 4, 'x', 14];",
      'const PAIR = [3, 14];',
    ]) {
      assert.deepEqual(lastLine(`${vonage}${line}`, 'typescript'), [], line);
    }
  });

  it('needs every number of the collection to be a code of the catalog', () => {
    assert.deepEqual(lastLine(`${vonage}const PERMANENT = new Set([3, 4, 9, 14, 77]);`, 'typescript'), []);
  });

  it('reads a line of numbers in brackets once, however many numbers it holds', () => {
    const line = `${vonage}const X = [${'3, '.repeat(2000)}3];`;
    assert.deepEqual(lastLine(line, 'typescript'), []);
  });
});
