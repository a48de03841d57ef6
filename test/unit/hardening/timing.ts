import { performance } from 'node:perf_hooks';

/**
 * How much longer `run` takes on the input of size `2n` than of size `n`:
 * the least of several timings each (the least is the one other work on the
 * machine disturbed least), repeated until one timing is long enough to
 * measure. About 2 for linear work, 4 for quadratic.
 */
export function linearRatio<T>(make: (n: number) => T, run: (input: T) => unknown, n: number): number {
  const small = make(n);
  const large = make(2 * n);
  run(small);
  run(large);
  let repeats = 1;
  while (timeOf(small, run, repeats) < 5 && repeats < 1 << 16) {
    repeats *= 2;
  }
  let bestSmall = Number.POSITIVE_INFINITY;
  let bestLarge = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    bestSmall = Math.min(bestSmall, timeOf(small, run, repeats));
    bestLarge = Math.min(bestLarge, timeOf(large, run, repeats));
  }
  return bestLarge / bestSmall;
}

function timeOf<T>(input: T, run: (input: T) => unknown, repeats: number): number {
  const start = performance.now();
  for (let i = 0; i < repeats; i++) {
    run(input);
  }
  return performance.now() - start;
}
