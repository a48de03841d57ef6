/**
 * Reads the GeniqTech "Error Codes: RESTful API" page (seed 004) without
 * looking at the catalogs. Each table is a heading line, a header whose two
 * cells ran together (`responseCodeDescription`) and rows whose code and text
 * ran together (`0Success`); a blank line ends the table.
 */
import { SeedParseError } from './cellText';
import { splitRunTogether } from './runTogether';

export interface RunTogetherTable {
  readonly heading: string;
  /** The name of the code column, e.g. `responseCode`. */
  readonly codeColumn: string;
  readonly rows: readonly { readonly code: number; readonly text: string }[];
}

export function parseGeniqtech(text: string): RunTogetherTable[] {
  const lines = text.split('\n').map((line) => line.trim());
  const tables: RunTogetherTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = /^([a-z][A-Za-z]*)Description$/.exec(lines[i] ?? '');
    if (!header) {
      // A run-together row outside a table means a header was not recognised.
      if (/^\d+[A-Za-z]/.test(lines[i] ?? '')) {
        throw new SeedParseError(`Row outside a table at line ${i + 1}: ${lines[i] ?? ''}`);
      }
      continue;
    }
    const heading = previousNonEmpty(lines, i);
    const rows: { code: number; text: string }[] = [];
    while (i + 1 < lines.length && lines[i + 1] !== '') {
      i++;
      rows.push(splitRunTogether(lines[i] ?? ''));
    }
    tables.push({ heading, codeColumn: header[1] ?? '', rows });
  }
  return tables;
}

function previousNonEmpty(lines: readonly string[], index: number): string {
  for (let i = index - 1; i >= 0; i--) {
    if (lines[i] !== '') {
      return lines[i] ?? '';
    }
  }
  throw new SeedParseError('A table header without a heading above it.');
}
