import { skipString } from '../recognize/sourceText';
import type { CaseSyntax, SwitchBlock } from './types';

/**
 * Whether the branches added to a block must leave it rather than do
 * nothing: when the block is an expression whose value is used (`return
 * switch (…) {`, `val name = when (…) {`, a Rust `match` that ends a function
 * returning a value), or when every branch it has returns, throws or panics.
 * A branch that ends in `break` (or an empty block, or `pass`) there does not
 * compile: a function that must return falls off its end (javac's "missing
 * return statement", Go's "missing return", TypeScript's "not all code paths
 * return a value"), and an empty Rust or Kotlin arm has the wrong type. The
 * generator then gives each new branch the language's "not handled yet"
 * statement, as rust-analyzer's "add missing match arms" writes `todo!()`.
 *
 * Like the block finder, this reads text, not a grammar: it looks at what
 * stands before the header, and at the first word of each branch's last
 * statement at the branch's own level. Where it cannot tell, it answers
 * false, and the new branches do nothing, as they did before.
 */
export function branchesLeave(text: string, block: SwitchBlock): boolean {
  return usedAsValue(text, block) || everyBranchLeaves(text, block);
}

/** Words after which a block is a value: `return switch`, `yield match`. */
const VALUE_WORD = /(?:^|[^\w$])(?:return|yield)$/;

/**
 * Whether the block stands where a value is taken: after an assignment or
 * `return`, as an argument, as the body of an arrow function or of an outer
 * arm, or as the last expression of a Rust function that returns a value.
 */
function usedAsValue(text: string, block: SwitchBlock): boolean {
  // C#'s `code switch { … }` is an expression wherever it stands.
  if (block.keyword === 'switch' && block.syntax === 'fat-arrow') {
    return true;
  }
  const before = text.slice(Math.max(0, block.headerOffset - 80), block.headerOffset).trimEnd();
  const last = before.charAt(before.length - 1);
  if (last === '(' || last === ',') {
    return true;
  }
  if (last === '=') {
    // `==`, `!=`, `<=` and `>=` compare; `=` and `+=` take the value.
    return !/[=!<>]=$/.test(before);
  }
  // `=>`: the body of an arrow function, or an outer arm's value.
  if (last === '>' && before.charAt(before.length - 2) === '=') {
    return true;
  }
  return VALUE_WORD.test(before) || endsValuedFunction(text, block);
}

/**
 * Whether `block` is the tail expression of a function body whose signature
 * declares a return value: nothing but space and comments between the
 * block's end and the body's `}`, and `-> Type` before the body's `{`. Only
 * Rust writes return types this way among the languages cases are written in.
 */
function endsValuedFunction(text: string, block: SwitchBlock): boolean {
  if (!block.closed || text.charAt(block.endOffset) !== '}') {
    return false;
  }
  const after = skipSpaceAndComments(text, block.endOffset + 1, Math.min(text.length, block.endOffset + 2_000));
  if (text.charAt(after) !== '}') {
    return false;
  }
  const open = enclosingBrace(text, block.headerOffset);
  if (open < 0) {
    return false;
  }
  return returnsValue(text.slice(Math.max(0, open - 200), open));
}

/** Whether `signature` ends in a return type other than `()`: `fn f(c: i32) -> &'static str`. */
function returnsValue(signature: string): boolean {
  const arrow = signature.lastIndexOf('->');
  if (arrow < 0 || !signature.slice(0, arrow).trimEnd().endsWith(')')) {
    return false;
  }
  const type = signature.slice(arrow + 2).replace(/\s/g, '');
  return type !== '' && type !== '()' && !/[{};]/.test(type);
}

/**
 * The `{` that opens the body holding `at`, read backwards over at most
 * 20,000 characters; -1 when none is found. Braces in strings are counted
 * too, which only matters when they do not pair up (`"{}"` does).
 */
function enclosingBrace(text: string, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= 0 && at - i <= 20_000; i--) {
    const ch = text.charCodeAt(i);
    if (ch === 125 /* } */) {
      depth++;
    } else if (ch === 123 /* { */) {
      if (depth === 0) {
        return i;
      }
      depth--;
    }
  }
  return -1;
}

/**
 * The first word of a statement that leaves the block: `return`, `throw`,
 * Python's `raise`, Go's `panic(…)`, Rust's `panic!`, `todo!`,
 * `unreachable!` and `unimplemented!`, Kotlin's `TODO(…)`.
 */
