import * as assert from 'node:assert/strict';
import { inlayLabel, inlayPlan, MAX_HINTS_PER_LINE, type InlayOptions } from '../../../src/core/render/inlayPlan';
import { realIndex, recognizerFor } from '../recognize/catalogs';

const recognizer = recognizerFor(realIndex());

const HANDLER = [
  '// Clickatell One API status callback',
  'function outcome(status: number) {',
  '  if (status === 23) { retry(); }',
  '  switch (status) {',
  '    case 4:',
  '      return "pending";',
  '    case 23:',
  '      return "failed";',
  '  }',
  '  const width = 404;',
  '}',
];

const ALL: InlayOptions = { codes: true, caseLabels: true, minConfidence: 0.5, ignoreCodes: [] };

function hints(options: Partial<InlayOptions> = {}, lines = HANDLER, range = { start: 0, end: lines.length - 1 }) {
  const doc = recognizer.buildDocumentContext(lines.join('\n'), 'typescript');
  return inlayPlan(recognizer, (n) => lines[n], range, doc, { ...ALL, ...options });
}

describe('inlay hint plans', () => {
  it('writes the name after comparisons and case labels, and nothing after numbers that are not codes', () => {
    const plans = hints();
    assert.deepEqual(plans.map((p) => p.line), [2, 4, 6]);
    assert.equal(plans[0]?.label, 'DELIVERY_FAILURE');
    assert.equal(plans[2]?.label, 'DELIVERY_FAILURE', 'a case label is named from its switch');
    assert.notEqual(plans[1]?.label, '');
    assert.equal(plans[0]?.end, HANDLER[2]!.indexOf('23') + 2, 'the hint sits right after the literal');
    assert.match(plans[0]?.tooltip ?? '', /\*\*23\*\* `DELIVERY_FAILURE` — /);
  });

  it('separates case labels from other codes, as the annotation mode does', () => {
    assert.deepEqual(hints({ caseLabels: false }).map((p) => p.line), [2]);
    assert.deepEqual(hints({ codes: false }).map((p) => p.line), [4, 6]);
    assert.deepEqual(hints({ codes: false, caseLabels: false }), []);
  });

  it('leaves ignored codes and low-confidence recognitions out', () => {
    assert.deepEqual(hints({ ignoreCodes: [23] }).map((p) => p.line), [4]);
    assert.deepEqual(hints({ minConfidence: 1.01 }), []);
  });

  it('reads only the requested lines, at most a few hints per line', () => {
    assert.deepEqual(hints({}, HANDLER, { start: 3, end: 5 }).map((p) => p.line), [4]);
    const busy = ['// Clickatell One API', `const s = [${Array.from({ length: 6 }, () => 'status === 23').join(', ')}];`];
    assert.ok(hints({}, busy).length <= MAX_HINTS_PER_LINE);
  });

  it('names a number, and gives a name its number', () => {
    const match = realIndex().byCode(23).find((m) => m.entry.name === 'DELIVERY_FAILURE');
    assert.ok(match, 'Clickatell defines 23 DELIVERY_FAILURE');
    const candidates = [{ ...match, confidence: 0.9, reasons: [] }];
    assert.equal(inlayLabel({ line: 0, start: 0, end: 2, text: '23', code: 23, form: 'compare', candidates }), 'DELIVERY_FAILURE');
    assert.equal(inlayLabel({ line: 0, start: 0, end: 16, text: 'DELIVERY_FAILURE', name: 'DELIVERY_FAILURE', code: 23, form: 'member', candidates }), '23');
  });
});
