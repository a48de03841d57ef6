import { caseLineMap, findSwitchBlocks } from '../switch/switchBlocks';
import type { SwitchBlock } from '../switch/types';
import type { CandidateAcceptor } from './candidateAcceptor';
import { IgnoreMarkers } from './ignoreMarkers';
import { isDataLanguage } from './languages';
import type { DocumentContext, LineRange, LineRecognitions, Recognition } from './types';

export interface DocumentScanOptions {
  /** Inclusive line ranges to scan, e.g. the visible ranges of a large document; every line when absent. */
  readonly ranges?: readonly LineRange[];
  /** Polled every few hundred lines; the scan stops when it returns true. */
  readonly isCancelled?: () => boolean;
  /** Blocks found beforehand with `findSwitchBlocks`; looked for here (in source languages) when absent. */
  readonly switchBlocks?: readonly SwitchBlock[];
}

const CANCEL_CHECK_EVERY = 256;
/** Lines with codes per batch of `documentLines`. */
const DOCUMENT_BATCH_LINES = 256;
/** The cursor's `candidate` before a range's first candidate is looked for. */
const UNSTARTED = -2;

/**
 * Where a whole-document scan stands between two batches. `next` runs the
 * scan loop: candidates are found over the whole text in one pass and mapped
 * to their lines, so lines without any (most of a log) cost one `indexOf` each.
 */
export class DocumentScan {
  private rangeIndex = 0;
  private line = 0;
  private pos = 0;
  private previousStart = -1;
  private candidate = UNSTARTED;
  private scanned = 0;
  /** The next `#` at or after the last line that asked (the text's length when there is none), for quoted codes. */
  private hashAt = -1;
  private readonly markers: IgnoreMarkers;
  private readonly ranges: readonly LineRange[];
  private readonly caseBlock: (line: number) => SwitchBlock | undefined;
  private readonly isCancelled: (() => boolean) | undefined;

  constructor(
    private readonly acceptor: CandidateAcceptor,
    private readonly maxLineLength: number,
    ignoreComment: string,
    private readonly text: string,
    private readonly doc: DocumentContext,
    options: DocumentScanOptions,
  ) {
    this.markers = new IgnoreMarkers(text, ignoreComment);
    this.ranges = normalizeRanges(options.ranges);
    const blocks = options.switchBlocks ?? (isDataLanguage(doc.languageId) ? [] : findSwitchBlocks(text, { languageId: doc.languageId }));
    const caseLines = caseLineMap(blocks);
    this.caseBlock = (line) => caseLines.get(line);
    this.isCancelled = options.isCancelled;
  }

  /** The recognitions of the next lines with codes, at most `maxLines` lines, in order; empty when the scan is over. */
  next(maxLines: number): Recognition[] {
    const out: Recognition[] = [];
    this.scanBatch(out, maxLines);
    return out;
  }

