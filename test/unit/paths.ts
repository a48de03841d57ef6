import * as path from 'node:path';

/** The repository root: tests run from `out/test/unit/...`, three folders below it. */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const catalogsDir = path.join(repoRoot, 'catalogs');
/** The provider documents the catalogs are transcribed from, kept beside the repository. */
export const seedsDir = path.resolve(repoRoot, '..', 'shared', 'seeds');
