// Builds the extension bundle and, with --tests, transpiles the test suites.
//
// The extension is one CommonJS bundle for VS Code's Node extension host; a
// browser entry for vscode.dev can be added to `entries` later with
// platform 'browser'. Tests are transpiled file by file (no bundling) so that
// mocha reports real file names and the in-editor suite can require the same
// core modules the unit tests use.
import * as esbuild from 'esbuild';
import { readdirSync, statSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');
const tests = args.has('--tests');
// Parallel test runs (one per working copy or terminal) can pick their own output folder.
const testOut = process.env.SCL_OUT || 'out';

/** @type {import('esbuild').BuildOptions} */
const extension = {
  entryPoints: { extension: 'src/extension.ts' },
  outdir: 'dist',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  external: ['vscode'],
  sourcemap: production ? false : 'linked',
  minify: production,
  legalComments: production ? 'none' : 'inline',
  metafile: true,
  logLevel: 'info',
};

function listTs(dir) {
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'fixtures' || name === 'golden' || name === 'node_modules') continue;
    if (statSync(path).isDirectory()) found.push(...listTs(path));
    else if (path.endsWith('.ts') && !path.endsWith('.d.ts')) found.push(path);
  }
  return found;
}

/** @type {import('esbuild').BuildOptions} */
const testBuild = {
  entryPoints: [...listTs('src'), ...listTs('test'), ...listTs('bench')],
  outdir: testOut,
  outbase: '.',
  bundle: false,
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  sourcemap: 'inline',
  logLevel: 'warning',
};

if (tests) {
  rmSync(testOut, { recursive: true, force: true });
  await esbuild.build(testBuild);
} else if (watch) {
  const context = await esbuild.context(extension);
  await context.watch();
} else {
  rmSync('dist', { recursive: true, force: true });
  await esbuild.build(extension);
}
