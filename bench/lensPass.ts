import { HINT_SCAN_CHARS, type Recognizer } from '../src/core/recognize/recognizer';
import type { DocumentContext, LineRange } from '../src/core/recognize/types';
import { documentLensPlan, visibleLensPlan, type LensPlan } from '../src/core/render/lensPlan';
import type { Settings } from '../src/core/settings';

/**
 * Lenses as the CodeLens provider (src/features/codeLens.ts) computes them:
 * both call the same plan functions of src/core/render/lensPlan.ts, so the
 * benchmark times the provider's own work, less the editor's `CodeLens`
 * objects.
 */

/** The document's context as the provider builds it: hints from the head of the document. */
export function documentContext(recognizer: Recognizer, text: string, languageId: string): DocumentContext {
  return recognizer.buildDocumentContext(text.length > HINT_SCAN_CHARS ? text.slice(0, HINT_SCAN_CHARS) : text, languageId);
}

/** Lenses for a whole document, stopping at `cap` like the provider does (`Infinity` for a full pass). */
export function wholeDocumentLenses(recognizer: Recognizer, text: string, doc: DocumentContext, settings: Settings, cap: number): LensPlan[] {
  const lenses: LensPlan[] = [];
  for (const batch of documentLensPlan(recognizer, text, doc, settings, () => false, cap)) {
    for (const plan of batch) {
      lenses.push(plan);
    }
  }
  return lenses;
}

/** Lenses for a document over `largeFileThreshold`: the visible lines and a margin around them. */
export function visibleRangeLenses(recognizer: Recognizer, lines: readonly string[], visible: LineRange, doc: DocumentContext, settings: Settings): LensPlan[] {
  return visibleLensPlan(recognizer, (line) => lines[line], lines.length, [visible], doc, settings);
}
