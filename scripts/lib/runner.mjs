// What every test script that drives a workbench in the browser shares:
// start a server, open the workbench in Debian's Chromium, run the checks or
// wait for the in-editor suite's report, print it, stop everything and close
// with the count line `npm test` shows (`label: N passed, M failed`).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openBrowser } from './browser.mjs';
import { repoRoot, run, say, startCodeServer, tail } from './codeServer.mjs';
import { printReport, waitForResults } from './results.mjs';

/** @typedef {{ passed: number, failed: number }} Counts */
/** @typedef {{ stop(): unknown, logFile?: string }} Server */
/** @typedef {Awaited<ReturnType<typeof startCodeServer>>} CodeServer */

export const VSIX = join(repoRoot, 'status-code-lens.vsix');

/** How long an in-editor run may show no progress before it fails; `SCL_EDITOR_TIMEOUT_MS` changes it. */
const QUIET_MS = Number(process.env.SCL_EDITOR_TIMEOUT_MS) || 150_000;
const WORKBENCH_TIMEOUT_MS = 60_000;

/**
 * Runs a script's body and ends the process with its count line; a body that
 * throws counts as one failure, and a run with no passing test fails too.
 * @param {string} label
 * @param {() => Promise<Counts>} body
 */
export function runScript(label, body) {
  body().then(
    ({ passed, failed }) => {
      say(`${label}: ${passed} passed, ${failed} failed`);
      process.exit(failed > 0 || passed === 0 ? 1 : 0);
    },
    (error) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      say(`${label}: 0 passed, 1 failed`);
      process.exit(1);
    },
  );
}

