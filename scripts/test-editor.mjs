// `npm run test:editor`: runs the in-editor suite inside a real VS Code server, offline.
//
// code-server serves the workbench, Debian's Chromium opens it with the
// extension under development and the suite's entry point in the URL payload,
// and the suite (test/editor/index.ts) runs inside the real Node extension host
// and writes its results to a file this script waits for. A run that never
// writes its report within the deadline fails, like a run with a failing test.
// The browser-level tests (test/ui) follow in the same code-server.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_WORKSPACE, buildExtension, buildTests, copyWorkspace, runDir, testOut } from './lib/build.mjs';
import { ensureCodeServer, repoRoot, say } from './lib/codeServer.mjs';
import { runEditorSuite, runScript } from './lib/runner.mjs';
import { ensureDebianPackages } from './ensure-debian.mjs';
import { runUiTests } from '../test/ui/run.mjs';

runScript('editor', async () => {
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
  const workspace = copyWorkspace(FIXTURE_WORKSPACE, dir);
  return runEditorSuite({
    name: 'in-editor suite',
    where: 'in code-server',
    dir,
    workspace,
    suite,
    results,
    env: { SCL_EDITOR_RESULTS: results },
    started,
    timedLabel: 'In-editor run',
    after: ({ server, browser }) => runUiTests({ server, browser, workspace, repoRoot, artifactsDir: dir, say }),
  });
});
