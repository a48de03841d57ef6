import * as assert from 'node:assert/strict';
import type { CatalogProblem } from '../../../src/core/catalog/parse';
import { ProblemNoticePolicy } from '../../../src/core/catalog/problemNotices';

function problem(file: string, message: string): CatalogProblem {
  return { kind: 'json', file, message: `${file}: ${message}` };
}

describe('problem notices', () => {
  it('warns once when a file breaks, not again on every save while it stays broken', () => {
    const policy = new ProblemNoticePolicy();
    const first = policy.update([problem('a.json', 'missing comma at 3:5')]);
    assert.deepEqual(first.notify, ['a.json']);
    assert.equal(first.log.length, 1);
    policy.closed();
    // The user keeps typing and saving: the mistake moves, the file stays broken.
    for (const where of ['3:6', '3:7', '4:1']) {
      const next = policy.update([problem('a.json', `missing comma at ${where}`)]);
      assert.deepEqual(next.notify, [], `no new warning for ${where}`);
      assert.equal(next.log.length, 1, 'the changed problem is still logged');
    }
  });

  it('does not log or warn again for the same unchanged problem', () => {
    const policy = new ProblemNoticePolicy();
    policy.update([problem('a.json', 'bad')]);
    policy.closed();
    assert.deepEqual(policy.update([problem('a.json', 'bad')]), { log: [], notify: [] });
  });

  it('keeps at most one warning visible, naming the files that broke meanwhile later only if they break again', () => {
    const policy = new ProblemNoticePolicy();
    assert.deepEqual(policy.update([problem('a.json', 'bad')]).notify, ['a.json']);
    const meanwhile = policy.update([problem('a.json', 'bad'), problem('b.json', 'bad')]);
    assert.deepEqual(meanwhile.notify, [], 'a warning is already on screen');
    assert.equal(meanwhile.log.length, 1, 'b.json is logged');
    policy.closed();
    assert.deepEqual(policy.update([problem('a.json', 'bad'), problem('b.json', 'bad')]).notify, []);
  });

  it('warns again when a fixed file breaks again', () => {
    const policy = new ProblemNoticePolicy();
    policy.update([problem('a.json', 'bad')]);
    policy.closed();
    assert.deepEqual(policy.update([]), { log: [], notify: [] });
    const again = policy.update([problem('a.json', 'bad')]);
    assert.deepEqual(again.notify, ['a.json']);
    assert.equal(again.log.length, 1, 'a problem that came back is logged again');
  });

  it('names every newly broken file in one warning', () => {
    const policy = new ProblemNoticePolicy();
    assert.deepEqual(policy.update([problem('a.json', 'x'), problem('b.json', 'y'), problem('a.json', 'z')]).notify, ['a.json', 'b.json']);
  });
});
