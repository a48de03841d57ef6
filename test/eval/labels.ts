/**
 * The labels of the evaluation corpus: one sidecar file `<fixture>.labels`
 * beside each fixture, saying what every number (and every recognisable
 * name) on each line means.
 *
 * Format, one label a line, fields separated by whitespace, `#` starts a comment:
 *
 *     12  404        http:404          obvious
 *     12  *          none
 *     15  23@2       clickatell-one-api-message-status:23|clickatell-one-api-errors:23
 *     20  400        none|http-class:4xx
 *     31  0x0000000B smpp-command-status:0x0000000B  obvious
 *     31  5.1.1      smtp-enhanced-status-codes:X.1.1  obvious
 *     33  UNDELIV    smpp-receipt-stat:UNDELIV       obvious
 *
 * - the line is 1-based, as an editor shows it;
 * - the literal is the text on the line (a number, a name, `Status.NOT_FOUND`);
 *   `@n` picks its n-th whole-token occurrence on the line, else every occurrence
 *   gets the label; `*` covers every other number on the line;
 * - expected is `catalogId:code`, or `none`, or several acceptable ones joined by `|`; the code is
 *   written as the catalog file writes it: a number, a hex code `0x0000000B`, a dotted code `X.1.1`
 *   or a word `delivered` (see `sameMeaning` for how hex codes compare);
 * - `obvious` marks a code any reader would call a status code: recall counts those.
 *
 * A labels file whose first label line is `nocode` says that every number of
 * the fixture expects none. `checkCoverage` fails a fixture line that holds a
 * free-standing digit run or hex literal with no label, so labels cannot go
 * stale unnoticed. Names (`UNAVAILABLE`, `stat:UNDELIV`) cannot be found that
 * way; label them where they are codes.
 */

export interface Label {
  /** 0-based line. */
  readonly line: number;
  readonly literal: string;
  /** 1-based occurrence of the literal on the line, or undefined for all of them. */
  readonly occurrence?: number;
  /** Acceptable meanings, `catalogId:code` or `none`. */
  readonly expected: readonly string[];
  readonly obvious: boolean;
  /** 1-based line of the labels file, for messages. */
  readonly sourceLine: number;
}

export interface LabelFile {
  /** Every number of the fixture expects none. */
  readonly nocode: boolean;
  readonly labels: readonly Label[];
  /** 0-based lines whose unlabelled numbers all expect none (`*`). */
  readonly restNone: ReadonlySet<number>;
}

/** A labelled span of a fixture line: one occurrence of a label's literal. */
export interface LabelledSpan {
  readonly label: Label;
  readonly line: number;
  readonly start: number;
  readonly end: number;
}

/** `catalogId:code`, the code a number, `0x…`, a dotted `X.1.1`, or a word such as `delivered` or `ESME_ROK`. */
const meaningPattern = /^[a-z0-9-]+:[0-9a-zA-Z]+(?:[._-][0-9a-zA-Z]+)*$/;

const hexCode = /^0x[0-9a-f]{1,8}$/i;
const decimalCode = /^[0-9]+$/;

/**
 * Whether a label's meaning and a recognised one name the same entry. A hex
 * code is a number however it is written, so `0x0B`, `0x0000000b` and the
 * decimal `11` of the same catalog are one code; everything else compares as
 * written (`X.1.1`, `delivered`).
 */
export function sameMeaning(expected: string, got: string): boolean {
  if (expected === got) return true;
  const a = expected.indexOf(':');
  const b = got.indexOf(':');
  if (a < 0 || b < 0 || expected.slice(0, a) !== got.slice(0, b)) return false;
  const left = expected.slice(a + 1);
  const right = got.slice(b + 1);
  if (!hexCode.test(left) && !hexCode.test(right)) return false;
  const value = (code: string) => (hexCode.test(code) ? Number.parseInt(code.slice(2), 16) : decimalCode.test(code) ? Number(code) : Number.NaN);
  return value(left) === value(right);
}

/** Whether `got` is one of the meanings a label accepts. */
export function accepts(expected: readonly string[], got: string | undefined): boolean {
  return got !== undefined && expected.some((meaning) => sameMeaning(meaning, got));
}

