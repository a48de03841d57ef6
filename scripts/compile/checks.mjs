// The toolchain runs of the compile check: one per language, plus the
// negative runs that prove a compiler rejects a non-exhaustive handler.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** @typedef {{ code: number, output: string }} RunResult */
/**
 * @typedef {object} Check
 * @property {string} language
 * @property {string} what
 * @property {string[]} needs
 * @property {(dir: string, source: string) => Promise<RunResult>} check
 */

/**
 * Whether a command is on PATH (or an existing file, for paths).
 * @param {string} command
 */
export function have(command) {
  return spawnSync('sh', ['-c', `command -v "${command}"`], { stdio: 'ignore' }).status === 0;
}

/**
 * Runs a command to completion, collecting its output; never rejects.
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnOptions} [options]
 * @returns {Promise<RunResult>}
 */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (error) => resolve({ code: -1, output: String(error) }));
    child.on('close', (code) => resolve({ code: code ?? -1, output }));
  });
}

/**
 * Runs commands one after another, stopping at the first failure.
 * @param {[string, string[], import('node:child_process').SpawnOptions?][]} list
 */
async function steps(list) {
  let output = '';
  for (const [command, args, options] of list) {
    const result = await run(command, args, options);
    output += result.output;
    if (result.code !== 0) return { code: result.code, output };
  }
  return { code: 0, output };
}

/**
 * @param {string} dir
 * @param {string} name
 * @param {string} text
 */
function write(dir, name, text) {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, text);
  return file;
}

/**
 * A tsconfig for a folder of generated files. `types` is empty so that no
 * `@types` folder that happens to sit above the temporary folder is loaded.
 * @param {string} dir
 * @param {Record<string, unknown>} extra
 */
function tsconfig(dir, extra) {
  const compilerOptions = { strict: true, noEmit: true, target: 'ES2022', lib: ['ES2022'], types: [], ...extra };
  return write(dir, 'tsconfig.json', JSON.stringify({ compilerOptions, include: ['*.ts'] }));
}

/**
 * Each check: the language, what it proves, the commands it needs, and a
 * function that writes its files under `dir` and runs them. `tsc` is the
 * project's own, so it is always there.
 * @param {string} tsc
 * @returns {Check[]}
 */
export function positiveChecks(tsc) {
  return [
    {
      language: 'typescript',
      what: 'tsc --strict',
      needs: [],
      check: (dir, source) => {
        write(dir, 'generated.ts', source);
        return run(process.execPath, [tsc, '-p', tsconfig(dir, { noUnusedLocals: true, noFallthroughCasesInSwitch: true, noUncheckedIndexedAccess: true, noImplicitReturns: true })]);
      },
    },
    {
      language: 'javascript',
      what: 'node --check',
      needs: [],
      check: (dir, source) => run(process.execPath, ['--check', write(dir, 'generated.cjs', source)]),
    },
    {
      language: 'python',
      what: 'python3 -m py_compile',
      needs: ['python3'],
      check: (dir, source) => run('python3', ['-m', 'py_compile', write(dir, 'generated.py', source)]),
    },
    {
      language: 'go',
      what: 'gofmt -e, go vet',
      needs: ['gofmt', 'go'],
      check: (dir, source) => {
        write(dir, 'go.mod', 'module generated\n\ngo 1.19\n');
        const file = write(dir, 'generated.go', source);
        // Module downloads are switched off: the code uses the standard library only, and the check must not reach the network.
        const env = { ...process.env, GOCACHE: join(dir, '.gocache'), GOPATH: join(dir, '.gopath'), GOFLAGS: '-mod=mod', GOPROXY: 'off', GOTOOLCHAIN: 'local' };
        return steps([
          ['gofmt', ['-e', '-l', file]],
          ['go', ['vet', './...'], { cwd: dir, env }],
        ]);
      },
    },
    {
      language: 'java',
      what: 'javac',
      needs: ['javac'],
      check: (dir, source) => run('javac', ['-encoding', 'UTF-8', '-Xlint:all', '-Werror', '-d', join(dir, 'classes'), write(dir, 'Generated.java', source)]),
    },
    {
      language: 'csharp',
      what: 'mcs',
      needs: ['mcs'],
      check: (dir, source) => run('mcs', ['-target:library', '-warnaserror+', `-out:${join(dir, 'generated.dll')}`, write(dir, 'generated.cs', source)]),
    },
    {
      language: 'rust',
      what: 'rustc --edition 2021 -D warnings',
      needs: ['rustc'],
      check: (dir, source) => run('rustc', ['--edition', '2021', '--crate-type', 'lib', '-D', 'warnings', '--out-dir', dir, write(dir, 'generated.rs', source)]),
    },
    {
      language: 'kotlin',
      what: 'kotlinc',
      needs: ['kotlinc'],
      check: (dir, source) => run('kotlinc', [write(dir, 'generated.kt', source), '-d', join(dir, 'classes')]),
    },
    {
      language: 'php',
      what: 'php -l, php (declares the enums)',
      needs: ['php'],
      check: (dir, source) => {
        const file = write(dir, 'generated.php', source);
        return steps([
          ['php', ['-l', file]],
          ['php', ['-f', file]],
        ]);
      },
    },
  ];
}

/**
 * Checks that must fail: a handler missing one branch is a compile error where the compiler proves exhaustiveness.
 * @param {string} tsc
 * @returns {Check[]}
 */
export function negativeChecks(tsc) {
  return [
    {
      language: 'typescript',
      what: 'tsc rejects a handler missing a branch (never check)',
      needs: [],
      check: (dir, source) => {
        write(dir, 'missing.ts', source);
        return run(process.execPath, [tsc, '-p', tsconfig(dir, {})]);
      },
    },
    {
      language: 'rust',
      what: 'rustc rejects a match missing an arm',
      needs: ['rustc'],
      check: (dir, source) => run('rustc', ['--edition', '2021', '--crate-type', 'lib', '--out-dir', dir, write(dir, 'missing.rs', source)]),
    },
    {
      language: 'kotlin',
      what: 'kotlinc rejects a when missing a branch',
      needs: ['kotlinc'],
      check: (dir, source) => run('kotlinc', [write(dir, 'missing.kt', source), '-d', join(dir, 'classes')]),
    },
  ];
}
