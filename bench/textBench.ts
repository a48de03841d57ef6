import { HINT_SCAN_CHARS, type Recognizer } from '../src/core/recognize/recognizer';
import type { DocumentContext } from '../src/core/recognize/types';
import { renderHover } from '../src/core/render/hover';
import type { Settings } from '../src/core/settings';
import { prng } from './generate';
import { documentContext, visibleRangeLenses, wholeDocumentLenses } from './lensPass';
import { barePass, median, percentile, sampleRuns, timeFresh, timeOnce, type RunOptions } from './stats';

/**
 * Timings over one generated document: the bare regex pass, the recogniser's
 * whole-document pass, and the lenses the provider would compute, capped as
 * it caps them and uncapped. Each run measures all of them one after the
 * other, so the ratios compare figures taken under the same conditions.
 */

export interface DocumentTimings {
  readonly chars: number;
  readonly lines: number;
  readonly bareMs: number;
  readonly recogniseMs: number;
  readonly recognitions: number;
  readonly lensesCappedMs: number;
  readonly lensesCapped: number;
  readonly lensesUncappedMs: number;
  readonly lensesUncapped: number;
  /** Building the document's context (provider hints from its head), which the first lens or hover request pays. */
  readonly contextMs: number;
  /** The bare pass over the text the context reads (its head). */
  readonly headBareMs: number;
}

export function timeDocument(recognizer: Recognizer, text: string, languageId: string, settings: Settings, runs: RunOptions): DocumentTimings {
  let recognitions = 0;
  let lensesCapped = 0;
  let lensesUncapped = 0;
  const head = text.slice(0, HINT_SCAN_CHARS);
  const samples = sampleRuns(runs, () => {
    const bareMs = timeFresh(() => barePass(text));
    const headBareMs = timeOnce(() => barePass(head));
    let doc: DocumentContext | undefined;
    const contextMs = timeOnce(() => {
      doc = documentContext(recognizer, text, languageId);
    });
    const context = doc as DocumentContext;
    const recogniseMs = timeFresh(() => {
      recognitions = 0;
      for (const { recognitions: found } of recognizer.recognizeDocument(text, context)) {
        recognitions += found.length;
      }
    });
    // The lens passes build their own context, as a provider call on a new document version does.
    const lensesCappedMs = timeFresh(() => {
      lensesCapped = wholeDocumentLenses(recognizer, text, documentContext(recognizer, text, languageId), settings, settings.codeLensMaxPerDocument).length;
    });
    const lensesUncappedMs = timeFresh(() => {
      lensesUncapped = wholeDocumentLenses(recognizer, text, documentContext(recognizer, text, languageId), settings, Number.POSITIVE_INFINITY).length;
    });
    return { bareMs, headBareMs, contextMs, recogniseMs, lensesCappedMs, lensesUncappedMs };
  });
  return {
    chars: text.length,
    lines: countLines(text),
    bareMs: median(samples.map((s) => s.bareMs)),
    contextMs: median(samples.map((s) => s.contextMs)),
    headBareMs: median(samples.map((s) => s.headBareMs)),
    recogniseMs: median(samples.map((s) => s.recogniseMs)),
    recognitions,
    lensesCappedMs: median(samples.map((s) => s.lensesCappedMs)),
    lensesCapped,
    lensesUncappedMs: median(samples.map((s) => s.lensesUncappedMs)),
    lensesUncapped,
  };
}

export interface HoverTimings {
  readonly positions: number;
  /** Positions where a hover answered; a sanity check that the positions are what they claim. */
  readonly answered: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  readonly meanMs: number;
  /** The bare pass over the hovered line, per position (measured in one batch: a single line is below the timer's resolution). */
  readonly bareLineMeanMs: number;
}

export interface HoverPosition {
  readonly line: number;
  readonly character: number;
}

