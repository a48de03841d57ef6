/**
 * Text for the editor's own widgets: notifications, quick picks, status bar
 * items and lens titles. These are not Markdown, but they are not plain text
 * either: notifications turn `[label](command:…)` into a clickable link, and
 * quick picks, lenses and the status bar draw `$(name)` as an icon. File
 * names, paths and catalog text reach them, and a workspace chooses those, so
 * every such string passes through `uiText` first.
 */

/**
 * Controls (C0, C1), line and paragraph separators, and every Unicode
 * bidirectional control: embeddings, overrides, isolates and marks, which can
 * make a name read differently from what it is.
 */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** A zero-width space: it breaks `](` and `$(` apart without changing what the reader sees. */
const BREAK = '\u200b';

/**
 * `text` as inert, one-line text of at most `maxLength` characters (then `…`):
 * controls and line breaks become spaces, bidirectional controls are
 * dropped, and link and icon syntax is broken so that it shows as written.
 */
export function uiText(text: string, maxLength = 200): string {
  const flat = String(text).replace(BIDI, '').replace(CONTROLS, ' ').replace(/\s{2,}/g, ' ').trim();
  const cut = flat.length > maxLength ? `${flat.slice(0, Math.max(0, maxLength - 1)).trimEnd()}…` : flat;
  // After every `]` (a link's label ends there, even where `(` follows in the caller's own words) and
  // before every `(` that follows a `$` (an icon).
  return cut.replace(/\]/g, `]${BREAK}`).replace(/\$(?=\(|$)/g, `$${BREAK}`);
}

/** Whether `text` holds anything a notification, quick pick or status bar would act on; for tests and assertions. */
export function isInertUiText(text: string): boolean {
  return !/\[[^[\]]*\]\(/.test(text) && !/\$\(/.test(text) && !BIDI_TEST.test(text) && !/[\r\n\u2028\u2029]/.test(text);
}

const BIDI_TEST = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
