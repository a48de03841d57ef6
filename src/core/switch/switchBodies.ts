import { subjectKey, parseLabelLine } from './switchLabels';
import type { CaseSyntax, SwitchBlock, SwitchCase, SwitchKeyword } from './types';
import { isSpace } from '../recognize/charClasses';
import { matchBracket, skipString, type LineIndex } from '../recognize/sourceText';
import type { BraceTrace } from './braceTrace';

/**
 * Reads the body of a block once its header is known: where it ends, which
 * labels sit at its first level, how it is indented and where new cases go.
 * One reader per block style: braces, Python indentation, Ruby's `end`.
 */

/** Keyed by the document's language id: a Map, so that an id such as `constructor` finds nothing. */
const DEFAULT_INDENT: ReadonlyMap<string, string> = new Map([
  ['javascript', '  '],
  ['typescript', '  '],
  ['javascriptreact', '  '],
  ['typescriptreact', '  '],
  ['ruby', '  '],
  ['dart', '  '],
  ['go', '\t'],
]);

export function braceBlock(
  text: string,
  at: number,
  keyword: SwitchKeyword,
  syntax: CaseSyntax,
  subject: string,
  open: number,
  headerIndent: string,
  lines: LineIndex,
  languageId: string,
  maxBlock: number,
  trace?: BraceTrace,
): SwitchBlock {
  const limit = Math.min(text.length, open + maxBlock);
  const cases: SwitchCase[] = [];
  let depth = 1;
  let closeAt = -1;
  let lineStartDepth = 1;
  let labelSyntax: CaseSyntax | undefined;
  let i = open + 1;
  let lineBegin = i;
  const readLabels = (from: number, end: number) => {
    if (lineStartDepth !== 1) {
      return;
    }
    const found = parseLabelLine(text, from, unclosedBraceOf(text, from, end), syntax);
    if (found) {
      labelSyntax ??= found.syntax;
      for (const label of found.labels) {
        cases.push({ ...label, line: lines.lineOf(label.offset) });
      }
    }
  };
  if (trace) {
    // The braces were read for an enclosing block already: its reading gives this block's end and label lines.
    closeAt = trace.closeOf(open, limit);
    const spans = trace.firstLevelLines(open, closeAt >= 0 ? closeAt : limit, closeAt >= 0);
    for (let k = 0; k < spans.length; k += 2) {
      readLabels(spans[k] as number, spans[k + 1] as number);
    }
    i = limit;
  }
  while (i < limit) {
    const ch = text.charCodeAt(i);
    if (ch === 10 /* \n */) {
      readLabels(lineBegin, i);
      i++;
      lineBegin = i;
      lineStartDepth = depth;
      continue;
    }
    if (ch === 34 || ch === 39 || ch === 96) {
      i = skipString(text, i, limit);
      continue;
    }
    if (ch === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      const nl = text.indexOf('\n', i);
      i = nl < 0 || nl > limit ? limit : nl;
      continue;
    }
    if (ch === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
      const endComment = text.indexOf('*/', i + 2);
      i = endComment < 0 || endComment > limit ? limit : endComment + 2;
      continue;
    }
    if (ch === 123 /* { */) {
      depth++;
    } else if (ch === 125 /* } */) {
      depth--;
      if (depth === 0) {
        closeAt = i;
        break;
      }
    }
    i++;
  }
  const end = closeAt >= 0 ? closeAt : limit;
  if (trace) {
    // Labels were read above.
  } else if (closeAt >= 0) {
    readLabels(lineBegin, closeAt);
  } else if (lineBegin < end) {
    readLabels(lineBegin, end);
  }
  const headerLine = lines.lineOf(at);
  const endLine = lines.lineOf(end);
  // Line starts come from the index: reading back from every block's end would cost a long line once per block on it.
  const closeLineStart = lines.startOf(end);
  const closeOnOwnLine = closeAt >= 0 && spacesBefore(text, closeLineStart, closeAt) === closeLineStart;
  return finish({
    text,
    keyword,
    syntax: labelSyntax ?? syntax,
    subject,
    at,
    headerLine,
    bodyOffset: open + 1,
    bodyLine: lines.lineOf(open) + 1 > endLine ? endLine : lines.lineOf(open) + 1,
    endOffset: end,
    endLine,
    closed: closeAt >= 0,
    headerIndent,
    cases,
    fallbackInsert: closeOnOwnLine ? closeLineStart : end,
    lines,
    languageId,
  });
}

