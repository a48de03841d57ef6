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
export function isIgnoredCode(code: number | undefined, ignoreCodes: readonly number[]): boolean {
  return code !== undefined && ignoreCodes.length > 0 && ignoreCodes.includes(code);
}
