/** The timer functions a Delayer uses; tests pass fakes. */
export interface Timers {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Runs a task once a stream of triggers pauses for `delay` ms: each trigger
 * restarts the wait and replaces the task. With `maxDelay`, a steady stream
 * cannot postpone it longer than that after the first trigger of a batch.
 */
export class Delayer {
  private handle: unknown;
  private task: (() => void) | undefined;
  private firstAt = 0;
  private disposed = false;

  constructor(
    private readonly delay: number,
    private readonly maxDelay = Number.POSITIVE_INFINITY,
    private readonly timers: Timers = realTimers,
  ) {}

  trigger(task: () => void): void {
    if (this.disposed) {
      return;
    }
    const now = this.timers.now();
    if (this.task === undefined) {
      this.firstAt = now;
    } else {
      this.timers.clearTimeout(this.handle);
    }
    this.task = task;
    const wait = Math.max(0, Math.min(this.delay, this.firstAt + this.maxDelay - now));
    this.handle = this.timers.setTimeout(() => this.run(), wait);
  }

  get isTriggered(): boolean {
    return this.task !== undefined;
  }

  /** Drops the waiting task, if any. */
  cancel(): void {
    if (this.task !== undefined) {
      this.timers.clearTimeout(this.handle);
      this.task = undefined;
    }
  }

  dispose(): void {
    this.cancel();
    this.disposed = true;
  }

  private run(): void {
    const task = this.task;
    this.task = undefined;
    task?.();
  }
}
