// Bundles the in-editor suite for the web worker extension host.
//
// The host loads one CommonJS file and can require nothing but `vscode`, so
// every test file under test/editor, mocha's browser build and a worker-safe
// assert (test/editor/web/assert.ts in place of `node:assert/strict`) go into
// one bundle. Its entry is generated here from the test files on disk, so the
// web run always has the same tests as the Node run.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { noNodeBuiltinsPlugin } from './noNodeBuiltins.mjs';
import { repoRoot } from './codeServer.mjs';

const editorDir = join(repoRoot, 'test', 'editor');

/** The suite's test files, relative to test/editor, sorted as the Node run sorts them. */
export function editorTestFiles() {
  return readdirSync(editorDir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.test.ts') && !name.startsWith(`web`))
    .sort();
}

/** @type {import('esbuild').Plugin} */
const workerAssertPlugin = {
  name: 'worker-assert',
  setup(build) {
    build.onResolve({ filter: /^(node:)?assert(\/strict)?$/ }, () => ({ path: resolve(editorDir, 'web', 'assert.ts') }));
  },
};

/** Writes the web suite to `outfile` and returns the test files it holds. */
export async function buildWebSuite(outfile) {
  const files = editorTestFiles();
  const requires = files.map((file) => `    require(${JSON.stringify(`./${file.replace(/\.ts$/, '').split('\\').join('/')}`)});`).join('\n');
  await esbuild.build({
    stdin: {
      contents: `const { runWith } = require('./web/index');\nexports.run = () => runWith(() => {\n${requires}\n});\n`,
      resolveDir: editorDir,
      sourcefile: 'web-suite-entry.js',
      loader: 'js',
    },
    outfile,
    bundle: true,
    format: 'cjs',
    platform: 'browser',
    target: 'es2022',
    external: ['vscode'],
    sourcemap: 'inline',
    logLevel: 'warning',
    plugins: [workerAssertPlugin, noNodeBuiltinsPlugin],
  });
  return files;
}
