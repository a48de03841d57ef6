// `npm run test:editor:web`: the in-editor suite a second time, in the web
// worker extension host, offline.
//
// The same code-server as `npm run test:editor` serves the workbench, and the
// extension under development runs from its `browser` entry
// (dist/extension-web.js) in the web worker extension host, as on vscode.dev.
// The URL payload's `["extensionDevelopmentKind", "web"]` does not do that in
// code-server 4.100.3 (VS Code 1.100): the browser workbench keeps the kind
// under another name than the one the code placing extensions reads, so the
// extension falls back to the kinds its manifest implies, `workspace` first,
// and runs in the Node host. The user setting `remote.extensionKind` is read
// by that code, so it pins the extension to `web`, where the only host that
// runs it is the web worker. The suite is the same test files and fixture
// workspace, bundled for the worker (scripts/lib/webSuite.mjs); it checks
// which host it runs in and writes its report through `workspace.fs` beside
// the workspace copy, where this script waits for it.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_WORKSPACE, buildExtension, copyWorkspace, runDir, testOut } from './lib/build.mjs';
import { ensureCodeServer, repoRoot, say } from './lib/codeServer.mjs';
import { extensionId, runEditorSuite, runScript } from './lib/runner.mjs';
import { buildWebSuite } from './lib/webSuite.mjs';
import { ensureDebianPackages } from './ensure-debian.mjs';

runScript('web', async () => {
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
  return runEditorSuite({
    name: 'web in-editor suite',
    where: 'in the web extension host of code-server',
    dir,
    workspace,
    suite,
    results: join(dir, 'results.json'),
    payload: [['extensionDevelopmentKind', 'web']],
    settings: { 'remote.extensionKind': { [extensionId()]: ['web'] } },
    started,
    timedLabel: 'Web in-editor run',
  });
});
