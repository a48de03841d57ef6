import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { documentLensPlan } from '../../../src/core/render/lensPlan';
import { defaultSettings } from '../../../src/core/settings';
import { corpusDir, readCorpusFile } from '../../eval/corpus';
import { meaningOf } from '../../eval/evaluate';
import { EDITOR_SAMPLE, locateSample, SAMPLE_FOLDER } from '../../eval/sample';
import { repoRoot } from '../paths';
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

  it('is copied unchanged, with its labels, into the fixture workspace the in-editor suite opens', () => {
    const copies = join(repoRoot, 'test', 'fixtures', 'workspace', SAMPLE_FOLDER);
    const wanted = [...new Set(EDITOR_SAMPLE.map((sample) => sample.file))].flatMap((file) => [file, `${file}.labels`]).sort();
    const list = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? list(join(dir, entry.name)) : [relative(copies, join(dir, entry.name)).split(sep).join('/')]));
    assert.deepEqual(existsSync(copies) ? list(copies).sort() : [], wanted, 'the copies are exactly the sampled files and their labels');
    for (const file of wanted) {
      assert.equal(readFileSync(join(copies, ...file.split('/')), 'utf8'), readFileSync(join(corpusDir, ...file.split('/')), 'utf8'), `${SAMPLE_FOLDER}/${file} differs from the corpus`);
    }
  });
});
