import { isSpace } from '../recognize/charClasses';
import { matchParen, nextNonBlankLine, skipSpaces, skipWhitespace, LineIndex } from '../recognize/sourceText';
import { BraceTrace } from './braceTrace';
import { braceBlock, indentBlock, rubyBlock } from './switchBodies';
import type { CaseSyntax, FindSwitchOptions, SwitchBlock, SwitchKeyword } from './types';

/**
 * Finds multi-way branches over a value (`switch`, `match`, `when`,
 * Ruby's `case`) in source text, with their subject, the codes and names
 * their cases already handle, and where their parts are.
 *
 * The recogniser uses it to give `case 23:` the key of its `switch (status)`;
 * lenses use it to count handled codes; completion uses it to insert the
 * missing cases at the right place with the right indentation. The parser is
 * deliberately shallow (no grammar per language): it skips strings and
 * comments when matching braces, and reads case labels from the lines at the
 * block's first nesting level, which is what every supported language's
 * formatter produces.
 */

const HEADER = /\b(switch|match|when|case)\b/g;
const DEFAULT_MAX_BLOCK = 200_000;

/** Every block in `text`, in order of their headers. Never throws. */
export function findSwitchBlocks(text: string, options: FindSwitchOptions = {}): SwitchBlock[] {
  const blocks: SwitchBlock[] = [];
  const lines = new LineIndex(text);
  const reader = new HeaderLines(text);
  // Blocks nested in one another share one reading of their braces (see BraceTrace).
  let trace: BraceTrace | undefined;
  const traceFor = (open: number): BraceTrace | undefined => {
    if (trace?.knows(open)) {
      return trace;
    }
    if (!trace || trace.isBeyond(open)) {
      trace = new BraceTrace(text, open);
      return trace;
    }
    // In a string or comment as the enclosing block was read: this block is read on its own.
    return undefined;
  };
  const to = Math.min(options.to ?? text.length, text.length);
  HEADER.lastIndex = options.from ?? 0;
  for (let match = HEADER.exec(text); match && match.index < to; match = HEADER.exec(text)) {
    const block = parseBlock(text, match.index, match[1] as SwitchKeyword, lines, reader, traceFor, options);
    if (block) {
      blocks.push(block);
    }
  }
  return blocks;
}

/**
 * What `parseBlock` asks about the line a keyword is on, computed once per
 * line: a long line with a keyword every few characters is then read once,
 * not once per keyword. Keywords are asked about in increasing order.
 */
class HeaderLines {
  private start = -1;
  private end = -1;
  /** First non-blank character of the line, and the first `//`, `=`, `return`, `(` in it (the line's end when absent). */
  private firstNonBlank = 0;
  private firstSlashes = 0;
  private firstMark = 0;
  private firstMarkLength = 0;
  /** The first `{` at or after the last position asked about, or -1. */
  private brace = -2;

  constructor(private readonly text: string) {}

  /** Moves to the line holding `at`. */
  at(at: number): void {
    if (at >= this.start && at <= this.end && this.start >= 0) {
      return;
    }
    const text = this.text;
    // Lines are found forward from the previous one, so the whole text is searched once for line breaks.
    const from = at > this.end && this.end >= 0 ? this.end + 1 : 0;
    let start = from;
    for (let nl = text.indexOf('\n', from); nl >= 0 && nl < at; nl = text.indexOf('\n', nl + 1)) {
      start = nl + 1;
    }
    const endRaw = text.indexOf('\n', Math.max(start, at));
    this.start = start;
    this.end = endRaw < 0 ? text.length : endRaw;
    let k = start;
    while (k < this.end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9 || /\s/.test(text.charAt(k)))) k++;
    this.firstNonBlank = k;
    // Searched in the line alone: a search in the whole text would run past the line's end.
    const lineText = text.slice(start, this.end);
    const first = (needle: string, from: number): number => {
      const found = lineText.indexOf(needle, from - start);
      return found < 0 ? this.end : start + found;
    };
    this.firstSlashes = first('//', start);
    const eq = first('=', k);
    const ret = first('return', k);
    const paren = first('(', k);
    this.firstMark = Math.min(eq, ret, paren);
    this.firstMarkLength = this.firstMark === ret && ret < this.end ? 6 : 1;
  }

  get lineStart(): number {
    return this.start;
  }

  get lineEnd(): number {
    return this.end;
  }

  /** Whether the line before `at` is blank. */
  blankBefore(at: number): boolean {
    return at <= this.firstNonBlank;
  }

  /** Whether `at` is in a comment that starts earlier on its line (`//`, or a line starting with `#`, `*`, `/*`). */
  commentBefore(at: number): boolean {
    if (this.firstSlashes + 1 < at) {
      return true;
    }
    const first = this.text.charCodeAt(this.firstNonBlank);
    return this.firstNonBlank < at && (first === 35 /* # */ || first === 42 /* * */ || (first === 47 && this.text.charCodeAt(this.firstNonBlank + 1) === 42));
  }

  /** Leading spaces and tabs of the line. */
  indent(): string {
    let k = this.start;
    while (k < this.end && (this.text.charCodeAt(k) === 32 || this.text.charCodeAt(k) === 9)) k++;
    return this.text.slice(this.start, k);
  }

  /** Scala's subject before `match`: the line up to `at`, trimmed, after its first `=`, `return` or `(`. */
  subjectBefore(at: number): string {
    const from = this.firstMark < at ? this.firstMark + this.firstMarkLength : this.firstNonBlank;
    return this.text.slice(from, at).trim();
  }

  /** The first `{` at or after `from`, or -1. */
  nextBrace(from: number): number {
    if (this.brace === -1 || (this.brace >= from && this.brace !== -2)) {
      return this.brace;
    }
    this.brace = this.text.indexOf('{', from);
    return this.brace;
  }
}

