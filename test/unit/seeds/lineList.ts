import { SeedParseError } from './cellText';
import type { ListRow } from './verticalList';

/**
 * Parses a table flattened to one row per line with cells separated by single
 * spaces, as a blog post copied as text looks. Each line must match one of the
 * row patterns (its capture groups are the cells, an absent group becomes '')
 * or be a heading; any other line throws.
 */
export function parseLineList(
  lines: readonly string[],
  rowPatterns: readonly RegExp[],
  isHeading: (line: string) => boolean,
): ListRow[] {
  const rows: ListRow[] = [];
  let heading = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      continue;
    }
    const match = rowPatterns.map((pattern) => pattern.exec(line)).find((found) => found !== null);
    if (match) {
      rows.push({ cells: match.slice(1).map((cell) => cell ?? ''), heading });
    } else if (isHeading(line)) {
      heading = line;
    } else {
      throw new SeedParseError(`Line is neither a row nor a heading: ${line}`);
    }
  }
  return rows;
}
