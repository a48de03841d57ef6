import * as assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { builtInCatalogFiles } from '../../../src/core/catalog/generated/builtInCatalogFiles';
import { catalogsDir, repoRoot } from '../paths';

type Plugin = esbuild.Plugin;

async function noNodeBuiltins(): Promise<Plugin> {
  const url = pathToFileURL(path.join(repoRoot, 'scripts', 'lib', 'noNodeBuiltins.mjs')).href;
  return ((await import(url)) as { noNodeBuiltinsPlugin: Plugin }).noNodeBuiltinsPlugin;
}

/** The generated modules are served by esbuild.mjs's own plugins; here they only need to stay out of the way. */
const generatedExternal: Plugin = {
  name: 'generated-external',
  setup(build) {
    build.onResolve({ filter: /[\\/]generated[\\/]/ }, (args) => ({ path: args.path, external: true }));
  },
};

async function buildForWeb(options: esbuild.BuildOptions): Promise<esbuild.BuildResult> {
  return esbuild.build({
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'browser',
    external: ['vscode'],
    logLevel: 'silent',
    plugins: [await noNodeBuiltins(), generatedExternal],
    ...options,
  });
}

function messagesOf(error: unknown): string {
  return (error as esbuild.BuildFailure).errors.map((message) => message.text).join('\n');
}

describe('the web bundle', () => {
  it('fails to build when a module imports a Node built-in with the node: prefix', async () => {
    await assert.rejects(
      buildForWeb({ stdin: { contents: "import { randomBytes } from 'node:crypto'; export const nonce = randomBytes(4);", resolveDir: repoRoot } }),
      (error) => /node:crypto is a Node built-in/.test(messagesOf(error)),
    );
  });

  it('fails to build when a module requires a Node built-in by its bare name', async () => {
    await assert.rejects(
      buildForWeb({ stdin: { contents: "export const read = require('fs').readFileSync;", resolveDir: repoRoot } }),
      (error) => /fs is a Node built-in/.test(messagesOf(error)),
    );
  });

  it('builds from the extension entry with no Node built-in reached', async () => {
    const result = await buildForWeb({ entryPoints: [path.join(repoRoot, 'src', 'extension.ts')] });
    assert.deepEqual(result.errors, []);
    assert.equal(result.outputFiles?.length, 1, 'one file: the web worker host loads nothing but the bundle and vscode');
  });

  it('lists every built-in catalog file in the index generated at build time', () => {
    const onDisk = readdirSync(catalogsDir).filter((name) => name.endsWith('.json') && name !== 'schema.json').sort();
    assert.ok(onDisk.length > 0);
    assert.deepEqual([...builtInCatalogFiles], onDisk);
  });
});
