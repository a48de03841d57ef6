// `npm run test:vsix`: proves the packaged extension works as a user gets it.
//
// The `.vsix` that `npm run package` builds is installed into a fresh
// code-server with `code-server --install-extension` (no development path, no
// test runner), the fixture workspace is opened in Debian's Chromium, and a
// hover over a status literal must show its meaning, and "Look Up Code…",
// which runs code from a file the bundle loads on first use, must find a code.
// This catches what the in-editor suite cannot: a file left out by
// `.vscodeignore`, a bundle that only works beside the sources, a manifest
// that does not activate.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyWorkspace, runDir } from './lib/build.mjs';
import { openBrowser } from './lib/browser.mjs';
import { ensureCodeServer, repoRoot, run, say, startCodeServer, tail } from './lib/codeServer.mjs';
import { ensureDebianPackages } from './ensure-debian.mjs';
import { tests as lookupTests } from '../test/ui/lookup.ui.mjs';
import { openFile, runCommand } from '../test/ui/workbench.mjs';

const VSIX = join(repoRoot, 'status-code-lens.vsix');
const FIXTURE_WORKSPACE = join(repoRoot, 'test', 'fixtures', 'workspace');
const HOVER_TIMEOUT_MS = 30_000;

/** @param {import('playwright-core').Page} page */
async function hoverShowsMeaning(page) {
  await openFile(page, 'src/handler.ts');
  // Line 9 is `  if (status === 23) {`; column 19 is inside the 23.
  await runCommand(page, 'Go to Line/Column');
  await page.keyboard.type('9:19');
  await page.keyboard.press('Enter');
  const hover = page.locator('.monaco-hover:not(.hidden)', { hasText: 'DELIVERY_FAILURE' });
  const deadline = Date.now() + HOVER_TIMEOUT_MS;
  // The extension activates on the first TypeScript file; until it has, the hover is empty and is asked again.
  for (;;) {
    await runCommand(page, 'Show or Focus Hover');
    try {
      await hover.first().waitFor({ state: 'visible', timeout: 3000 });
      return (await hover.first().innerText()).trim();
    } catch (error) {
      await page.keyboard.press('Escape');
      if (Date.now() > deadline) throw new Error('No hover with DELIVERY_FAILURE over `status === 23` in the installed extension.', { cause: error });
    }
  }
}

async function main() {
  ensureDebianPackages();
  const entry = ensureCodeServer();
  say('Packaging the extension…');
  rmSync(VSIX, { force: true });
  run('npm', ['run', '-s', 'package'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
  if (!existsSync(VSIX)) throw new Error(`npm run package did not write ${VSIX}.`);

  const dir = runDir('scl-vsix-');
  const extensionsDir = join(dir, 'extensions');
  mkdirSync(extensionsDir, { recursive: true });
  // A config file of the run's own, so the install writes nothing to the user's ~/.config.
  writeFileSync(join(dir, 'config.yaml'), 'auth: none\n');
  const installed = spawnSync(process.execPath, [entry, '--config', join(dir, 'config.yaml'), '--user-data-dir', join(dir, 'user-data'), '--extensions-dir', extensionsDir, '--install-extension', VSIX], { encoding: 'utf8' });
  if (installed.status !== 0 || !/successfully installed/i.test(installed.stdout)) {
    throw new Error(`code-server --install-extension failed:\n${installed.stdout}\n${installed.stderr}`);
  }
  say(installed.stdout.trim());
  // Every file of the bundle must have been packaged: the chunks it loads on first use are missing from no check but this one.
  const built = readdirSync(join(repoRoot, 'dist')).filter((name) => name.endsWith('.js'));
  const [folder] = readdirSync(extensionsDir).filter((name) => name.startsWith('status-code-lens.'));
  const shipped = folder && existsSync(join(extensionsDir, folder, 'dist')) ? readdirSync(join(extensionsDir, folder, 'dist')) : [];
  const missing = built.filter((name) => !shipped.includes(name));
  let passed = 0;
  let failed = 0;
  if (missing.length === 0) {
    say(`  ok   the installed extension holds every file of the bundle: ${built.join(', ')}`);
    passed++;
  } else {
    say(`  FAIL the installed extension lacks ${missing.join(', ')}`);
    failed++;
  }

  const logFile = join(dir, 'code-server.log');
  const server = await startCodeServer({ dataDir: dir, logFile });
  let browser;
  try {
    const opened = await openBrowser();
    browser = opened.browser;
    await opened.page.goto(server.workbenchUrl(copyWorkspace(FIXTURE_WORKSPACE, dir)));
    await opened.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    /** @type {import('../test/ui/workbench.mjs').UiTest[]} */
    const checks = [
      { title: 'the installed .vsix explains 23 in a hover', run: async ({ page }) => (await hoverShowsMeaning(page)).split('\n')[0] },
      ...lookupTests.map((test) => ({ title: `the installed .vsix ${test.title}`, run: (/** @type {import('../test/ui/workbench.mjs').UiContext} */ context) => test.run(context) })),
    ];
    for (const check of checks) {
      try {
        const detail = await check.run({ page: opened.page, repoRoot, artifactsDir: join(dir, 'artifacts') });
        say(`  ok   ${check.title}${typeof detail === 'string' ? `: ${detail}` : ''}`);
        passed++;
      } catch (error) {
        say(`  FAIL ${check.title}: ${error instanceof Error ? error.message : String(error)}`);
        failed++;
      }
    }
  } catch (error) {
    say(`  FAIL ${error instanceof Error ? error.message : String(error)}`);
    failed++;
  } finally {
    await browser?.close().catch(() => {});
    await server.stop();
    if (failed > 0) say(`--- code-server log ---\n${tail(logFile, 60)}`);
    if (failed === 0 && !process.env.SCL_KEEP) rmSync(dir, { recursive: true, force: true });
    else say(`Run files kept in ${dir}`);
  }
  return { passed, failed };
}

main().then(
  ({ passed, failed }) => {
    say(`vsix: ${passed} passed, ${failed} failed`);
    process.exit(failed === 0 && passed > 0 ? 0 : 1);
  },
  (error) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    say('vsix: 0 passed, 1 failed');
    process.exit(1);
  },
);