const LEAVING = /^(?:(?:return|throw|raise)\b|(?:panic|todo|unreachable|unimplemented)!?\s*\(|TODO\s*\()/;

/**
 * Whether the block has branches with statements and the last statement of
 * every one of them leaves it. A label with nothing under it (`case 1:` over
 * `case 2:`) shares the next branch's statements and is not counted, unless
 * it is the last label: nothing follows it, so it falls out of the block
 * (Go's empty `default:`).
 */
function everyBranchLeaves(text: string, block: SwitchBlock): boolean {
  let bodies = 0;
  for (let i = 0; i < block.cases.length; i++) {
    const label = block.cases[i]!;
    const end = Math.min(block.cases[i + 1]?.offset ?? block.endOffset, text.length);
    const bodyStart = afterSeparator(text, label.offset, end, block.syntax);
    if (bodyStart < 0) {
      return false;
    }
    const last = lastStatementStart(text, bodyStart, end);
    if (last < 0) {
      if (i === block.cases.length - 1) {
        return false;
      }
      continue;
    }
    if (!LEAVING.test(text.slice(last, last + 20))) {
      return false;
    }
    bodies++;
  }
  return bodies > 0;
}

/** The label's separator for each case syntax: `case 1:`, `case 1 ->`, `1 =>`, `1 ->`. Ruby's `when 1` has none. */
const SEPARATOR: Readonly<Record<CaseSyntax, string | undefined>> = {
  'case-colon': ':',
  python: ':',
  'case-arrow': '->',
  'thin-arrow': '->',
  'case-fat-arrow': '=>',
  'fat-arrow': '=>',
  ruby: undefined,
};

/**
 * The offset just after the separator of the label at `from`, found at the
 * label's own level outside strings (`case {"a": 1}:`, `case "a:b":`,
 * PHP's `case Status::Sent:`); -1 when it is not found before `end`.
 */
function afterSeparator(text: string, from: number, end: number, syntax: CaseSyntax): number {
  const separator = SEPARATOR[syntax];
  if (separator === undefined) {
    return -1;
  }
  let depth = 0;
  for (let i = from; i < end; i++) {
    const ch = text.charAt(i);
    if (ch === '"' || ch === "'" || ch === '`') {
      i = skipString(text, i, end) - 1;
    } else if (ch === '(' || ch === '[' || ch === '{') {
      depth++;
    } else if (ch === ')' || ch === ']' || ch === '}') {
      depth--;
    } else if (depth === 0 && text.startsWith(separator, i)) {
      if (separator === ':' && (text.charAt(i + 1) === ':' || text.charAt(i - 1) === ':')) {
        continue;
      }
      return i + separator.length;
    }
  }
  return -1;
}

/**
 * Where the last statement at the branch's own level begins, or -1 when the
 * branch has none. A statement begins at the first token after the body's
 * start, a `;`, a `,` (between Rust and PHP arms), a line break, or a `}`
 * that closes a nested block; a brace that opens a statement (`case 2: {`,
 * `5 -> {`) is the branch's own block, whose statements are the branch's.
 * `if (x) { return 1; }` therefore ends in a statement starting with `if`,
 * which does not leave.
 */
function lastStatementStart(text: string, from: number, end: number): number {
  let depth = 0;
  let atStart = true;
  let last = -1;
  for (let i = from; i < end; i++) {
    const ch = text.charAt(i);
    if (ch === '\n' || ch === ';' || ch === ',') {
      atStart ||= depth === 0;
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      continue;
    }
    if (isCommentStart(text, i)) {
      i = commentEnd(text, i, end) - 1;
      continue;
    }
    if (ch === '{' && depth === 0 && atStart) {
      continue;
    }
    if (ch === '}' || ch === ')' || ch === ']') {
      depth = Math.max(0, depth - 1);
      atStart ||= depth === 0 && ch === '}';
      continue;
    }
    if (atStart && depth === 0) {
      last = i;
      atStart = false;
    }
    if (ch === '{' || ch === '(' || ch === '[') {
      depth++;
    } else if (ch === '"' || ch === "'" || ch === '`') {
      i = skipString(text, i, end) - 1;
    }
  }
  return last;
}

/** `//`, `/*` and `#` comments (Python, PHP); `#[` is a Rust attribute. */
function isCommentStart(text: string, i: number): boolean {
  const ch = text.charAt(i);
  const next = text.charAt(i + 1);
  return (ch === '/' && (next === '/' || next === '*')) || (ch === '#' && next !== '[');
}

function commentEnd(text: string, i: number, end: number): number {
  if (text.startsWith('/*', i)) {
    const close = text.indexOf('*/', i + 2);
    return close < 0 || close + 2 > end ? end : close + 2;
  }
  const newline = text.indexOf('\n', i);
  return newline < 0 || newline > end ? end : newline;
}

function skipSpaceAndComments(text: string, from: number, end: number): number {
  let i = from;
  while (i < end) {
    const ch = text.charAt(i);
    if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\n') {
      i++;
    } else if (isCommentStart(text, i) && ch !== '#') {
      i = commentEnd(text, i, end);
    } else {
      break;
    }
  }
  return i;
}