/**
 * The block whose label is on line `line` of a document read through
 * `lineAt`. Used where only lines around a position are at hand (hover).
 * Lines of the result are document lines; its offsets are relative to the
 * start of the first line read, because the text beyond the label line was not read.
 */
export function findSwitchForCaseLine(
  lineAt: (line: number) => string | undefined,
  line: number,
  languageId?: string,
  maxBlockLength = DEFAULT_MAX_BLOCK,
): SwitchBlock | undefined {
  return caseBlocksAround(lineAt, line, languageId, maxBlockLength, 0).blocks.get(line);
}

/** The label lines of a window of a document and their blocks; valid for the lines `validFrom` to `last`. */
export interface CaseWindow {
  readonly validFrom: number;
  readonly last: number;
  readonly blocks: ReadonlyMap<number, SwitchBlock>;
}

/**
 * The blocks of the label lines from `line` to `line + below` of a document
 * read through `lineAt`. The lines above are read as far as a block can reach
 * down to a label (`maxBlockLength` past its header) and parsed once, as the
 * whole-document scan parses them, so a label gets the same block in a hover
 * as in a lens. A caller asking about many lines near each other (the
 * lenses of the visible part of a huge document) reuses the window for
 * every line from `validFrom` to `last`.
 */
export function caseBlocksAround(
  lineAt: (line: number) => string | undefined,
  line: number,
  languageId: string | undefined,
  maxBlockLength = DEFAULT_MAX_BLOCK,
  below = 0,
): CaseWindow {
  // A header's opening brace may follow it by a parenthesised subject and blank lines (see parseBlock).
  const budget = maxBlockLength + HEADER_REACH;
  const above: string[] = [];
  let chars = 0;
  let first = line + 1;
  let reachedStart = true;
  for (let n = line; n >= 0; n--) {
    const text = lineAt(n);
    if (text === undefined) {
      break;
    }
    // The line that crosses the budget is read too (a header at its end may reach the label), unless it alone exceeds it.
    if (n < line && chars >= budget) {
      reachedStart = false;
      break;
    }
    if (n < line && text.length > budget) {
      reachedStart = false;
      break;
    }
    above.push(text);
    chars += text.length + 1;
    first = n;
  }
  if (above.length === 0) {
    return { validFrom: line, last: line, blocks: new Map() };
  }
  above.reverse();
  let last = line;
  let extra = 0;
  for (let n = line + 1; n <= line + below && extra < budget; n++) {
    const text = lineAt(n);
    if (text === undefined) {
      break;
    }
    above.push(text);
    extra += text.length + 1;
    last = n;
  }
  const chunk = above.join('\n');
  const blocks = new Map<number, SwitchBlock>();
  const shifted = new Map<SwitchBlock, SwitchBlock>();
  for (const [at, block] of caseLineMap(findSwitchBlocks(chunk, { languageId, maxBlockLength }))) {
    let moved = shifted.get(block);
    if (!moved) {
      moved = shiftLines(block, first);
      shifted.set(block, moved);
    }
    blocks.set(at + first, moved);
  }
  // A line further down than `line` has fewer lines above it in the window: it is answered only if they reach as far.
  let validFrom = line;
  if (reachedStart) {
    validFrom = first;
  }
  return { validFrom, last, blocks };
}

/** How far before a block's opening brace its header keyword may be: a subject of up to 2,000 characters and 400 of blank space. */
const HEADER_REACH = 2_400 + 200;

