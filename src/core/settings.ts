import { ANNOTATION_MODES, type AnnotationMode } from './annotate/channels';

/**
 * The extension's settings as the rest of the code sees them.
 *
 * Values arrive from the user's settings.json, which may hold anything, so
 * every value is sanitised here and only here: features never read raw
 * configuration and never need to guard against a wrong type.
 */

export interface Settings {
  readonly hoverEnabled: boolean;
  readonly codeLensEnabled: boolean;
  /** Lenses above `switch`/`match` statements that count the handled codes. */
  readonly codeLensSwitchSummary: boolean;
  /** Lenses above the case labels of such statements; off leaves the summary to speak for the labels. */
  readonly codeLensCaseLabels: boolean;
  readonly codeLensMaxPerDocument: number;
  /** Recognitions below this confidence (0..1) get no lens. */
  readonly codeLensMinConfidence: number;
  readonly completionEnabled: boolean;
  /** How codes outside case labels are annotated besides the hover. */
  readonly annotateCodes: AnnotationMode;
  /** How the case labels of a switch over codes are annotated besides the hover. */
  readonly annotateCaseLabels: AnnotationMode;
  /** Annotate only the cursor's line, or the switch around the cursor. */
  readonly annotateFollowCursor: boolean;
  /** Codes never annotated (no lens, inlay hint or hover) in this workspace: numbers, or codes as written (`0x0000000B`, `UNDELIV`, `5.1.1`). */
  readonly ignoreCodes: readonly (number | string)[];
  /** Language ids in which the extension shows nothing. */
  readonly excludeLanguages: readonly string[];
  /** Globs (relative to the workspace folder) of files in which the extension shows nothing. */
  readonly excludeFiles: readonly string[];
  /** The marker that, in a comment on a line or the line above, silences that line. */
  readonly ignoreComment: string;
  /** User catalog files or globs, relative to the workspace folder. */
  readonly catalogs: readonly string[];
  /** Catalog ids to use; empty means all. */
  readonly enabledCatalogs: readonly string[];
  readonly disabledCatalogs: readonly string[];
  /** Glob (relative to the workspace folder) to catalog ids preferred in matching files. */
  readonly preferCatalogs: Readonly<Record<string, readonly string[]>>;
  /** Documents larger than this many characters get lenses only for the visible part. */
  readonly largeFileThreshold: number;
  /** Characters of a line that are scanned; longer lines are cut. */
  readonly maxLineLength: number;
}

export const defaultSettings: Settings = {
  hoverEnabled: true,
  codeLensEnabled: true,
  codeLensSwitchSummary: true,
  codeLensCaseLabels: true,
  codeLensMaxPerDocument: 200,
  codeLensMinConfidence: 0.5,
  completionEnabled: true,
  annotateCodes: 'lens',
  annotateCaseLabels: 'inlayHint',
  annotateFollowCursor: false,
  ignoreCodes: [],
  excludeLanguages: [],
  excludeFiles: [],
  ignoreComment: 'status-code-lens-ignore',
  catalogs: [],
  enabledCatalogs: [],
  disabledCatalogs: [],
  preferCatalogs: {},
  largeFileThreshold: 20 * 1024 * 1024,
  maxLineLength: 2000,
};

/** A getter over raw configuration values, keyed as in package.json without the prefix. */
export type RawSettings = (key: string) => unknown;

export function sanitizeSettings(raw: RawSettings): Settings {
  const d = defaultSettings;
  return {
    hoverEnabled: bool(raw('hover.enabled'), d.hoverEnabled),
    codeLensEnabled: bool(raw('codeLens.enabled'), d.codeLensEnabled),
    codeLensSwitchSummary: bool(raw('codeLens.switchSummary'), d.codeLensSwitchSummary),
    codeLensCaseLabels: bool(raw('codeLens.caseLabels'), d.codeLensCaseLabels),
    codeLensMaxPerDocument: int(raw('codeLens.maxPerDocument'), d.codeLensMaxPerDocument, 0, 10_000),
    codeLensMinConfidence: num(raw('codeLens.minConfidence'), d.codeLensMinConfidence, 0, 1),
    completionEnabled: bool(raw('completion.enabled'), d.completionEnabled),
    annotateCodes: oneOf(raw('annotate.codes'), ANNOTATION_MODES, d.annotateCodes),
    annotateCaseLabels: oneOf(raw('annotate.caseLabels'), ANNOTATION_MODES, d.annotateCaseLabels),
    annotateFollowCursor: bool(raw('annotate.followCursor'), d.annotateFollowCursor),
    ignoreCodes: ignoredCodes(raw('ignoreCodes')),
    excludeLanguages: strings(raw('exclude.languages')),
    excludeFiles: strings(raw('exclude.files')),
    ignoreComment: nonEmpty(raw('ignoreComment'), d.ignoreComment),
    catalogs: strings(raw('catalogs')),
    enabledCatalogs: strings(raw('enabledCatalogs')),
    disabledCatalogs: strings(raw('disabledCatalogs')),
    preferCatalogs: stringListRecord(raw('preferCatalogs')),
    largeFileThreshold: int(raw('largeFileThreshold'), d.largeFileThreshold, 1024, 512 * 1024 * 1024),
    maxLineLength: int(raw('maxLineLength'), d.maxLineLength, 80, 100_000),
  };
}

function bool(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function num(value: unknown, fallback: number, min: number, max: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : fallback;
}

function int(value: unknown, fallback: number, min: number, max: number): number {
  return Math.round(num(value, fallback, min, max));
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Whole numbers from a list; numeric strings (`"23"`) count too, since a code is easily quoted in settings.json. */
/** A code as written that is not a plain number: hex, a word of two or more characters, or dotted. */
export const WRITTEN_CODE = /^(?:0[xX][0-9A-Fa-f]{1,8}|[A-Za-z][A-Za-z0-9_.-]{1,39}|(?:\d{1,3}|[xX])\.(?:\d{1,3}|[xX])\.(?:\d{1,3}|[xX]))$/;

/** Integers (also written as digit strings) and codes as written, each once. */
function ignoredCodes(value: unknown): (number | string)[] {
  const result: (number | string)[] = integers(value);
  for (const item of Array.isArray(value) ? (value as unknown[]) : []) {
    const text = typeof item === 'string' ? item.trim() : undefined;
    if (text !== undefined && WRITTEN_CODE.test(text) && !result.some((kept) => typeof kept === 'string' && kept.toUpperCase() === text.toUpperCase())) {
      result.push(text);
    }
  }
  return result;
}

function integers(value: unknown): number[] {
  if (!Array.isArray(value)) {
    return [];
  }
  const result: number[] = [];
  for (const item of value as unknown[]) {
    const n = typeof item === 'string' && /^\s*-?\d+\s*$/.test(item) ? Number(item) : item;
    if (typeof n === 'number' && Number.isSafeInteger(n) && !result.includes(n)) {
      result.push(n);
    }
  }
  return result;
}

function nonEmpty(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : fallback;
}

function strings(value: unknown): string[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return value.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map((s) => s.trim());
}

function stringListRecord(value: unknown): Record<string, string[]> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return {};
  }
  const pairs: [string, string[]][] = [];
  for (const [key, list] of Object.entries(value)) {
    const ids = typeof list === 'string' ? strings([list]) : strings(list);
    if (key.trim() !== '' && ids.length > 0) {
      pairs.push([key.trim(), ids]);
    }
  }
  // fromEntries defines own properties, so a glob written `__proto__` stays a key and does not replace the prototype.
  return Object.fromEntries(pairs);
}
