// `npm run test:desktop`: the in-editor suite in desktop VS Code, through @vscode/test-electron.
//
// It downloads VS Code on first use, so it needs internet (and, on Linux
// without a display, xvfb-run). The suite and the fixture workspace are the
// same as in the offline run; only the editor around them differs.
import { runTests } from '@vscode/test-electron';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_WORKSPACE, buildExtension, buildTests, copyWorkspace, runDir, testOut } from './lib/build.mjs';
import { repoRoot, say } from './lib/codeServer.mjs';
import { printReport } from './lib/results.mjs';

async function main() {
  buildExtension();
  buildTests();
  const dir = runDir('scl-desktop-');
  const results = join(dir, 'results.json');
  const workspace = copyWorkspace(FIXTURE_WORKSPACE, dir);
  try {
    await runTests({
      version: process.env.SCL_VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: join(testOut, 'test', 'editor', 'index.js'),
      extensionTestsEnv: { SCL_EDITOR_RESULTS: results },
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', join(dir, 'user-data')],
    });
  } catch (error) {
    // A failing test also rejects here; the report below says which.
    say(`VS Code reported a failed run: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!existsSync(results)) {
    say('The in-editor suite did not report: VS Code could not start or the suite never ran.');
    say('editor: 0 passed, 1 failed');
    return 1;
  }
  const report = /** @type {import('../test/editor/report.js').EditorResults} */ (JSON.parse(readFileSync(results, 'utf8')));
  printReport(report);
  say(`editor: ${report.passed} passed, ${report.failed} failed`);
  rmSync(dir, { recursive: true, force: true });
  return report.done && report.failed === 0 && report.passed > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exit(1);
  },
);
