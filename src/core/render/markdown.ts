/**
 * Escaping for catalog text shown in Markdown. Catalog text is data written
 * by others (user catalogs come from the workspace), so every character that
 * Markdown or HTML could act on is escaped, and long text is cut so a hostile
 * or careless catalog cannot flood a hover. The renderers that use these
 * functions put their output in `MarkdownString`s that are not trusted and
 * support no HTML; this escaping is the layer that holds even if they did.
 */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&:"'$]/g;

/**
 * Characters that have no business in a catalog's text and could mislead a
 * reader: C0/C1 controls (line breaks are folded separately) and the Unicode
 * bidirectional overrides that can make text read differently from what it is.
 */
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** The text without control characters and bidirectional overrides, for any medium (Markdown, HTML, plain titles). */
export function removeInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/**
 * Plain text for Markdown: one paragraph, at most `maxLength` characters of
 * the original (then `…`), with every Markdown and HTML special character
 * escaped. The escaped result is at most five times `maxLength` long
 * (`&` becomes `&amp;`).
 */
export function escapeMarkdown(text: string, maxLength = 2000): string {
  // Newlines inside a catalog value would start new Markdown blocks (lists, headings); fold them to spaces.
  const flat = cut(removeInvisible(text), maxLength).replace(/\s+/g, (run) => (/[\r\n\u2028\u2029]/.test(run) ? ' ' : run)).trim();
  return flat.replace(MARKDOWN_SPECIAL, (ch) => (ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '&' ? '&amp;' : `\\${ch}`));
}

/**
 * Text for inline code spans. Nothing inside a code span is interpreted, so
 * only what could end the span (a backtick, replaced by a look-alike because a
 * code span cannot escape it) or break the line needs handling.
 */
export function escapeInlineCode(text: string, maxLength = 200): string {
  return cut(removeInvisible(text), maxLength)
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .replace(/`/g, 'ˋ');
}

/** Longer addresses are not real document addresses; they are never linked or shown. */
const MAX_URL = 2048;

/**
 * A link only for plain http(s) URLs; anything else (command:, file:,
 * javascript:, data:) is shown as escaped text. Characters that could end the
 * link destination early are percent-encoded.
 */
export function safeLink(label: string, url: string): string {
  if (url.length > MAX_URL) {
    return escapeMarkdown(`${label} (address too long to show)`, 300);
  }
  if (!/^https?:\/\/[^\s()<>]+$/i.test(url)) {
    return escapeMarkdown(`${label} (${url})`, 300 + MAX_URL);
  }
  const destination = url.replace(/[()\\"'`[\]<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${escapeMarkdown(label, 300)}](${destination})`;
}

/** The first `maxLength` characters and an ellipsis, never splitting a surrogate pair. */
function cut(text: string, maxLength: number): string {
  if (text.length <= maxLength) {
    return text;
  }
  let end = Math.max(0, maxLength);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) {
    end--;
  }
  return `${text.slice(0, end)}…`;
}
