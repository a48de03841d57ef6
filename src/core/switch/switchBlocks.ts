import { matchParen, nextNonBlankLine, skipSpaces, skipWhitespace, LineIndex } from '../recognize/sourceText';
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
  const to = Math.min(options.to ?? text.length, text.length);
  HEADER.lastIndex = options.from ?? 0;
  for (let match = HEADER.exec(text); match && match.index < to; match = HEADER.exec(text)) {
    const block = parseBlock(text, match.index, match[1] as SwitchKeyword, lines, options);
    if (block) {
      blocks.push(block);
    }
  }
  return blocks;
}

/**
 * The block whose label is on line `line` of a document read through
 * `lineAt`, looking up at most `maxLines` lines for the header. Used where
 * only a few lines around a position are at hand (hover). Lines of the result
 * are document lines; its offsets are relative to the start of the header line,
 * because the text beyond the label line was not read.
 */
export function findSwitchForCaseLine(
  lineAt: (line: number) => string | undefined,
  line: number,
  languageId?: string,
  maxLines = 300,
): SwitchBlock | undefined {
  const collected: string[] = [];
  for (let n = line; n >= 0 && line - n <= maxLines; n--) {
    const text = lineAt(n);
    if (text === undefined) {
      break;
    }
    collected.push(text);
    if (n < line && /\b(switch|match|when|case)\b/.test(text)) {
      const chunk = collected.slice().reverse().join('\n');
      const target = collected.length - 1;
      const block = findSwitchBlocks(chunk, { languageId })
        .filter((b) => b.cases.some((c) => c.line === target))
        .pop();
      if (block) {
        return shiftLines(block, n);
      }
    }
  }
  return undefined;
}

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

function parseBlock(text: string, at: number, keyword: SwitchKeyword, lines: LineIndex, options: FindSwitchOptions): SwitchBlock | undefined {
  const before = at > 0 ? text.charCodeAt(at - 1) : 0;
  // `re.match(`, `$match`, `obj.switch`: a member or variable, not a keyword.
  if (before === 46 /* . */ || before === 36 /* $ */ || before === 64 /* @ */) {
    return undefined;
  }
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const lineEndRaw = text.indexOf('\n', at);
  const lineEnd = lineEndRaw < 0 ? text.length : lineEndRaw;
  const linePrefix = text.slice(lineStart, at);
  if (/\/\/|^\s*(#|\*|\/\*)/.test(linePrefix)) {
    return undefined;
  }
  const headerIndent = /^[ \t]*/.exec(linePrefix)?.[0] ?? '';
  const rest = text.slice(at + keyword.length, lineEnd);
  const languageId = options.languageId ?? '';
  const maxBlock = options.maxBlockLength ?? DEFAULT_MAX_BLOCK;

  // Python: `match subject:` alone on its line.
  if (keyword === 'match' && linePrefix.trim() === '') {
    const python = /^\s+(.+?):\s*(#.*)?$/.exec(rest);
    if (python && !/[={]/.test(python[1] ?? '')) {
      return indentBlock(text, at, keyword, 'python', python[1] ?? '', lineEnd, headerIndent, lines, languageId, maxBlock);
    }
  }
  // Ruby: `case subject` followed by `when` lines.
  if (keyword === 'case' && linePrefix.trim().replace(/^[\w.@]+\s*=\s*$/, '') === '' && !/:\s*$/.test(rest)) {
    const subject = rest.trim();
    const next = nextNonBlankLine(text, lineEnd);
    if (subject !== '' && /^\s*when\b/.test(next)) {
      return rubyBlock(text, at, subject, lineEnd, headerIndent, lines, maxBlock);
    }
    return undefined;
  }
  if (keyword === 'case') {
    return undefined;
  }

  // Brace blocks: `switch (x) {`, `switch x {`, `match x {`, `match (x) {`, `when (x) {`, `x match {`.
  let subject: string;
  let scala = false;
  let cursor = at + keyword.length;
  const afterKeyword = skipSpaces(text, cursor, lineEnd);
  if (text.charCodeAt(afterKeyword) === 40 /* ( */) {
    const close = matchParen(text, afterKeyword, Math.min(text.length, afterKeyword + 2000));
    if (close < 0) {
      return undefined;
    }
    subject = text.slice(afterKeyword + 1, close);
    cursor = close + 1;
  } else if (keyword === 'match' && /\S/.test(linePrefix) && /^\s*\{/.test(rest)) {
    // Scala: the subject precedes the keyword.
    subject = linePrefix.trim().replace(/^.*?(?:=|return|\()\s*/, '');
    scala = true;
    cursor = afterKeyword;
  } else if (keyword === 'when') {
    return undefined;
  } else {
    const brace = text.indexOf('{', afterKeyword);
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
  const syntax: CaseSyntax = keyword === 'switch' ? 'case-colon' : keyword === 'when' ? 'thin-arrow' : scala ? 'case-fat-arrow' : 'fat-arrow';
  return braceBlock(text, at, keyword, syntax, subject, open, headerIndent, lines, languageId, maxBlock);
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

