import type { Recognizer } from '../recognize/recognizer';
import { lineRunEnd } from '../recognize/documentScan';
import { isDataLanguage } from '../recognize/languages';
import { findSwitchBlocks } from '../switch/switchBlocks';
import type { SwitchBlock } from '../switch/types';
import { summarizeSwitch } from '../switch/switchSummary';
import type { DocumentContext, LineRange, Recognition } from '../recognize/types';
import { isIgnoredRecognition } from '../annotate/channels';
import type { Settings } from '../settings';
import { lensTitle, switchLensTitle } from './lens';

/**
 * Which lenses a document gets, decided without the editor: the CodeLens
 * provider turns these plans into `vscode.CodeLens` objects, and the
 * benchmark times exactly this code, so the two cannot drift apart.
 */

/** Lenses shown above one line at most; more codes on a line are left to the hover. */
export const MAX_LENSES_PER_LINE = 3;
/** Lines around the visible part of a large document that also get lenses, so scrolling a little shows them at once. */
export const VISIBLE_MARGIN = 30;

/** A lens above a recognised code; its click explains the code at `line`/`start`. */
export interface CodeLensPlan {
  readonly kind: 'code';
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly title: string;
}

/** A lens above a `switch`/`match` over codes; its click adds the `missing` cases when there are any. */
export interface SwitchLensPlan {
  readonly kind: 'switch';
  readonly line: number;
  readonly title: string;
  readonly missing: number;
  readonly catalogId: string;
}

export type LensPlan = CodeLensPlan | SwitchLensPlan;

/** Lines with codes after which `documentLensPlan` hands over what it has, so a caller may pause or stop. */
const BATCH_LINES = 256;

type LensSettings = Pick<Settings, 'codeLensSwitchSummary' | 'codeLensCaseLabels' | 'codeLensMaxPerDocument' | 'codeLensMinConfidence'> & {
  /** Lenses for codes that are not case labels; the annotation mode may leave them to inlay hints or the hover. */
  readonly codeLensCodes?: boolean;
  /** Codes that get no lens at all. */
  readonly ignoreCodes?: readonly (number | string)[];
};

const NO_CODES: readonly (number | string)[] = [];

/**
 * The lenses of one line's recognitions, `recognitions[from, to)`, that pass
 * the confidence threshold (and are not case labels, unless `caseLabels`),
 * appended to `out` up to `cap`.
 */
export function pushLineLenses(
  out: LensPlan[],
  recognitions: readonly Recognition[],
  minConfidence: number,
  cap: number,
  caseLabels = true,
  from = 0,
  to = recognitions.length,
  codes = true,
  ignoreCodes: readonly (number | string)[] = NO_CODES,
): void {
  let onLine = 0;
  for (let i = from; i < to; i++) {
    const recognition = recognitions[i] as Recognition;
    const top = recognition.candidates[0];
    if (!top || top.confidence < minConfidence || !(recognition.form === 'case' ? caseLabels : codes) || isIgnoredRecognition(recognition, ignoreCodes)) {
      continue;
    }
    if (out.length >= cap || onLine >= MAX_LENSES_PER_LINE) {
      return;
    }
    if (sameMeaningBefore(recognitions, from, i, minConfidence, caseLabels)) {
      // `status=DELIVERY_FAILURE statusCode=23`: one meaning, one lens on its line.
      continue;
    }
    out.push({ kind: 'code', line: recognition.line, start: recognition.start, end: recognition.end, title: lensTitle(recognition) });
    onLine++;
  }
}

/** Whether a recognition of `recognitions[from, i)` that gets a lens has the same best meaning as `recognitions[i]`. */
function sameMeaningBefore(recognitions: readonly Recognition[], from: number, i: number, minConfidence: number, caseLabels: boolean): boolean {
  const top = (recognitions[i] as Recognition).candidates[0];
  for (let j = from; j < i; j++) {
    const other = recognitions[j] as Recognition;
    const otherTop = other.candidates[0];
    if (otherTop && otherTop.entry === top?.entry && otherTop.catalog === top.catalog && otherTop.confidence >= minConfidence && (caseLabels || other.form !== 'case')) {
      return true;
    }
  }
  return false;
}