/** Maps every label line to its block, for the whole-document scan. */
export function caseLineMap(blocks: readonly SwitchBlock[]): Map<number, SwitchBlock> {
  const map = new Map<number, SwitchBlock>();
  for (const block of blocks) {
    for (const label of block.cases) {
      // Inner blocks come later in the list and win: a label belongs to its innermost switch.
      map.set(label.line, block);
    }
  }
  return map;
}

function parseBlock(
  text: string,
  at: number,
  keyword: SwitchKeyword,
  lines: LineIndex,
  line: HeaderLines,
  traceFor: (open: number) => BraceTrace | undefined,
  options: FindSwitchOptions,
): SwitchBlock | undefined {
  const before = at > 0 ? text.charCodeAt(at - 1) : 0;
  // `re.match(`, `$match`, `obj.switch`: a member or variable, not a keyword.
  if (before === 46 /* . */ || before === 36 /* $ */ || before === 64 /* @ */) {
    return undefined;
  }
  line.at(at);
  const lineStart = line.lineStart;
  const lineEnd = line.lineEnd;
  if (line.commentBefore(at)) {
    return undefined;
  }
  const headerIndent = line.indent();
  const restStart = at + keyword.length;
  const languageId = options.languageId ?? '';
  const maxBlock = options.maxBlockLength ?? DEFAULT_MAX_BLOCK;
  const blankBefore = line.blankBefore(at);

  // Python: `match subject:` alone on its line.
  if (keyword === 'match' && blankBefore) {
    const python = pythonSubject(text, restStart, lineEnd);
    if (python !== undefined && !/[={]/.test(python)) {
      return indentBlock(text, at, keyword, 'python', python, lineEnd, headerIndent, lines, languageId, maxBlock);
    }
  }
  // Ruby: `case subject` followed by `when` lines.
  if (keyword === 'case' && (blankBefore || (at - lineStart <= MAX_ASSIGNED_PREFIX && /^[\w.@]+\s*=\s*$/.test(text.slice(lineStart, at).trim()))) && !endsWithColon(text, restStart, lineEnd)) {
    const subject = text.slice(restStart, lineEnd).trim();
    const next = nextNonBlankLine(text, lineEnd);
    if (subject !== '' && /^\s*when\b/.test(next)) {
      return rubyBlock(text, at, subject, lineEnd, headerIndent, lines, maxBlock);
    }
    return undefined;
  }
  if (keyword === 'case') {
    return undefined;
  }

  // Brace blocks: `switch (x) {`, `switch x {`, `match x {`, `match (x) {`, `when (x) {`, `x match {`, C#'s `x switch {`.
  let subject: string;
  let scala = false;
  let csharpExpression = false;
  let cursor = restStart;
  const afterKeyword = skipSpaces(text, cursor, lineEnd);
  if (keyword === 'switch' && languageId === 'csharp' && !blankBefore && text.charCodeAt(skipWhitespace(text, restStart, Math.min(text.length, restStart + 400))) === 123 /* { */) {
    // C# 8's switch expression: the subject precedes the keyword, and the brace is often on the next line.
    subject = expressionBefore(text, lineStart, at);
    csharpExpression = true;
  } else if (text.charCodeAt(afterKeyword) === 40 /* ( */) {
    const close = matchParen(text, afterKeyword, Math.min(text.length, afterKeyword + 2000));
    if (close < 0) {
      return undefined;
    }
    subject = text.slice(afterKeyword + 1, close);
    cursor = close + 1;
  } else if (keyword === 'match' && !blankBefore && text.charCodeAt(skipWhitespace(text, restStart, lineEnd)) === 123 /* { */) {
    // Scala: the subject precedes the keyword.
    subject = line.subjectBefore(at);
    scala = true;
    cursor = afterKeyword;
  } else if (keyword === 'when') {
    return undefined;
  } else {
    const brace = line.nextBrace(afterKeyword);
    if (brace < 0 || brace > lineEnd) {
      return undefined;
    }
    subject = text.slice(afterKeyword, brace);
    cursor = brace;
  }
  // Go allows an init statement: `switch x := f(); x {`.
  if (subject.includes(';')) {
    subject = subject.slice(subject.lastIndexOf(';') + 1);
  }
  subject = subject.trim();
  if (subject === '' || subject.length > 200) {
    return undefined;
  }
  // The brace may sit on the next line (Allman style).
  const open = skipWhitespace(text, cursor, Math.min(text.length, cursor + 400));
  if (text.charCodeAt(open) !== 123 /* { */) {
    return undefined;
  }
  const syntax: CaseSyntax = csharpExpression ? 'fat-arrow' : keyword === 'switch' ? 'case-colon' : keyword === 'when' ? 'thin-arrow' : scala ? 'case-fat-arrow' : 'fat-arrow';
  return braceBlock(text, at, keyword, syntax, subject, open, headerIndent, lines, languageId, maxBlock, options.shareBraces === false ? undefined : traceFor(open));
}

/**
 * The expression that ends just before `at` on its line, as the subject of
 * C#'s `statusCode switch {`: a chain of names, member accesses and
 * bracketed or parenthesised parts (`response.StatusCode`,
 * `(int)response.StatusCode`, `GetStatus(id)`), read backwards from `at` to
 * the first character that cannot be part of one (`=`, `>` of `=>`, a space
 * between words, `return`'s space). Empty when there is none. At most
 * `MAX_SUBJECT_BEFORE` characters are read, so a line of many keywords is
 * not read back once per keyword.
 */
function expressionBefore(text: string, lineStart: number, at: number): string {
  lineStart = Math.max(lineStart, at - MAX_SUBJECT_BEFORE);
  let end = at;
  while (end > lineStart && isSpace(text.charCodeAt(end - 1))) end--;
  let k = end;
  while (k > lineStart) {
    const c = text.charCodeAt(k - 1);
    if (c === 41 /* ) */ || c === 93 /* ] */) {
      const open = c === 41 ? 40 : 91;
      let depth = 0;
      let j = k - 1;
      for (; j >= lineStart; j--) {
        const d = text.charCodeAt(j);
        if (d === c) depth++;
        else if (d === open && --depth === 0) break;
      }
      if (j < lineStart) {
        break;
      }
      k = j;
    } else if (isNamePart(c)) {
      k--;
    } else {
      break;
    }
  }
  return text.slice(k, end);
}

/** A subject is at most 200 characters (see parseBlock); a little more is read so that one that long is found and refused. */
const MAX_SUBJECT_BEFORE = 240;

/** Letters, digits, `_`, `@` (C#'s verbatim names), and the `.`, `?.` and `!` of member chains. */
function isNamePart(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 64 || c === 46 || c === 63 || c === 33 || c > 127;
}

/** The longest `name =` before Ruby's `case` (`status = case code`) that is looked at. */
const MAX_ASSIGNED_PREFIX = 200;

/** Whether `text[from, to)` ends in a colon and spaces. */
function endsWithColon(text: string, from: number, to: number): boolean {
  let k = to;
  while (k > from && /\s/.test(text.charAt(k - 1))) k--;
  return k > from && text.charCodeAt(k - 1) === 58;
}

/**
 * Python's `match subject:` header from `from` (just after `match`) to the
 * line's end: spaces, the subject, a colon, then nothing or a comment.
 * Undefined when the line is not one.
 */
function pythonSubject(text: string, from: number, to: number): string | undefined {
  let g = from;
  while (g < to && /\s/.test(text.charAt(g))) g++;
  if (g === from) {
    return undefined;
  }
  const lineBreak = (c: number) => c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
  let lastBreak = -1;
  let firstBreak = to;
  for (let k = from; k < to; k++) {
    if (lineBreak(text.charCodeAt(k))) {
      lastBreak = k;
      firstBreak = Math.min(firstBreak, k);
    }
  }
  const endsAfter = (colon: number): boolean => {
    let k = colon + 1;
    while (k < to && /\s/.test(text.charAt(k))) k++;
    return k === to || (text.charCodeAt(k) === 35 /* # */ && k > lastBreak);
  };
  const read = (start: number): string | undefined => {
    for (let colon = text.indexOf(':', start + 1); colon >= 0 && colon < to; colon = text.indexOf(':', colon + 1)) {
      if (colon > firstBreak && firstBreak >= start) {
        return undefined;
      }
      if (endsAfter(colon)) {
        return text.slice(start, colon);
      }
    }
    return undefined;
  };
  return read(g) ?? (g - from >= 2 && !lineBreak(text.charCodeAt(g - 1)) ? read(g - 1) : undefined);
}

function shiftLines(block: SwitchBlock, by: number): SwitchBlock {
  // Offsets stay relative to the chunk the block was read from; only lines are shifted to document lines.
  return {
    ...block,
    headerLine: block.headerLine + by,
    bodyLine: block.bodyLine + by,
    endLine: block.endLine + by,
    insertLine: block.insertLine + by,
    cases: block.cases.map((c) => ({ ...c, line: c.line + by })),
    ...(block.defaultCase ? { defaultCase: { ...block.defaultCase, line: block.defaultCase.line + by } } : {}),
  };
}

