import { performance } from 'node:perf_hooks';

/**
 * Timing helpers. Every figure the benchmark reports is a median over several
 * runs after a warm-up run, so one slow run (a GC, a scheduler hiccup) does not
 * decide the result.
 */

/** The baseline every time is compared with: the cheapest pass that finds every number in a text. */
export const BARE_PATTERN = /\b\d{1,6}\b/g;

/**
 * Counts the matches of `BARE_PATTERN` in `text[from, to)`. `test` with a
 * global pattern advances `lastIndex` without building match arrays, so this
 * is the fastest honest regex pass, which makes the ratios strict.
 */
export function barePass(text: string): number {
  const pattern = new RegExp(BARE_PATTERN.source, 'g');
  let count = 0;
  while (pattern.test(text)) {
    count++;
  }
  return count;
}

/** Milliseconds `action` takes, once. */
export function timeOnce(action: () => unknown): number {
  const started = performance.now();
  action();
  return performance.now() - started;
}

/** Frees garbage between runs when node runs with `--expose-gc`, so one run's garbage is not collected during the next. */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
}

/** `timeOnce` from a collected heap, so a phase is not charged for the garbage of the phase before it in the same run. */
export function timeFresh(action: () => unknown): number {
  collectGarbage();
  return timeOnce(action);
}

export interface RunOptions {
  readonly runs: number;
  readonly warmups: number;
}

/** Runs `sample` `warmups` times unmeasured, then `runs` times, and returns the measured results. */
export function sampleRuns<T>(options: RunOptions, sample: () => T): T[] {
  for (let i = 0; i < options.warmups; i++) {
    collectGarbage();
    sample();
  }
  const results: T[] = [];
  for (let i = 0; i < options.runs; i++) {
    collectGarbage();
    results.push(sample());
  }
  return results;
}

/** The median of `values` (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) {
    return Number.NaN;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The `p`-th percentile (0..100) of `values`, by the nearest-rank method. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) {
    return Number.NaN;
  }
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}
