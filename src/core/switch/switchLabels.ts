import type { CaseSyntax, SwitchCase } from './types';

/**
 * Reads case labels and subjects: `case 23, 25:`, `23 | 25 =>`, `when 23`,
 * `case _:`, and the key a subject expression such as `int(data["status"])`
 * reads.
 */

const SUBJECT_NOISE = new Set(['as', 'await', 'typeof', 'new', 'this', 'self', 'true', 'false', 'null', 'nil', 'None', 'int', 'Number', 'parseInt', 'str']);

/**
 * Trailing conversions of a subject (`resp.status().as_u16()`, `code.to_i`,
 * `status.intValue()`, `state.rawValue`): they change the type, not what the
 * value is, so the key is the one before them.
 */
const CONVERSIONS = new Set(['as_u16', 'as_u32', 'as_i32', 'as_u64', 'as_i64', 'into', 'unwrap', 'to_i', 'to_int', 'toInt', 'intValue', 'int_value', 'value', 'rawValue', 'getValue', 'ordinal']);

/** The identifier a subject expression reads, and its object: `message.status` gives `status` and `message`. */
export function subjectKey(subject: string): { key?: string; parentKey?: string } {
  const cleaned = subject.slice(0, withoutConversions(subject, withoutBangs(subject, withoutCast(subject)))).trim();
  const tokens: { text: string; joinedToPrevious: boolean }[] = [];
  const token = /([A-Za-z_$@][\w$]*)|"([^"]*)"|'([^']*)'/g;
  for (let m = token.exec(cleaned); m; m = token.exec(cleaned)) {
    const after = m.index + m[0].length;
    const text = (m[1] ?? m[2] ?? m[3] ?? '').replace(/^[$@]+/, '');
    if (isCallee(cleaned, after) || SUBJECT_NOISE.has(text) || text === '') {
      continue;
    }
    tokens.push({ text, joinedToPrevious: joinedToPrevious(cleaned, m.index) });
  }
  const last = tokens[tokens.length - 1];
  if (!last) {
    return {};
  }
  const previous = tokens[tokens.length - 2];
  return last.joinedToPrevious && previous ? { key: last.text, parentKey: previous.text } : { key: last.text };
}

/*
 * The readers below go over the subject once each, from its end: the regular
 * expressions they replace tried every start position and, for a run of
 * conversions or spaces, every way to split it (exponential for
 * `x .value .value … +`).
 */

/** Where a trailing cast (`status as u16`, `code as i32`) starts, or `end` when there is none. */
function withoutCast(text: string): number {
  const end = trimmedEnd(text, text.length);
  let k = end;
  while (k > 0 && isCastChar(text.charCodeAt(k - 1))) k--;
  if (k === end || k === 0 || !isSpaceCode(text.charCodeAt(k - 1))) {
    return text.length;
  }
  const asEnd = trimmedEnd(text, k);
  if (asEnd < 2 || text.slice(asEnd - 2, asEnd) !== 'as' || asEnd - 2 === 0 || !isSpaceCode(text.charCodeAt(asEnd - 3))) {
    return text.length;
  }
  return trimmedEnd(text, asEnd - 2);
}

/** `end` moved back over trailing `!` (Kotlin's and Swift's non-null assertions). */
function withoutBangs(text: string, end: number): number {
  let k = end;
  while (k > 0 && text.charCodeAt(k - 1) === 33 /* ! */) k--;
  return k;
}

/** `end` moved back over trailing conversions (`.value`, `?.rawValue`, `.as_u16()`), spaces between them included. */
function withoutConversions(text: string, end: number): number {
  let cut = end;
  for (;;) {
    let k = trimmedEnd(text, cut);
    // An empty call, `( )`, after the conversion's name.
    if (k > 0 && text.charCodeAt(k - 1) === 41 /* ) */) {
      const open = trimmedEnd(text, k - 1);
      if (open === 0 || text.charCodeAt(open - 1) !== 40 /* ( */) {
        return cut;
      }
      k = trimmedEnd(text, open - 1);
    }
    let nameStart = k;
    while (nameStart > 0 && isWordCode(text.charCodeAt(nameStart - 1))) nameStart--;
    if (nameStart === k || !CONVERSIONS.has(text.slice(nameStart, k))) {
      return cut;
    }
    const dot = trimmedEnd(text, nameStart);
    if (dot === 0 || text.charCodeAt(dot - 1) !== 46 /* . */) {
      return cut;
    }
    cut = dot - 1 > 0 && text.charCodeAt(dot - 2) === 63 /* ? */ ? dot - 2 : dot - 1;
  }
}

