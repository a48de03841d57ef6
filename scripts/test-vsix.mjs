// `npm run test:vsix`: proves the packaged extension works as a user gets it.
//
// The `.vsix` that `npm run package` builds is installed into a fresh
// code-server with `code-server --install-extension` (no development path, no
// test runner), the fixture workspace is opened in Debian's Chromium, and a
// hover over a status literal must show its meaning. This catches what the
// in-editor suite cannot: a file left out by `.vscodeignore`, a bundle that
// only works beside the sources, a manifest that does not activate.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyWorkspace, runDir } from './lib/build.mjs';
import { openBrowser } from './lib/browser.mjs';
import { ensureCodeServer, repoRoot, run, say, startCodeServer, tail } from './lib/codeServer.mjs';
import { ensureDebianPackages } from './ensure-debian.mjs';
import { openFile, runCommand } from '../test/ui/workbench.mjs';

const VSIX = join(repoRoot, 'status-code-lens.vsix');
const FIXTURE_WORKSPACE = join(repoRoot, 'test', 'fixtures', 'workspace');
const HOVER_TIMEOUT_MS = 30_000;

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

  const logFile = join(dir, 'code-server.log');
  const server = await startCodeServer({ dataDir: dir, logFile });
  let browser;
  let ok = false;
  try {
    const opened = await openBrowser();
    browser = opened.browser;
    await opened.page.goto(server.workbenchUrl(copyWorkspace(FIXTURE_WORKSPACE, dir)));
    await opened.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    const text = await hoverShowsMeaning(opened.page);
    say(`  ok   the installed .vsix explains 23 in a hover: ${text.split('\n')[0]}`);
    ok = true;
  } catch (error) {
    say(`  FAIL ${error instanceof Error ? error.message : String(error)}`);
    say(`--- code-server log ---\n${tail(logFile, 60)}`);
  } finally {
    await browser?.close().catch(() => {});
    await server.stop();
    if (ok && !process.env.SCL_KEEP) rmSync(dir, { recursive: true, force: true });
    else say(`Run files kept in ${dir}`);
  }
  return ok;
}

main().then(
  (ok) => {
    say(`vsix: ${ok ? 1 : 0} passed, ${ok ? 0 : 1} failed`);
    process.exit(ok ? 0 : 1);
  },
  (error) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    say('vsix: 0 passed, 1 failed');
    process.exit(1);
  },
);
