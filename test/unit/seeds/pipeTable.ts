import { SeedParseError, cellText, unescapeMarkdown } from './cellText';
import type { ParsedTable } from './htmlTable';

/**
 * Parses a Markdown pipe table: a header line, a `| --- |` separator line and
 * one line per row. Cells may hold Markdown escapes and inline HTML; both go
 * through the same normalisation as HTML cells. A row with a different number
 * of cells than the header throws.
 */
export function parsePipeTable(lines: readonly string[]): ParsedTable {
  const [headerLine, separator, ...rowLines] = lines;
  if (headerLine === undefined || separator === undefined) {
    throw new SeedParseError('A pipe table needs a header line and a separator line.');
  }
  const header = splitRow(headerLine);
  const separatorCells = splitRow(separator);
  if (separatorCells.length !== header.length || !separatorCells.every((cell) => /^:?-{3,}:?$/.test(cell))) {
    throw new SeedParseError(`Bad separator line under the header: ${separator}`);
  }
  const rows: string[][] = [];
  let emptyRows = 0;
  for (const line of rowLines) {
    const row = splitRow(line);
    if (row.length !== header.length) {
      throw new SeedParseError(`Row has ${row.length} cells, the header has ${header.length}: ${line.slice(0, 120)}`);
    }
    if (row.every((cell) => cell === '')) {
      emptyRows++;
    } else {
      rows.push(row);
    }
  }
  return { header, rows, emptyRows };
}

/** Splits `| a | b |` on pipes that are not escaped as `\|`. */
function splitRow(line: string): string[] {
  const trimmed = line.trim();
  if (!trimmed.startsWith('|') || !trimmed.endsWith('|') || trimmed.length < 2) {
    throw new SeedParseError(`Not a pipe table row: ${line.slice(0, 120)}`);
  }
  return trimmed
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((cell) => cellText(unescapeMarkdown(cell)));
}
