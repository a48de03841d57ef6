// Builds what the editor loads: the extension bundle and, for test runs, the compiled suites.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { repoRoot, run } from './codeServer.mjs';

/** The folder the test suites are compiled into; `SCL_OUT` picks another one for parallel runs. */
export const testOut = resolve(repoRoot, process.env.SCL_OUT || 'out');

/** The workspace every in-editor and browser run opens a copy of. */
export const FIXTURE_WORKSPACE = join(repoRoot, 'test', 'fixtures', 'workspace');

export function buildExtension() {
  run(process.execPath, ['esbuild.mjs'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });
}

export function buildTests() {
  run(process.execPath, ['esbuild.mjs', '--tests'], { cwd: repoRoot, env: { ...process.env, SCL_OUT: testOut }, stdio: ['ignore', 'inherit', 'inherit'] });
}

/**
 * A fresh folder for one run's editor data, logs and results.
 * @param {string} prefix
 */
export function runDir(prefix) {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * Copies a workspace into `dir` and returns the copy's path, so tests that
 * change settings or add files never touch the files in the repository.
 * The labelled evaluation corpus goes into its `eval` folder, where the
 * in-editor suite opens the sampled lines (test/eval/sample.ts), so the
 * corpus is kept in one place only.
 * @param {string} source
 * @param {string} dir
 */
export function copyWorkspace(source, dir) {
  const target = join(dir, 'workspace');
  cpSync(source, target, { recursive: true });
  cpSync(join(repoRoot, 'test', 'eval', 'corpus'), join(target, 'eval'), { recursive: true });
  return target;
}
