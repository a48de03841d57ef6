// Builds the extension bundle; with --tests it transpiles the test suites, with
// --bench it bundles the benchmark.
//
// The extension is a CommonJS bundle for VS Code's Node extension host, with
// the modules most sessions never need split off into files it loads on first
// use (`lazyChunks` below), and a second bundle, dist/extension-web.js, for the
// web worker extension host of vscode.dev and github.dev (see `webExtension`). Tests are transpiled file by file (no bundling) so that
// mocha reports real file names and the in-editor suite can require the same
// core modules the unit tests use.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readFileSync, readdirSync, statSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ajvModule from 'ajv';
import ajvStandalone from 'ajv/dist/standalone/index.js';
import { noNodeBuiltinsPlugin } from './scripts/lib/noNodeBuiltins.mjs';

// Both are CommonJS modules whose `default` is the module itself.
const Ajv = ajvModule.default;
const standaloneCode = ajvStandalone.default;

const args = new Set(process.argv.slice(2));
const production = args.has('--production');
const watch = args.has('--watch');
const tests = args.has('--tests');
const bench = args.has('--bench');
// Parallel test runs (one per working copy or terminal) can pick their own output folder.
const testOut = process.env.SCL_OUT || 'out';

// The catalog validator is compiled from catalogs/schema.json by Ajv at build
// time, so the schema stays the single source of truth while the extension
// ships only the generated checks (no Ajv compiler at runtime). The bundle gets
// it through a plugin that serves src/core/catalog/generated/validateCatalog.js
// from the schema (and rebuilds in watch mode when the schema changes); the
// test build writes the same code beside the transpiled files.
const schemaPath = 'catalogs/schema.json';
const validatorModule = resolve('src/core/catalog/generated/validateCatalog.js');
// Annotations that VS Code's JSON editor understands and Ajv need not check.
const editorKeywords = ['markdownDescription', 'patternErrorMessage', 'errorMessage', 'deprecationMessage', 'enumDescriptions', 'markdownEnumDescriptions', 'defaultSnippets', 'doNotSuggest'];

function catalogValidatorSource() {
  const schema = /** @type {unknown} */ (JSON.parse(readFileSync(schemaPath, 'utf8')));
  const ajv = new Ajv({
    allErrors: true,
    messages: false,
    strict: true,
    allowUnionTypes: true,
    // `format: uri` is an editor hint; the `pattern` beside it does the runtime check.
    formats: { uri: true },
    keywords: editorKeywords,
    code: { source: true, esm: false, lines: !production, optimize: true },
  });
  // The friendly texts the schema gives the editor (patternErrorMessage) are reused for runtime messages.
  /** @type {Record<string, string>} */
  const messages = {};
  collectMessages(schema, '#', messages);
  // Ajv embeds the schema it compiles; without the annotations only the rules remain.
  ajv.addSchema(/** @type {import('ajv').AnySchema} */ (withoutAnnotations(schema)), 'catalog');
  return `${standaloneCode(ajv, { validateCatalog: 'catalog' })}\nexports.schemaMessages = ${JSON.stringify(messages)};\n`;
}

const annotations = new Set(['title', 'description', 'examples', '$comment', ...editorKeywords]);

/**
 * A copy of a schema node without annotations; `properties` and `definitions` are maps of nodes, so their keys stay.
 * @param {unknown} node
 * @returns {unknown}
 */
function withoutAnnotations(node) {
  if (Array.isArray(node)) return node.map(withoutAnnotations);
  if (node === null || typeof node !== 'object') return node;
  /** @type {Record<string, unknown>} */
  const copy = {};
  for (const [key, value] of Object.entries(node)) {
    if (annotations.has(key)) continue;
    copy[key] = ['properties', 'definitions', 'patternProperties'].includes(key)
      ? Object.fromEntries(Object.entries(/** @type {Record<string, unknown>} */ (value)).map(([name, schema]) => [name, withoutAnnotations(schema)]))
      : key === 'enum' || key === 'const' || key === 'required'
        ? value
        : withoutAnnotations(value);
  }
  return copy;
}

/**
 * @param {unknown} node
 * @param {string} pointer
 * @param {Record<string, string>} messages
 */
function collectMessages(node, pointer, messages) {
  if (node === null || typeof node !== 'object') return;
  if ('patternErrorMessage' in node && typeof node.patternErrorMessage === 'string') messages[`${pointer}/pattern`] = node.patternErrorMessage;
  for (const [key, value] of Object.entries(node)) {
    collectMessages(value, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, messages);
  }
}

/**
 * Serves the generated module `src/core/catalog/generated/<base>.js` from
 * `source()` when it is bundled; `watch` names what it is made from, so watch
 * mode rebuilds it when that changes.
 * @param {string} base
 * @param {string} modulePath
 * @param {() => string} source
 * @param {{ watchFiles?: string[], watchDirs?: string[] }} watch
 * @returns {import('esbuild').Plugin}
 */
function generatedModulePlugin(base, modulePath, source, watch) {
  return {
    name: `generated-${base}`,
    setup(build) {
      build.onResolve({ filter: new RegExp(`[\\\\/]generated[\\\\/]${base}(\\.js)?$`) }, () => ({ path: modulePath }));
      build.onLoad({ filter: new RegExp(`[\\\\/]generated[\\\\/]${base}\\.js$`) }, () => ({
        contents: source(),
        loader: 'js',
        resolveDir: dirname(modulePath),
        ...watch,
      }));
    },
  };
}

const catalogValidatorPlugin = generatedModulePlugin('validateCatalog', validatorModule, catalogValidatorSource, { watchFiles: [resolve(schemaPath)] });

