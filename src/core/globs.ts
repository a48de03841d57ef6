/**
 * Glob matching for the settings that name files (`exclude.files`,
 * `preferCatalogs`) and for catalog paths. Paths are workspace-relative with
 * `/` separators.
 *
 * The syntax is the editor's: `*` and `?` within one path segment, `**` for
 * any number of segments, `[abc]`, `[a-z]` and `[!abc]` classes, `{a,b}`
 * alternatives (nested too), `\` escapes, and a leading `!` that negates.
 *
 * Globs come from workspace settings, which an untrusted folder controls, and
 * are matched on every hover, lens and completion request. Libraries that
 * compile globs into regular expressions backtrack: `*a*a*a*a*a*a*a*a*a*ab/**`
 * against a long folder name took over a second per match. Here a segment is
 * matched by the classic two-pointer wildcard algorithm, which never goes back
 * further than the last `*` (the last `**` for segments), so a match costs at
 * most the path's length times the glob's; and globs longer than
 * `MAX_GLOB_LENGTH` or expanding to more than `MAX_ALTERNATIVES` alternatives
 * match nothing.
 */

type Matcher = (path: string) => boolean;

/** The longest glob that is matched at all; longer ones match nothing. */
export const MAX_GLOB_LENGTH = 500;
/** The most alternatives `{…}` may expand a glob into; beyond it the glob matches nothing. */
export const MAX_ALTERNATIVES = 64;

const listCache = new WeakMap<readonly string[], Matcher>();
const recordCache = new WeakMap<Readonly<Record<string, readonly string[]>>, readonly (readonly [Matcher, readonly string[]])[]>();

const NOTHING: Matcher = () => false;

/** A matcher for one glob. A malformed or oversized glob matches nothing rather than breaking every provider. */
export function compileGlob(glob: string): Matcher {
  if (typeof glob !== 'string' || glob.length > MAX_GLOB_LENGTH) {
    return NOTHING;
  }
  let body = glob;
  let negated = false;
  while (body.startsWith('!') && !body.startsWith('!(')) {
    negated = !negated;
    body = body.slice(1);
  }
  const alternatives = expandBraces(body);
  if (alternatives === undefined || alternatives.length === 0) {
    return NOTHING;
  }
  const compiled = alternatives.map(compilePath);
  const matches = (path: string): boolean => {
    const parts = path.split('/');
    return compiled.some((segments) => matchParts(segments, parts));
  };
  return negated ? (path) => !matches(path) : matches;
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

/** One character of a segment pattern: a literal, `?`, a class, or `*`. */
type Token = { readonly kind: 'char'; readonly char: string } | { readonly kind: 'any' } | { readonly kind: 'star' } | { readonly kind: 'class'; readonly negated: boolean; readonly ranges: readonly (readonly [number, number])[] };

/** A path segment of a glob: `**`, or the tokens of one segment. */
type Segment = 'globstar' | readonly Token[];

function compilePath(glob: string): Segment[] {
  const path = glob.startsWith('./') ? glob.slice(2) : glob;
  return splitSegments(path).map((segment) => (segment === '**' ? 'globstar' : tokenize(segment)));
}

/** Splits at `/` outside classes, keeping escapes. */
function splitSegments(glob: string): string[] {
  const segments: string[] = [];
  let start = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\') {
      i++;
    } else if (c === '/') {
      segments.push(glob.slice(start, i));
      start = i + 1;
    }
  }
  segments.push(glob.slice(start));
  return segments;
}

function tokenize(segment: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i] as string;
    if (c === '\\' && i + 1 < segment.length) {
      tokens.push({ kind: 'char', char: segment[++i] as string });
    } else if (c === '*') {
      // `**` inside a segment is one `*`; consecutive stars match what one does.
      if (tokens[tokens.length - 1]?.kind !== 'star') {
        tokens.push({ kind: 'star' });
      }
    } else if (c === '?') {
      tokens.push({ kind: 'any' });
    } else if (c === '[') {
      const parsed = readClass(segment, i);
      if (parsed) {
        tokens.push(parsed.token);
        i = parsed.end;
      } else {
        tokens.push({ kind: 'char', char: c });
      }
    } else {
      tokens.push({ kind: 'char', char: c });
    }
  }
  return tokens;
}

