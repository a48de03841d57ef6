import { SeedParseError } from './cellText';

export interface ListRow {
  readonly cells: readonly string[];
  /** The last heading line seen before the row, or '' before the first. */
  readonly heading: string;
}

export interface VerticalListShape {
  /** Cells per row; each cell is one non-empty line. */
  readonly columns: number;
  /** Whether a line is the first cell of a row. */
  readonly startsRow: (line: string) => boolean;
  /** Checks the other cells of a row; returns why a cell is wrong, or undefined. */
  readonly checkRow: (cells: readonly string[]) => string | undefined;
  /** Whether a line that starts no row is a section heading; any other line throws. */
  readonly isHeading: (line: string) => boolean;
}

/**
 * Parses a table flattened to one cell per line (blank lines between cells are
 * ignored), as web pages copied as text look. A line that starts no row and is
 * no heading, or a row whose cells do not pass `checkRow`, throws.
 */
export function parseVerticalList(lines: readonly string[], shape: VerticalListShape): ListRow[] {
  const cellLines = lines.map((line) => line.trim()).filter((line) => line !== '');
  const rows: ListRow[] = [];
  let heading = '';
  for (let i = 0; i < cellLines.length; ) {
    const line = cellLines[i] ?? '';
    if (shape.startsRow(line)) {
      const cells = cellLines.slice(i, i + shape.columns);
      const problem = cells.length < shape.columns ? 'the list ends inside the row' : shape.checkRow(cells);
      if (problem !== undefined) {
        throw new SeedParseError(`Row starting with "${line}" cannot be parsed: ${problem}`);
      }
      rows.push({ cells, heading });
      i += shape.columns;
    } else if (shape.isHeading(line)) {
      heading = line;
      i++;
    } else {
      throw new SeedParseError(`Line is neither a row nor a heading: ${line}`);
    }
  }
  return rows;
}
