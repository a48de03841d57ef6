import * as assert from 'node:assert/strict';
import { generateCases, generateHandler, generators } from '../../../src/core/generate/index';
import { assertGolden, snippetToPlain, trickyCatalog } from './goldenFiles';

const catalog = trickyCatalog();

describe('generated handlers match the golden files', () => {
  for (const generator of generators) {
    it(`writes the ${generator.label} handler of the tricky catalog as checked in`, () => {
      assertGolden(`handler.${generator.extension}`, generateHandler(catalog, generator).plain);
    });

    it(`writes the ${generator.label} branches for a switch that handles some codes as checked in`, () => {
      const subject = generator.id === 'php' ? '$statusCode' : 'statusCode';
      const cases = generateCases(catalog, generator, { subject, includeDefault: true, handled: new Set([1, 2, 35]) });
      assertGolden(`cases/${generator.id}.snippet.txt`, cases.snippet);
    });
  }
});

describe('snippet and plain forms agree', () => {
  for (const generator of generators) {
    it(`gives the ${generator.label} handler one numbered tab stop per branch and escapes all catalog text`, () => {
      const { snippet, plain } = generateHandler(catalog, generator);
      const { text, stops } = snippetToPlain(snippet);
      assert.equal(text, plain);
      assert.deepEqual(
        stops,
        stops.map((_, i) => i + 1),
        'tab stops are numbered 1, 2, 3... in order',
      );
      // 22 entries, less one reserved (left out) and one code listed twice (merged).
      assert.equal(stops.length, 20);
    });
  }
});
