/**
 * Positions inside JSON text, for messages about catalog files.
 *
 * `JSON.parse` does the real parsing because it is fast and exact; this module
 * only runs after something went wrong, to say where: the first syntax error
 * (V8's messages do not always carry a position) and the place of a value
 * named by a JSON pointer such as `/entries/3/code`. The walk is iterative so
 * that deeply nested hostile input cannot overflow the stack.
 */

export interface SyntaxErrorAt {
  /** 0-based offset of the first character that is not valid JSON. */
  readonly offset: number;
  readonly message: string;
}

export interface LineColumn {
  /** 1-based, as editors show them. */
  readonly line: number;
  readonly column: number;
}

/** Called at the start of every value with where it is written; returning true stops the walk. */
type ValueVisitor = (path: readonly string[], memberOffset: number) => boolean;

interface Frame {
  readonly kind: 'object' | 'array';
  index: number;
  /** The keys seen so far in an object, when duplicates are looked for. */
  readonly keys?: Set<string>;
}

const COMMENT = 'comments are not allowed in catalog files';

/** 1-based line and column of `offset`; a CRLF counts as one line break. */
export function lineColumnAt(text: string, offset: number): LineColumn {
  const end = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x0a || (ch === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** The first syntax error in `text`, or undefined when it is valid JSON. */
export function findSyntaxError(text: string): SyntaxErrorAt | undefined {
  return walk(text, undefined, false);
}

/**
 * The second occurrence of a key in one object of valid JSON text, which
 * `JSON.parse` accepts silently (the last one wins), or undefined.
 */
export function findDuplicateKey(text: string): SyntaxErrorAt | undefined {
  return walk(text, undefined, true);
}

/**
 * Offset where the value at `pointer` is written: the property name for an
 * object member, the value itself for an array item or the root. Undefined
 * when the text has no such value before its first syntax error, if any.
 */
export function locatePointer(text: string, pointer: string): number | undefined {
  const target = pointer === '' ? [] : pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let found: number | undefined;
  const error = walk(text, (path, memberOffset) => {
    if (path.length === target.length && path.every((segment, i) => segment === target[i])) {
      found = memberOffset;
      return true;
    }
    return false;
  }, false);
  return error ? undefined : (found ?? (target.length === 0 ? 0 : undefined));
}

function walk(text: string, visit: ValueVisitor | undefined, duplicates: boolean): SyntaxErrorAt | undefined {
  const stack: Frame[] = [];
  const path: string[] = [];
  let pos = skipSpace(text, 0);
  let memberOffset = pos;
  let expectValue = true;
  for (;;) {
    if (expectValue) {
      if (visit?.(path, memberOffset)) {
        return undefined;
      }
      const ch = text[pos];
      if (ch === '{' || ch === '[') {
        pos = skipSpace(text, pos + 1);
        if (text[pos] === (ch === '{' ? '}' : ']')) {
          pos++;
          expectValue = false;
          continue;
        }
        if (ch === '[') {
          stack.push({ kind: 'array', index: 0 });
          path.push('0');
          memberOffset = pos;
          continue;
        }
        const keys = duplicates ? new Set<string>() : undefined;
        stack.push(keys ? { kind: 'object', index: 0, keys } : { kind: 'object', index: 0 });
        const member = readMember(text, pos, true);
        if ('message' in member) {
          return member;
        }
        keys?.add(member.key);
        path.push(member.key);
        memberOffset = pos;
        pos = member.next;
        continue;
      }
      const end = scanScalar(text, pos);
      if (typeof end !== 'number') {
        return end;
      }
      pos = end;
      expectValue = false;
      continue;
    }
    pos = skipSpace(text, pos);
    const frame = stack[stack.length - 1];
    if (!frame) {
      if (pos >= text.length) {
        return undefined;
      }
      return { offset: pos, message: isComment(text, pos) ? COMMENT : 'unexpected text after the end of the JSON value' };
    }
    const close = frame.kind === 'object' ? '}' : ']';
    if (text[pos] === close) {
      stack.pop();
      path.pop();
      pos++;
      continue;
    }
    if (text[pos] !== ',') {
      if (isComment(text, pos)) {
        return { offset: pos, message: COMMENT };
      }
      return {
        offset: pos,
        message: pos >= text.length ? `unexpected end of the file; expected ',' or '${close}'` : `expected ',' or '${close}' after ${frame.kind === 'object' ? 'a property value' : 'an array item'}`,
      };
    }
    pos = skipSpace(text, pos + 1);
    path.pop();
    frame.index++;
    if (frame.kind === 'array') {
      path.push(String(frame.index));
      memberOffset = pos;
      expectValue = true;
      continue;
    }
    const member = readMember(text, pos, false);
    if ('message' in member) {
      return member;
    }
    if (frame.keys) {
      if (frame.keys.has(member.key)) {
        return { offset: pos, message: `the property ${JSON.stringify(member.key.slice(0, 60))} appears twice in the same object; keep one` };
      }
      frame.keys.add(member.key);
    }
    path.push(member.key);
    memberOffset = pos;
    pos = member.next;
    expectValue = true;
  }
}

/** Reads `"name" :` and the space after it; returns the key and where its value starts. */
function readMember(text: string, pos: number, first: boolean): { key: string; next: number } | SyntaxErrorAt {
  if (text[pos] !== '"') {
    if (isComment(text, pos)) {
      return { offset: pos, message: COMMENT };
    }
    const what = pos >= text.length ? 'unexpected end of the file; expected' : 'expected';
    return { offset: pos, message: first ? `${what} a property name in double quotes or '}'` : `${what} a property name in double quotes` };
  }
  const end = scanString(text, pos);
  if (typeof end !== 'number') {
    return end;
  }
  const key = JSON.parse(text.slice(pos, end)) as string;
  const colon = skipSpace(text, end);
  if (text[colon] !== ':') {
    return { offset: colon, message: "expected ':' after the property name" };
  }
  return { key, next: skipSpace(text, colon + 1) };
}

function scanScalar(text: string, pos: number): number | SyntaxErrorAt {
  const ch = text[pos];
  if (ch === '"') {
    return scanString(text, pos);
  }
  if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) {
    const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    match.lastIndex = pos;
    const found = match.exec(text);
    const end = found ? pos + found[0].length : pos;
    if (!found || /[0-9.eE+-]/.test(text[end] ?? '')) {
      return { offset: found ? end : pos, message: 'invalid number' };
    }
    return end;
  }
  for (const word of ['true', 'false', 'null']) {
    if (text.startsWith(word, pos)) {
      return pos + word.length;
    }
  }
  if (pos >= text.length) {
    return { offset: pos, message: 'unexpected end of the file; expected a value' };
  }
  if (isComment(text, pos)) {
    return { offset: pos, message: COMMENT };
  }
  return { offset: pos, message: `unexpected character ${describeChar(text, pos)}; expected a value` };
}

/** Offset just after the closing quote of the string starting at `pos`. */
function scanString(text: string, pos: number): number | SyntaxErrorAt {
  for (let i = pos + 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x22) {
      return i + 1;
    }
    if (code < 0x20) {
      return { offset: i, message: 'line break or control character inside a string; write it as an escape such as \\n' };
    }
    if (code === 0x5c) {
      const next = text[i + 1];
      if (next === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          return { offset: i, message: 'invalid \\u escape; expected four hexadecimal digits' };
        }
        i += 5;
      } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
        i++;
      } else {
        return { offset: i, message: `invalid escape '\\${next ?? ''}' inside a string` };
      }
    }
  }
  return { offset: text.length, message: 'unexpected end of the file inside a string' };
}

/** `//` or `/*`: JSON has no comments, though the editor's JSON with Comments mode allows them. */
function isComment(text: string, pos: number): boolean {
  return text.charCodeAt(pos) === 0x2f && (text.charCodeAt(pos + 1) === 0x2f || text.charCodeAt(pos + 1) === 0x2a);
}

function skipSpace(text: string, pos: number): number {
  while (pos < text.length) {
    const ch = text.charCodeAt(pos);
    if (ch !== 0x20 && ch !== 0x09 && ch !== 0x0a && ch !== 0x0d) {
      break;
    }
    pos++;
  }
  return pos;
}

function describeChar(text: string, pos: number): string {
  const ch = text.codePointAt(pos) ?? 0;
  return ch >= 0x21 && ch <= 0x7e ? `'${String.fromCodePoint(ch)}'` : `U+${ch.toString(16).toUpperCase().padStart(4, '0')}`;
}
