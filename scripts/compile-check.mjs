// Compiles generated handler code with the real toolchains.
//
// For every built-in catalog and the golden test catalog, the generator
// writes each language's full handler and its branch form (inside a switch
// over a raw integer, in each block style); the file per language is then
// checked by that language's compiler or parser. Three more runs prove that
// the TypeScript, Rust and Kotlin compilers reject a handler missing one
// branch, which is what makes those handlers exhaustive by construction. And
// per language, a file of handlers that miss cases gets them from the quick
// fix's own function (scripts/compile/fixes.mjs) and must compile after it.
//
// `SCL_COMPILE_ONLY=text` runs only the jobs whose description holds the text.
// Prints `compile: N passed, N failed` (and `, N skipped` for toolchains not
// installed) and exits non-zero on any failure; in CI a missing toolchain is
// a failure, since scripts/debian-packages.txt installs them there.
import * as esbuild from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { have, negativeChecks, positiveChecks } from './compile/checks.mjs';
import { FIXTURES, fixedSource } from './compile/fixes.mjs';
import { buildSource, withoutFirstBranch } from './compile/sources.mjs';

const root = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'scl-compile-'));
const keep = process.env.SCL_KEEP_COMPILE === '1';
const strictMissing = process.env.CI === 'true' || process.env.CI === '1';
const parallel = Math.max(1, Number(process.env.SCL_COMPILE_JOBS) || 3);

/** @typedef {import('../src/core/catalog/types.js').Catalog} Catalog */

/**
 * The generator and the switch finder, bundled from their TypeScript source so the check always runs the current code.
 * @returns {Promise<import('./compile/fixes.mjs').FixApi>}
 */