  /**
   * Scans on from where the scan stopped until `maxLines` lines with codes
   * are found, the scan is cancelled or the text ends; appends their
   * recognitions to `out`. Locals mirror the fields in the loop and are
   * written back once at the end, which keeps the per-line work on registers.
   */
  private scanBatch(out: Recognition[], maxLines: number): void {
    const text = this.text;
    const doc = this.doc;
    const caseBlock = this.caseBlock;
    const markers = this.markers;
    const maxLineLength = this.maxLineLength;
    const acceptor = this.acceptor;
    const scanner = acceptor.scanner;
    const pending = acceptor.pending;
    const ranges = this.ranges;
    let { rangeIndex, line, pos, previousStart, candidate, scanned } = this;
    // Every early return ends the scan (text ended, nothing left to find, cancelled); only a full batch leaves it resumable.
    let over = true;
    let linesFound = 0;
    // The scanner's recognitions go straight into the batch; a line's own array is only made for `recognizeLine`.
    acceptor.collectInto(out);
    // The candidate search runs ahead of the lines it enters, so the scanner is readied for the document first.
    acceptor.useDocument(doc);
    try {
      // Asked at every batch as well as every few hundred lines, so a cancelled scan does no further batch.
      if (this.isCancelled?.()) {
        return;
      }
      while (rangeIndex < ranges.length && linesFound < maxLines) {
        const range = ranges[rangeIndex] as LineRange;
        if (candidate === UNSTARTED) {
          while (line < range.start) {
            const nl = text.indexOf('\n', pos);
            if (nl < 0) {
              return;
            }
            previousStart = pos;
            pos = nl + 1;
            line++;
          }
          candidate = scanner.next(text, pos);
        }
        while (line <= range.end && linesFound < maxLines) {
          if (candidate < 0) {
            return;
          }
          const nl = text.indexOf('\n', pos);
          const lineEnd = nl < 0 ? text.length : nl;
          if (candidate < lineEnd) {
            const end = lineEnd > pos && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
            const scanEnd = Math.min(end, pos + maxLineLength);
            // Ignore markers matter only on lines with candidates: theirs, and a `-next-line` one on the line above.
            if (candidate < scanEnd && !markers.silences(previousStart, pos, lineEnd)) {
              acceptor.enterLine(text, pos, scanEnd, line, doc, caseBlock);
              const before = out.length;
              while (candidate >= 0 && candidate < scanEnd) {
                candidate = scanner.next(text, scanner.candidateAt(text, pos, scanEnd, candidate));
              }
              if (pending.length > 0) {
                acceptor.settleLine(out, before);
              }
              if (out.length > before) {
                // Lines only move forward, so one native search serves every line up to the next `#` of the document.
                if (this.hashAt < pos) {
                  const at = text.indexOf('#', pos);
                  this.hashAt = at < 0 ? text.length : at;
                }
                if (this.hashAt < scanEnd) {
                  acceptor.quotedCodes(out, before, this.hashAt);
                }
                linesFound++;
              }
            }
            if (candidate >= 0 && candidate < lineEnd) {
              // The rest of the line is cut off or silenced.
              candidate = nl < 0 ? -1 : scanner.next(text, nl + 1);
            }
          }
          if (++scanned % CANCEL_CHECK_EVERY === 0 && this.isCancelled?.()) {
            return;
          }
          if (nl < 0) {
            return;
          }
          previousStart = pos;
          pos = nl + 1;
          line++;
        }
        if (line > range.end) {
          rangeIndex++;
          candidate = UNSTARTED;
        }
      }
      over = rangeIndex >= ranges.length;
    } finally {
      // Written back once per batch; the loop itself works on locals.
      this.rangeIndex = over ? ranges.length : rangeIndex;
      this.line = line;
      this.pos = pos;
      this.previousStart = previousStart;
      this.candidate = candidate;
      this.scanned = scanned;
      acceptor.leaveLine();
    }
  }
}

/** The lines of `scan` that hold codes with their recognitions, top to bottom, fetched a batch at a time. */
export function* documentLines(scan: DocumentScan): Generator<LineRecognitions, void, undefined> {
  for (let batch = scan.next(DOCUMENT_BATCH_LINES); batch.length > 0; batch = scan.next(DOCUMENT_BATCH_LINES)) {
    for (let i = 0; i < batch.length; ) {
      const end = lineRunEnd(batch, i);
      yield { line: (batch[i] as Recognition).line, recognitions: batch.slice(i, end) };
      i = end;
    }
  }
}

/** Where the recognitions of the line of `recognitions[start]` end in a batch of `DocumentScan.next`, which keeps each line's together. */
export function lineRunEnd(recognitions: readonly Recognition[], start: number): number {
  const line = (recognitions[start] as Recognition).line;
  let end = start + 1;
  while (end < recognitions.length && (recognitions[end] as Recognition).line === line) end++;
  return end;
}

function normalizeRanges(ranges: readonly LineRange[] | undefined): LineRange[] {
  if (!ranges || ranges.length === 0) {
    return [{ start: 0, end: Number.MAX_SAFE_INTEGER }];
  }
  const sorted = ranges
    .map((r) => ({ start: Math.max(0, Math.min(r.start, r.end)), end: Math.max(r.start, r.end) }))
    .sort((a, b) => a.start - b.start);
  const merged: LineRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end + 1) {
      merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
    } else {
      merged.push(range);
    }
  }
  return merged;
}
