// Installs and starts the VS Code server that `npm start` and `npm run test:editor` use.
//
// code-server is not a dependency of the project: it is large, it builds native
// modules, and only these two scripts need it. It is installed once into a
// cache folder outside the repository, keyed by version, and reused.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureDebianPackages } from '../ensure-debian.mjs';

/** The last code-server release that runs on Node 20. */
export const CODE_SERVER_VERSION = '4.100.3';

// code-server's ripgrep dependency downloads this archive while installing; the
// download fails without internet, but a copy of the archive in its cache folder
// is used instead, so one is built from the system's `rg`.
const RIPGREP_CACHE = join(tmpdir(), 'vscode-ripgrep-cache-1.15.11');
const RIPGREP_ARCHIVE = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

export const repoRoot = resolve(import.meta.dirname, '..', '..');

/** Where this version of code-server is installed; `SCL_CACHE` moves the cache. */
export function cacheDir() {
  const base = process.env.SCL_CACHE || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'status-code-lens');
  return join(base, `code-server-${CODE_SERVER_VERSION}`);
}

function entryPoint() {
  return join(cacheDir(), 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

/**
 * Prints a progress line the way every script of the project does.
 * @param {string} message
 */
export function say(message) {
  process.stdout.write(`${message}\n`);
}

/**
 * Runs a command, streaming its output, and throws when it fails.
 * @param {string} command
 * @param {string[]} args
 * @param {import('node:child_process').SpawnSyncOptions} [options]
 */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status ?? result.signal}`);
  }
}

function ensureRipgrepArchive() {
  const archive = join(RIPGREP_CACHE, RIPGREP_ARCHIVE);
  if (existsSync(archive)) return;
  const rg = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
  if (!rg) {
    throw new Error('ripgrep is missing: install the Debian package "ripgrep" (scripts/ensure-debian.mjs does it as root).');
  }
  const staging = mkdtempSync(join(tmpdir(), 'scl-rg-'));
  try {
    run('cp', [rg, join(staging, 'rg')]);
    mkdirSync(RIPGREP_CACHE, { recursive: true });
    run('tar', ['-czf', archive, '-C', staging, 'rg']);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Installs code-server into the cache unless it is there already, and returns
 * the path of its entry script.
 */
export function ensureCodeServer() {
  const entry = entryPoint();
  const marker = join(cacheDir(), '.installed');
  if (existsSync(entry) && existsSync(marker)) return entry;

  say(`Installing code-server ${CODE_SERVER_VERSION} into ${cacheDir()} (once; this takes a few minutes)…`);
  // The install builds a native module against the Kerberos headers and needs `rg` for the archive below.
  ensureDebianPackages();
  ensureRipgrepArchive();
  rmSync(cacheDir(), { recursive: true, force: true });
  mkdirSync(cacheDir(), { recursive: true });
  writeFileSync(join(cacheDir(), 'package.json'), JSON.stringify({ name: 'scl-code-server-cache', private: true }, null, 2));
  const started = Date.now();
  run('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--loglevel=error', `code-server@${CODE_SERVER_VERSION}`], {
    cwd: cacheDir(),
    env: {
      ...process.env,
      // As root, npm would otherwise drop privileges for the install scripts
      // that build code-server's native modules, and ask before running npx.
      npm_config_unsafe_perm: 'true',
      npm_config_yes: 'true',
      npm_config_ignore_scripts: 'false',
    },
  });
  // npm may skip install scripts by policy; without code-server's postinstall the server cannot start.
  const root = join(cacheDir(), 'node_modules', 'code-server');
  for (const needed of [entry, join(root, 'lib', 'vscode', 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg')]) {
    if (!existsSync(needed)) {
      throw new Error(`code-server's install is incomplete: ${needed} is missing. Its install scripts must run (npm_config_ignore_scripts must not be set).`);
    }
  }
  writeFileSync(marker, `${new Date().toISOString()}\n`);
  say(`code-server installed in ${Math.round((Date.now() - started) / 1000)} s.`);
  return entry;
}

