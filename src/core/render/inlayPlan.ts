import { isIgnoredRecognition, type Channels } from '../annotate/channels';
import type { Recognizer } from '../recognize/recognizer';
import type { DocumentContext, LineRange, Recognition } from '../recognize/types';
import { renderMeaning } from './hover';
import { hasNumericCodes } from '../catalog/codeFormat';
import { codeLabel } from './labels';
import { concreteDotted } from './shownCode';
import { plain } from './lens';

/**
 * Which inlay hints a range of lines gets, decided without the editor: the
 * provider turns these into `vscode.InlayHint`s. A hint sits right after the
 * literal and names it (`case 23: DELIVERY_FAILURE`), so it costs no height.
 */

/** Lines read for one request at most; the editor asks for about the visible range, this bounds a pathological one. */
export const MAX_INLAY_LINES = 3000;
/** Hints on one line at most, as for lenses; more codes on a line are left to the hover. */
export const MAX_HINTS_PER_LINE = 3;
const LABEL_LENGTH = 40;

export interface InlayPlan {
  readonly line: number;
  /** Where the literal starts and ends; the hint goes at `end`. */
  readonly start: number;
  readonly end: number;
  /** The short text shown. */
  readonly label: string;
  /** Markdown for the tooltip: the full meaning, escaped like the hover. */
  readonly tooltip: string;
}

export interface InlayOptions {
  /** Hints for codes outside case labels, and for case labels. */
  readonly codes: boolean;
  readonly caseLabels: boolean;
  readonly minConfidence: number;
  readonly ignoreCodes: readonly (number | string)[];
}

/** What a hint says: the name for a number, the number for a name, else the start of the description. */
export function inlayLabel(recognition: Recognition): string {
  const top = recognition.candidates[0];
  if (!top) {
    return '';
  }
  const { catalog, entry } = top;
  const code = codeLabel(catalog, entry);
  // A word code (`UNDELIV`) or a dotted one (`5.1.1`) is its own code: the hint says what it means.
  if (!hasNumericCodes(catalog) && (recognition.text.toUpperCase() === code.toUpperCase() || concreteDotted(recognition.text, top) !== undefined)) {
    return plain(entry.description || entry.name || '', LABEL_LENGTH);
  }
  if (recognition.code === undefined || (recognition.name !== undefined && recognition.text !== String(recognition.code))) {
    return plain(code, LABEL_LENGTH);
  }
  // `0x0B`, `11`: the name, as for any number.
  return plain(entry.name ?? entry.description ?? '', LABEL_LENGTH);
}

/** The hints of the lines in `range` (inclusive), read one by one through `lineAt`. */
export function inlayPlan(
  recognizer: Recognizer,
  lineAt: (line: number) => string | undefined,
  range: LineRange,
  doc: DocumentContext,
  options: InlayOptions,
  isCancelled: () => boolean = () => false,
): InlayPlan[] {
  const plans: InlayPlan[] = [];
  if (!options.codes && !options.caseLabels) {
    return plans;
  }
  const last = Math.min(range.end, range.start + MAX_INLAY_LINES - 1);
  for (let line = Math.max(0, range.start); line <= last; line++) {
    if (isCancelled()) {
      return [];
    }
    const text = lineAt(line);
    if (text === undefined) {
      break;
    }
    let onLine = 0;
    for (const recognition of recognizer.recognizeLine(text, line, doc, { lineAt })) {
      const top = recognition.candidates[0];
      if (!top || top.confidence < options.minConfidence || !(recognition.form === 'case' ? options.caseLabels : options.codes)) {
        continue;
      }
      if (isIgnoredRecognition(recognition, options.ignoreCodes) || onLine >= MAX_HINTS_PER_LINE) {
        continue;
      }
      const label = inlayLabel(recognition);
      if (label === '' || label === recognition.text) {
        continue;
      }
      plans.push({ line, start: recognition.start, end: recognition.end, label, tooltip: renderMeaning(top) });
      onLine++;
    }
  }
  return plans;
}

/** The inlay options for one document, from its channels and settings. */
export function inlayOptions(codes: Channels, caseLabels: Channels, minConfidence: number, ignoreCodes: readonly (number | string)[]): InlayOptions {
  return { codes: codes.inlay, caseLabels: caseLabels.inlay, minConfidence, ignoreCodes };
}
