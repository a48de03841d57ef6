import * as assert from 'node:assert/strict';
import { documentLensPlan } from '../../../src/core/render/lensPlan';
import { defaultSettings } from '../../../src/core/settings';
import { readCorpusFile } from '../../eval/corpus';
import { meaningOf } from '../../eval/evaluate';
import { EDITOR_SAMPLE, locateSample } from '../../eval/sample';
import { realIndex, recognizerFor } from '../recognize/catalogs';

/**
 * The sample the in-editor suite checks through the providers, checked here
 * against the core first: each line gives what its `today` says, and what it
 * says agrees with the line's label.
 */
describe('The in-editor sample of the evaluation corpus', () => {
  const recognizer = recognizerFor(realIndex());

  for (const sample of EDITOR_SAMPLE) {
    it(`${sample.file}: "${sample.literal}" near "${sample.needle}" gives ${sample.today === 'lens' ? 'a lens with its labelled meaning' : 'nothing'}`, () => {
      const file = readCorpusFile(sample.file);
      const spot = locateSample(file, sample);
      const doc = recognizer.buildDocumentContext(file.text, file.languageId);
      const lineAt = (n: number) => file.lines[n];
      const hover = recognizer.recognizeAt(file.lines[spot.line] as string, spot.line, spot.end - 1, doc, { lineAt });
      const lenses = [...documentLensPlan(recognizer, file.text, doc, defaultSettings)].flat();
      const lens = lenses.find((plan) => plan.kind === 'code' && plan.line === spot.line && plan.start < spot.end && spot.start < plan.end);
      if (sample.today === 'lens') {
        assert.ok(spot.expected.includes(meaningOf(hover) ?? 'none'), `labelled ${spot.expected.join('|')}, recognised as ${meaningOf(hover)}`);
        assert.ok(lens, 'a lens over the literal');
      } else {
        assert.deepEqual(spot.expected, ['none'], 'a sample that shows nothing is labelled none');
        assert.equal(meaningOf(hover), undefined);
        assert.equal(lens, undefined);
      }
    });
  }
});