/**
 * Where a line's text at a block's first level ends: `end`, or the `{` that
 * opens a nested block the line does not close (`case 1: {`, or the next
 * `switch (x) {` of a line holding several). Labels after that brace are the
 * nested block's: without the cut, every block of a line of n nested ones
 * would read the labels of all the blocks after it, n² labels in all. A
 * brace group closed on the line (`case 1: { f(); } case 2:`) is stepped
 * over if it closes within `MAX_LINE_GROUP` characters, so each block reads
 * its line only up to the next block's brace.
 */
function unclosedBraceOf(text: string, from: number, end: number): number {
  for (let i = from; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34 || ch === 39 || ch === 96) {
      i = skipString(text, i, end) - 1;
    } else if (ch === 123 /* { */) {
      const close = matchBracket(text, i, Math.min(end, i + MAX_LINE_GROUP), 123 /* { */, 125 /* } */);
      if (close < 0) {
        return i;
      }
      i = close;
    }
  }
  return end;
}

/** The longest brace group on a label line that is read as part of it. */
const MAX_LINE_GROUP = 400;

export function indentBlock(
  text: string,
  at: number,
  keyword: SwitchKeyword,
  syntax: CaseSyntax,
  subject: string,
  headerLineEnd: number,
  headerIndent: string,
  lines: LineIndex,
  languageId: string,
  maxBlock: number,
): SwitchBlock | undefined {
  const limit = Math.min(text.length, headerLineEnd + maxBlock);
  const cases: SwitchCase[] = [];
  let lastBodyEnd = headerLineEnd;
  let caseIndentLength = -1;
  let pos = headerLineEnd + 1;
  let closed = false;
  while (pos <= limit && pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const lineText = text.slice(pos, end);
    const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
    const content = lineText.slice(indent.length);
    if (content !== '' && !content.startsWith('#')) {
      if (indent.length <= headerIndent.length) {
        closed = true;
        break;
      }
      if (caseIndentLength < 0) {
        caseIndentLength = indent.length;
      }
      if (indent.length === caseIndentLength) {
        const found = parseLabelLine(text, pos, end, 'python');
        for (const label of found?.labels ?? []) {
          cases.push({ ...label, line: lines.lineOf(label.offset) });
        }
      }
      lastBodyEnd = end;
    }
    if (nl < 0) {
      break;
    }
    pos = nl + 1;
  }
  const endLine = lines.lineOf(lastBodyEnd);
  return finish({
    text,
    keyword,
    syntax,
    subject,
    at,
    headerLine: lines.lineOf(at),
    bodyOffset: headerLineEnd,
    // A header on the text's last line has no line below it yet: the body line stays inside the text.
    bodyLine: Math.min(lines.lineOf(at) + 1, lines.lineOf(text.length)),
    endOffset: lastBodyEnd,
    endLine,
    closed,
    headerIndent,
    cases,
    fallbackInsert: lastBodyEnd < text.length ? lastBodyEnd + 1 : lastBodyEnd,
    lines,
    languageId,
  });
}

export function rubyBlock(
  text: string,
  at: number,
  subject: string,
  headerLineEnd: number,
  headerIndent: string,
  lines: LineIndex,
  maxBlock: number,
): SwitchBlock {
  const limit = Math.min(text.length, headerLineEnd + maxBlock);
  const cases: SwitchCase[] = [];
  let pos = headerLineEnd + 1;
  let endOffset = limit;
  let closed = false;
  let caseIndentLength = -1;
  while (pos < limit) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const lineText = text.slice(pos, end);
    const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
    const content = lineText.slice(indent.length);
    if (/^end\b/.test(content) && indent.length <= headerIndent.length) {
      endOffset = pos;
      closed = true;
      break;
    }
    if (/^(when|else)\b/.test(content) && (caseIndentLength < 0 || indent.length === caseIndentLength)) {
      caseIndentLength = indent.length;
      const found = parseLabelLine(text, pos, end, 'ruby');
      for (const label of found?.labels ?? []) {
        cases.push({ ...label, line: lines.lineOf(label.offset) });
      }
    }
    if (nl < 0) {
      break;
    }
    pos = nl + 1;
  }
  return finish({
    text,
    keyword: 'case',
    syntax: 'ruby',
    subject,
    at,
    headerLine: lines.lineOf(at),
    bodyOffset: headerLineEnd,
    bodyLine: lines.lineOf(at) + 1,
    endOffset,
    endLine: lines.lineOf(endOffset),
    closed,
    headerIndent,
    cases,
    fallbackInsert: endOffset,
    lines,
    languageId: 'ruby',
  });
}

