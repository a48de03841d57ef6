/**
 * The text normalisation the catalogs apply to provider table cells, written
 * down once so the seed checks compare like with like:
 *
 * 1. Block elements (`<p>`, `<ul>`, `<ol>`, `<li>`, `<br>`, `<div>`) end a line;
 *    a list item starts with "- ".
 * 2. Every other tag is removed and its text kept, so `<em>x</em>` and
 *    `<a href="…">x</a>` both become "x".
 * 3. HTML character references are decoded; an unknown named reference is an
 *    error rather than text, because it means the seed holds something the
 *    catalog author has not looked at.
 * 4. Whitespace runs fold to one space, lines are trimmed and empty lines dropped.
 */

export class SeedParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SeedParseError';
  }
}

const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

export function decodeReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const hex = body[1] === 'x' || body[1] === 'X';
      return String.fromCodePoint(parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10));
    }
    const named = NAMED_REFERENCES[body.toLowerCase()];
    if (named === undefined) {
      throw new SeedParseError(`Unknown character reference ${whole}`);
    }
    return named;
  });
}

export function cellText(html: string): string {
  const withBreaks = html
    .replace(/<li(\s[^>]*)?>/gi, '\n- ')
    .replace(/<\/?(p|ul|ol|li|div)(\s[^>]*)?>|<br\s*\/?>/gi, '\n');
  const withoutTags = withBreaks.replace(/<\/?[a-z][^>]*>/gi, '');
  if (/[<>]/.test(withoutTags)) {
    throw new SeedParseError(`Cell has a broken tag: ${JSON.stringify(html)}`);
  }
  return decodeReferences(withoutTags)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** Removes Markdown backslash escapes such as `ENCRYPTION\_ACCESS\_DENIED`. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
}
