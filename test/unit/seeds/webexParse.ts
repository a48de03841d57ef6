/**
 * Reads the Webex Connect channel status code document (seed 002) into its
 * tables, without looking at the catalogs, so that the catalogs can be checked
 * against an independent reading of the source.
 *
 * The document is text copied from a web page: prose lines (the introduction,
 * section headings, notes) and pipe tables. A table is a header row
 * (`Status Code | Description |`), a separator row (`---|---|`) and body rows.
 * Body rows come in several shapes, all of which are handled here:
 *   - complete rows: `7000 | Invalid JSON |`;
 *   - rows with an empty cell: `7536 | Exception ... | |`;
 *   - rows shorter than the header: `7554 | SMTP Failures |` in a three-column table;
 *   - rows with no text at all: `7307 |` and `3003 | ||`;
 *   - a row whose code cell names series of codes: `Other 1000, 2000, 3000 series | ... |`.
 * Anything else inside a table (a row without a closing pipe, with more cells
 * than the header, with a code cell that is neither a number nor a series, or
 * a line that looks like a row but has no cells) is reported as a problem so
 * that the check fails instead of skipping a row.
 */

export interface SeedRow {
  /** 1-based line number in the document, for messages. */
  readonly line: number;
  /** The code, for an ordinary row. */
  readonly code?: number;
  /** The first code of each series, for an `Other … series` row. */
  readonly series?: readonly number[];
  /** Every cell, the code cell first, padded with empty cells to the header's width. */
  readonly cells: readonly string[];
}

export interface SeedTable {
  /** The prose lines between the previous table (or the start) and this table's header. */
  readonly preamble: readonly string[];
  readonly columns: readonly string[];
  readonly rows: readonly SeedRow[];
}

export interface ParsedSeed {
  readonly tables: readonly SeedTable[];
  /** Lines that could not be read; a correct reading has none. */
  readonly problems: readonly string[];
}

const separatorPattern = /^(?:-{3,}\|)+$/;
const seriesPattern = /^Other ((?:\d+, )*\d+) series$/;

export function parseWebexSeed(text: string): ParsedSeed {
  const lines = text.split(/\r?\n/);
  const tables: SeedTable[] = [];
  const problems: string[] = [];
  let preamble: string[] = [];
  let current: { preamble: string[]; columns: string[]; rows: SeedRow[] } | undefined;

  for (let index = 0; index < lines.length; index++) {
    const line = (lines[index] ?? '').trim();
    const lineNumber = index + 1;
    if (line === '') {
      continue;
    }
    if (separatorPattern.test(line)) {
      // Separators are consumed together with their header below; one here has no header.
      problems.push(`line ${lineNumber}: separator without a header row`);
      continue;
    }
    if (!line.includes('|')) {
      // A prose line ends the table before it; a prose line starting with a code is a row that lost its cells.
      if (current && /^\d/.test(line)) {
        problems.push(`line ${lineNumber}: row without cells: ${line}`);
      }
      current = undefined;
      preamble.push(line);
      continue;
    }
    const next = (lines[index + 1] ?? '').trim();
    if (separatorPattern.test(next)) {
      const columns = splitCells(line);
      if (!columns || columns.some((column) => column === '')) {
        problems.push(`line ${lineNumber}: unreadable header row: ${line}`);
        continue;
      }
      if (next.split('|').length - 1 !== columns.length) {
        problems.push(`line ${lineNumber + 1}: separator width differs from the header`);
      }
      current = { preamble, columns, rows: [] };
      tables.push(current);
      preamble = [];
      index++;
      continue;
    }
    if (!current) {
      problems.push(`line ${lineNumber}: table row outside a table: ${line}`);
      continue;
    }
    const row = parseRow(line, lineNumber, current.columns.length);
    if (typeof row === 'string') {
      problems.push(row);
    } else {
      current.rows.push(row);
    }
  }
  return { tables, problems };
}

/** The cells of a pipe row that ends with a pipe, trimmed; undefined when the closing pipe is missing. */
function splitCells(line: string): string[] | undefined {
  if (!line.endsWith('|')) {
    return undefined;
  }
  return line
    .slice(0, -1)
    .split('|')
    .map((cell) => cell.trim());
}

function parseRow(line: string, lineNumber: number, width: number): SeedRow | string {
  const cells = splitCells(line);
  if (!cells) {
    return `line ${lineNumber}: row without a closing pipe: ${line}`;
  }
  if (cells.length > width) {
    return `line ${lineNumber}: ${cells.length} cells in a table of ${width} columns: ${line}`;
  }
  while (cells.length < width) {
    cells.push('');
  }
  const codeCell = cells[0] ?? '';
  if (/^\d+$/.test(codeCell)) {
    return { line: lineNumber, code: Number(codeCell), cells };
  }
  const series = seriesPattern.exec(codeCell);
  if (series?.[1]) {
    return { line: lineNumber, series: series[1].split(', ').map(Number), cells };
  }
  return `line ${lineNumber}: code cell is neither a code nor a series: ${line}`;
}

/**
 * Text as compared between the document and a catalog: runs of white space
 * become one space. The page copy also lost its typographic punctuation:
 * every curly quote, apostrophe and dash became "β" (U+03B2) and one
 * no-break space became "Β" (U+0392), so quotes, apostrophes and dashes are
 * compared as one class, and "Β" as a space.
 */
export function foldText(text: string): string {
  return text
    .replace(/\u0392/g, ' ')
    .replace(/[\u03b2'"\u2018\u2019\u201c\u201d\u2013\u2014]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}
