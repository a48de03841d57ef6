/**
 * Small helpers for reading source text by offsets: strings skipped,
 * parentheses matched, lines numbered, all without a parser.
 */

export function skipSpaces(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) {
    i++;
  }
  return i;
}

export function skipWhitespace(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && /\s/.test(text.charAt(i))) {
    i++;
  }
  return i;
}

export function matchParen(text: string, open: number, limit: number): number {
  return matchBracket(text, open, limit, 40, 41, 400);
}

/**
 * The offset of the bracket (`closer`, a char code) that closes the one
 * (`opener`) at `open`, strings skipped, before `limit`; -1 when there is
 * none, or when a line break comes more than `lineReach` characters after `open`.
 */
export function matchBracket(text: string, open: number, limit: number, opener: number, closer: number, lineReach = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  for (let i = open; i < limit; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34 || ch === 39 || ch === 96) {
      i = skipString(text, i, limit) - 1;
    } else if (ch === opener) {
      depth++;
    } else if (ch === closer) {
      depth--;
      if (depth === 0) {
        return i;
      }
    } else if (ch === 10 && depth > 0 && i - open > lineReach) {
      return -1;
    }
  }
  return -1;
}

/** The offset just after the string starting at `at`; strings do not run past the end of their line except template literals. */
export function skipString(text: string, at: number, limit: number): number {
  const quote = text.charCodeAt(at);
  let i = at + 1;
  while (i < limit) {
    const ch = text.charCodeAt(i);
    if (ch === 92 /* \ */) {
      i += 2;
      continue;
    }
    if (ch === quote) {
      return i + 1;
    }
    if (ch === 10 && quote !== 96) {
      return i;
    }
    i++;
  }
  return limit;
}

export function nextNonBlankLine(text: string, from: number): string {
  let pos = from + 1;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(pos, end);
    if (line.trim() !== '') {
      return line;
    }
    if (nl < 0) {
      break;
    }
    pos = nl + 1;
  }
  return '';
}

/** Line numbers of offsets, built on first use from one pass over the text. */
export class LineIndex {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  lineOf(offset: number): number {
    const starts = this.lineStarts();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  /** The offset where the line holding `offset` starts: what `text.lastIndexOf('\n', offset - 1) + 1` gives, without reading a long line back. */
  startOf(offset: number): number {
    return this.lineStarts()[this.lineOf(offset)] ?? 0;
  }

  private lineStarts(): number[] {
    if (!this.starts) {
      const starts = [0];
      for (let nl = this.text.indexOf('\n'); nl >= 0; nl = this.text.indexOf('\n', nl + 1)) {
        starts.push(nl + 1);
      }
      this.starts = starts;
    }
    return this.starts;
  }
}