/** The class starting at `open` (`[abc]`, `[a-z]`, `[!abc]`, `[^abc]`, `[]]`) and the offset of its `]`, or undefined when it is not closed. */
function readClass(segment: string, open: number): { token: Token; end: number } | undefined {
  let i = open + 1;
  let negated = false;
  if (segment[i] === '!' || segment[i] === '^') {
    negated = true;
    i++;
  }
  const ranges: [number, number][] = [];
  const first = i;
  for (; i < segment.length; i++) {
    let c = segment.charCodeAt(i);
    if (c === 93 /* ] */ && i > first) {
      return { token: { kind: 'class', negated, ranges }, end: i };
    }
    if (c === 92 /* \ */ && i + 1 < segment.length) {
      c = segment.charCodeAt(++i);
    }
    if (segment[i + 1] === '-' && i + 2 < segment.length && segment[i + 2] !== ']') {
      let last = segment.charCodeAt(i + 2);
      i += 2;
      if (last === 92 && i + 1 < segment.length) {
        last = segment.charCodeAt(++i);
      }
      ranges.push([Math.min(c, last), Math.max(c, last)]);
    } else {
      ranges.push([c, c]);
    }
  }
  return undefined;
}

/**
 * The globs `{a,b}` alternatives expand `glob` into, nested ones too, or
 * undefined beyond `MAX_ALTERNATIVES`. Braces without a comma stay literal.
 */
function expandBraces(glob: string): string[] | undefined {
  const open = findOpenBrace(glob);
  if (open < 0) {
    return [glob];
  }
  const split = splitBraceBody(glob, open);
  if (!split) {
    // No comma at the top level of the braces: literal braces, the rest may still hold alternatives.
    const rest = expandBraces(glob.slice(open + 1));
    return rest?.map((tail) => glob.slice(0, open + 1) + tail);
  }
  const prefix = glob.slice(0, open);
  const suffixes = expandBraces(glob.slice(split.close + 1));
  if (!suffixes) {
    return undefined;
  }
  const expanded: string[] = [];
  for (const option of split.options) {
    const inner = expandBraces(option);
    if (!inner) {
      return undefined;
    }
    for (const middle of inner) {
      for (const suffix of suffixes) {
        expanded.push(prefix + middle + suffix);
        if (expanded.length > MAX_ALTERNATIVES) {
          return undefined;
        }
      }
    }
  }
  return expanded;
}

function findOpenBrace(glob: string): number {
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] === '\\') {
      i++;
    } else if (glob[i] === '{') {
      return i;
    }
  }
  return -1;
}

/** The top-level options of the braces opening at `open` and their closing brace, or undefined when unclosed or without a comma. */
function splitBraceBody(glob: string, open: number): { options: string[]; close: number } | undefined {
  let depth = 0;
  let start = open + 1;
  const options: string[] = [];
  for (let i = open + 1; i < glob.length; i++) {
    const c = glob[i];
    if (c === '\\') {
      i++;
    } else if (c === '{') {
      depth++;
    } else if (c === '}') {
      if (depth === 0) {
        if (options.length === 0) {
          return undefined;
        }
        options.push(glob.slice(start, i));
        return { options, close: i };
      }
      depth--;
    } else if (c === ',' && depth === 0) {
      options.push(glob.slice(start, i));
      start = i + 1;
    }
  }
  return undefined;
}

/**
 * Whether the path's segments match the glob's. `**` takes any number of
 * segments; after a mismatch only the last `**` takes one more segment, so
 * the work is bounded by the product of the two counts.
 */
function matchParts(segments: readonly Segment[], parts: readonly string[]): boolean {
  let p = 0;
  let s = 0;
  let starP = -1;
  let starS = 0;
  while (s < parts.length) {
    const segment = segments[p];
    if (segment === 'globstar') {
      starP = p++;
      starS = s;
      continue;
    }
    if (segment !== undefined && matchSegment(segment, parts[s] as string)) {
      p++;
      s++;
      continue;
    }
    if (starP >= 0) {
      p = starP + 1;
      s = ++starS;
      continue;
    }
    return false;
  }
  while (segments[p] === 'globstar') p++;
  return p === segments.length;
}

/** Whether one path segment matches the tokens of one glob segment (the same two-pointer walk over characters). */
function matchSegment(tokens: readonly Token[], text: string): boolean {
  // A segment of stars alone names something: it does not match an empty segment.
  if (text === '' && tokens.length > 0 && tokens.every((t) => t.kind === 'star')) {
    return false;
  }
  let t = 0;
  let i = 0;
  let starT = -1;
  let starI = 0;
  while (i < text.length) {
    const token = tokens[t];
    if (token?.kind === 'star') {
      starT = t++;
      starI = i;
      continue;
    }
    if (token !== undefined && matchesChar(token, text, i)) {
      t++;
      i++;
      continue;
    }
    if (starT >= 0) {
      t = starT + 1;
      i = ++starI;
      continue;
    }
    return false;
  }
  while (tokens[t]?.kind === 'star') t++;
  return t === tokens.length;
}

function matchesChar(token: Token, text: string, i: number): boolean {
  switch (token.kind) {
    case 'char':
      return text[i] === token.char;
    case 'any':
      return true;
    case 'class': {
      const c = text.charCodeAt(i);
      const inside = token.ranges.some(([low, high]) => c >= low && c <= high);
      return inside !== token.negated;
    }
    default:
      return false;
  }
}