// The built-in catalogs are listed at build time: an extension served over
// HTTP(S), as vscode.dev serves it, can read its files but not list its
// folders. src/core/catalog/generated/builtInCatalogFiles.js is served from
// the catalogs/ folder (rebuilt in watch mode when a catalog is added), and
// the test build writes the same module beside the transpiled files.
const catalogFolder = 'catalogs';
const catalogListModule = resolve('src/core/catalog/generated/builtInCatalogFiles.js');

function builtInCatalogFilesSource() {
  const names = readdirSync(catalogFolder).filter((name) => name.endsWith('.json') && name !== 'schema.json').sort();
  return `exports.builtInCatalogFiles = ${JSON.stringify(names)};\n`;
}

const catalogListPlugin = generatedModulePlugin('builtInCatalogFiles', catalogListModule, builtInCatalogFilesSource, { watchDirs: [resolve(catalogFolder)] });

// Modules that a session may never need are bundled into files of their own
// beside dist/extension.js and loaded by a `require` inside the function that
// first needs them (src/services/lazyCore.ts, src/core/catalog/validate.ts),
// so activation reads and compiles less. Each
// chunk is bundled on its own; the few small modules a chunk shares with the
// main bundle are copied into it.
const lazyChunks = {
  generate: 'src/core/generate/index.ts',
  search: 'src/core/search/search.ts',
  tableImport: 'src/core/import/table.ts',
  catalogValidator: validatorModule,
};

/**
 * Turns `require(<a chunk's entry>)` into a load of the chunk's file and
 * fails the build when a chunk's entry is imported statically, which would
 * load it at activation after all.
 * @type {import('esbuild').Plugin}
 */
const lazyChunkPlugin = {
  name: 'lazy-chunks',
  setup(build) {
    const chunkOf = new Map(Object.entries(lazyChunks).map(([name, entry]) => [resolve(entry), name]));
    build.onResolve({ filter: /.*/ }, async (args) => {
      if (args.kind === 'entry-point' || /** @type {{ lazyChunkLookup?: boolean } | undefined} */ (args.pluginData)?.lazyChunkLookup) {
        return undefined;
      }
      const found = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { lazyChunkLookup: true } });
      const name = chunkOf.get(found.path);
      if (name === undefined) {
        return undefined;
      }
      if (args.kind !== 'require-call') {
        return { errors: [{ text: `${args.path} is loaded on first use from dist/${name}.js: require() it inside the function that needs it instead of importing it` }] };
      }
      return { path: `./${name}.js`, external: true };
    });
  },
};

/** @type {import('esbuild').BuildOptions} */
const extension = {
  entryPoints: { extension: 'src/extension.ts', ...lazyChunks },
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
  plugins: [lazyChunkPlugin, catalogValidatorPlugin, catalogListPlugin],
};

// The web worker extension host (vscode.dev, github.dev, code-server's web
// host) loads one CommonJS file and can require nothing but \`vscode\`; it
// refuses ES modules. So the web bundle is a single file: the lazily loaded
// modules are in it too (each \`require\` of one becomes a module wrapper that
// esbuild runs on first call, so the deferred work is still deferred, only
// the download is not).
/** @type {import('esbuild').BuildOptions} */
const webExtension = {
  entryPoints: { 'extension-web': 'src/extension.ts' },
  outdir: 'dist',
  bundle: true,
  format: 'cjs',
  platform: 'browser',
  target: 'es2022',
  mainFields: ['browser', 'module', 'main'],
  external: ['vscode'],
  sourcemap: production ? false : 'linked',
  minify: production,
  legalComments: production ? 'none' : 'inline',
  metafile: true,
  logLevel: 'info',
  plugins: [noNodeBuiltinsPlugin, catalogValidatorPlugin, catalogListPlugin],
};

/**
 * @param {string} dir
 * @returns {string[]}
 */
function listTs(dir) {
  /** @type {string[]} */
  const found = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'fixtures' || name === 'golden' || name === 'corpus' || name === 'node_modules') continue;
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

// The benchmark is bundled like the extension, so it times the hot paths as
// they ship: calls between modules are direct, not through the getters a
// file-by-file transpile puts on every export.
/** @type {import('esbuild').BuildOptions} */
const benchBuild = {
  entryPoints: ['bench/run.ts', 'bench/activation.ts', 'bench/profile.ts'],
  outdir: 'out-bench/bench',
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node18',
  sourcemap: 'linked',
  logLevel: 'warning',
  plugins: [catalogValidatorPlugin, catalogListPlugin],
};

if (bench) {
  rmSync('out-bench', { recursive: true, force: true });
  await esbuild.build(benchBuild);
} else if (tests) {
  rmSync(testOut, { recursive: true, force: true });
  await esbuild.build(testBuild);
  const generated = join(testOut, 'src/core/catalog/generated/validateCatalog.js');
  mkdirSync(dirname(generated), { recursive: true });
  writeFileSync(generated, catalogValidatorSource());
  writeFileSync(join(testOut, 'src/core/catalog/generated/builtInCatalogFiles.js'), builtInCatalogFilesSource());
  // Data the core imports as JSON (the bundles inline it): the transpiled files require it from beside them.
  cpSync('catalogs/names', join(testOut, 'catalogs/names'), { recursive: true });
} else if (watch) {
  const contexts = await Promise.all([esbuild.context(extension), esbuild.context(webExtension)]);
  await Promise.all(contexts.map((context) => context.watch()));
} else {
  rmSync('dist', { recursive: true, force: true });
  await Promise.all([esbuild.build(extension), esbuild.build(webExtension)]);
}
