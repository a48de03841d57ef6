import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Recognizer } from '../../src/core/recognize/recognizer';
import { renderHover } from '../../src/core/render/hover';
import { lensTitle } from '../../src/core/render/lens';
import { defaultSettings } from '../../src/core/settings';
import { buildCorpusFile, languageIdFor } from '../eval/corpusFile';
import { EDITOR_SAMPLE, locateSample, SAMPLE_FOLDER } from '../eval/sample';
import { afterEvent, fixtureUri, hoverText, openFixture, ready, withSetting } from './helpers';

/**
 * A sample of the labelled evaluation corpus (test/eval/sample.ts), copied
 * into the fixture workspace, through the real hover and CodeLens providers:
 * the editor gives the language the evaluation assumes, shows what
 * `npm run eval` counts, and keeps showing the right meaning (or nothing) on
 * each sampled line. Files are read through the workspace, so the test runs
 * in the web worker extension host too.
 */
describe('The evaluation sample in the editor', function () {
  // Each test opens a file the editor has not seen, and the first one also waits for the catalogs.
  this.timeout(60_000);

  let recognizer: Recognizer;
  let restoreCaseLabels: (() => Promise<void>) | undefined;

  before(async () => {
    const api = await ready();
    // The same catalogs the providers use, with the settings the evaluation assumes.
    recognizer = Recognizer.for(await api.catalogs.index(), defaultSettings);
    // A test that failed before its clean-up may have left some of those settings changed.
    for (const name of ['largeFileThreshold', 'codeLens.maxPerDocument', 'codeLens.minConfidence', 'codeLens.enabled', 'hover.enabled']) {
      if (vscode.workspace.getConfiguration('statusCodeLens').inspect(name)?.workspaceValue !== undefined) {
        await afterEvent(
          vscode.workspace.onDidChangeConfiguration,
          () => vscode.workspace.getConfiguration('statusCodeLens').update(name, undefined, vscode.ConfigurationTarget.Workspace),
          (event) => event.affectsConfiguration(`statusCodeLens.${name}`),
        );
      }
    }
    // The evaluation counts a case label's annotation as a lens; the editor writes it as an inlay hint by default.
    restoreCaseLabels = await withSetting('annotate.caseLabels', 'lens');
  });

  after(async () => {
    await restoreCaseLabels?.();
  });

  for (const sample of EDITOR_SAMPLE) {
    it(`${sample.file}: "${sample.literal}" gives ${sample.today === 'lens' ? 'its labelled meaning in a lens and a hover' : 'neither lens nor hover'}`, async () => {
      const relative = `${SAMPLE_FOLDER}/${sample.file}`;
      const decoder = new TextDecoder();
      const labelsText = decoder.decode(await vscode.workspace.fs.readFile(fixtureUri(`${relative}.labels`)));
      const document = await openFixture(relative);
      const file = buildCorpusFile(sample.file, document.getText(), labelsText);
      const spot = locateSample(file, sample);
      assert.equal(document.languageId, languageIdFor(sample.file), 'the language the evaluation assumes for this file');

      const position = new vscode.Position(spot.line, spot.end - 1);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
      const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 100)).filter(
        (lens) => lens.command?.command === 'statusCodeLens.explain' && lens.range.start.line === spot.line && lens.range.start.character < spot.end && spot.start < lens.range.end.character,
      );

      const doc = recognizer.buildDocumentContext(file.text, file.languageId);
      const expected = recognizer.recognizeAt(file.lines[spot.line] as string, spot.line, spot.end - 1, doc, { lineAt: (n) => file.lines[n] });
      if (sample.today === 'lens') {
        assert.ok(expected, 'the core recognises the sampled literal');
        const text = hoverText(hovers);
        assert.ok(text.includes(renderHover(expected)), `the hover shows the evaluated meaning; got:\n${text}`);
        assert.deepEqual(
          lenses.map((lens) => lens.command?.title),
          [lensTitle(expected)],
        );
      } else {
        assert.equal(expected, undefined);
        assert.doesNotMatch(hoverText(hovers), /Clickatell|Webex|IETF|GeniqTech|HTTP/);
        assert.deepEqual(lenses, []);
      }
    });
  }
});
