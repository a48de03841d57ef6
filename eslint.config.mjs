// Lint gate of `npm test`: rules that catch real bugs (dropped promises, switches
// that miss a case, imports that break the pure core, import cycles, regexes that
// backtrack super-linearly), no formatting rules.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import regexp from 'eslint-plugin-regexp';

// Every Node built-in, by its bare name and by its `node:` name.
const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));

export default tseslint.config(
  {
    ignores: [
      'dist/**', 'out/**', 'out-*/**', '.vscode-test/**', 'node_modules/**',
      'test/fixtures/**', 'test/golden/**', 'test/eval/corpus/**', 'demo/**',
      // Ambient declarations for tsconfig.web.json only.
      'types/**',
      // Generated from catalogs/schema.json at build time.
      'src/core/catalog/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // VS Code's API answers with Thenables, which the rule skips unless told.
      '@typescript-eslint/no-floating-promises': ['error', { checkThenables: true }],
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      // tsc's noUnusedLocals/noUnusedParameters already report these, and tsc
      // (with checkJs for the scripts) reports undefined names.
      '@typescript-eslint/no-unused-vars': 'off',
      'no-undef': 'off',
      // The extension is CommonJS: `import x = require('x')` is its import form,
      // and the modules few sessions need are loaded with require() on first use.
      '@typescript-eslint/no-require-imports': 'off',
      // Style, not a bug: fakes of asynchronous APIs answer at once, and queued
      // work must be an async function even when it has nothing to wait for.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Scripts are plain JavaScript checked by tsc through JSDoc (tsconfig.scripts.json).
    files: ['**/*.mjs', '**/*.cjs'],
    languageOptions: {
      parserOptions: {
        projectService: false,
        project: './tsconfig.scripts.json',
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // A JSDoc cast (`/** @type {T} */ (JSON.parse(text))`) is how JavaScript
      // types a value, and these rules do not see it; tsc's strict checkJs
      // still rejects every implicit any.
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['scripts/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      // Imported .ts files are parsed too, so a cycle through them is seen.
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/**/*.ts'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
    },
  },
  {
    // The core runs anywhere (unit tests in plain Node, the extension host, a
    // browser later): it never imports the editor or Node built-ins.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'vscode', message: 'src/core is pure: the editor is reached through src/features.' },
          ...nodeBuiltins.map((name) => ({ name, message: 'src/core is pure: no Node built-ins.' })),
        ],
        patterns: [{ group: ['node:*'], message: 'src/core is pure: no Node built-ins.' }],
      }],
    },
  },
);