/** The summary lens of `block`, when its subject is confidently a code. */
function switchLensPlan(block: SwitchBlock, recognizer: Recognizer, doc: DocumentContext, minConfidence: number): SwitchLensPlan | undefined {
  const summary = summarizeSwitch(block, recognizer, doc);
  if (!summary || summary.confidence < minConfidence) {
    return undefined;
  }
  return {
    kind: 'switch',
    line: block.headerLine,
    title: switchLensTitle(summary.handled.length, summary.total, summary.catalog),
    missing: summary.missing.length,
    catalogId: summary.catalog.id,
  };
}

/**
 * The lenses of a whole document, top to bottom, at most
 * `codeLensMaxPerDocument` of them, in batches: between two batches an
 * editor can let other work run during a long scan. Stop early by leaving
 * the loop or through `isCancelled`.
 */
export function* documentLensPlan(
  recognizer: Recognizer,
  text: string,
  doc: DocumentContext,
  settings: LensSettings,
  isCancelled: () => boolean = () => false,
  cap = settings.codeLensMaxPerDocument,
): Generator<LensPlan[], void, undefined> {
  const blocks = isDataLanguage(doc.languageId) ? [] : findSwitchBlocks(text, { languageId: doc.languageId });
  const minConfidence = settings.codeLensMinConfidence;
  const codes = settings.codeLensCodes ?? true;
  const ignoreCodes = settings.ignoreCodes ?? NO_CODES;
  let done = 0;
  let batch: LensPlan[] = [];
  // Summaries are worked out as the scan reaches their blocks, so a capped scan summarises only the blocks it shows.
  const switches = settings.codeLensSwitchSummary ? blocks : [];
  let nextSwitch = 0;
  const pushSwitchesUpTo = (line: number) => {
    while (nextSwitch < switches.length && done + batch.length < cap && (switches[nextSwitch] as SwitchBlock).headerLine <= line) {
      const plan = switchLensPlan(switches[nextSwitch++] as SwitchBlock, recognizer, doc, minConfidence);
      if (plan) {
        batch.push(plan);
      }
    }
  };
  const scan = recognizer.scanDocument(text, doc, { switchBlocks: blocks, isCancelled });
  for (let found = scan.next(BATCH_LINES); found.length > 0; found = scan.next(BATCH_LINES)) {
    for (let i = 0; i < found.length; ) {
      const end = lineRunEnd(found, i);
      pushSwitchesUpTo((found[i] as Recognition).line);
      pushLineLenses(batch, found, minConfidence, cap - done, settings.codeLensCaseLabels, i, end, codes, ignoreCodes);
      if (done + batch.length >= cap) {
        yield batch;
        return;
      }
      i = end;
    }
    done += batch.length;
    yield batch;
    batch = [];
  }
  pushSwitchesUpTo(Number.POSITIVE_INFINITY);
  if (batch.length > 0) {
    yield batch;
  }
}

/**
 * The lenses of the visible part of a document too large to scan whole:
 * the lines of `ranges` widened by `VISIBLE_MARGIN`, read one by one.
 */
export function visibleLensPlan(
  recognizer: Recognizer,
  lineAt: (line: number) => string | undefined,
  lineCount: number,
  ranges: readonly LineRange[],
  doc: DocumentContext,
  settings: LensSettings,
  isCancelled: () => boolean = () => false,
): LensPlan[] {
  const widened = ranges
    .map((range) => ({ start: Math.max(0, range.start - VISIBLE_MARGIN), end: Math.min(lineCount - 1, range.end + VISIBLE_MARGIN) }))
    .sort((a, b) => a.start - b.start);
  const plans: LensPlan[] = [];
  const cap = settings.codeLensMaxPerDocument;
  let done = -1;
  for (const range of widened) {
    for (let line = Math.max(range.start, done + 1); line <= range.end && plans.length < cap; line++) {
      if (isCancelled()) {
        return [];
      }
      const text = lineAt(line);
      if (text !== undefined) {
        const found = recognizer.recognizeLine(text, line, doc, { lineAt });
        pushLineLenses(plans, found, settings.codeLensMinConfidence, cap, settings.codeLensCaseLabels, 0, found.length, settings.codeLensCodes ?? true, settings.ignoreCodes ?? NO_CODES);
      }
      done = line;
    }
  }
  return plans;
}
