import { compileGlob } from '../globs';

/** Where user catalogs are found without any setting, relative to each workspace folder. */
export const DEFAULT_CATALOG_PATTERN = '.vscode/status-codes/*.json';

/**
 * A catalog path or glob from the settings, split into the folder it starts
 * from and the glob below it. The editor's file search and watchers cannot
 * take `..` or absolute paths inside a glob, so the part without wildcards
 * becomes the base they are relative to: `../shared/codes/*.json` searches
 * `*.json` in `../shared/codes`.
 */
export interface CatalogPattern {
  /** The setting as written, for messages. */
  readonly source: string;
  /** Path segments without wildcards, relative to the workspace folder unless `absolute`. */
  readonly base: readonly string[];
  readonly absolute: boolean;
  /** The glob below the base, `/`-separated, never empty. */
  readonly glob: string;
  /** True when the glob only names files directly in the base folder, so a directory listing finds them all. */
  readonly flat: boolean;
}

const WILDCARD = /[*?[\]{}()!]/;

/** Splits a setting value; undefined for values that name no file (empty, or a bare folder path ending in `/`). */
export function parseCatalogPattern(source: string): CatalogPattern | undefined {
  const text = source.trim().replace(/\\/g, '/');
  const absolute = text.startsWith('/') || /^[a-zA-Z]:\//.test(text);
  const segments = text.split('/').filter((segment) => segment !== '' && segment !== '.');
  if (segments.length === 0 || text.endsWith('/')) {
    return undefined;
  }
  let firstWild = segments.findIndex((segment) => WILDCARD.test(segment));
  if (firstWild < 0) {
    // A plain path names one file: its folder is the base and its name the glob.
    firstWild = segments.length - 1;
  }
  const glob = segments.slice(firstWild).join('/');
  return {
    source,
    base: segments.slice(0, firstWild),
    absolute,
    glob,
    flat: !glob.includes('/') && !glob.includes('**'),
  };
}

/**
 * Whether the pattern reaches out of the workspace folder: an absolute path,
 * or `..` anywhere in it. Workspace settings come with the workspace, so only
 * the user's own settings may point there.
 */
export function leavesFolder(pattern: CatalogPattern): boolean {
  return pattern.absolute || pattern.base.includes('..') || pattern.glob.split('/').includes('..');
}

/** The patterns read in a workspace folder: the default folder first, then the setting's, without repeats. */
export function catalogPatterns(settingValues: readonly string[]): CatalogPattern[] {
  const seen = new Set<string>();
  const patterns: CatalogPattern[] = [];
  for (const value of [DEFAULT_CATALOG_PATTERN, ...settingValues]) {
    const pattern = parseCatalogPattern(value);
    const key = pattern && `${pattern.absolute}|${pattern.base.join('/')}|${pattern.glob}`;
    if (pattern && key && !seen.has(key)) {
      seen.add(key);
      patterns.push(pattern);
    }
  }
  return patterns;
}

/** Whether a file name found by listing the base folder of a flat pattern matches its glob. */
export function matchesFlatGlob(pattern: CatalogPattern, fileName: string): boolean {
  // A malformed glob matches nothing; the setting's problem is logged where the pattern is used.
  return compileGlob(pattern.glob)(fileName);
}

/**
 * The glob for a watcher that reports the deletion of the base folder or any
 * folder above it, whose files the editor then does not report one by one:
 * `{.vscode,.vscode/status-codes}` for the default pattern.
 */
export function baseFoldersGlob(pattern: CatalogPattern): string | undefined {
  const parents = pattern.base
    .map((_, i) => pattern.base.slice(0, i + 1))
    .filter((segments) => !segments.includes('..'))
    .map((segments) => segments.join('/'));
  if (parents.length === 0) {
    return undefined;
  }
  return parents.length === 1 ? parents[0] : `{${parents.join(',')}}`;
}
