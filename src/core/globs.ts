import type Picomatch from 'picomatch';

/**
 * Glob matching for the settings that name files (`exclude.files`,
 * `preferCatalogs`). Paths are workspace-relative with `/` separators.
 * Compiled matchers are kept per settings value, so a hover does not
 * recompile globs; a settings change brings new values and new matchers.
 */

type Matcher = (path: string) => boolean;

const listCache = new WeakMap<readonly string[], Matcher>();
const recordCache = new WeakMap<Readonly<Record<string, readonly string[]>>, readonly (readonly [Matcher, readonly string[]])[]>();

let picomatch: typeof Picomatch | undefined;

/**
 * A matcher for one glob. The glob library is loaded on the first glob: the
 * extension bundle keeps it in a file of its own (see esbuild.mjs), and with
 * the default settings no glob is ever matched.
 */
export function compileGlob(glob: string): Matcher {
  try {
    picomatch ??= require('picomatch') as typeof Picomatch;
    return picomatch(glob, { dot: true, windows: false });
  } catch {
    // A malformed glob matches nothing rather than breaking every provider.
    return () => false;
  }
}

/** Whether `relativePath` matches one of `globs`. */
export function matchesAnyGlob(relativePath: string, globs: readonly string[]): boolean {
  if (globs.length === 0) {
    return false;
  }
  let matcher = listCache.get(globs);
  if (!matcher) {
    const matchers = globs.map(compileGlob);
    matcher = (path) => matchers.some((m) => m(path));
    listCache.set(globs, matcher);
  }
  return matcher(normalisePath(relativePath));
}

/** The catalog ids preferred for `relativePath`, in the order the globs and their lists give them, without repeats. */
export function preferredCatalogsFor(relativePath: string | undefined, preferences: Readonly<Record<string, readonly string[]>>): string[] {
  if (relativePath === undefined) {
    return [];
  }
  let compiled = recordCache.get(preferences);
  if (!compiled) {
    compiled = Object.entries(preferences).map(([glob, ids]) => [compileGlob(glob), ids] as const);
    recordCache.set(preferences, compiled);
  }
  const path = normalisePath(relativePath);
  const ids: string[] = [];
  for (const [matcher, list] of compiled) {
    if (matcher(path)) {
      for (const id of list) {
        if (!ids.includes(id)) {
          ids.push(id);
        }
      }
    }
  }
  return ids;
}

function normalisePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '');
}