export function parseLabels(text: string, fileName: string): LabelFile {
  const labels: Label[] = [];
  const restNone = new Set<number>();
  let nocode = false;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] as string).replace(/(^|\s)#.*$/, '').trim();
    if (raw === '') continue;
    if (raw === 'nocode') {
      nocode = true;
      continue;
    }
    const fields = raw.split(/\s+/);
    const where = `${fileName}:${i + 1}`;
    if (fields.length < 3 || fields.length > 4) {
      throw new Error(`${where}: expected "line literal expected [obvious]", got "${raw}"`);
    }
    const [lineField, literalField, expectedField, flag] = fields as [string, string, string, string | undefined];
    const lineNumber = Number(lineField);
    if (!Number.isInteger(lineNumber) || lineNumber < 1) {
      throw new Error(`${where}: "${lineField}" is not a line number`);
    }
    if (flag !== undefined && flag !== 'obvious') {
      throw new Error(`${where}: the only flag is "obvious", got "${flag}"`);
    }
    const expected = expectedField.split('|');
    for (const meaning of expected) {
      if (meaning !== 'none' && !meaningPattern.test(meaning)) {
        throw new Error(`${where}: "${meaning}" is neither "none" nor "catalogId:code"`);
      }
    }
    if (literalField === '*') {
      if (expected.length !== 1 || expected[0] !== 'none') {
        throw new Error(`${where}: "*" covers the remaining numbers of a line and can only expect "none"`);
      }
      restNone.add(lineNumber - 1);
      continue;
    }
    const at = /^(.+)@(\d+)$/.exec(literalField);
    const literal = at ? (at[1] as string) : literalField;
    const occurrence = at ? Number(at[2]) : undefined;
    if (flag === 'obvious' && expected.every((meaning) => meaning === 'none')) {
      throw new Error(`${where}: a label expecting none cannot be obvious`);
    }
    labels.push({ line: lineNumber - 1, literal, occurrence, expected, obvious: flag === 'obvious', sourceLine: i + 1 });
  }
  return { nocode, labels, restNone };
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** Start offsets of `literal` on `text` as a whole token: no letter, digit or `_` just before or after. */
export function tokenOccurrences(text: string, literal: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(literal); at >= 0; at = text.indexOf(literal, at + 1)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : -1;
    const after = at + literal.length < text.length ? text.charCodeAt(at + literal.length) : -1;
    const firstIsWord = isWordChar(literal.charCodeAt(0));
    const lastIsWord = isWordChar(literal.charCodeAt(literal.length - 1));
    if ((!firstIsWord || before < 0 || !isWordChar(before)) && (!lastIsWord || after < 0 || !isWordChar(after))) {
      found.push(at);
    }
  }
  return found;
}

/** Free-standing digit runs of a line (not part of an identifier, a hex literal or `2xx`): the numbers that need a label. */
export function numberRuns(text: string): { start: number; end: number }[] {
  return freeStandingRuns(text, /\d+/g);
}

/** Free-standing hex literals of a line (`0x0000000B`, `0x58`): codes in SMPP logs and code, so they need a label too. */
export function hexRuns(text: string): { start: number; end: number }[] {
  return freeStandingRuns(text, /0[xX][0-9a-fA-F]+/g);
}

/** The matches of `pattern` (global) in `text` that no word character touches on either side. */
function freeStandingRuns(text: string, pattern: RegExp): { start: number; end: number }[] {
  const runs: { start: number; end: number }[] = [];
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = start > 0 ? text.charCodeAt(start - 1) : -1;
    const after = end < text.length ? text.charCodeAt(end) : -1;
    if ((before >= 0 && isWordChar(before)) || (after >= 0 && isWordChar(after))) continue;
    runs.push({ start, end });
  }
  return runs;
}

/**
 * The spans the labels of a fixture point at. Throws, naming the labels file
 * line, when a label's literal is not on its line (the fixture changed).
 */
export function labelledSpans(fixtureLines: readonly string[], file: LabelFile, fileName: string): LabelledSpan[] {
  const spans: LabelledSpan[] = [];
  for (const label of file.labels) {
    const text = fixtureLines[label.line];
    const where = `${fileName}.labels:${label.sourceLine}`;
    if (text === undefined) {
      throw new Error(`${where}: the fixture has no line ${label.line + 1}`);
    }
    const starts = tokenOccurrences(text, label.literal);
    if (starts.length === 0) {
      throw new Error(`${where}: "${label.literal}" is not on line ${label.line + 1} ("${text.trim()}")`);
    }
    const chosen = label.occurrence === undefined ? starts : [starts[label.occurrence - 1]];
    if (chosen[0] === undefined) {
      throw new Error(`${where}: "${label.literal}" occurs ${starts.length} time(s) on line ${label.line + 1}, not ${label.occurrence}`);
    }
    for (const start of chosen as number[]) {
      spans.push({ label, line: label.line, start, end: start + label.literal.length });
    }
  }
  return spans;
}

/**
 * Problems that make a fixture's labels incomplete: a line holding a
 * free-standing number or hex literal that no label covers. Empty when all is labelled.
 */
export function coverageProblems(fixtureLines: readonly string[], file: LabelFile, spans: readonly LabelledSpan[], fileName: string): string[] {
  if (file.nocode) {
    return file.labels.length > 0 ? [`${fileName}.labels: a "nocode" file has no other labels`] : [];
  }
  const problems: string[] = [];
  const byLine = new Map<number, LabelledSpan[]>();
  for (const span of spans) {
    const list = byLine.get(span.line) ?? [];
    list.push(span);
    byLine.set(span.line, list);
  }
  for (let line = 0; line < fixtureLines.length; line++) {
    if (file.restNone.has(line)) continue;
    const text = fixtureLines[line] as string;
    const onLine = byLine.get(line) ?? [];
    for (const run of [...numberRuns(text), ...hexRuns(text)]) {
      if (!onLine.some((span) => span.start <= run.start && run.end <= span.end)) {
        problems.push(`${fileName}:${line + 1}: "${text.slice(run.start, run.end)}" has no label ("${text.trim()}")`);
      }
    }
  }
  return problems;
}
