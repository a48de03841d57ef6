import { codeFormatOf, codeText, parseHex, writtenCode } from '../catalog/codeFormat';
import type { Recognition } from '../recognize/types';
import type { Settings } from '../settings';

/**
 * How codes are annotated in the editor, decided without the editor: the
 * lens and inlay hint providers ask the same function, so a code is never
 * shown twice by accident nor dropped by both.
 */

/** The values of `statusCodeLens.annotate.codes` and `statusCodeLens.annotate.caseLabels`. */
export const ANNOTATION_MODES = ['lens', 'inlayHint', 'both', 'hover'] as const;
export type AnnotationMode = (typeof ANNOTATION_MODES)[number];

/** Where one kind of code is shown besides the hover. */
export interface Channels {
  readonly lens: boolean;
  readonly inlay: boolean;
}

/** What the editor's own settings allow: `editor.codeLens` and `editor.inlayHints.enabled` other than `off`. */
export interface EditorAllows {
  readonly codeLens: boolean;
  readonly inlayHints: boolean;
}

/** Channels for codes anywhere (comparisons, log fields) and, separately, for the case labels of a switch over codes. */
export interface AnnotationChannels {
  readonly codes: Channels;
  readonly caseLabels: Channels;
}

type ChannelSettings = Pick<Settings, 'annotateCodes' | 'annotateCaseLabels' | 'codeLensEnabled' | 'codeLensCaseLabels'>;

/**
 * The mode asks for a channel; the editor and the older switches may refuse
 * it. A refused channel is not replaced by the other one: someone who turned
 * inlay hints off in the editor did not ask for more lenses, and the hover
 * still explains every code.
 */
export function annotationChannels(settings: ChannelSettings, editor: EditorAllows): AnnotationChannels {
  const lenses = editor.codeLens && settings.codeLensEnabled;
  return {
    codes: channelsFor(settings.annotateCodes, lenses, editor.inlayHints),
    caseLabels: channelsFor(settings.annotateCaseLabels, lenses && settings.codeLensCaseLabels, editor.inlayHints),
  };
}

function channelsFor(mode: AnnotationMode, lensAllowed: boolean, inlayAllowed: boolean): Channels {
  return {
    lens: lensAllowed && (mode === 'lens' || mode === 'both'),
    inlay: inlayAllowed && (mode === 'inlayHint' || mode === 'both'),
  };
}

/** Whether `editor.inlayHints.enabled` lets hints show at all; `offUnlessPressed` shows them while the keys are held. */
export function inlayHintsAllowed(value: unknown): boolean {
  return value !== 'off' && value !== false;
}

/** Whether `code` is one the user asked never to annotate (`statusCodeLens.ignoreCodes`). */
export function isIgnoredCode(code: number | undefined, ignoreCodes: readonly (number | string)[]): boolean {
  return code !== undefined && ignoreCodes.length > 0 && ignoreCodes.includes(code);
}

/**
 * Whether the user asked never to annotate what `recognition` found. A
 * number silences that number in decimal and hex catalogs; a code as written
 * silences it where its catalog writes it so: `0x0000000B` a hex code of that
 * value, `UNDELIV` that word, `5.1.1` that dotted code and `X.1.1` every code
 * of that row. A number never silences a word or dotted code, whose numbers
 * are the catalog's own.
 */
export function isIgnoredRecognition(recognition: Recognition, ignoreCodes: readonly (number | string)[]): boolean {
  if (ignoreCodes.length === 0) {
    return false;
  }
  const top = recognition.candidates[0];
  const format = top ? codeFormatOf(top.catalog) : 'decimal';
  for (const ignored of ignoreCodes) {
    if (typeof ignored === 'number') {
      if ((format === 'decimal' || format === 'hex') && recognition.code === ignored) {
        return true;
      }
    } else if (format === 'hex') {
      if (recognition.code !== undefined && parseHex(ignored) === recognition.code) {
        return true;
      }
    } else if (top && format !== 'decimal') {
      const written = ignored.toUpperCase();
      if (written === recognition.text.toUpperCase() || written === codeText(top.catalog, top.entry).toUpperCase()) {
        return true;
      }
    }
  }
  return false;
}

/** What the quick fix "Never annotate code N" stores for `recognition`: its number, or its code as written for a hex, word or dotted code. */
export function ignoreEntryFor(recognition: Recognition): number | string | undefined {
  const top = recognition.candidates[0];
  const format = top ? codeFormatOf(top.catalog) : 'decimal';
  if (format === 'decimal') {
    return recognition.code;
  }
  if (format === 'hex') {
    return top && recognition.code !== undefined ? writtenCode(top.catalog, recognition.code) : recognition.code;
  }
  // `5.1.1` as met, not the row `X.1.1` that stands for every class.
  return format === 'dotted' ? recognition.text.toUpperCase() : top && codeText(top.catalog, top.entry);
}