/** Whether a `(` with something other than spaces or `)` after it follows `at`: the token before it is a callee. */
function isCallee(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && isSpaceCode(text.charCodeAt(k))) k++;
  if (text.charCodeAt(k) !== 40 /* ( */) {
    return false;
  }
  k++;
  while (k < text.length && isSpaceCode(text.charCodeAt(k))) k++;
  return k < text.length && text.charCodeAt(k) !== 41 /* ) */;
}

/** Whether the token at `at` follows `.`, `?.`, `->`, `::` or `[` (spaces after `[` allowed). */
function joinedToPrevious(text: string, at: number): boolean {
  let k = at;
  const before = k > 0 ? text.charCodeAt(k - 1) : -1;
  if (before === 46 /* . */ || (before === 62 /* > */ && text.charCodeAt(k - 2) === 45) || (before === 58 /* : */ && text.charCodeAt(k - 2) === 58)) {
    return true;
  }
  while (k > 0 && isSpaceCode(text.charCodeAt(k - 1))) k--;
  return k > 0 && text.charCodeAt(k - 1) === 91 /* [ */;
}

function trimmedEnd(text: string, end: number): number {
  let k = end;
  while (k > 0 && isSpaceCode(text.charCodeAt(k - 1))) k--;
  return k;
}

/** The characters of a cast's type: `[\w.<>[\]]`. */
function isCastChar(c: number): boolean {
  return isWordCode(c) || c === 46 || c === 60 || c === 62 || c === 91 || c === 93;
}

