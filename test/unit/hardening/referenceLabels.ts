/**
 * The label and subject readers as they were written with regular
 * expressions, kept as the reference the rewritten readers are compared with
 * on short lines (where the expressions' backtracking costs nothing).
 */
import type { CaseSyntax, SwitchCase } from '../../../src/core/switch/types';

/*
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
const CONVERSIONS = /(?:\s*\??\.\s*(?:as_u16|as_u32|as_i32|as_u64|as_i64|into|unwrap|to_i|to_int|toInt|intValue|int_value|value|rawValue|getValue|ordinal)\s*(?:\(\s*\))?)+\s*$/;

/** The identifier a subject expression reads, and its object: `message.status` gives `status` and `message`. */
export function referenceSubjectKey(subject: string): { key?: string; parentKey?: string } {
  const cleaned = subject
    .replace(/\s+as\s+[\w.<>[\]]+\s*$/, '')
    .replace(/[!]+$/, '')
    .replace(CONVERSIONS, '')
    .trim();
  const tokens: { text: string; joinedToPrevious: boolean }[] = [];
  const token = /([A-Za-z_$@][\w$]*)|"([^"]*)"|'([^']*)'/g;
  for (let m = token.exec(cleaned); m; m = token.exec(cleaned)) {
    const after = cleaned.slice(m.index + m[0].length);
    const before = cleaned.slice(0, m.index);
    const text = (m[1] ?? m[2] ?? m[3] ?? '').replace(/^[$@]+/, '');
    const isCallee = /^\s*\(\s*[^)\s]/.test(after);
    if (isCallee || SUBJECT_NOISE.has(text) || text === '') {
      continue;
    }
    tokens.push({ text, joinedToPrevious: /(\.|\?\.|->|::|\[\s*)$/.test(before) });
  }
  const last = tokens[tokens.length - 1];
  if (!last) {
    return {};
  }
  const previous = tokens[tokens.length - 2];
  return last.joinedToPrevious && previous ? { key: last.text, parentKey: previous.text } : { key: last.text };
}

/** Labels read from one line, and the syntax they are written in. */
export function referenceParseLabelLine(
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
    const when = /^when\s+(.+?)(?:\s+then\b.*)?$/.exec(content);
    return when ? { labels: [patterns(when[1] ?? '', offset, RUBY_RANGES)], syntax: 'ruby' } : undefined;
  }
  if (blockSyntax === 'python') {
    const pythonCase = /^case\s+(.+?)(?:\s+if\s+.*)?:\s*(#.*)?$/.exec(content) ?? /^case\s+(.+?)(?:\s+if\s+[^:]*)?:/.exec(content);
    return pythonCase ? { labels: [patterns(pythonCase[1] ?? '', offset, INCLUSIVE_RANGES)], syntax: 'python' } : undefined;
  }
  // Several `case X:` labels may share a line (`case 1: case 2:`).
  if (/^(case|default)\b/.test(content)) {
    const labels: Omit<SwitchCase, 'line'>[] = [];
    let syntax: CaseSyntax = 'case-colon';
    const label = /\b(?:case\s+((?:[^:'"]|'[^']*'|"[^"]*"|::)+?)\s*(->|=>|:(?!:))|default\s*(->|=>|:))/g;
    for (let m = label.exec(content); m; m = label.exec(content)) {
      const arrow = m[2] ?? m[3];
      syntax = arrow === '->' ? 'case-arrow' : arrow === '=>' ? 'case-fat-arrow' : 'case-colon';
      if (m[1] === undefined) {
        labels.push({ offset: offset + m.index, codes: [], ranges: [], names: [], isDefault: true });
      } else {
        labels.push(patterns(m[1], offset + m.index, INCLUSIVE_RANGES));
      }
      if (arrow !== ':') {
        break;
      }
    }
    return labels.length > 0 ? { labels, syntax } : undefined;
  }
  // Arms: `23 | 25 =>`, `23, 25 ->`, `else ->`, `_ =>`, `default =>`.
  // Rust's inclusive range `200..=299` and C#'s relational `>= 500`, `<= 599` hold the only `=` a pattern may.
  // A `-` is a number's sign when a digit follows and the start, a separator or a range operator precedes it.
  const arm = /^((?:[^=\-{}()'"]|\.\.=|[<>]=|(?<=(?:^|[|,.=])\s*)-(?=\d)|'[^']*'|"[^"]*"|::|\([^)]*\))+?)\s*(=>|->)/.exec(content);
  if (arm && (blockSyntax === 'fat-arrow' || blockSyntax === 'thin-arrow' || blockSyntax === 'case-fat-arrow')) {
    const pattern = (arm[1] ?? '').replace(/\s+if\s+.*$/, '');
    // In Rust's `match` (fat arrows) `a..b` leaves `b` out; in Kotlin's `when` (thin arrows) `a..b` holds it.
    const ranges = blockSyntax === 'thin-arrow' ? INCLUSIVE_RANGES : RUST_RANGES;
    return { labels: [patterns(pattern, offset, ranges)], syntax: arm[2] === '=>' ? 'fat-arrow' : 'thin-arrow' };
  }
  return undefined;
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

/** C# 9's relational range, `>= 500 and < 600`. */
const RELATIONAL_RANGE = /^(>=?)\s*([-+]?\d+)\s+and\s+(<=?)\s*([-+]?\d+)$/;

/** Splits a label's pattern list into codes, ranges and names. */
function patterns(list: string, offset: number, rules: RangeRules): Omit<SwitchCase, 'line'> {
  const codes: number[] = [];
  const ranges: [number, number][] = [];
  const names: string[] = [];
  let isDefault = false;
  for (const raw of list.split(/\s*(?:,|\||\bor\b)\s*/)) {
    const item = raw.trim().replace(/^\(|\)$/g, '').trim();
    const unquoted = item.replace(/^(['"`])(.*)\1$/, '$2');
    const range = RANGE_PATTERN.exec(item);
    const relational = RELATIONAL_RANGE.exec(item);
    if (item === '_' || item === 'default' || item === 'else') {
      isDefault = true;
    } else if (relational && !range) {
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
    } else if (/^[A-Za-z_$][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)*$/.test(unquoted)) {
      const last = unquoted.split(/\.|::|->/).pop() ?? unquoted;
      names.push(last.replace(/^\$/, ''));
    }
  }
  return { offset, codes, ranges, names, isDefault };
}
