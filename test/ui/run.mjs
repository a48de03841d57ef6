// Browser-level tests: they drive the workbench the way a person does, with
// keyboard and mouse, in the same code-server the in-editor suite used.
//
// Each `*.ui.mjs` file in this folder exports `tests`, a list of
// `{ title, run(context) }`. They share one workbench page, opened with the
// extension loaded as a development extension and no test runner, so the
// extension host stays up for as long as the tests need it.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const WORKBENCH_TIMEOUT_MS = 60_000;

/** @returns {Promise<(import('./workbench.mjs').UiTest & { file: string })[]>} */
async function loadTests() {
  const files = readdirSync(import.meta.dirname)
    .filter((name) => name.endsWith('.ui.mjs'))
    .sort();
  /** @type {(import('./workbench.mjs').UiTest & { file: string })[]} */
  const tests = [];
  for (const file of files) {
    const module = /** @type {{ tests?: import('./workbench.mjs').UiTest[] }} */ (await import(pathToFileURL(join(import.meta.dirname, file)).href));
    for (const test of module.tests ?? []) tests.push({ ...test, file });
  }
  return tests;
}

/** @typedef {Awaited<ReturnType<typeof import('../../scripts/lib/codeServer.mjs').startCodeServer>>} CodeServer */

/**
 * Opens the workbench and waits until it is ready for keyboard input.
 * @param {{ server: CodeServer, browser: import('playwright-core').Browser, workspace: string, repoRoot: string }} options
 */
async function openWorkbench({ server, browser, workspace, repoRoot }) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const url = server.workbenchUrl(workspace, [['extensionDevelopmentPath', server.remoteUri(repoRoot)]]);
  await page.goto(url);
  await page.locator('.monaco-workbench').waitFor({ timeout: WORKBENCH_TIMEOUT_MS });
  // The status bar shows the remote connection once the extension host is connected.
  await page.locator('#workbench\\.parts\\.statusbar').waitFor({ timeout: WORKBENCH_TIMEOUT_MS });
  return { context, page };
}

/**
 * Runs every UI test and returns the counts; failures are printed with their
 * messages. A test that cannot even get a workbench counts as failed.
 *
 * @param {{ server: CodeServer, browser: import('playwright-core').Browser, workspace: string, repoRoot: string, artifactsDir: string, say: (line: string) => void }} options
 */
export async function runUiTests({ server, browser, workspace, repoRoot, artifactsDir, say }) {
  const tests = await loadTests();
  let passed = 0;
  let failed = 0;
  if (tests.length === 0) return { passed, failed };
  let opened;
  try {
    opened = await openWorkbench({ server, browser, workspace, repoRoot });
  } catch (error) {
    say(`  FAIL opening the workbench for the UI tests: ${error instanceof Error ? error.message : String(error)}`);
    return { passed, failed: tests.length };
  }
  try {
    for (const test of tests) {
      try {
        await test.run({ page: opened.page, repoRoot, workspace, artifactsDir });
        passed++;
        say(`  ok   UI ${test.title}`);
      } catch (error) {
        failed++;
        say(`  FAIL UI ${test.title}\n    ${error instanceof Error ? error.message.split('\n').join('\n    ') : String(error)}`);
        // Whatever the test left open must not confuse the next one.
        await opened.page.keyboard.press('Escape').catch(() => {});
      }
    }
  } finally {
    await opened.context.close().catch(() => {});
  }
  return { passed, failed };
}