async function loadGenerator() {
  const outfile = join(work, 'generate.cjs');
  const contents = "export * from './src/core/generate/index';\nexport { findSwitchBlocks } from './src/core/switch/switchBlocks';\n";
  await esbuild.build({ stdin: { contents, resolveDir: root, loader: 'ts' }, bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning' });
  return /** @type {import('./compile/fixes.mjs').FixApi} */ (createRequire(import.meta.url)(outfile));
}

/**
 * How the core reads codes that are not decimal numbers, bundled as the generator is.
 * @returns {Promise<typeof import('../src/core/catalog/codeFormat.js')>}
 */
async function loadFormats() {
  const outfile = join(work, 'codeFormat.cjs');
  await esbuild.build({ entryPoints: [join(root, 'src/core/catalog/codeFormat.ts')], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'warning' });
  return /** @type {typeof import('../src/core/catalog/codeFormat.js')} */ (createRequire(import.meta.url)(outfile));
}

/**
 * Every built-in catalog and the test catalogs, their codes held as the core
 * holds them (hex and word codes as numbers, see codeFormat.ts). Catalogs the
 * generator writes nothing for (dotted codes) are left out.
 * @param {typeof import('../src/core/catalog/codeFormat.js')} formats
 * @param {typeof import('../src/core/generate/index.js')} generator
 * @returns {{ all: Catalog[], tricky: Catalog }}
 */
function loadCatalogs(formats, generator) {
  /** @param {string} path */
  const read = (path) => {
    const { catalog, problems } = formats.normalizeCodes(JSON.parse(readFileSync(path, 'utf8')));
    if (!catalog) throw new Error(`${path}: ${problems.map((p) => p.text).join('; ')}`);
    return catalog;
  };
  const dir = join(root, 'catalogs');
  const builtIn = readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== 'schema.json')
    .sort()
    .map((name) => read(join(dir, name)));
  const tricky = read(join(root, 'test/golden/tricky.catalog.json'));
  // A word catalog and a hex one, so each language compiles a switch over strings and hex labels whatever catalogs are built in.
  const formatted = ['words', 'hex'].map((name) => read(join(root, `test/golden/${name}.catalog.json`)));
  return { all: [tricky, ...formatted, ...builtIn].filter((catalog) => generator.generationProblem(catalog) === undefined), tricky };
}

/**
 * Runs `tasks` (functions returning promises) with at most `limit` at once, keeping their order in the results.
 * @template T
 * @param {(() => Promise<T>)[]} tasks
 * @param {number} limit
 * @returns {Promise<T[]>}
 */
async function pool(tasks, limit) {
  /** @type {T[]} */
  const results = new Array(tasks.length);
  let next = 0;
  async function worker() {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await /** @type {() => Promise<T>} */ (tasks[index])();
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

const started = Date.now();
const api = await loadGenerator();
const { all, tricky } = loadCatalogs(await loadFormats(), api);
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const byId = new Map(api.generators.map((generator) => [generator.id, generator]));
/** @param {string} language */
function generatorFor(language) {
  const generator = byId.get(language);
  if (!generator) throw new Error(`The generator has no language ${language}.`);
  return generator;
}

const jobs = [];
for (const check of positiveChecks(tsc)) {
  jobs.push({ ...check, expectFailure: undefined, source: () => buildSource(api, generatorFor(check.language), all) });
}
for (const check of negativeChecks(tsc)) {
  const { source, expect } = withoutFirstBranch(api, generatorFor(check.language), tricky);
  jobs.push({ ...check, expectFailure: expect, source: () => source });
}
const covered = new Set(FIXTURES.map((fixture) => fixture.language));
for (const check of positiveChecks(tsc)) {
  if (!covered.has(check.language)) throw new Error(`No partial-switch fixture for ${check.language}, which the compile check covers.`);
  const fixed = fixedSource(api, root, check.language, tricky);
  const what = `${fixed.file} after "Add the missing cases" (${fixed.blocks} blocks, ${fixed.branches} branches), ${check.what}`;
  jobs.push({ ...check, what, expectFailure: undefined, source: () => fixed.source });
}
// SCL_COMPILE_ONLY=text runs only the jobs whose description holds the text (e.g. "Add the missing cases").
const only = process.env.SCL_COMPILE_ONLY;
if (only) jobs.splice(0, jobs.length, ...jobs.filter((job) => job.what.includes(only)));
// Kotlin's compiler starts slowly; starting its runs first keeps the total short.
jobs.sort((a, b) => Number(b.language === 'kotlin') - Number(a.language === 'kotlin'));

const results = await pool(
  jobs.map((job, index) => async () => {
    const missing = job.needs.filter((command) => !have(command));
    if (missing.length > 0) {
      return { job, status: strictMissing ? 'failed' : 'skipped', detail: `not installed: ${missing.join(', ')}` };
    }
    const t0 = Date.now();
    const { code, output } = await job.check(join(work, `${index}-${job.language}`), job.source());
    const seconds = ((Date.now() - t0) / 1000).toFixed(1);
    if (job.expectFailure) {
      const ok = code !== 0 && job.expectFailure.test(output);
      return { job, status: ok ? 'passed' : 'failed', detail: ok ? `${seconds}s` : `expected a compile error matching ${job.expectFailure}, got exit ${code}:\n${output}` };
    }
    return { job, status: code === 0 ? 'passed' : 'failed', detail: code === 0 ? `${seconds}s` : `exit ${code}:\n${output}` };
  }),
  parallel,
);

/** @param {string} status */
const count = (status) => results.filter((result) => result.status === status).length;
for (const { job, status, detail } of results) {
  process.stdout.write(`${status.padEnd(7)} ${job.language}: ${job.what} (${detail.split('\n')[0]})\n`);
  if (status === 'failed' && detail.includes('\n')) {
    process.stdout.write(`${detail.split('\n').slice(1, 60).join('\n')}\n`);
  }
}
process.stdout.write(`${all.length} catalogs, ${((Date.now() - started) / 1000).toFixed(1)}s\n`);
if (keep) {
  process.stdout.write(`Generated files kept in ${work}\n`);
} else {
  rmSync(work, { recursive: true, force: true });
}
const skipped = count('skipped');
process.stdout.write(`compile: ${count('passed')} passed, ${count('failed')} failed${skipped > 0 ? `, ${skipped} skipped` : ''}\n`);
process.exitCode = count('failed') > 0 ? 1 : 0;
