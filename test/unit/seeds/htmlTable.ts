import { SeedParseError, cellText } from './cellText';

export interface ParsedTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Rows whose cells are all empty: counted so a test can say how many it expects. */
  readonly emptyRows: number;
}

/**
 * Parses one HTML `<table>` with a `<thead>` of `<th>` cells and a `<tbody>`
 * of `<tr>`/`<td>` rows. Everything inside the body must be rows and
 * everything inside a row must be cells, and every row must have as many
 * cells as the header: anything else throws, so no row is dropped unseen.
 */
export function parseHtmlTable(html: string): ParsedTable {
  const table = /^\s*<table(?:\s[^>]*)?>([\s\S]*)<\/table>\s*$/i.exec(html);
  if (!table) {
    throw new SeedParseError('Not a single <table> element.');
  }
  const parts = /^\s*<thead>\s*<tr>([\s\S]*?)<\/tr>\s*<\/thead>\s*<tbody>([\s\S]*)<\/tbody>\s*$/i.exec(table[1] ?? '');
  if (!parts) {
    throw new SeedParseError('A table needs one header row in <thead> followed by <tbody>.');
  }
  const header = cells(parts[1] ?? '', 'th');
  const rows: string[][] = [];
  let emptyRows = 0;
  for (const rowHtml of consume(parts[2] ?? '', /<tr(?:\s[^>]*)?>([\s\S]*?)<\/tr>/giy, 'row')) {
    const row = cells(rowHtml, 'td');
    if (row.length !== header.length) {
      throw new SeedParseError(`Row has ${row.length} cells, the header has ${header.length}: ${rowHtml.slice(0, 120)}`);
    }
    if (row.every((cell) => cell === '')) {
      emptyRows++;
    } else {
      rows.push(row);
    }
  }
  return { header, rows, emptyRows };
}

function cells(rowHtml: string, tag: 'th' | 'td'): string[] {
  const pattern = new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'giy');
  return consume(rowHtml, pattern, `<${tag}> cell`).map(cellText);
}

/** Matches `pattern` (sticky) back to back over `html`, allowing only whitespace between matches. */
function consume(html: string, pattern: RegExp, what: string): string[] {
  const found: string[] = [];
  let at = 0;
  for (;;) {
    while (at < html.length && /\s/.test(html[at] ?? '')) {
      at++;
    }
    if (at >= html.length) {
      return found;
    }
    pattern.lastIndex = at;
    const match = pattern.exec(html);
    if (!match) {
      throw new SeedParseError(`Expected a ${what} at: ${html.slice(at, at + 120)}`);
    }
    found.push(match[1] ?? '');
    at = pattern.lastIndex;
  }
}
