/** Anything with a `dispose` method; `vscode.Disposable` is one. */
export interface DisposableLike {
  dispose(): unknown;
}

/**
 * The base of every class that owns listeners, watchers or timers. What it
 * registers is disposed with it, in reverse order; what registers after
 * disposal (an async task that finished late) is disposed at once, so it
 * can never outlive its owner.
 */
export abstract class Disposable implements DisposableLike {
  private readonly owned = new Set<DisposableLike>();
  private disposedFlag = false;

  protected get isDisposed(): boolean {
    return this.disposedFlag;
  }

  /** Takes ownership of `value` and returns it. */
  protected register<T extends DisposableLike>(value: T): T {
    if (this.disposedFlag) {
      value.dispose();
    } else {
      this.owned.add(value);
    }
    return value;
  }

  protected registerAll(...values: DisposableLike[]): void {
    for (const value of values) {
      this.register(value);
    }
  }

  /** Disposes `value` now and forgets it, for things replaced while the owner lives (watchers of old settings). */
  protected release(value: DisposableLike): void {
    this.owned.delete(value);
    value.dispose();
  }

  dispose(): void {
    if (this.disposedFlag) {
      return;
    }
    this.disposedFlag = true;
    const owned = [...this.owned].reverse();
    this.owned.clear();
    for (const value of owned) {
      value.dispose();
    }
  }
}
