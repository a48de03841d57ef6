/**
 * Splits pasted table text into records of cells, whatever shape it came in:
 * Markdown or plain pipe tables, CSV (with quoted cells, `,` or `;`), TSV, or
 * plain lines that start with a code ("0 Success", "0Success", "7 - Failed").
 */

export type TableFormat = 'markdown' | 'pipe' | 'csv' | 'tsv' | 'lines';

export interface TextRecord {
  /** 1-based line where the record starts in the pasted text. */
  readonly line: number;
  readonly cells: readonly string[];
}

export interface SplitTable {
  readonly format: TableFormat;
  readonly records: readonly TextRecord[];
}

/** How many lines are looked at to guess the format. */
const SAMPLE_LINES = 50;

export function splitTable(text: string): SplitTable {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const format = detectFormat(lines);
  switch (format) {
    case 'markdown':
    case 'pipe':
      return { format, records: pipeRecords(lines) };
    case 'tsv':
      return { format, records: delimitedRecords(lines.join('\n'), '\t') };
    case 'csv':
      return { format, records: delimitedRecords(lines.join('\n'), csvDelimiter(lines)) };
    case 'lines':
      return { format, records: lineRecords(lines) };
  }
}

function detectFormat(lines: readonly string[]): TableFormat {
  const sample = lines.filter((line) => line.trim() !== '').slice(0, SAMPLE_LINES);
  if (sample.length === 0) {
    return 'lines';
  }
  const share = (test: (line: string) => boolean): number => sample.filter(test).length / sample.length;
  if (share((line) => line.includes('\t')) >= 0.5) {
    return 'tsv';
  }
  if (share((line) => /(^|[^\\])\|/.test(line)) >= 0.5) {
    return sample.some(isSeparatorRow) || share((line) => line.trimStart().startsWith('|')) >= 0.5 ? 'markdown' : 'pipe';
  }
  const delimiter = csvDelimiter(lines);
  if (share((line) => line.includes(delimiter)) >= 0.5) {
    return 'csv';
  }
  return 'lines';
}

/** `,` unless `;` splits more of the lines (spreadsheets in many locales export `;`). */
function csvDelimiter(lines: readonly string[]): string {
  const sample = lines.slice(0, SAMPLE_LINES);
  const count = (ch: string): number => sample.filter((line) => line.includes(ch)).length;
  return count(';') > count(',') ? ';' : ',';
}

/** A Markdown header separator such as `|---|:--:|`. */
export function isSeparatorRow(line: string): boolean {
  return /^\s*(?:\|\s*)?:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*(?:\|\s*)?$/.test(line);
}

function pipeRecords(lines: readonly string[]): TextRecord[] {
  const records: TextRecord[] = [];
  lines.forEach((raw, i) => {
    if (raw.trim() === '' || isSeparatorRow(raw)) {
      return;
    }
    const line = raw.trim();
    // `\|` is a pipe inside a cell in Markdown; split only on the others.
    const cells = line.split(/(?<!\\)\|/).map((cell) => cell.replace(/\\\|/g, '|'));
    if (line.startsWith('|')) {
      cells.shift();
    }
    if (line.endsWith('|') && !line.endsWith('\\|')) {
      cells.pop();
    }
    records.push({ line: i + 1, cells });
  });
  return records;
}

/** RFC 4180 style: quoted cells may hold the delimiter, line breaks and doubled quotes. */
function delimitedRecords(text: string, delimiter: string): TextRecord[] {
  const records: TextRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let atCellStart = true;
  const endRecord = (): void => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) {
      records.push({ line: recordLine, cells });
    }
    cells = [];
    cell = '';
    atCellStart = true;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        if (ch === '\n') {
          line++;
        }
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && atCellStart && cell.trim() === '') {
      quoted = true;
      cell = '';
      atCellStart = false;
    } else if (ch === delimiter) {
      cells.push(cell);
      cell = '';
      atCellStart = true;
    } else if (ch === '\n') {
      endRecord();
      line++;
      recordLine = line;
    } else {
      cell += ch;
      if (ch !== ' ') {
        atCellStart = false;
      }
    }
  }
  endRecord();
  return records;
}

/**
 * Lines that start with a code: the code, then an optional separator, then
 * the text. Documents copied from web pages often run the cells together
 * (`0Success`), which this reads as well. Lines without a leading code become
 * one-cell records, so the caller can report them.
 */
function lineRecords(lines: readonly string[]): TextRecord[] {
  const records: TextRecord[] = [];
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') {
      return;
    }
    const match = /^(-?\d+(?:\s*(?:-|–|—|\.\.|to)\s*-?\d+)?)(?!\d)\s*(?:[-:–—=.)]\s*)?(\S.*)?$/.exec(line);
    records.push({ line: i + 1, cells: match ? [match[1]!, match[2] ?? ''] : [line] });
  });
  return records;
}
