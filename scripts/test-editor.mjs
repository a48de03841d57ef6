// `npm run test:editor`: runs the in-editor suite inside a real VS Code server, offline.
//
// code-server serves the workbench, Debian's Chromium opens it with the
// extension under development and the suite's entry point in the URL payload,
// and the suite (test/editor/index.ts) runs inside the real Node extension host
// and writes its results to a file this script waits for. A run that never
// writes its report within the deadline fails, like a run with a failing test.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildExtension, buildTests, copyWorkspace, runDir, testOut } from './lib/build.mjs';
import { openBrowser } from './lib/browser.mjs';
import { ensureCodeServer, repoRoot, say, startCodeServer, tail } from './lib/codeServer.mjs';
import { ensureDebianPackages } from './ensure-debian.mjs';
import { printReport, waitForResults } from './lib/results.mjs';
import { runUiTests } from '../test/ui/run.mjs';

const DEADLINE_MS = Number(process.env.SCL_EDITOR_TIMEOUT_MS || 150_000);
const FIXTURE_WORKSPACE = join(repoRoot, 'test', 'fixtures', 'workspace');

async function main() {
  ensureDebianPackages();
  ensureCodeServer();
  // Timed from here: the one-time install above is not part of a run.
  const started = Date.now();
  say('Building the extension and the in-editor suite…');
  buildExtension();
  buildTests();
  const suite = join(testOut, 'test', 'editor', 'index.js');
  if (!existsSync(suite)) throw new Error(`The in-editor suite was not compiled: ${suite} is missing.`);

  const dir = runDir('scl-editor-');
  const results = join(dir, 'results.json');
  const logFile = join(dir, 'code-server.log');
  const consoleLog = [];
  const workspace = copyWorkspace(FIXTURE_WORKSPACE, dir);

  const server = await startCodeServer({ dataDir: dir, logFile, env: { SCL_EDITOR_RESULTS: results } });
  let browser;
  const counts = { passed: 0, failed: 0 };
  try {
    const opened = await openBrowser({ onConsole: (line) => consoleLog.push(line) });
    browser = opened.browser;
    const url = server.workbenchUrl(workspace, [
      ['extensionDevelopmentPath', server.remoteUri(repoRoot)],
      ['extensionTestsPath', server.remoteUri(suite)],
    ]);
    say(`Running the in-editor suite in code-server on port ${server.port}…`);
    await opened.page.goto(url);

    const serverGone = server.exit.then(({ code, signal }) => `code-server exited (${code ?? signal}) before the suite reported`);
    const report = await waitForResults(results, DEADLINE_MS, serverGone);
    if (!report || report.aborted) {
      say(report?.aborted ?? `The in-editor suite did not report within ${DEADLINE_MS / 1000} s: the editor hung or the suite never started.`);
      counts.failed++;
    } else {
      printReport(report);
      counts.passed += report.passed;
      counts.failed += report.failed;
      if (report.passed + report.failed === 0) {
        say('The in-editor suite ran no test.');
        counts.failed++;
      }
      // The browser-level tests count in the same summary.
      const ui = await runUiTests({ server, browser, workspace, repoRoot, artifactsDir: dir, say });
      counts.passed += ui.passed;
      counts.failed += ui.failed;
    }
    if (counts.failed > 0) printLogs(logFile, consoleLog);
    say(`In-editor run took ${Math.round((Date.now() - started) / 1000)} s.`);
    return counts;
  } finally {
    await browser?.close().catch(() => {});
    await server.stop();
    if (counts.failed === 0 && !process.env.SCL_KEEP) rmSync(dir, { recursive: true, force: true });
    else say(`Run files kept in ${dir}`);
  }
}

function printLogs(logFile, consoleLog) {
  say(`\n--- code-server log (${logFile}) ---\n${tail(logFile, 120)}`);
  say(`--- workbench console (last 40 lines) ---\n${consoleLog.slice(-40).join('\n')}\n---`);
}

main().then(
  ({ passed, failed }) => {
    // The closing line: every in-editor and browser-level test, counted once.
    say(`editor: ${passed} passed, ${failed} failed`);
    process.exit(failed > 0 || passed === 0 ? 1 : 0);
  },
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    say('editor: 0 passed, 1 failed');
    process.exit(1);
  },
);
