/**
 * The file names of the built-in catalogs in the extension's `catalogs/`
 * folder, sorted; generated at build time by esbuild.mjs, because an
 * extension served over HTTP(S) cannot list its own folders.
 */
export declare const builtInCatalogFiles: readonly string[];
