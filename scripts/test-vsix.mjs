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
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_WORKSPACE, copyWorkspace, runDir } from './lib/build.mjs';
import { ensureCodeServer, repoRoot, say, startCodeServer } from './lib/codeServer.mjs';
import { openWorkbench, packageVsix, record, runChecks, runInBrowser, runScript } from './lib/runner.mjs';
import { ensureDebianPackages } from './ensure-debian.mjs';
import { tests as lookupTests } from '../test/ui/lookup.ui.mjs';
import { openFile, runCommand } from '../test/ui/workbench.mjs';

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

runScript('vsix', async () => {
  ensureDebianPackages();
  const entry = ensureCodeServer();
  const vsix = packageVsix();

  const dir = runDir('scl-vsix-');
  const extensionsDir = join(dir, 'extensions');
  mkdirSync(extensionsDir, { recursive: true });
  // A config file of the run's own, so the install writes nothing to the user's ~/.config.
  writeFileSync(join(dir, 'config.yaml'), 'auth: none\n');
  const installed = spawnSync(process.execPath, [entry, '--config', join(dir, 'config.yaml'), '--user-data-dir', join(dir, 'user-data'), '--extensions-dir', extensionsDir, '--install-extension', vsix], { encoding: 'utf8' });
  if (installed.status !== 0 || !/successfully installed/i.test(installed.stdout)) {
    throw new Error(`code-server --install-extension failed:\n${installed.stdout}\n${installed.stderr}`);
  }
  say(installed.stdout.trim());
  // Every file of the bundle must have been packaged: the chunks it loads on first use are missing from no check but this one.
  const built = readdirSync(join(repoRoot, 'dist')).filter((name) => name.endsWith('.js'));
  const [folder] = readdirSync(extensionsDir).filter((name) => name.startsWith('status-code-lens.'));
  const shipped = folder && existsSync(join(extensionsDir, folder, 'dist')) ? readdirSync(join(extensionsDir, folder, 'dist')) : [];
  const missing = built.filter((name) => !shipped.includes(name));
  const counts = { passed: 0, failed: 0 };
  record(counts, missing.length === 0, `the installed extension holds every file of the bundle: ${built.join(', ')}`, `the installed extension lacks ${missing.join(', ')}`);

  await runInBrowser({
    dir,
    counts,
    start: () => startCodeServer({ dataDir: dir, logFile: join(dir, 'code-server.log') }),
    body: async ({ page, server }) => {
      await openWorkbench(page, server.workbenchUrl(copyWorkspace(FIXTURE_WORKSPACE, dir)));
      /** @type {import('../test/ui/workbench.mjs').UiTest[]} */
      const checks = [
        { title: 'the installed .vsix explains 23 in a hover', run: async ({ page: workbench }) => (await hoverShowsMeaning(workbench)).split('\n')[0] },
        ...lookupTests.map((test) => ({ title: `the installed .vsix ${test.title}`, run: test.run })),
      ];
      await runChecks(checks, { page, repoRoot, artifactsDir: join(dir, 'artifacts') }, counts);
    },
  });
  return counts;
});
