import * as assert from 'node:assert/strict';
import { realIndex, recognizerFor } from '../recognize/catalogs';
import { linearRatio } from './timing';

/**
 * The collection, constant and quoted-code readings stay linear on long lines
 * made of what they look for: numbers in brackets never closed, the same code
 * quoted after `#` thousands of times, a constant assigned again and again, lookups
 * with a default (read back to their `(`), chains of number accessors (read back
 * to their object), and the elements of collections, which the line settles at its end.
 */
const LINEAR = 3.5;

describe('collections, constants and quoted codes on long lines', () => {
  const wide = recognizerFor(realIndex(), { maxLineLength: 100_000 });
  const doc = wide.buildDocumentContext('// twilio status callback: ErrorCode, MessageSid', 'javascript');
  const lines: Record<string, (n: number) => string> = {
    'a closed list of codes': (n) => `const X = [${'30007, '.repeat(n)}30007];`,
    'a list of codes never closed': (n) => `const X = [${'30007, '.repeat(n)}`,
    'a code quoted after # over and over': (n) => `{"ErrorCode":30007, "m":"${'#30007 '.repeat(n)}"}`,
    'one constant assigned over and over': (n) => 'A = 30007; '.repeat(n),
    'a lookup with a default, compared over and over': (n) => `ok = ${'d.get("ErrorCode", None) == 30007 or '.repeat(n)}False`,
    'a lookup with a default never opened': (n) => `${'"ErrorCode", None) == 30007 or '.repeat(n)}False`,
    'a chain of number accessors': (n) => `if (code${'.value()'.repeat(n)} == 30007) {}`,
  };
  const smpp = wide.buildDocumentContext('# smpplib: smpp receipts, stat:DELIVRD, command_status', 'python');
  const elementLines: Record<string, (n: number) => string> = {
    'receipt words as the keys of a mapping': (n) => `FINAL = {${'"DELIVRD": "delivered", '.repeat(n)}"UNDELIV": "failed"}`,
    'receipt words in a tuple never closed': (n) => `FINAL = (${'"DELIVRD", '.repeat(n)}`,
    'hex codes in a tuple of constants': (n) => `T = (${'consts.SMPP_ESME_RTHROTTLED, 0x00000008, '.repeat(n)}0x00000058)`,
  };

  for (const [what, line] of Object.entries(lines)) {
    it(`reads ${what} in linear time`, function () {
      this.timeout(20_000);
      assert.ok(linearRatio(line, (text) => wide.recognizeLine(text, 0, doc), 1_000) < LINEAR);
    });
  }
  for (const [what, line] of Object.entries(elementLines)) {
    it(`reads ${what} in linear time`, function () {
      this.timeout(20_000);
      assert.ok(linearRatio(line, (text) => wide.recognizeLine(text, 0, smpp), 1_000) < LINEAR);
    });
  }
});

describe('quoted codes in a whole document', () => {
  it('scans a log of lines with codes and no # at all in linear time, however many lines it has', function () {
    this.timeout(30_000);
    const recognizer = recognizerFor(realIndex());
    const line = '2025-06-12T10:01:06Z error graph api {"error":{"message":"Parameter value is not valid","code":131009,"fbtrace_id":"AbC"}}\n';
    const scan = (text: string) => {
      const doc = recognizer.buildDocumentContext(text, 'log');
      let count = 0;
      for (const { recognitions } of recognizer.recognizeDocument(text, doc)) count += recognitions.length;
      return count;
    };
    // Each line must be read on its own: looking for `#` through the rest of the document made this quadratic.
    assert.ok(linearRatio((n) => line.repeat(n), scan, 8_000) < LINEAR);
  });
});