/** `\w` of a regular expression. */
export function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** `\s` of a regular expression. */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A character `.` of a regular expression does not match. */
function isLineTerminator(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** Labels read from one line, and the syntax they are written in. */
export function parseLabelLine(
  text: string,
  from: number,
  to: number,
  blockSyntax: CaseSyntax,
): { labels: Omit<SwitchCase, 'line'>[]; syntax: CaseSyntax } | undefined {
  const lineText = text.slice(from, to);
  const indent = /^[ \t]*/.exec(lineText)?.[0].length ?? 0;
  const content = lineText.slice(indent);
  const offset = from + indent;
  if (blockSyntax === 'ruby') {
    if (/^else\b/.test(content)) {
      return { labels: [{ offset, codes: [], ranges: [], names: [], isDefault: true }], syntax: 'ruby' };
    }
    const when = keywordPattern(content, 'when', 'then');
    return when !== undefined ? { labels: [patterns(when, offset, RUBY_RANGES)], syntax: 'ruby' } : undefined;
  }
  if (blockSyntax === 'python') {
    const pythonCase = pythonPattern(content);
    return pythonCase !== undefined ? { labels: [patterns(pythonCase, offset, INCLUSIVE_RANGES)], syntax: 'python' } : undefined;
  }
  // Several `case X:` labels may share a line (`case 1: case 2:`).
  if (/^(case|default)\b/.test(content)) {
    const labels: Omit<SwitchCase, 'line'>[] = [];
    let syntax: CaseSyntax = 'case-colon';
    for (let label = nextCaseLabel(content, 0); label; label = nextCaseLabel(content, label.end)) {
      const arrow = label.arrow;
      syntax = arrow === '->' ? 'case-arrow' : arrow === '=>' ? 'case-fat-arrow' : 'case-colon';
      if (label.pattern === undefined) {
        labels.push({ offset: offset + label.start, codes: [], ranges: [], names: [], isDefault: true });
      } else {
        labels.push(patterns(label.pattern, offset + label.start, INCLUSIVE_RANGES));
      }
      if (arrow !== ':') {
        break;
      }
    }
    return labels.length > 0 ? { labels, syntax } : undefined;
  }
  // Arms: `23 | 25 =>`, `23, 25 ->`, `else ->`, `_ =>`, `default =>`.
  const arm = armPattern(content);
  if (arm && (blockSyntax === 'fat-arrow' || blockSyntax === 'thin-arrow' || blockSyntax === 'case-fat-arrow')) {
    const pattern = arm.pattern.slice(0, guardStart(arm.pattern));
    // In Rust's `match` (fat arrows) `a..b` leaves `b` out; in Kotlin's `when` (thin arrows) `a..b` holds it.
    const ranges = blockSyntax === 'thin-arrow' ? INCLUSIVE_RANGES : RUST_RANGES;
    return { labels: [patterns(pattern, offset, ranges)], syntax: arm.arrow === '=>' ? 'fat-arrow' : 'thin-arrow' };
  }
  return undefined;
}

/*
 * Label readers. Each walks the line once from the left: the pattern ends at
 * the first arrow or colon that follows a complete pattern (strings and
 * parentheses are skipped whole). The regular expressions they replace tried
 * every way to split runs of `::` or spaces, which took exponential time on a
 * line such as `x::y::y::y… =>`.
 */

/** The arrow (`=>`, `->`) at `at`, after spaces, or undefined. */
function arrowAt(text: string, at: number): { arrow: '=>' | '->'; end: number } | undefined {
  let k = at;
  while (k < text.length && isSpaceCode(text.charCodeAt(k))) k++;
  const c = text.charCodeAt(k);
  if ((c === 61 /* = */ || c === 45) /* - */ && text.charCodeAt(k + 1) === 62 /* > */) {
    return { arrow: c === 61 ? '=>' : '->', end: k + 2 };
  }
  return undefined;
}

/**
 * A match arm's pattern, `23 | 25 =>`, `in 200..299 ->`, `Some(x) if x > 1 =>`,
 * `>= 500 and < 600 =>`: any text without `=`, `-`, braces or unbalanced
 * parentheses and quotes (Rust's inclusive range `200..=299` and C#'s
 * relational `>=` and `<=` hold the only `=` a pattern may), up to the first arrow.
 */
function armPattern(content: string): { pattern: string; arrow: '=>' | '->' } | undefined {
  const n = content.length;
  // The arrow test skips spaces; within a run of spaces its answer is the one at the run's end.
  let spacesEnd = -1;
  let arrowAfterSpaces: ReturnType<typeof arrowAt>;
  let p = 0;
  while (p < n) {
    if (p > 0) {
      let found: ReturnType<typeof arrowAt>;
      if (isSpaceCode(content.charCodeAt(p))) {
        if (p >= spacesEnd) {
          spacesEnd = p;
          while (spacesEnd < n && isSpaceCode(content.charCodeAt(spacesEnd))) spacesEnd++;
          arrowAfterSpaces = arrowAt(content, spacesEnd);
        }
        found = arrowAfterSpaces;
      } else {
        found = arrowAt(content, p);
      }
      if (found) {
        return { pattern: content.slice(0, p), arrow: found.arrow };
      }
    }
    const c = content.charCodeAt(p);
    if (c === 39 || c === 34 || c === 40) {
      const close = content.indexOf(c === 40 ? ')' : content.charAt(p), p + 1);
      if (close < 0) {
        return undefined;
      }
      p = close + 1;
    } else if (c === 61 /* = */) {
      // Rust's `200..=299`, C#'s relational `>= 500` and `<= 599`.
      const before = content.charCodeAt(p - 1);
      if (!((p >= 2 && before === 46 && content.charCodeAt(p - 2) === 46) || before === 62 /* > */ || before === 60) /* < */) {
        return undefined;
      }
      p++;
    } else if ((c === 45 && !isMinusSign(content, p)) || c === 123 || c === 125 || c === 41) {
      return undefined;
    } else {
      p++;
    }
  }
  return undefined;
}

/**
 * Whether the `-` at `at` is the sign of a number in a pattern (`-1 =>`,
 * `0 | -1 ->`, `-10..=-1 =>`): a digit follows, and before it, past spaces,
 * is the start, a separator or a range operator. Any other `-` ends the arm
 * reading, as it may start `->` or an expression.
 */
function isMinusSign(content: string, at: number): boolean {
  const next = content.charCodeAt(at + 1);
  if (next < 48 || next > 57) return false;
  let k = at;
  while (k > 0 && isSpaceCode(content.charCodeAt(k - 1))) k--;
  if (k === 0) return true;
  const before = content.charCodeAt(k - 1);
  return before === 124 /* | */ || before === 44 /* , */ || before === 46 /* . */ || before === 61 /* = */;
}

/** Where an arm's guard, ` if x > 1`, starts in its pattern, or the pattern's length. */
function guardStart(pattern: string): number {
  let lastTerminator = -1;
  for (let k = 0; k < pattern.length; k++) {
    if (isLineTerminator(pattern.charCodeAt(k))) lastTerminator = k;
  }
  for (let k = pattern.indexOf('if', 1); k >= 0; k = pattern.indexOf('if', k + 1)) {
    if (!isSpaceCode(pattern.charCodeAt(k - 1)) || !isSpaceCode(pattern.charCodeAt(k + 2))) {
      continue;
    }
    let after = k + 2;
    while (after < pattern.length && isSpaceCode(pattern.charCodeAt(after))) after++;
    if (after > lastTerminator) {
      let start = k;
      while (start > 0 && isSpaceCode(pattern.charCodeAt(start - 1))) start--;
      return start;
    }
  }
  return pattern.length;
}

/**
 * The next `case X:` (`->`, `=>`) or `default:` label of a line from `from`:
 * where its keyword starts, its pattern (none for `default`), its terminator
 * and where the search for the next label goes on.
 */
function nextCaseLabel(content: string, from: number): { start: number; end: number; pattern?: string; arrow: string } | undefined {
  const n = content.length;
  for (let at = from; at < n; at++) {
    const c = content.charCodeAt(at);
    if (c !== 99 /* c */ && c !== 100 /* d */) {
      continue;
    }
    if (at > 0 && isWordCode(content.charCodeAt(at - 1))) {
      continue;
    }
    if (content.startsWith('default', at)) {
      let k = at + 7;
      while (k < n && isSpaceCode(content.charCodeAt(k))) k++;
      const arrow = arrowAt(content, k);
      if (arrow && arrow.end === k + 2) {
        return { start: at, end: arrow.end, arrow: arrow.arrow };
      }
      if (content.charCodeAt(k) === 58 /* : */) {
        return { start: at, end: k + 1, arrow: ':' };
      }
      continue;
    }
    if (!content.startsWith('case', at)) {
      continue;
    }
    let g = at + 4;
    while (g < n && isSpaceCode(content.charCodeAt(g))) g++;
    if (g === at + 4) {
      continue;
    }
    const found = casePatternEnd(content, g, g + 1);
    if (found) {
      return { start: at, end: found.end, pattern: content.slice(g, found.patternEnd), arrow: found.arrow };
    }
    // `case  :` — the pattern may be the last space before the terminator.
    if (g - (at + 4) >= 2) {
      const edge = casePatternEnd(content, g - 1, g);
      if (edge) {
        return { start: at, end: edge.end, pattern: content.slice(g - 1, edge.patternEnd), arrow: edge.arrow };
      }
    }
  }
  return undefined;
}

/**
 * The end of a `case` pattern starting at `start` (at least up to `minEnd`):
 * text without `:` except `::`, quoted strings whole, up to the first
 * `->`, `=>` or single `:`.
 */
function casePatternEnd(content: string, start: number, minEnd: number): { patternEnd: number; end: number; arrow: string } | undefined {
  const n = content.length;
  let spacesEnd = -1;
  let p = start;
  while (p <= n) {
    if (p >= minEnd) {
      let k = p;
      if (isSpaceCode(content.charCodeAt(p))) {
        if (p >= spacesEnd) {
          spacesEnd = p;
          while (spacesEnd < n && isSpaceCode(content.charCodeAt(spacesEnd))) spacesEnd++;
        }
        k = spacesEnd;
      }
      const arrow = arrowAt(content, k);
      if (arrow && arrow.end === k + 2) {
        return { patternEnd: p, end: arrow.end, arrow: arrow.arrow };
      }
      if (content.charCodeAt(k) === 58 && content.charCodeAt(k + 1) !== 58) {
        return { patternEnd: p, end: k + 1, arrow: ':' };
      }
    }
    if (p === n) {
      return undefined;
    }
    const c = content.charCodeAt(p);
    if (c === 39 || c === 34) {
      const close = content.indexOf(content.charAt(p), p + 1);
      if (close < 0) {
        return undefined;
      }
      p = close + 1;
    } else if (c === 58 /* : */) {
      if (content.charCodeAt(p + 1) !== 58) {
        return undefined;
      }
      p += 2;
    } else {
      p++;
    }
  }
  return undefined;
}

/**
 * The pattern after a leading keyword (`when 23 then …`), up to a trailing
 * clause (` then …`) or the end of the line.
 */
function keywordPattern(content: string, keyword: string, clause: string): string | undefined {
  if (!content.startsWith(keyword)) {
    return undefined;
  }
  const n = content.length;
  let g = keyword.length;
  while (g < n && isSpaceCode(content.charCodeAt(g))) g++;
  const spaces = g - keyword.length;
  if (spaces === 0) {
    return undefined;
  }
  if (g === n) {
    return spaces >= 2 && !isLineTerminator(content.charCodeAt(n - 1)) ? content.slice(n - 1) : undefined;
  }
  let firstTerminator = n;
  let lastTerminator = -1;
  for (let k = g; k < n; k++) {
    if (isLineTerminator(content.charCodeAt(k))) {
      firstTerminator = Math.min(firstTerminator, k);
      lastTerminator = k;
    }
  }
  for (let k = content.indexOf(clause, g + 1); k >= 0; k = content.indexOf(clause, k + 1)) {
    const end = k + clause.length;
    if (!isSpaceCode(content.charCodeAt(k - 1)) || (end < n && isWordCode(content.charCodeAt(end)))) {
      continue;
    }
    let p = k;
    while (p > g + 1 && isSpaceCode(content.charCodeAt(p - 1))) p--;
    if (firstTerminator < p) {
      return undefined;
    }
    if (lastTerminator < end) {
      return content.slice(g, p);
    }
  }
  return firstTerminator === n ? content.slice(g) : undefined;
}

/**
 * A Python `case` pattern: `case 200 | 201:`, `case x if x > 500:` (the
 * guard is left out), a comment allowed after the colon.
 */
function pythonPattern(content: string): string | undefined {
  if (!content.startsWith('case')) {
    return undefined;
  }
  const n = content.length;
  let g = 4;
  while (g < n && isSpaceCode(content.charCodeAt(g))) g++;
  if (g === 4) {
    return undefined;
  }
  // Where the line may end after a colon: spaces, then nothing or a comment.
  let lastTerminator = -1;
  for (let k = 0; k < n; k++) {
    if (isLineTerminator(content.charCodeAt(k))) lastTerminator = k;
  }
  const endsAfter = (colon: number): boolean => {
    let k = colon + 1;
    while (k < n && isSpaceCode(content.charCodeAt(k))) k++;
    return k === n || (content.charCodeAt(k) === 35 /* # */ && k > lastTerminator);
  };
  // The last colon that may end the line, and whether any colon follows a position.
  let lastEndingColon = -1;
  for (let k = content.lastIndexOf(':'); k >= 0; k = k > 0 ? content.lastIndexOf(':', k - 1) : -1) {
    if (endsAfter(k)) {
      lastEndingColon = k;
      break;
    }
  }
  const lastColon = content.lastIndexOf(':');
  // A guard's `.*` holds no line break: the last one before the ending colon must come before the guard's text.
  let breakBeforeColon = -1;
  for (let k = 0; k < lastEndingColon; k++) {
    if (isLineTerminator(content.charCodeAt(k))) breakBeforeColon = k;
  }
  const read = (start: number, full: boolean): string | undefined => {
    let spacesEnd = -1;
    let guardFollows = false;
    for (let p = start + 1; p < n; p++) {
      const c = content.charCodeAt(p);
      if (c === 58 && (full ? endsAfter(p) : true)) {
        return content.slice(start, p);
      }
      if (isSpaceCode(c)) {
        if (p >= spacesEnd) {
          // The guard test's answer is the same from every space of a run.
          spacesEnd = p;
          while (spacesEnd < n && isSpaceCode(content.charCodeAt(spacesEnd))) spacesEnd++;
          const k = spacesEnd;
          guardFollows = false;
          if (content.startsWith('if', k) && isSpaceCode(content.charCodeAt(k + 2))) {
            let after = k + 3;
            while (after < n && isSpaceCode(content.charCodeAt(after))) after++;
            guardFollows = full ? lastEndingColon >= after && breakBeforeColon < after : lastColon >= k + 3;
          }
        }
        if (guardFollows) {
          return content.slice(start, p);
        }
      }
      if (isLineTerminator(c)) {
        // The pattern itself holds no line break.
        return undefined;
      }
    }
    return undefined;
  };
  return read(g, true) ?? (g - 4 >= 2 ? read(g - 1, true) : undefined) ?? read(g, false) ?? (g - 4 >= 2 ? read(g - 1, false) : undefined);
}

/** Range operators that leave their upper bound out, per language family; the others hold it. */
interface RangeRules {
  readonly exclusive: ReadonlySet<string>;
}
/** Kotlin `..` and `..<`, Swift `...` and `..<`, C#-style and others: only `..<` leaves the end out. */
const INCLUSIVE_RANGES: RangeRules = { exclusive: new Set(['..<']) };
/** Rust: `..=` holds the end, `..` does not. */
const RUST_RANGES: RangeRules = { exclusive: new Set(['..', '..<']) };
/** Ruby: `..` holds the end, `...` does not. */
const RUBY_RANGES: RangeRules = { exclusive: new Set(['...', '..<']) };

/** `200..299`, `in 200..299`, `200..=299`, `200...299`, `200..<300`. */
const RANGE_PATTERN = /^(?:in\s+)?([-+]?\d+)\s*(\.\.=|\.\.<|\.\.\.|\.\.)\s*([-+]?\d+)$/;

/** C# 9's relational range, `>= 500 and < 600`, `> 499 and <= 599`. */
const RELATIONAL_RANGE = /^(>=?)\s*([-+]?\d+)\s+and\s+(<=?)\s*([-+]?\d+)$/;

/** Splits a label's pattern list into codes, ranges and names. */
function patterns(list: string, offset: number, rules: RangeRules): Omit<SwitchCase, 'line'> {
  const codes: number[] = [];
  const ranges: [number, number][] = [];
  const names: string[] = [];
  let isDefault = false;
  for (const raw of splitPatternList(list)) {
    const item = raw.trim().replace(/^\(|\)$/g, '').trim();
    const unquoted = item.replace(/^(['"`])(.*)\1$/, '$2');
    const range = RANGE_PATTERN.exec(item);
    const relational = range ? null : RELATIONAL_RANGE.exec(item);
    if (item === '_' || item === 'default' || item === 'else') {
      isDefault = true;
    } else if (relational) {
      const first = Number(relational[2]) + (relational[1] === '>' ? 1 : 0);
      const last = Number(relational[4]) - (relational[3] === '<' ? 1 : 0);
      if (last >= first) {
        ranges.push([first, last]);
      }
    } else if (range) {
      const first = Number(range[1]);
      const last = Number(range[3]) - (rules.exclusive.has(range[2] ?? '') ? 1 : 0);
      if (last >= first) {
        ranges.push([first, last]);
      }
    } else if (/^[-+]?\d+$/.test(unquoted)) {
      codes.push(Number(unquoted));
    } else if (/^0[xX][0-9A-Fa-f]{1,8}$/.test(item)) {
      // `case 0x0000000B:`, as SMPP code compares command_status.
      codes.push(Number.parseInt(item.slice(2), 16));
    } else if (/^[A-Za-z_$][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)*$/.test(unquoted)) {
      const last = unquoted.split(/\.|::|->/).pop() ?? unquoted;
      names.push(last.replace(/^\$/, ''));
    }
  }
  return { offset, codes, ranges, names, isDefault };
}

/** A label's pattern list split at `,`, `|` and the word `or`; the parts keep their spaces. */
function splitPatternList(list: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let k = 0; k < list.length; k++) {
    const c = list.charCodeAt(k);
    if (c === 44 || c === 124) {
      parts.push(list.slice(start, k));
      start = k + 1;
    } else if (c === 111 /* o */ && list.charCodeAt(k + 1) === 114 /* r */ && (k === 0 || !isWordCode(list.charCodeAt(k - 1))) && !isWordCode(list.charCodeAt(k + 2))) {
      parts.push(list.slice(start, k));
      start = k + 2;
      k++;
    }
  }
  parts.push(list.slice(start));
  return parts;
}
