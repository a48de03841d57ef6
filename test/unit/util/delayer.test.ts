import * as assert from 'node:assert/strict';
import { Delayer } from '../../../src/core/util/delayer';
import { Disposable } from '../../../src/core/util/disposable';
import { FakeTimers } from './fakeTimers';

describe('Delayer', () => {
  it('runs the last task once the triggers pause', () => {
    const timers = new FakeTimers();
    const delayer = new Delayer(100, Number.POSITIVE_INFINITY, timers);
    const runs: string[] = [];
    delayer.trigger(() => runs.push('a'));
    timers.advance(60);
    delayer.trigger(() => runs.push('b'));
    timers.advance(60);
    assert.deepEqual(runs, []);
    timers.advance(40);
    assert.deepEqual(runs, ['b']);
    assert.equal(delayer.isTriggered, false);
  });

  it('cannot be postponed past the longest delay by a steady stream of triggers', () => {
    const timers = new FakeTimers();
    const delayer = new Delayer(100, 300, timers);
    let runs = 0;
    for (let i = 0; i < 10; i++) {
      delayer.trigger(() => runs++);
      timers.advance(50);
    }
    assert.equal(runs, 1, 'one run after 300 ms although triggers came every 50 ms');
  });

  it('runs nothing after cancel or dispose', () => {
    const timers = new FakeTimers();
    const delayer = new Delayer(100, Number.POSITIVE_INFINITY, timers);
    let runs = 0;
    delayer.trigger(() => runs++);
    delayer.cancel();
    timers.advance(200);
    delayer.trigger(() => runs++);
    delayer.dispose();
    delayer.trigger(() => runs++);
    timers.advance(200);
    assert.equal(runs, 0);
    assert.equal(timers.pending, 0);
  });
});

class Owner extends Disposable {
  add(value: { dispose(): void }): void {
    this.register(value);
  }

  replace(value: { dispose(): void }): void {
    this.release(value);
  }
}

describe('Disposable', () => {
  it('disposes what it registered, last first, once', () => {
    const order: string[] = [];
    const owner = new Owner();
    owner.add({ dispose: () => order.push('first') });
    owner.add({ dispose: () => order.push('second') });
    owner.dispose();
    owner.dispose();
    assert.deepEqual(order, ['second', 'first']);
  });

  it('disposes at once what registers after disposal', () => {
    const owner = new Owner();
    owner.dispose();
    let disposed = false;
    owner.add({ dispose: () => (disposed = true) });
    assert.ok(disposed);
  });

  it('releases a value early without disposing it twice', () => {
    const owner = new Owner();
    let count = 0;
    const value = { dispose: () => count++ };
    owner.add(value);
    owner.replace(value);
    owner.dispose();
    assert.equal(count, 1);
  });
});
