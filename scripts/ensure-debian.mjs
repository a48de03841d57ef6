// Makes sure the Debian packages listed in scripts/debian-packages.txt are installed.
//
// Each line names a package and the file or command that proves it is there.
// Missing packages are installed with apt-get when this runs as root on a
// machine that has apt-get; anywhere else the script stops and names exactly
// what to install, rather than letting a test fail later for an obscure reason.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LIST = join(import.meta.dirname, 'debian-packages.txt');

/** The packages and their proofs, in the order listed. */
export function listedPackages(file = LIST) {
  const packages = [];
  for (const [index, raw] of readFileSync(file, 'utf8').split('\n').entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [name, proof, ...extra] = line.split(/\s+/);
    if (!name || !proof || extra.length > 0) {
      throw new Error(`${file}:${index + 1}: expected "package proof", got "${line}".`);
    }
    packages.push({ name, proof });
  }
  return packages;
}

/** A proof with a slash is a file that must exist; a bare word is a command on PATH. */
/** @param {string} proof a file path, or a command that must be on PATH */
function isPresent(proof) {
  if (proof.includes('/')) return existsSync(proof);
  return spawnSync('sh', ['-c', `command -v "${proof}"`], { stdio: 'ignore' }).status === 0;
}

function canUseAptGet() {
  return process.getuid?.() === 0 && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

/** @param {string[]} args */
function aptGet(args) {
  const result = spawnSync('apt-get', args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed with exit code ${result.status ?? result.signal}.`);
}

/** Installs what is missing, or throws with the exact command a person must run. */
export function ensureDebianPackages() {
  const missing = listedPackages().filter((pkg) => !isPresent(pkg.proof));
  if (missing.length === 0) return [];
  const names = missing.map((pkg) => pkg.name);
  if (!canUseAptGet()) {
    throw new Error(
      `These Debian packages are needed for the tests and are missing: ${names.join(', ')}.\n` +
        `Install them with: sudo apt-get install -y ${names.join(' ')}`,
    );
  }
  process.stdout.write(`Installing Debian packages: ${names.join(' ')}\n`);
  aptGet(['update', '-qq']);
  aptGet(['install', '-y', '-qq', '--no-install-recommends', ...names]);
  const stillMissing = missing.filter((pkg) => !isPresent(pkg.proof));
  if (stillMissing.length > 0) {
    throw new Error(`Installed, but still not found: ${stillMissing.map((pkg) => `${pkg.name} (${pkg.proof})`).join(', ')}.`);
  }
  return names;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const installed = ensureDebianPackages();
    process.stdout.write(installed.length > 0 ? `Installed: ${installed.join(', ')}\n` : 'Debian packages: all present.\n');
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
