// The esbuild plugin that keeps Node out of the web bundle (esbuild.mjs).
import { builtinModules } from 'node:module';

const builtins = new Set(builtinModules);

/**
 * Fails the build when a module of the bundle imports a Node built-in: the
 * web worker extension host has none, so such an import would otherwise only
 * fail when a user reaches that code on vscode.dev.
 * @type {import('esbuild').Plugin}
 */
export const noNodeBuiltinsPlugin = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /.*/ }, (args) => {
      if (!args.path.startsWith('node:') && !builtins.has(args.path.split('/')[0])) return undefined;
      return {
        errors: [{ text: `${args.path} is a Node built-in, which the web worker extension host does not have (imported by ${args.importer}): use a web API, or keep it out of the code the web bundle reaches` }],
      };
    });
  },
};
