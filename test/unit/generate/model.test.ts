import * as assert from 'node:assert/strict';
import type { Catalog, CatalogEntry } from '../../../src/core/catalog/types';
import { caseLayout } from '../../../src/core/generate/cases';
import { generateCases, generatorFor, missingBranchCount } from '../../../src/core/generate/index';
import { buildModel } from '../../../src/core/generate/model';

function catalog(entries: CatalogEntry[], extra: Partial<Catalog> = {}): Catalog {
  return { id: 'test', title: 'Test', provider: 'Acme', kind: 'status', source: { url: 'https://example.com' }, context: ['status'], entries, ...extra };
}

describe('handler model', () => {
  it('orders groups delivered, pending, failed final, failed retryable, other, and sorts each by code', () => {
    const model = buildModel(
      catalog([
        { code: 9, description: 'x' },
        { code: 4, description: 'x', outcome: 'failed', retryable: true },
        { code: 3, description: 'x', outcome: 'failed' },
        { code: 8, description: 'x', outcome: 'pending' },
        { code: 2, description: 'x', outcome: 'success' },
        { code: 1, description: 'x', outcome: 'delivered' },
      ]),
    );
    assert.deepEqual(
      model.groups.map((g) => [g.key, g.branches.map((b) => b.first)]),
      [
        ['succeeded', [1, 2]],
        ['pending', [8]],
        ['failedFinal', [3]],
        ['failedRetryable', [4]],
        ['other', [9]],
      ],
    );
  });

  it('merges entries with the same code and leaves out reserved ones', () => {
    const model = buildModel(
      catalog([
        { code: 1, name: 'A', description: 'first' },
        { code: 1, name: 'B', description: 'second' },
        { code: 2, description: 'Reserved', reserved: true },
      ]),
    );
    assert.deepEqual(
      model.branches.map((b) => [b.first, b.comment]),
      [[1, '1 A: first']],
    );
  });

  it('names the type after provider, channel and kind unless a name is given', () => {
    assert.deepEqual(buildModel(catalog([{ code: 1, description: 'x' }], { provider: 'Webex Connect', channel: 'sms', kind: 'error' })).typeWords, ['webex', 'connect', 'sms', 'error', 'code']);
    assert.deepEqual(buildModel(catalog([{ code: 1, description: 'x' }]), { typeName: 'my-codes' }).typeWords, ['my', 'codes']);
  });
});

describe('branches for an existing switch', () => {
  const overlapping = catalog([
    { code: 1000, to: 1999, description: 'Other 1000 series', outcome: 'failed' },
    { code: 1001, description: 'Specific', outcome: 'delivered' },
    { code: 10, to: 12, description: 'Small range' },
    { code: 11, description: 'Inside the small range' },
  ]);

  it('moves ranges that overlap other codes after them and leaves those codes out of their labels', () => {
    const layout = caseLayout(buildModel(overlapping), undefined);
    const order = layout.groups.flatMap((g) => g.branches.map((b) => b.first));
    assert.deepEqual(order, [1001, 11, 10, 1000]);
    const small = layout.groups.flatMap((g) => g.branches).find((b) => b.first === 10);
    assert.ok(small);
    assert.deepEqual(layout.listed(small), [10, 12]);
  });

  it('writes a Rust range pattern after the codes it would otherwise shadow', () => {
    const rust = generatorFor('rust');
    assert.ok(rust);
    const { plain } = generateCases(overlapping, rust, { includeDefault: true });
    assert.ok(plain.indexOf('1001 => {') < plain.indexOf('1000..=1999 => {'), plain);
    assert.match(plain, /^10 \| 12 => \{$/m);
  });

  it('leaves out handled codes, including single codes inside a range, and counts what is missing', () => {
    const ts = generatorFor('typescript');
    assert.ok(ts);
    const model = catalog([
      { code: 1, description: 'a' },
      { code: 2, description: 'b' },
      { code: 5, to: 7, description: 'c' },
    ]);
    const { plain, branches } = generateCases(model, ts, { includeDefault: false, handled: new Set([1, 6]) });
    assert.deepEqual([...plain.matchAll(/^case (\d+):$/gm)].map((m) => Number(m[1])), [2, 5, 7]);
    assert.equal(branches, 2);
    assert.equal(missingBranchCount(model, new Set([1, 2, 5, 6, 7])), 0);
    assert.ok(!plain.includes('default'));
  });

  it('quotes the subject in the fallback only when it is a plain name', () => {
    const ts = generatorFor('typescript');
    assert.ok(ts);
    const one = catalog([{ code: 1, description: 'a' }]);
    assert.match(generateCases(one, ts, { includeDefault: true, subject: 'event.status' }).plain, /\$\{event\.status\}/);
    assert.doesNotMatch(generateCases(one, ts, { includeDefault: true, subject: 'f(x)' }).plain, /f\(x\)/);
  });

  it('writes PHP match arms and Java colon labels when the block uses them', () => {
    const one = catalog([{ code: 1, to: 2, description: 'a' }]);
    const php = generatorFor('php');
    const java = generatorFor('java');
    assert.ok(php && java);
    assert.match(generateCases(one, php, { includeDefault: true, subject: '$code', expressionArms: true }).plain, /^1, 2 => null,$/m);
    assert.match(generateCases(one, java, { includeDefault: false, colonLabels: true }).plain, /^case 1:\ncase 2:\n {4}break;$/m);
    assert.match(generateCases(one, java, { includeDefault: false }).plain, /^case 1, 2 -> \{$/m);
  });
});
