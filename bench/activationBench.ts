import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import type { ActivationSample } from './activation';
import { median, type RunOptions } from './stats';

/**
 * Activation timed in fresh Node processes, one per run, because a module
 * is compiled once per process: timing a second `require` in the same
 * process would measure a cache, not what the extension host pays.
 */

export interface ActivationTimings {
  readonly requireMs: number;
  readonly activateMs: number;
  readonly totalMs: number;
  readonly bareMs: number;
  readonly firstIndexMs: number;
  readonly catalogsIndexed: number;
  /** `workspace.fs` calls during activation in any run; empty when activation reads no catalog. */
  readonly fsCallsDuringActivation: readonly string[];
  readonly fsCallsForIndex: number;
  readonly commands: number;
  readonly providers: readonly string[];
  readonly errors: readonly string[];
}

/** `bundle` names another bundle than dist/extension.js, e.g. the web bundle, which activates the same way against the fake. */
export function timeActivation(runs: RunOptions, bundle?: string): ActivationTimings {
  const script = path.join(__dirname, 'activation.js');
  const env = bundle === undefined ? process.env : { ...process.env, SCL_BENCH_BUNDLE: bundle };
  const sample = (): ActivationSample => JSON.parse(execFileSync(process.execPath, [script], { encoding: 'utf8', env })) as ActivationSample;
  for (let i = 0; i < runs.warmups; i++) sample();
  const samples = Array.from({ length: runs.runs }, sample);
  const last = samples[samples.length - 1] as ActivationSample;
  return {
    requireMs: median(samples.map((s) => s.requireMs)),
    activateMs: median(samples.map((s) => s.activateMs)),
    totalMs: median(samples.map((s) => s.requireMs + s.activateMs)),
    bareMs: median(samples.map((s) => s.bareMs)),
    firstIndexMs: median(samples.map((s) => s.firstIndexMs)),
    catalogsIndexed: last.catalogsIndexed,
    fsCallsDuringActivation: [...new Set(samples.flatMap((s) => s.fsCallsDuringActivation))],
    fsCallsForIndex: last.fsCallsForIndex,
    commands: last.commands,
    providers: last.providers,
    errors: [...new Set(samples.flatMap((s) => s.errors))],
  };
}
