import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createFakeVscode, installFakeVscode } from './fakeVscode';
import { barePass } from './stats';

/**
 * One activation, measured in a fresh Node process (the benchmark starts this
 * file once per run), so every run pays what the extension host pays: reading
 * and compiling the bundle, then `activate()`. Prints one JSON line.
 */

export interface ActivationSample {
  readonly requireMs: number;
  readonly activateMs: number;
  /** `workspace.fs` calls made by require + activate and the ticks right after: catalogs must not be among them. */
  readonly fsCallsDuringActivation: readonly string[];
  /** The first `catalogs.index()`: reading and validating every built-in catalog and building the index, as the first hover pays it. */
  readonly firstIndexMs: number;
  readonly catalogsIndexed: number;
  readonly fsCallsForIndex: number;
  readonly commands: number;
  readonly providers: readonly string[];
  /** The bare regex pass over the bundle's text, in this process. */
  readonly bareMs: number;
  readonly errors: readonly string[];
}

interface ExtensionModule {
  activate(context: unknown): { catalogs: { index(): Promise<{ size: number }> } };
}

async function main(): Promise<void> {
  const repoRoot = path.resolve(__dirname, '..', '..');
  // Another bundle (e.g. an unminified build, for profiling) can be named in SCL_BENCH_BUNDLE.
  const bundle = process.env.SCL_BENCH_BUNDLE ? path.resolve(process.env.SCL_BENCH_BUNDLE) : path.join(repoRoot, 'dist', 'extension.js');
  const { module: fake, record } = createFakeVscode(path.join(repoRoot, 'package.json'));
  installFakeVscode(fake);
  const Uri = fake.Uri as { file(path: string): unknown };
  const context = {
    subscriptions: [] as { dispose(): unknown }[],
    extensionUri: Uri.file(repoRoot),
    extensionPath: repoRoot,
    extensionMode: 1,
    globalState: { get: () => undefined, update: async () => undefined, keys: () => [] },
    workspaceState: { get: () => undefined, update: async () => undefined, keys: () => [] },
  };

  const started = performance.now();
  const extension = require(bundle) as ExtensionModule;
  const required = performance.now();
  const api = extension.activate(context);
  const activated = performance.now();

  // Work an activation starts without awaiting shows up within a few ticks; none should touch the catalogs.
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setImmediate(resolve));
  }
  const fsCallsDuringActivation = [...record.fsCalls];

  const indexStarted = performance.now();
  const index = await api.catalogs.index();
  const indexed = performance.now();

  const text = readFileSync(bundle, 'utf8');
  const bareStarted = performance.now();
  barePass(text);
  const bareMs = performance.now() - bareStarted;

  const sample: ActivationSample = {
    requireMs: required - started,
    activateMs: activated - required,
    fsCallsDuringActivation,
    firstIndexMs: indexed - indexStarted,
    catalogsIndexed: index.size,
    fsCallsForIndex: record.fsCalls.length - fsCallsDuringActivation.length,
    commands: record.commands.length,
    providers: record.providers,
    bareMs,
    errors: record.logLines.filter((line) => line.startsWith('[error]')),
  };
  for (const disposable of context.subscriptions) disposable.dispose();
  process.stdout.write(`${JSON.stringify(sample)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
