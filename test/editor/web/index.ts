import * as vscode from 'vscode';
import type { EditorResults } from '../index';

/**
 * The in-editor suite's entry point in the web worker extension host (see
 * scripts/test-editor-web.mjs). The host can load one CommonJS file and
 * nothing but `vscode`, so the suite is bundled with mocha's browser build,
 * and the test files are loaded by `loadTests`, which the bundle's generated
 * entry passes in (scripts/lib/webSuite.mjs) once mocha has defined
 * `describe` and `it`.
 *
 * The worker has no process environment and no file system of its own; the
 * results go through `workspace.fs` to `results.json` beside the fixture
 * workspace, a folder on the server's disk that the starting script reads.
 */

interface BrowserMocha {
  setup(options: { ui: string; reporter?: unknown; timeout: number; color: boolean }): void;
  run(done: (failures: number) => void): MochaRunner;
}

interface MochaTest {
  fullTitle(): string;
  duration?: number;
}

interface MochaRunner {
  on(event: 'pass', listener: (test: MochaTest) => void): void;
  on(event: 'fail', listener: (test: MochaTest, error: unknown) => void): void;
}

export async function runWith(loadTests: () => void): Promise<void> {
  const started = Date.now();
  const tests: { title: string; state: 'passed' | 'failed'; durationMs?: number }[] = [];
  const failures: { title: string; message: string; stack?: string }[] = [];
  // A run that landed in the Node extension host would prove nothing about the web one.
  // VS Code's worker bootstrap may replace worker globals such as importScripts, but the global object stays a worker scope, and Node is absent.
  const scope = globalThis as { WorkerGlobalScope?: abstract new () => unknown; process?: { versions?: { node?: string } } };
  const inWorker = typeof scope.WorkerGlobalScope === 'function' && globalThis instanceof scope.WorkerGlobalScope;
  const node = scope.process?.versions?.node;
  if (!inWorker || node !== undefined) {
    failures.push({
      title: 'the web in-editor suite runs in a web worker',
      message: `The suite was loaded outside a web worker: the extension host is not the web one (worker scope: ${inWorker}, Node: ${node ?? 'none'}).`,
    });
  }
  try {
    // The browser build of mocha puts `mocha` on the global object.
    require('mocha/mocha.js');
    const { mocha, Mocha } = globalThis as unknown as { mocha: BrowserMocha; Mocha: { prototype: { run: BrowserMocha['run'] } } };
    mocha.setup({ ui: 'bdd', reporter: undefined, timeout: 20_000, color: false });
    loadTests();
    await new Promise<void>((resolve) => {
      // The browser `mocha.run` reads options from the page's address, which the extension host's worker does not have.
      const runner = Mocha.prototype.run.call(mocha, () => resolve());
      runner.on('pass', (test) => {
        tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 });
      });
      runner.on('fail', (test, error) => {
        const title = test.fullTitle();
        tests.push({ title, state: 'failed', durationMs: test.duration ?? 0 });
        const failure: { title: string; message: string; stack?: string } = { title, message: messageOf(error) };
        if (error instanceof Error && error.stack) failure.stack = error.stack;
        failures.push(failure);
      });
    });
  } catch (error) {
    failures.push({ title: 'loading the in-editor suite in the web extension host', message: messageOf(error) });
  }
  const failed = failures.length;
  await writeResults({
    done: true,
    passed: tests.filter((t) => t.state === 'passed').length,
    failed,
    tests,
    failures,
    durationMs: Date.now() - started,
  });
  if (failed > 0) throw new Error(`${failed} in-editor test(s) failed in the web extension host.`);
}

async function writeResults(results: EditorResults): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('The web in-editor suite must run with the fixture workspace open: it reports beside it.');
  const file = vscode.Uri.joinPath(folder.uri, '..', 'results.json');
  const partial = vscode.Uri.joinPath(folder.uri, '..', 'results.json.partial');
  // Written to a side file and renamed, so the waiting script never reads half a report.
  await vscode.workspace.fs.writeFile(partial, new TextEncoder().encode(JSON.stringify(results, null, 2)));
  await vscode.workspace.fs.rename(partial, file, { overwrite: true });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
