import type { CatalogIndex } from '../src/core/catalog/catalogIndex';
import { situationAt } from '../src/core/generate/situation';
import { preferredCatalogsFor } from '../src/core/globs';
import { Recognizer } from '../src/core/recognize/recognizer';
import { defaultSettings } from '../src/core/settings';
import { findSwitchBlocks } from '../src/core/switch/switchBlocks';
import { subjectKey } from '../src/core/switch/switchLabels';
import { barePass, median, sampleRuns, timeOnce, type RunOptions } from './stats';

/**
 * The inputs a fuzzing run found to hang or to take super-linear time, each
 * timed at two sizes, the second twice the first: the time per KB stays about
 * the same when the work is linear, and doubles with the size when it is
 * quadratic.
 */
export interface PathologicalResult {
  readonly name: string;
  /** Input sizes in characters, and the median milliseconds at each. */
  readonly sizes: readonly [number, number];
  readonly ms: readonly [number, number];
  /** The bare pass over the larger input. */
  readonly bareMs: number;
}

interface Case {
  readonly name: string;
  /** The input of size `n` and what is timed on it; `n` and `2n` are measured. */
  readonly n: number;
  readonly make: (n: number) => { text: string; run: () => unknown };
}

function cases(index: CatalogIndex): Case[] {
  const recognizer = Recognizer.for(index, defaultSettings);
  const wide = Recognizer.for(index, { ...defaultSettings, maxLineLength: 100_000 });
  const nested = (outer: number): string[] => {
    const lines = ['function f(status: number, code: number) {', '  switch (status) {'];
    for (let i = 1; i <= outer; i++) {
      lines.push(`    case ${[200, 404, 500][i % 3]}:`, '      switch (code) {');
      for (let j = 1; j <= 6; j++) lines.push(`        case ${j}: return ${j};`);
      lines.push('      }', '      break;');
    }
    lines.push('  }', '}');
    return lines;
  };
  const unclosed = (n: number) => Array.from({ length: n }, (_, i) => `switch (status) { case ${(i % 90) + 1}:`).join('\n');
  return [
    {
      name: 'Rust arm `x::y::y::…` without an arrow',
      n: 2_000,
      make: (n) => {
        const text = `match s {\n    x${'::y'.repeat(n)}\n}`;
        return { text, run: () => findSwitchBlocks(text, { languageId: 'rust' }) };
      },
    },
    {
      name: 'Subject `x .value .value … +`',
      n: 2_000,
      make: (n) => {
        const text = `x${' .value'.repeat(n)} +`;
        return { text, run: () => subjectKey(text) };
      },
    },
    {
      name: 'Completion on a line of `a.a.a.…`',
      n: 40_000,
      make: (n) => {
        const text = `${'a.'.repeat(n)}a`;
        return { text, run: () => situationAt(text, text.length, 'typescript') };
      },
    },
    {
      name: 'Switch finder, one line of `case 1:`',
      n: 11_000,
      make: (n) => {
        const text = `switch (status) { ${'case 1: '.repeat(n)}}`;
        return { text, run: () => findSwitchBlocks(text, { languageId: 'typescript' }) };
      },
    },
    {
      name: 'Recogniser, a line of `9 ` (maxLineLength 100,000)',
      n: 24_000,
      make: (n) => {
        const text = '9 '.repeat(n);
        const doc = wide.buildDocumentContext('', 'plaintext');
        return { text, run: () => wide.recognizeLine(text, 0, doc) };
      },
    },
    {
      name: 'Switch finder, unclosed `switch (status) { case N:` lines',
      n: 10_000,
      make: (n) => {
        const text = unclosed(n);
        return { text, run: () => findSwitchBlocks(text, { languageId: 'typescript' }) };
      },
    },
    {
      name: 'Hover on the last outer label of a nested switch',
      n: 48,
      make: (n) => {
        const lines = nested(n);
        const text = lines.join('\n');
        const doc = recognizer.buildDocumentContext(text, 'typescript');
        let line = 0;
        lines.forEach((l, i) => {
          if (l.startsWith('    case ')) line = i;
        });
        return { text, run: () => recognizer.recognizeAt(lines[line] as string, line, 9, doc, { lineAt: (k) => lines[k] }) };
      },
    },
    {
      name: 'Glob `*a*a*a*a*a*a*a*a*a*ab/**` on a long folder name',
      n: 5_000,
      make: (n) => {
        const text = `${'a'.repeat(n)}/x.ts`;
        const preferences = { '*a*a*a*a*a*a*a*a*a*ab/**': ['x'] };
        return { text, run: () => preferredCatalogsFor(text, preferences) };
      },
    },
  ];
}

/** Each pathological input at its size and twice that; `repeat` runs per timing keep the small ones measurable. */
export function timePathological(index: CatalogIndex, options: RunOptions): PathologicalResult[] {
  return cases(index).map((c) => {
    const inputs = [c.make(c.n), c.make(2 * c.n)] as const;
    const ms = inputs.map((input) => {
      // Short inputs are run several times per timing, so each timing is long enough to read.
      let repeat = 1;
      while (timeOnce(() => input.run()) * repeat < 20 && repeat < 1024) repeat *= 2;
      return median(sampleRuns(options, () => timeOnce(() => {
        for (let i = 0; i < repeat; i++) input.run();
      }) / repeat));
    });
    const large = inputs[1].text;
    const bareMs = median(sampleRuns(options, () => timeOnce(() => barePass(large))));
    return { name: c.name, sizes: [inputs[0].text.length, large.length], ms: [ms[0] as number, ms[1] as number], bareMs };
  });
}
