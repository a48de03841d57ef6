import type { LineRange } from '../recognize/types';

/** The part of a switch block the focus logic needs. */
export interface BlockLines {
  readonly headerLine: number;
  readonly endLine: number;
}

/**
 * The lines annotated when annotations follow the cursor: the `switch` (or
 * `match`/`when`) block around the cursor, the innermost one, header to end,
 * so its summary and labels show together; else the cursor's line alone.
 */
export function focusLines(blocks: readonly BlockLines[], cursorLine: number): LineRange {
  let best: BlockLines | undefined;
  for (const block of blocks) {
    if (block.headerLine <= cursorLine && cursorLine <= block.endLine && (!best || block.headerLine >= best.headerLine)) {
      best = block;
    }
  }
  return best ? { start: best.headerLine, end: best.endLine } : { start: cursorLine, end: cursorLine };
}
