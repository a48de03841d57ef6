import * as assert from 'node:assert/strict';
import { defaultSettings } from '../../../src/core/settings';
import { documentLensPlan, MAX_LENSES_PER_LINE, visibleLensPlan, VISIBLE_MARGIN, type LensPlan } from '../../../src/core/render/lensPlan';
import { realIndex, recognizerFor } from '../recognize/catalogs';

const recognizer = recognizerFor(realIndex());

function plan(text: string, languageId: string, settings: Partial<typeof defaultSettings> = {}): LensPlan[] {
  const merged = { ...defaultSettings, ...settings };
  const doc = recognizer.buildDocumentContext(text, languageId);
  return [...documentLensPlan(recognizer, text, doc, merged)].flat();
}

const HANDLER = [
  '// Clickatell One API status callback',
  'function outcome(status: number) {',
  '  switch (status) {',
  '    case 4:',
  '      return "pending";',
  '    case 23:',
  '      return "failed";',
  '  }',
  '}',
].join('\n');

describe('lens plans', () => {
  it('shows one lens per meaning on a line, however many times the line says it', () => {
    const lines = [
      '2026-11-22T10:00:01Z WARN clickatell callback status=DELIVERY_FAILURE statusCode=23 id=a1',
      '{"statusCode":23,"status":"DELIVERY_FAILURE","description":"clickatell"}',
      'if (status === 23 || status === 25 || statusCode === 23) {} // clickatell',
    ];
    const lenses = plan(lines.join('\n'), 'log');
    assert.deepEqual(
      lenses.map((lens) => [lens.line, lens.kind === 'code' ? lens.title.split(' ')[0] : lens.kind]),
      [
        [0, '23'],
        [1, '23'],
        [2, '23'],
        [2, '25'],
      ],
    );
  });

  it('puts the switch summary on the header line, before the lenses of its cases', () => {
    const lenses = plan(HANDLER, 'typescript');
    assert.deepEqual(
      lenses.map((lens) => [lens.kind, lens.line]),
      [
        ['switch', 2],
        ['code', 3],
        ['code', 5],
      ],
    );
    const summary = lenses[0];
    assert.ok(summary?.kind === 'switch');
    assert.match(summary.title, /^handles 2 of \d+ Clickatell One API message statuses$/);
    assert.ok(summary.missing > 0);
    assert.equal(summary.catalogId, 'clickatell-one-api-message-status');
    assert.match(lenses[2]?.title ?? '', /^23 DELIVERY_FAILURE · .* · Clickatell$/);
  });

  it('leaves the switch summary out when the setting turns it off', () => {
    assert.deepEqual(
      plan(HANDLER, 'typescript', { codeLensSwitchSummary: false }).map((lens) => lens.kind),
      ['code', 'code'],
    );
  });

  it('leaves the case labels to the summary and the hover when the setting turns their lenses off', () => {
    assert.deepEqual(
      plan(HANDLER, 'typescript', { codeLensCaseLabels: false }).map((lens) => [lens.kind, lens.line]),
      [['switch', 2]],
    );
    const withComparison = `${HANDLER}\nif (status === 23) {}`;
    assert.deepEqual(
      plan(withComparison, 'typescript', { codeLensCaseLabels: false }).map((lens) => [lens.kind, lens.line]),
      [
        ['switch', 2],
        ['code', 9],
      ],
    );
  });

  it('stops at the per-document cap, counting the switch summary', () => {
    assert.equal(plan(HANDLER, 'typescript', { codeLensMaxPerDocument: 2 }).length, 2);
    const log = Array.from({ length: 5000 }, (_, i) => `{"statusCode": ${i % 2 === 0 ? 23 : 4}, "n": ${i}}`).join('\n');
    const lenses = plan(`clickatell\n${log}`, 'log', { codeLensMaxPerDocument: 300 });
    assert.equal(lenses.length, 300);
    assert.deepEqual(
      lenses.slice(0, 3).map((lens) => lens.line),
      [1, 2, 3],
    );
  });

  it('gives every line of a long log its lens when uncapped, across batches', () => {
    const log = Array.from({ length: 3000 }, () => 'status=23 clickatell').join('\n');
    const lenses = plan(log, 'log', { codeLensMaxPerDocument: Number.POSITIVE_INFINITY });
    assert.equal(lenses.length, 3000);
    assert.equal(new Set(lenses.map((lens) => lens.line)).size, 3000);
  });

  it('shows no lens below the confidence threshold', () => {
    assert.equal(plan('clickatell\nstatus=23', 'log', { codeLensMinConfidence: 1 }).length, 0);
  });

  it('puts at most three lenses above one line', () => {
    const line = '{"status": 23, "statusCode": 4, "errorCode": 101, "reasonCode": 5, "responseCode": 13}';
    assert.equal(plan(line, 'log').length, MAX_LENSES_PER_LINE);
  });

  it('covers the visible lines and a margin around them, and nothing else', () => {
    const lines = Array.from({ length: 1000 }, () => '{"statusCode": 23} clickatell');
    const doc = recognizer.buildDocumentContext(lines.slice(0, 10).join('\n'), 'log');
    const lenses = visibleLensPlan(recognizer, (n) => lines[n], lines.length, [{ start: 500, end: 520 }], doc, defaultSettings);
    const covered = lenses.map((lens) => lens.line);
    assert.equal(Math.min(...covered), 500 - VISIBLE_MARGIN);
    assert.equal(Math.max(...covered), 520 + VISIBLE_MARGIN);
    assert.equal(lenses.length, 21 + 2 * VISIBLE_MARGIN);
  });

  it('stops the visible scan when cancelled', () => {
    const lines = ['status=23', 'status=23'];
    const doc = recognizer.buildDocumentContext('clickatell', 'log');
    assert.deepEqual(visibleLensPlan(recognizer, (n) => lines[n], lines.length, [{ start: 0, end: 1 }], doc, defaultSettings, () => true), []);
  });
});

describe('lens plans under the annotation mode', () => {
  it('leaves codes outside case labels to other channels when codeLensCodes is off', () => {
    const withComparison = `${HANDLER}\nif (status === 23) {}`;
    const lenses = plan(withComparison, 'typescript', { codeLensCodes: false } as Partial<typeof defaultSettings>);
    assert.deepEqual(lenses.map((lens) => [lens.kind, lens.line]), [['switch', 2], ['code', 3], ['code', 5]]);
  });

  it('gives ignored codes no lens', () => {
    const lenses = plan(HANDLER, 'typescript', { ignoreCodes: [23] });
    assert.deepEqual(lenses.map((lens) => [lens.kind, lens.line]), [['switch', 2], ['code', 3]]);
  });
});
