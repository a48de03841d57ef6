import { performance } from 'node:perf_hooks';

/**
 * How much longer `run` takes on the input of size `2n` than of size `n`:
 * about 2 for linear work, 4 for quadratic. Each size is timed several
 * times, interleaved, and the least time counts (the one other work on the
 * machine disturbed least); a run is repeated until it is long enough to
 * measure. A ratio above `expected` is measured again, up to five times, so
 * a busy machine does not fail a linear input while a quadratic one stays
 * above it every time.
 */
export function linearRatio<T>(make: (n: number) => T, run: (input: T) => unknown, n: number, expected = 3.5): number {
  const small = make(n);
  const large = make(2 * n);
  run(small);
  run(large);
  let repeats = 1;
  while (timeOf(small, run, repeats) < 10 && repeats < 1 << 16) {
    repeats *= 2;
  }
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 5 && best >= expected; attempt++) {
    let bestSmall = Number.POSITIVE_INFINITY;
    let bestLarge = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 5; i++) {
      bestSmall = Math.min(bestSmall, timeOf(small, run, repeats));
      bestLarge = Math.min(bestLarge, timeOf(large, run, repeats));
    }
    best = Math.min(best, bestLarge / bestSmall);
  }
  return best;
}

function timeOf<T>(input: T, run: (input: T) => unknown, repeats: number): number {
  const start = performance.now();
  for (let i = 0; i < repeats; i++) {
    run(input);
  }
  return performance.now() - start;
}
