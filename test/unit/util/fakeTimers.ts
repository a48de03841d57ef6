import type { Timers } from '../../../src/core/util/delayer';

/** Timers that run only when the test advances the clock. */
export class FakeTimers implements Timers {
  private time = 0;
  private nextId = 1;
  private readonly waiting = new Map<number, { at: number; callback: () => void }>();

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.waiting.set(id, { at: this.time + ms, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.waiting.delete(handle as number);
  }

  get pending(): number {
    return this.waiting.size;
  }

  /** Moves the clock forward, running what falls due in order. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.waiting.entries()].filter(([, t]) => t.at <= end).sort(([, a], [, b]) => a.at - b.at)[0];
      if (!due) {
        break;
      }
      this.waiting.delete(due[0]);
      this.time = due[1].at;
      due[1].callback();
    }
    this.time = end;
  }
}