/** Random hover positions in `lines`: a random line, and on it a random number when it has one (where people hover), else a random column. */
export function hoverPositions(lines: readonly string[], count: number, seed = 99): HoverPosition[] {
  const rand = prng(seed);
  const positions: HoverPosition[] = [];
  const numbers = /\d+/g;
  while (positions.length < count) {
    const line = Math.floor(rand() * lines.length);
    const text = lines[line] ?? '';
    const starts: number[] = [];
    numbers.lastIndex = 0;
    for (let match = numbers.exec(text); match; match = numbers.exec(text)) {
      starts.push(match.index);
    }
    const character = starts.length > 0 ? (starts[Math.floor(rand() * starts.length)] as number) : Math.floor(rand() * Math.max(1, text.length));
    positions.push({ line, character });
  }
  return positions;
}

/** Random positions on recognised codes, found beforehand (untimed), so every hover answers and renders its Markdown. */
export function codePositions(recognizer: Recognizer, lines: readonly string[], languageId: string, count: number, seed = 17): HoverPosition[] {
  const rand = prng(seed);
  const doc = hoverContext(recognizer, lines, languageId);
  const positions: HoverPosition[] = [];
  for (let tries = 0; positions.length < count && tries < count * 50; tries++) {
    const line = Math.floor(rand() * lines.length);
    const found = recognizer.recognizeLine(lines[line] ?? '', line, doc);
    const pick = found[Math.floor(rand() * found.length)];
    if (pick) positions.push({ line, character: pick.start });
  }
  return positions;
}

/** The document context the hover provider caches per document version: hints from the head of the document. */
function hoverContext(recognizer: Recognizer, lines: readonly string[], languageId: string): DocumentContext {
  return documentContext(recognizer, lines.slice(0, 20_000).join('\n'), languageId);
}

/**
 * Hovers at `positions`, each timed on its own: the recogniser's answer for
 * the position (the line, and the lines above for a `case`) and its Markdown,
 * which is what the hover provider computes. The document context is built
 * once beforehand, as the provider caches it per document version.
 */
export function timeHovers(recognizer: Recognizer, lines: readonly string[], languageId: string, runs: RunOptions, positions: readonly HoverPosition[]): HoverTimings {
  const doc = hoverContext(recognizer, lines, languageId);
  const lineAt = (line: number) => lines[line];
  let answered = 0;
  const samples = sampleRuns(runs, () => {
    const times: number[] = [];
    answered = 0;
    for (const { line, character } of positions) {
      times.push(
        timeOnce(() => {
          const recognition = recognizer.recognizeAt(lines[line] ?? '', line, character, doc, { lineAt });
          if (recognition) {
            answered++;
            renderHover(recognition);
          }
        }),
      );
    }
    const bareBatchMs = timeOnce(() => {
      for (const { line } of positions) barePass(lines[line] ?? '');
    });
    return {
      p50: percentile(times, 50),
      p99: percentile(times, 99),
      max: Math.max(...times),
      mean: times.reduce((sum, t) => sum + t, 0) / times.length,
      bareLine: bareBatchMs / positions.length,
    };
  });
  return {
    positions: positions.length,
    answered,
    p50Ms: median(samples.map((s) => s.p50)),
    p99Ms: median(samples.map((s) => s.p99)),
    maxMs: median(samples.map((s) => s.max)),
    meanMs: median(samples.map((s) => s.mean)),
    bareLineMeanMs: median(samples.map((s) => s.bareLine)),
  };
}

/** Lenses for one screen (60 visible lines) at 50 random places of a document over the large-file threshold, as the provider computes them. */
export function timeVisibleLenses(recognizer: Recognizer, lines: readonly string[], languageId: string, settings: Settings, runs: RunOptions): { ms: number; lenses: number } {
  const doc = hoverContext(recognizer, lines, languageId);
  const rand = prng(5);
  const screens = Array.from({ length: 50 }, () => {
    const start = Math.floor(rand() * Math.max(1, lines.length - 60));
    return { start, end: start + 59 };
  });
  let lenses = 0;
  const samples = sampleRuns(runs, () =>
    median(
      screens.map((screen) =>
        timeOnce(() => {
          lenses = visibleRangeLenses(recognizer, lines, screen, doc, settings).length;
        }),
      ),
    ),
  );
  return { ms: median(samples), lenses };
}

function countLines(text: string): number {
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  return lines;
}
