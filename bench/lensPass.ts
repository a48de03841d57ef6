import { isDataLanguage, type Recognizer } from '../src/core/recognize/recognizer';
import { findSwitchBlocks } from '../src/core/recognize/switchBlocks';
import { summarizeSwitch } from '../src/core/recognize/switchSummary';
import type { DocumentContext, LineRange, Recognition } from '../src/core/recognize/types';
import { lensTitle, switchLensTitle } from '../src/core/render/lens';
import type { Settings } from '../src/core/settings';

/**
 * The pure part of the CodeLens provider (src/features/codeLens.ts), without
 * the editor: the same recogniser calls, the same filters (confidence, three
 * lenses a line, the per-document cap) and the same titles. Lenses are plain
 * objects here instead of `vscode.CodeLens`, which costs the same to build.
 * Keep the constants in step with the provider.
 */

/** The provider's limit of lenses above one line. */
const MAX_LENSES_PER_LINE = 3;
/** Lines around the visible part of a large document that the provider also covers. */
const VISIBLE_MARGIN = 30;

export interface BenchLens {
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly title: string;
}

/** The document's context as the provider builds it: hints from the first megabyte. */
export function documentContext(recognizer: Recognizer, text: string, languageId: string): DocumentContext {
  return recognizer.buildDocumentContext(text.length > 1024 * 1024 ? text.slice(0, 1024 * 1024) : text, languageId);
}

/**
 * Lenses for a whole document, stopping at `cap` like the provider does
 * (pass `Infinity` for the uncapped cost of a full pass).
 */
export function wholeDocumentLenses(recognizer: Recognizer, text: string, doc: DocumentContext, settings: Settings, cap: number): BenchLens[] {
  const blocks = isDataLanguage(doc.languageId) ? [] : findSwitchBlocks(text, { languageId: doc.languageId });
  const switchLenses: BenchLens[] = [];
  if (settings.codeLensSwitchSummary) {
    for (const block of blocks) {
      const summary = summarizeSwitch(block, recognizer, doc);
      if (summary && summary.confidence >= settings.codeLensMinConfidence) {
        switchLenses.push({ line: block.headerLine, start: 0, end: 0, title: switchLensTitle(summary.handled.length, summary.total, summary.catalog) });
      }
    }
  }
  const lenses: BenchLens[] = [];
  let nextSwitch = 0;
  for (const { line, recognitions } of recognizer.recognizeDocument(text, doc, { switchBlocks: blocks, isCancelled: () => false })) {
    while (nextSwitch < switchLenses.length && lenses.length < cap && (switchLenses[nextSwitch]?.line ?? 0) <= line) {
      lenses.push(switchLenses[nextSwitch++] as BenchLens);
    }
    pushLineLenses(lenses, recognitions, settings, cap);
    if (lenses.length >= cap) {
      break;
    }
  }
  while (nextSwitch < switchLenses.length && lenses.length < cap) {
    lenses.push(switchLenses[nextSwitch++] as BenchLens);
  }
  return lenses;
}

/**
 * Lenses for a document over `largeFileThreshold`: only the visible lines and
 * a margin around them, read line by line as the provider reads them.
 */
export function visibleRangeLenses(recognizer: Recognizer, lines: readonly string[], visible: LineRange, doc: DocumentContext, settings: Settings): BenchLens[] {
  const lineAt = (line: number) => lines[line];
  const lenses: BenchLens[] = [];
  const first = Math.max(0, visible.start - VISIBLE_MARGIN);
  const last = Math.min(lines.length - 1, visible.end + VISIBLE_MARGIN);
  for (let line = first; line <= last && lenses.length < settings.codeLensMaxPerDocument; line++) {
    pushLineLenses(lenses, recognizer.recognizeLine(lines[line] as string, line, doc, { lineAt }), settings, settings.codeLensMaxPerDocument);
  }
  return lenses;
}

function pushLineLenses(lenses: BenchLens[], recognitions: readonly Recognition[], settings: Settings, cap: number): void {
  let onLine = 0;
  for (const recognition of recognitions) {
    const top = recognition.candidates[0];
    if (!top || top.confidence < settings.codeLensMinConfidence) {
      continue;
    }
    if (lenses.length >= cap || onLine >= MAX_LENSES_PER_LINE) {
      return;
    }
    lenses.push({ line: recognition.line, start: recognition.start, end: recognition.end, title: lensTitle(recognition) });
    onLine++;
  }
}
