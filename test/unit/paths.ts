import * as path from 'node:path';

/** The repository root: tests run from `out/test/unit/...`, three folders below it. */
export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const catalogsDir = path.join(repoRoot, 'catalogs');
/**
 * Where the provider documents the catalogs are transcribed from are looked
 * for: `SCL_SHARED_DIR` when set, else a `shared` folder beside the
 * repository (as this project's CI lays it out). A plain clone has neither;
 * `sharedDocuments.ts` skips the tests that read them.
 */
export const sharedDir = process.env.SCL_SHARED_DIR ? path.resolve(process.env.SCL_SHARED_DIR) : path.resolve(repoRoot, '..', 'shared');
/** The seed documents of the first catalogs. */
export const seedsDir = path.join(sharedDir, 'seeds');
/** The source documents of the newer catalogs. */
export const sourcesDir = path.join(sharedDir, 'sources');
