import * as vscode from 'vscode';
import { currentHost, describeHost, runSuite, type EditorResults, type RunnerEvents } from '../report';

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
}

export function runWith(loadTests: () => void): Promise<void> {
  // A run that landed in the Node extension host would prove nothing about the web one.
  const host = currentHost();
  const checks =
    host.workerScope && host.node === undefined
      ? []
      : [
          {
            title: 'the web in-editor suite runs in a web worker',
            message: `The suite was loaded outside a web worker: the extension host is not the web one (${describeHost(host)}).`,
          },
        ];
  return runSuite({
    context: 'in the web extension host',
    checks,
    start: (done) => {
      // The browser build of mocha puts `mocha` on the global object.
      require('mocha/mocha.js');
      const { mocha, Mocha } = globalThis as unknown as { mocha: BrowserMocha; Mocha: { prototype: { run(this: BrowserMocha, done: () => void): RunnerEvents } } };
      mocha.setup({ ui: 'bdd', reporter: undefined, timeout: 20_000, color: false });
      loadTests();
      // The browser `mocha.run` reads options from the page's address, which the extension host's worker does not have.
      return Mocha.prototype.run.call(mocha, done);
    },
    write: writeResults,
  });
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
