import * as assert from 'node:assert/strict';
import { realIndex, recognizerFor } from '../recognize/catalogs';
import { linearRatio } from './timing';

/**
 * The collection, constant and quoted-code readings stay linear on long lines
 * made of what they look for: numbers in brackets never closed, the same code
 * quoted after `#` thousands of times, a constant assigned again and again.
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
  };

  for (const [what, line] of Object.entries(lines)) {
    it(`reads ${what} in linear time`, function () {
      this.timeout(20_000);
      assert.ok(linearRatio(line, (text) => wide.recognizeLine(text, 0, doc), 1_000) < LINEAR);
    });
  }
});
