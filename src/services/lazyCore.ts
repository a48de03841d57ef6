import type * as Generate from '../core/generate/index';
import type * as TableImport from '../core/import/table';
import type * as Search from '../core/search/search';

/**
 * Core modules that a session may never call: the handler generators, the
 * catalog search and the table reader. The extension bundle keeps each in a
 * file of its own (`lazyChunks` in esbuild.mjs turns these `require` calls
 * into loads of those files), so activation neither reads nor compiles them
 * and the first command, completion or lookup that needs one loads it.
 */

let generate: typeof Generate | undefined;
let search: typeof Search | undefined;
let tableImport: typeof TableImport | undefined;

export function generateModule(): typeof Generate {
  return (generate ??= require('../core/generate/index') as typeof Generate);
}

export function searchModule(): typeof Search {
  return (search ??= require('../core/search/search') as typeof Search);
}

export function tableImportModule(): typeof TableImport {
  return (tableImport ??= require('../core/import/table') as typeof TableImport);
}
