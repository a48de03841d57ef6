import { skipString } from '../recognize/sourceText';

/**
 * One reading of a text's braces from an opening brace on: where each brace
 * opens and closes, and the nesting depth at every line break, with strings
 * and comments skipped as a block's body is read (see `braceBlock`).
 *
 * A block nested in another is read by the same steps from its own brace on,
 * so its end and its label lines can be taken from the outer block's reading
 * instead of being read again. Without it, a text of unclosed blocks (each
 * followed up to the length limit) cost the limit once per block: 10,000
 * unclosed `switch (status) { case N:` lines took seconds.
 */
export class BraceTrace {
  /** The next offset to read. */
  private pos: number;
  private depth = 0;
  /** Depth after each opening brace read, by offset. */
  private readonly opens = new Map<number, number>();
  /** Closing brace of each opening brace, by the opening brace's offset. */
  private readonly closes = new Map<number, number>();
  private readonly unmatched: number[] = [];
  /** Offsets of the line breaks outside strings and comments, in order. */
  private readonly breaks: number[] = [];
  /** For each depth, the indexes in `breaks` of the line breaks at that depth. */
  private readonly breaksAtDepth = new Map<number, number[]>();

  constructor(
    private readonly text: string,
    readonly origin: number,
  ) {
    this.pos = origin;
  }

  /** Whether `open` lies in the part read so far, and is an opening brace outside strings and comments there. */
  knows(open: number): boolean {
    return open < this.pos && this.opens.has(open);
  }

  /** Whether `at` is past the part read so far. */
  isBeyond(at: number): boolean {
    return at >= this.pos;
  }

  /**
   * The end of the block opening at `open` (a brace this trace knows, or the
   * origin), read no further than `limit`: the offset of its closing brace,
   * or -1 when it does not close before `limit`.
   */
  closeOf(open: number, limit: number): number {
    this.readUntil(limit, open);
    const close = this.closes.get(open);
    return close !== undefined && close < limit ? close : -1;
  }

  /**
   * The lines of the block opening at `open` and ending at `end` whose start
   * is at the block's first nesting level, as `[from, to)` pairs; the first
   * is the rest of the line of the opening brace.
   */
  firstLevelLines(open: number, end: number, closed: boolean): number[] {
    const depth = this.opens.get(open) ?? 1;
    const spans: number[] = [];
    const breaks = this.breaks;
    const firstBreak = firstAfter(breaks, open);
    const firstEnd = firstBreak < breaks.length && (breaks[firstBreak] as number) < end ? (breaks[firstBreak] as number) : end;
    if (closed || open + 1 < end) {
      spans.push(open + 1, firstEnd);
    }
    const atDepth = this.breaksAtDepth.get(depth) ?? [];
    for (let k = firstAfterIndex(atDepth, breaks, open); k < atDepth.length; k++) {
      const index = atDepth[k] as number;
      const at = breaks[index] as number;
      if (at >= end) {
        break;
      }
      const next = breaks[index + 1];
      const to = next !== undefined && next < end ? next : end;
      if (closed || at + 1 < end) {
        spans.push(at + 1, to);
      }
    }
    return spans;
  }

  /** Reads on until `limit`, or until the brace at `stopOpen` is closed. */
  private readUntil(limit: number, stopOpen: number): void {
    const text = this.text;
    const end = text.length;
    let i = this.pos;
    let depth = this.depth;
    while (i < limit && i < end) {
      const ch = text.charCodeAt(i);
      if (ch === 10 /* \n */) {
        this.breaks.push(i);
        let list = this.breaksAtDepth.get(depth);
        if (!list) {
          list = [];
          this.breaksAtDepth.set(depth, list);
        }
        list.push(this.breaks.length - 1);
        i++;
        continue;
      }
      if (ch === 34 || ch === 39 || ch === 96) {
        i = skipString(text, i, end);
        continue;
      }
      if (ch === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
        const nl = text.indexOf('\n', i);
        i = nl < 0 ? end : nl;
        continue;
      }
      if (ch === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
        const endComment = text.indexOf('*/', i + 2);
        i = endComment < 0 ? end : endComment + 2;
        continue;
      }
      i++;
      if (ch === 123 /* { */) {
        depth++;
        this.opens.set(i - 1, depth);
        this.unmatched.push(i - 1);
      } else if (ch === 125 /* } */) {
        depth--;
        const open = this.unmatched.pop();
        if (open !== undefined) {
          this.closes.set(open, i - 1);
          if (open === stopOpen) {
            break;
          }
        }
      }
    }
    this.pos = i;
    this.depth = depth;
  }
}

/** Index of the first entry of the sorted `list` greater than `at`. */
function firstAfter(list: readonly number[], at: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((list[mid] as number) <= at) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  return low;
}

/** Index in `indexes` (indexes into the sorted `breaks`, in order) of the first whose break is after `at`. */
function firstAfterIndex(indexes: readonly number[], breaks: readonly number[], at: number): number {
  let low = 0;
  let high = indexes.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((breaks[indexes[mid] as number] as number) <= at) {
      low = mid + 1;
    } else {
      high = mid;
    }
  }
  return low;
}
