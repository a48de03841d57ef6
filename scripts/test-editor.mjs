// `npm run test:editor`: runs the in-editor suite inside a real VS Code server, offline.
//
// code-server serves the workbench, Debian's Chromium opens it with the
// extension under development and the suite's entry point in the URL payload,
// and the suite (test/editor/index.ts) runs inside the real Node extension host
// and writes its results to a file this script waits for. A run that never
// writes its report within the deadline fails, like a run with a failing test.
import { existsSync, readFileSync, rmSync, watch } from 'node:fs';
import { join } from 'node:path';
import { buildExtension, buildTests, copyWorkspace, runDir, testOut } from './lib/build.mjs';
import { openBrowser } from './lib/browser.mjs';
import { ensureCodeServer, repoRoot, say, startCodeServer, tail } from './lib/codeServer.mjs';
import { ensureDebianPackages } from './ensure-debian.mjs';
import { runUiTests } from '../test/ui/run.mjs';

const DEADLINE_MS = Number(process.env.SCL_EDITOR_TIMEOUT_MS || 150_000);
const FIXTURE_WORKSPACE = join(repoRoot, 'test', 'fixtures', 'workspace');

/** @typedef {import('../test/editor/index.js').EditorResults} EditorResults */

/**
 * Resolves with the parsed report once the results file says it is done, or with undefined at the deadline.
 * @param {string} file
 * @param {number} deadlineMs
 * @param {Promise<string>} stopEarly resolves with the reason when waiting longer is pointless
 * @returns {Promise<EditorResults | { aborted: string } | undefined>}
 */
function waitForResults(file, deadlineMs, stopEarly) {
  return new Promise((resolve) => {
    let settled = false;
    /** @param {EditorResults | { aborted: string } | undefined} value */
    const finish = (value) => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      clearTimeout(timer);
      watcher?.close();
      resolve(value);
    };
    const check = () => {
      if (!existsSync(file)) return;
      try {
        const report = /** @type {EditorResults} */ (JSON.parse(readFileSync(file, 'utf8')));
        if (report.done === true) finish(report);
      } catch {
        // Not complete yet; the next change or poll reads it again.
      }
    };
    // A file-system watch answers at once; the short poll covers file systems where watching misses events.
    /** @type {import('node:fs').FSWatcher | undefined} */
    let watcher;
    try {
      watcher = watch(join(file, '..'), () => check());
    } catch {
      watcher = undefined;
    }
    const poll = setInterval(check, 250);
    const timer = setTimeout(() => finish(undefined), deadlineMs);
    // Settles this promise; `stopEarly` never rejects.
    void stopEarly.then((reason) => {
      check();
      if (!settled) finish({ aborted: reason });
    });
    check();
  });
}

/** @param {EditorResults} report */
function printReport(report) {
  for (const test of report.tests) {
    const ms = test.durationMs ?? 0;
    const slow = ms >= 1000 ? ` (${(ms / 1000).toFixed(1)} s)` : '';
    say(`  ${test.state === 'passed' ? 'ok  ' : 'FAIL'} ${test.title}${slow}`);
  }
  for (const failure of report.failures) {
    say(`\n  ✗ ${failure.title}\n    ${failure.message.split('\n').join('\n    ')}`);
  }
}

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
  /** @type {string[]} */
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
    if (!report || 'aborted' in report) {
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

/**
 * @param {string} logFile
 * @param {string[]} consoleLog
 */
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