/** Builds the `.vsix` with `npm run package` and returns its path. */
export function packageVsix() {
  say('Packaging the extension…');
  rmSync(VSIX, { force: true });
  run('npm', ['run', '-s', 'package'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  if (!existsSync(VSIX)) throw new Error(`npm run package did not write ${VSIX}.`);
  return VSIX;
}

/**
 * Prints one check's outcome and counts it.
 * @param {Counts} counts
 * @param {boolean} ok
 * @param {string} passLine
 * @param {string} [failLine] what is printed instead when it failed
 */
export function record(counts, ok, passLine, failLine = passLine) {
  say(ok ? `  ok   ${passLine}` : `  FAIL ${failLine}`);
  if (ok) counts.passed++;
  else counts.failed++;
}

/**
 * Runs browser checks one after the other on the same page; what a check
 * resolves with, when it is text, is printed beside its title.
 * @param {import('../../test/ui/workbench.mjs').UiTest[]} checks
 * @param {import('../../test/ui/workbench.mjs').UiContext} context
 * @param {Counts} counts
 */
export async function runChecks(checks, context, counts) {
  for (const check of checks) {
    try {
      const detail = await check.run(context);
      record(counts, true, `${check.title}${typeof detail === 'string' ? `: ${detail}` : ''}`);
    } catch (error) {
      record(counts, false, `${check.title}: ${messageOf(error)}`);
    }
  }
}

/**
 * Opens `url` and waits until the workbench is drawn.
 * @param {import('playwright-core').Page} page
 * @param {string} url
 */
export async function openWorkbench(page, url) {
  await page.goto(url);
  await page.locator('.monaco-workbench').waitFor({ timeout: WORKBENCH_TIMEOUT_MS });
}

/**
 * The frame of every browser run: starts the server, opens Debian's Chromium
 * and hands both to `body`. Whatever `body` throws counts as one failure.
 * Afterwards the browser and the server are stopped, the server log and the
 * workbench console are printed when anything failed, and the run folder is
 * removed unless something failed or `SCL_KEEP` is set.
 *
 * @template {Server} S
 * @param {{
 *   dir: string,
 *   counts: Counts,
 *   start: () => Promise<S>,
 *   body: (run: { page: import('playwright-core').Page, browser: import('playwright-core').Browser, server: S, quietFor: () => number }) => Promise<void>,
 *   timed?: { label: string, since: number },
 * }} options `timed` prints how long the run took, under that label
 */
export async function runInBrowser({ dir, counts, start, body, timed }) {
  /** @type {string[]} */
  const consoleLog = [];
  // The workbench's console, where the extension host's output arrives too, is the run's sign of life.
  let lastConsoleAt = Date.now();
  /** @type {S | undefined} */
  let server;
  /** @type {import('playwright-core').Browser | undefined} */
  let browser;
  try {
    server = await start();
    const opened = await openBrowser({
      onConsole: (line) => {
        consoleLog.push(line);
        lastConsoleAt = Date.now();
      },
    });
    browser = opened.browser;
    await body({ page: opened.page, browser, server, quietFor: () => Date.now() - lastConsoleAt });
  } catch (error) {
    record(counts, false, messageOf(error));
  } finally {
    await browser?.close().catch(() => {});
    await server?.stop();
    if (counts.failed > 0) {
      if (server?.logFile) say(`\n--- code-server log (${server.logFile}) ---\n${tail(server.logFile, 120)}`);
      say(`--- workbench console (last 60 lines) ---\n${consoleLog.slice(-60).join('\n')}\n---`);
    }
    if (timed) say(`${timed.label} took ${Math.round((Date.now() - timed.since) / 1000)} s.`);
    if (counts.failed === 0 && !process.env.SCL_KEEP) rmSync(dir, { recursive: true, force: true });
    else say(`Run files kept in ${dir}`);
  }
}

/**
 * Runs the in-editor suite in code-server: the workbench opens `workspace`
 * with the extension under development and the suite in the URL payload,
 * the suite writes its report to `results`, and this prints it and counts
 * it. A run that shows no progress in the workbench console (where the
 * extension host's output arrives, the test reporter's too) for 150 s
 * and has not reported fails, like a run with a failing test; a busy machine
 * only makes it slower. `after` runs more browser tests in the same server once the
 * suite has reported.
 *
 * @param {{
 *   name: string,
 *   where: string,
 *   dir: string,
 *   workspace: string,
 *   suite: string,
 *   results: string,
 *   payload?: [string, string][],
 *   env?: Record<string, string>,
 *   settings?: Record<string, unknown>,
 *   started: number,
 *   timedLabel: string,
 *   after?: (run: { server: CodeServer, browser: import('playwright-core').Browser }) => Promise<Counts>,
 * }} options `name` is what the messages call the suite; `where` ends the line that starts it
 */
export async function runEditorSuite({ name, where, dir, workspace, suite, results, payload = [], env, settings, started, timedLabel, after }) {
  /** @type {Counts} */
  const counts = { passed: 0, failed: 0 };
  const logFile = join(dir, 'code-server.log');
  await runInBrowser({
    dir,
    counts,
    start: () => startCodeServer({ dataDir: dir, logFile, ...(env ? { env } : {}), ...(settings ? { settings } : {}) }),
    timed: { label: timedLabel, since: started },
    body: async ({ page, browser, server, quietFor }) => {
      const url = server.workbenchUrl(workspace, [
        ['extensionDevelopmentPath', server.remoteUri(repoRoot)],
        ...payload,
        ['extensionTestsPath', server.remoteUri(suite)],
      ]);
      say(`Running the ${name} ${where} on port ${server.port}…`);
      await page.goto(url);
      const serverGone = server.exit.then(({ code, signal }) => `code-server exited (${code ?? signal}) before the suite reported`);
      const report = await waitForResults(results, QUIET_MS, serverGone, quietFor);
      const theSuite = `The ${name}`;
      if (!report || 'aborted' in report) {
        say(report?.aborted ?? `${theSuite} showed no progress for ${QUIET_MS / 1000} s and did not report: the editor hung or the suite never started.`);
        counts.failed++;
        return;
      }
      printReport(report);
      counts.passed += report.passed;
      counts.failed += report.failed;
      if (report.passed + report.failed === 0) {
        say(`${theSuite} ran no test.`);
        counts.failed++;
      }
      if (after) {
        // Browser-level tests count in the same summary.
        const more = await after({ server, browser });
        counts.passed += more.passed;
        counts.failed += more.failed;
      }
    },
  });
  return counts;
}

/**
 * The publisher-qualified id of the extension, as settings name it.
 * @returns {string}
 */
export function extensionId() {
  const manifest = /** @type {{ publisher: string, name: string }} */ (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')));
  return `${manifest.publisher}.${manifest.name}`;
}

/** @param {unknown} error */
function messageOf(error) {
  return error instanceof Error ? error.message : String(error);
}
