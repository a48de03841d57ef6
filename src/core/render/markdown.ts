/**
 * Escaping for catalog text shown in Markdown. Catalog text is data written
 * by others (user catalogs come from the workspace), so every character that
 * Markdown or HTML could act on is escaped, and long text is cut so a hostile
 * or careless catalog cannot flood a hover.
 */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&:"']/g;

export function escapeMarkdown(text: string, maxLength = 2000): string {
  const cut = text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
  // Newlines inside a catalog value would start new Markdown blocks (lists, headings); fold them to spaces.
  return cut.replace(/\s*[\r\n]+\s*/g, ' ').replace(MARKDOWN_SPECIAL, (ch) => (ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '&' ? '&amp;' : `\\${ch}`));
}

/** Text for inline code spans; backticks are replaced because a code span cannot escape them. */
export function escapeInlineCode(text: string, maxLength = 200): string {
  const cut = text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
  return cut.replace(/[\r\n]+/g, ' ').replace(/`/g, 'ˋ');
}

/** Only http(s) URLs become links; anything else (command:, file:, javascript:) is shown as text. */
export function safeLink(label: string, url: string): string {
  if (!/^https?:\/\/[^\s()<>]+$/i.test(url)) {
    return escapeMarkdown(`${label} (${url})`);
  }
  return `[${escapeMarkdown(label)}](${url.replace(/[()]/g, (c) => encodeURIComponent(c))})`;
}
