import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { createFakeVscode, installFakeVscode } from '../../../bench/fakeVscode';
import { generateLog, generateSource } from '../../../bench/generate';
import { documentContext, wholeDocumentLenses } from '../../../bench/lensPass';
import { barePass, median, percentile } from '../../../bench/stats';
import { defaultSettings } from '../../../src/core/settings';
import { repoRoot } from '../paths';
import { realIndex, recognizerFor } from '../recognize/catalogs';

describe('Benchmark helpers', () => {
  it('takes medians and nearest-rank percentiles', () => {
    assert.equal(median([5, 1, 3]), 3);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.ok(Number.isNaN(median([])));
    const hundred = Array.from({ length: 100 }, (_, i) => 100 - i);
    assert.equal(percentile(hundred, 50), 50);
    assert.equal(percentile(hundred, 99), 99);
    assert.equal(percentile(hundred, 100), 100);
  });

  it('counts the numbers of a text in the bare pass, not digits inside words', () => {
    assert.equal(barePass('status=23 pid 4312 at 10:07 id a1b2 1234567'), 4);
  });

  it('generates the same log for the same seed, of at least the size asked for, with every kind of line', () => {
    const log = generateLog(64 * 1024);
    assert.equal(log, generateLog(64 * 1024));
    assert.notEqual(log, generateLog(64 * 1024, 7));
    assert.ok(log.length >= 64 * 1024 && log.length < 66 * 1024);
    for (const marker of ['"statusCode":', '"error":{"code":', 'status=', ' HTTP/1.1" ', 'responseCode=', 'pid ']) {
      assert.ok(log.includes(marker), marker);
    }
    const source = generateSource(8 * 1024);
    assert.ok(source.length >= 8 * 1024);
    assert.match(source, /switch \(callback\.statusCode\) \{\n\s+case \d+:/);
  });

  it('computes lenses as the provider does: top meaning per code, one per meaning and at most three a line, stopping at the cap', () => {
    const recognizer = recognizerFor(realIndex());
    const text = ['clickatell callback {"statusCode":23}', 'pid=4312 port=8080', 'a=1 status=7203 b=2 status=7204 status=7205 status=7201'].join('\n');
    const doc = documentContext(recognizer, text, 'log');
    const lenses = wholeDocumentLenses(recognizer, text, doc, defaultSettings, Number.POSITIVE_INFINITY);
    assert.deepEqual(
      lenses.map((lens) => lens.line),
      [0, 2, 2, 2],
      'none for the pid and the port, three of the four statuses',
    );
    assert.match(lenses[0]?.title ?? '', /^23 DELIVERY_FAILURE · .* · Clickatell/);
    assert.equal(wholeDocumentLenses(recognizer, text, doc, defaultSettings, 2).length, 2);
  });

  it('serves the fake vscode module to require while installed, and records file reads', async () => {
    const { module: fake, record } = createFakeVscode(path.join(repoRoot, 'package.json'));
    const uninstall = installFakeVscode(fake);
    try {
      const vscode = require('vscode') as typeof fake;
      assert.equal(vscode, fake);
      const workspace = vscode.workspace as { getConfiguration(section: string): { get(name: string): unknown }; fs: { readFile(uri: unknown): Promise<Uint8Array> } };
      assert.equal(workspace.getConfiguration('statusCodeLens').get('codeLens.maxPerDocument'), 200, 'defaults come from package.json');
      const Uri = vscode.Uri as { file(path: string): unknown };
      await workspace.fs.readFile(Uri.file(path.join(repoRoot, 'package.json')));
      assert.deepEqual(record.fsCalls, [`readFile ${path.join(repoRoot, 'package.json').split(path.sep).join('/')}`]);
    } finally {
      uninstall();
    }
    assert.throws(() => require('vscode'), /Cannot find module 'vscode'/);
  });
});
