// `npm start`: serves VS Code on localhost with the extension loaded and the demo workspace open.
//
// The extension runs as a development extension straight from this checkout,
// and the bundle is rebuilt on every change; reload the browser window
// ("Developer: Reload Window") to pick up a rebuild. Stop with Ctrl+C.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildExtension } from './lib/build.mjs';
import { cacheDir, ensureCodeServer, freePort, repoRoot, say, startCodeServer, tail } from './lib/codeServer.mjs';
import { ensureDebianPackages } from './ensure-debian.mjs';

const DEMO = join(repoRoot, 'demo');

/** @param {number} preferred */
async function portOrFree(preferred) {
  // The usual port keeps the URL stable between starts; a busy port falls back to a free one.
  const { createServer } = await import('node:net');
  const free = await new Promise(/** @param {(free: boolean) => void} resolve */ (resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(preferred, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
  return free ? preferred : freePort();
}

async function main() {
  ensureDebianPackages();
  ensureCodeServer();
  say('Building the extension…');
  buildExtension();

  // Kept between starts, so the editor remembers open files and layout.
  const dataDir = join(cacheDir(), '..', 'start');
  mkdirSync(dataDir, { recursive: true });
  const logFile = join(dataDir, 'code-server.log');
  const port = await portOrFree(Number(process.env.PORT || 8080));
  const server = await startCodeServer({ dataDir, logFile, port });

  const watcher = spawn(process.execPath, ['esbuild.mjs', '--watch'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] });

  const url = server.workbenchUrl(DEMO, [['extensionDevelopmentPath', server.remoteUri(repoRoot)]]);
  say('');
  say('Status Code Lens is running in VS Code. Open this URL in your browser:');
  say('');
  say(`  ${url}`);
  say('');
  say('Hover over a status code in demo/src/webhook.ts or demo/logs/webhooks.log. Press Ctrl+C to stop.');

  let stopping = false;
  /** @param {number} code */
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    watcher.kill();
    await server.stop();
    process.exit(code);
  };
  // stop() ends the process itself; nothing waits for the signal handlers.
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  const { code, signal } = await server.exit;
  if (!stopping) {
    say(`code-server stopped unexpectedly (${code ?? signal}). Its log:\n${tail(logFile)}`);
    await stop(1);
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
