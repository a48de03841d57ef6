/**
 * What the in-editor suite reports, and the run that collects it, shared by
 * its entry points in the Node extension host (index.ts) and in the web
 * worker extension host (web/index.ts). Neither Node nor the `vscode` API is
 * used here: each entry point makes its own mocha and writes the report its
 * own way.
 */

/**
 * What the in-editor suite writes when it is done. The script that started the
 * editor cannot see the extension host's console, so this file is the only
 * report it gets; `done` tells a finished run from one that died half way.
 */
export interface EditorResults {
  readonly done: boolean;
  /** Where the suite ran, so a run in the wrong extension host shows in the output. */
  readonly host: SuiteHost;
  readonly passed: number;
  readonly failed: number;
  readonly tests: readonly { readonly title: string; readonly state: 'passed' | 'failed'; readonly durationMs?: number }[];
  readonly failures: readonly Failure[];
  readonly durationMs: number;
}

export interface SuiteHost {
  /** The global object is a web worker's. */
  readonly workerScope: boolean;
  /** Node's version where Node runs the suite. */
  readonly node?: string;
}

interface Failure {
  readonly title: string;
  readonly message: string;
  readonly stack?: string;
}

interface MochaTest {
  fullTitle(): string;
  duration?: number;
}

/** The part of a mocha runner, Node's or the browser build's, that the report needs. */
export interface RunnerEvents {
  on(event: 'pass' | 'fail', listener: (test: MochaTest, error?: unknown) => void): unknown;
}

/** The extension host this code runs in. */
export function currentHost(): SuiteHost {
  // VS Code's worker bootstrap may replace worker globals such as importScripts, but the global object stays a worker scope.
  const scope = globalThis as { WorkerGlobalScope?: abstract new () => unknown; process?: { versions?: { node?: string } } };
  const workerScope = typeof scope.WorkerGlobalScope === 'function' && globalThis instanceof scope.WorkerGlobalScope;
  const node = scope.process?.versions?.node;
  return node === undefined ? { workerScope } : { workerScope, node };
}

/** The host in the words both the evidence line and the failure use. */
export function describeHost(host: SuiteHost): string {
  return `worker scope: ${host.workerScope}, Node: ${host.node ?? 'none'}`;
}

/**
 * Loads and runs the suite through `start`, which sets mocha up and starts
 * it, and hands the report to `write`. It never throws before the report is
 * written, so a suite that cannot load is reported as one failure; afterwards
 * it rejects when anything failed, which VS Code reports as a failed test run.
 *
 * @param context names the run in the failure messages, e.g. "in the web extension host"
 * @param checks failures found before the run, such as the wrong extension host
 */
export async function runSuite(options: {
  readonly context?: string;
  readonly start: (done: () => void) => RunnerEvents;
  readonly write: (results: EditorResults) => void | Promise<void>;
  readonly checks?: readonly Failure[];
}): Promise<void> {
  const started = Date.now();
  const where = options.context ? ` ${options.context}` : '';
  const tests: { title: string; state: 'passed' | 'failed'; durationMs?: number }[] = [];
  const failures: Failure[] = [...(options.checks ?? [])];
  try {
    await new Promise<void>((resolve) => {
      const runner = options.start(() => resolve());
      runner.on('pass', (test) => {
        tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 });
      });
      runner.on('fail', (test, error) => {
        const title = test.fullTitle();
        tests.push({ title, state: 'failed', durationMs: test.duration ?? 0 });
        const failure: Failure = error instanceof Error && error.stack ? { title, message: messageOf(error), stack: error.stack } : { title, message: messageOf(error) };
        failures.push(failure);
      });
    });
  } catch (error) {
    failures.push({ title: `loading the in-editor suite${where}`, message: messageOf(error) });
  }
  // Every failing test or hook, a failed check and a suite that could not load is one failure.
  const failed = failures.length;
  await options.write({
    done: true,
    host: currentHost(),
    passed: tests.filter((t) => t.state === 'passed').length,
    failed,
    tests,
    failures,
    durationMs: Date.now() - started,
  });
  if (failed > 0) throw new Error(`${failed} in-editor test(s) failed${where}.`);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
