// `npm run test:editor:web`: the in-editor suite a second time, in the web
// worker extension host, offline.
//
// The same code-server as `npm run test:editor` serves the workbench; the URL
// payload adds `["extensionDevelopmentKind", "web"]`, so the extension under
// development runs from its `browser` entry (dist/extension-web.js) in the
// web worker extension host, as on vscode.dev. The suite is the same test
// files and fixture workspace, bundled for the worker (scripts/lib/webSuite.mjs);
// it writes its report through `workspace.fs` beside the workspace copy, where
// this script waits for it.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildExtension, copyWorkspace, runDir, testOut } from './lib/build.mjs';
import { openBrowser } from './lib/browser.mjs';
import { ensureCodeServer, repoRoot, say, startCodeServer, tail } from './lib/codeServer.mjs';
import { printReport, waitForResults } from './lib/results.mjs';
import { buildWebSuite } from './lib/webSuite.mjs';
import { ensureDebianPackages } from './ensure-debian.mjs';

const DEADLINE_MS = Number(process.env.SCL_EDITOR_TIMEOUT_MS || 150_000);
const FIXTURE_WORKSPACE = join(repoRoot, 'test', 'fixtures', 'workspace');

async function main() {
  ensureDebianPackages();
  ensureCodeServer();
  const started = Date.now();
  say('Building the extension and the in-editor suite for the web extension host…');
  buildExtension();
  if (!existsSync(join(repoRoot, 'dist', 'extension-web.js'))) throw new Error('The web bundle dist/extension-web.js was not built.');
  const suite = join(testOut, 'web-suite', 'suite.js');
  const files = await buildWebSuite(suite);
  say(`The web suite holds ${files.length} test files: ${files.join(', ')}.`);

  const dir = runDir('scl-editor-web-');
  // The suite writes results.json beside the workspace folder (see test/editor/web/index.ts).
  const workspace = copyWorkspace(FIXTURE_WORKSPACE, dir);
  const results = join(dir, 'results.json');
  const logFile = join(dir, 'code-server.log');
  const consoleLog = [];
  const server = await startCodeServer({ dataDir: dir, logFile });
  let browser;
  const counts = { passed: 0, failed: 0 };
  try {
    const opened = await openBrowser({ onConsole: (line) => consoleLog.push(line) });
    browser = opened.browser;
    const url = server.workbenchUrl(workspace, [
      ['extensionDevelopmentPath', server.remoteUri(repoRoot)],
      ['extensionDevelopmentKind', 'web'],
      ['extensionTestsPath', server.remoteUri(suite)],
    ]);
    say(`Running the in-editor suite in the web extension host of code-server on port ${server.port}…`);
    await opened.page.goto(url);
    const serverGone = server.exit.then(({ code, signal }) => `code-server exited (${code ?? signal}) before the suite reported`);
    const report = await waitForResults(results, DEADLINE_MS, serverGone);
    if (!report || report.aborted) {
      say(report?.aborted ?? `The web in-editor suite did not report within ${DEADLINE_MS / 1000} s: the editor hung or the suite never started.`);
      counts.failed++;
    } else {
      printReport(report);
      counts.passed += report.passed;
      counts.failed += report.failed;
      if (report.passed + report.failed === 0) {
        say('The web in-editor suite ran no test.');
        counts.failed++;
      }
    }
    if (counts.failed > 0) {
      say(`\n--- code-server log (${logFile}) ---\n${tail(logFile, 80)}`);
      say(`--- workbench console (last 60 lines) ---\n${consoleLog.slice(-60).join('\n')}\n---`);
    }
    say(`Web in-editor run took ${Math.round((Date.now() - started) / 1000)} s.`);
    return counts;
  } finally {
    await browser?.close().catch(() => {});
    await server.stop();
    if (counts.failed === 0 && !process.env.SCL_KEEP) rmSync(dir, { recursive: true, force: true });
    else say(`Run files kept in ${dir}`);
  }
}

main().then(
  ({ passed, failed }) => {
    say(`web: ${passed} passed, ${failed} failed`);
    process.exit(failed > 0 || passed === 0 ? 1 : 0);
  },
  (error) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    say('web: 0 passed, 1 failed');
    process.exit(1);
  },
);