/** What a block reader found, in the block's own terms, before `finish` derives the rest. */
interface BlockParts
  extends Pick<SwitchBlock, 'keyword' | 'syntax' | 'subject' | 'headerLine' | 'bodyOffset' | 'bodyLine' | 'endOffset' | 'endLine' | 'closed' | 'headerIndent'> {
  readonly text: string;
  readonly at: number;
  readonly cases: SwitchCase[];
  readonly fallbackInsert: number;
  readonly lines: LineIndex;
  readonly languageId: string;
}

function finish(parts: BlockParts): SwitchBlock {
  const { text, cases, headerIndent, languageId } = parts;
  const handledCodes: number[] = [];
  const handledRanges: (readonly [number, number])[] = [];
  const handledNames: string[] = [];
  // Sets keep the repeats out in linear time: a generated switch may hold thousands of labels.
  const seenCodes = new Set<number>();
  const seenNames = new Set<string>();
  let defaultCase: SwitchCase | undefined;
  for (const label of cases) {
    for (const code of label.codes) {
      if (!seenCodes.has(code)) {
        seenCodes.add(code);
        handledCodes.push(code);
      }
    }
    for (const range of label.ranges) {
      handledRanges.push(range);
    }
    for (const name of label.names) {
      if (!seenNames.has(name)) {
        seenNames.add(name);
        handledNames.push(name);
      }
    }
    if (label.isDefault && !defaultCase) {
      defaultCase = label;
    }
  }
  const firstLabel = cases[0];
  const firstLabelIndent = firstLabel ? leadingWhitespace(text, parts.lines.startOf(firstLabel.offset), firstLabel.offset) : undefined;
  const indentUnit = guessIndentUnit(text, parts.bodyOffset, parts.endOffset, headerIndent, languageId, parts.syntax);
  const caseIndent =
    firstLabelIndent ?? (languageId === 'go' && parts.syntax === 'case-colon' ? headerIndent : headerIndent + indentUnit);
  const insertOffset = defaultCase ? parts.lines.startOf(defaultCase.offset) : parts.fallbackInsert;
  const { key, parentKey } = subjectKey(parts.subject);
  return {
    keyword: parts.keyword,
    syntax: parts.syntax,
    subject: parts.subject,
    ...(key !== undefined ? { key } : {}),
    ...(parentKey !== undefined ? { parentKey } : {}),
    headerLine: parts.headerLine,
    headerOffset: parts.at,
    bodyOffset: parts.bodyOffset,
    bodyLine: parts.bodyLine,
    endOffset: parts.endOffset,
    endLine: parts.endLine,
    closed: parts.closed,
    headerIndent,
    caseIndent,
    indentUnit,
    cases,
    handledCodes,
    handledRanges,
    handledNames,
    ...(defaultCase ? { defaultCase } : {}),
    insertOffset,
    insertLine: parts.lines.lineOf(insertOffset),
    insertAtLineStart: insertOffset === 0 || text.charCodeAt(insertOffset - 1) === 10,
  };
}

/** Leading whitespace of the line holding `offset`, up to `offset`. */
/** The spaces and tabs that start the line beginning at `start`, up to `offset` at most. */
function leadingWhitespace(text: string, start: number, offset: number): string {
  let k = start;
  while (k < offset && isSpace(text.charCodeAt(k))) k++;
  return text.slice(start, k);
}

/** Where the run of whitespace that ends at `to` starts, going back no further than `from`. */
function spacesBefore(text: string, from: number, to: number): number {
  let k = to;
  while (k > from && /\s/.test(text.charAt(k - 1))) k--;
  return k;
}

function guessIndentUnit(text: string, from: number, to: number, headerIndent: string, languageId: string, syntax: CaseSyntax): string {
  const body = text.slice(from, Math.min(to, from + 4000));
  const indented = /\n([ \t]+)\S/.exec(body);
  if (indented?.[1] && indented[1].length > headerIndent.length && indented[1].startsWith(headerIndent)) {
    return indented[1].slice(headerIndent.length);
  }
  if (headerIndent.includes('\t')) {
    return '\t';
  }
  return DEFAULT_INDENT.get(languageId) ?? (syntax === 'ruby' ? '  ' : '    ');
}