/**
 * A free TCP port on the loopback interface.
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** User settings that keep the editor quiet, offline and trusting the workspace it opens. */
const USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'workbench.startupEditor': 'none',
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'git.enabled': false,
  'npm.autoDetect': 'off',
  'typescript.disableAutomaticTypeAcquisition': true,
  'typescript.tsserver.experimental.enableProjectDiagnostics': false,
};

/**
 * Starts code-server on 127.0.0.1 with a fresh user-data folder and resolves
 * once it answers HTTP. The returned object knows the port, builds workbench
 * URLs and stops the server.
 *
 * @param {{ dataDir: string, logFile: string, env?: Record<string, string>, port?: number, settings?: Record<string, unknown> }} options
 *   `settings` are added to the user settings of this run.
 */
export async function startCodeServer({ dataDir, logFile, env = {}, port, settings = {} }) {
  const entry = ensureCodeServer();
  const userDataDir = join(dataDir, 'user-data');
  const extensionsDir = join(dataDir, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(join(dataDir, 'config.yaml'), 'auth: none\n');
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...USER_SETTINGS, ...settings }, null, 2));
  port ??= await freePort();

  const log = createWriteStream(logFile);
  const child = spawn(
    process.execPath,
    [
      entry,
      // A config file of the run's own, so nothing is written to the user's ~/.config.
      '--config', join(dataDir, 'config.yaml'),
      '--bind-addr', `127.0.0.1:${port}`,
      '--auth', 'none',
      '--user-data-dir', userDataDir,
      '--extensions-dir', extensionsDir,
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
    ],
    {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group, so stopping it also ends the extension host and file watchers it forks.
      detached: true,
    },
  );
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });

  let exited = false;
  /** @type {Promise<{ code: number | null, signal: NodeJS.Signals | null }>} */
  const exit = new Promise((resolveExit) => {
    child.on('exit', (code, signal) => {
      exited = true;
      resolveExit({ code, signal });
    });
  });

  const origin = `http://127.0.0.1:${port}`;
  const server = {
    port,
    origin,
    logFile,
    exit,
    /**
     * The workbench URL that opens `folder` with the given payload entries.
     * @param {string} folder
     * @param {[string, string][]} [payload]
     */
    workbenchUrl(folder, payload = []) {
      const query = new URLSearchParams({ folder });
      if (payload.length > 0) query.set('payload', JSON.stringify(payload));
      return `${origin}/?${query.toString()}`;
    },
    /**
     * A `vscode-remote://` URI for a path on this machine, as the payload expects.
     * @param {string} path
     */
    remoteUri(path) {
      return `vscode-remote://127.0.0.1:${port}${path}`;
    },
    async stop() {
      // Spawned detached, it leads a process group of its own whose id is its pid.
      const group = child.pid;
      if (exited || group === undefined) return;
      try {
        process.kill(-group, 'SIGTERM');
      } catch {
        return;
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-group, 'SIGKILL');
        } catch {
          // Already gone.
        }
      }, 3000);
      await exit;
      clearTimeout(timer);
      log.end();
    },
  };

  await waitForHttp(`${origin}/healthz`, exit, 60_000);
  return server;
}

/**
 * @param {string} url
 * @param {Promise<unknown>} exit settles when code-server exits
 * @param {number} timeoutMs
 */
async function waitForHttp(url, exit, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let gone = false;
  // Only flips a flag the polling loop reads; `exit` never rejects.
  void exit.then(() => (gone = true));
  while (Date.now() < deadline) {
    if (gone) throw new Error('code-server exited before it was ready.');
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer ${url} within ${timeoutMs / 1000} s.`);
}

/**
 * The last lines of a log file, for failure reports.
 * @param {string} file
 */
export function tail(file, lines = 80) {
  if (!existsSync(file)) return '(no log)';
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}
