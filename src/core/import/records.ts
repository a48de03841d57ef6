import { isUpperWord, looksLikeDotted, looksLikeHex } from './codeCells';

/**
 * Splits pasted table text into records of cells, whatever shape it came in:
 * Markdown or plain pipe tables, CSV (with quoted cells, `,` or `;`), TSV, or
 * plain lines that start with a code ("0 Success", "0Success", "7 - Failed",
 * "X.1.1  Bad destination mailbox address", "DELIVRD  Message is delivered")
 * or name one before it ("ESME_RTHROTTLED 0x00000058 Throttling error").
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
  /** Index of the record a Markdown separator row (`|---|---|`) marks as the header, when there is one. */
  readonly headerRecord?: number;
}

/** How many lines are looked at to guess the format. */
const SAMPLE_LINES = 50;

export function splitTable(text: string): SplitTable {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const format = detectFormat(lines);
  switch (format) {
    case 'markdown':
    case 'pipe':
      return { format, ...pipeRecords(lines) };
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
  // Cell by cell rather than one pattern over the line: whitespace on both sides of an optional pipe backtracks.
  let body = line.trim();
  if (body.startsWith('|')) body = body.slice(1);
  if (body.endsWith('|')) body = body.slice(0, -1);
  return body.split('|').every((cell) => /^:?-{2,}:?$/.test(cell.trim()));
}

function pipeRecords(lines: readonly string[]): { records: TextRecord[]; headerRecord?: number } {
  const records: TextRecord[] = [];
  let headerRecord: number | undefined;
  lines.forEach((raw, i) => {
    if (raw.trim() === '') {
      return;
    }
    if (isSeparatorRow(raw)) {
      if (headerRecord === undefined && records.length > 0) {
        headerRecord = records.length - 1;
      }
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
  return headerRecord === undefined ? { records } : { records, headerRecord };
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

/** A line that starts with a decimal code or range, then an optional separator and the text. */
const DECIMAL_LINE = /^(-?\d+(?:\s*(?:-|–|—|\.\.|to)\s*-?\d+)?)(?![\d])\s*(?:[-:–—=.)]\s*)?(\S.*)?$/;
/** Words between a hex code and the end of its range (`0x00000400 - 0x000004FF`). */
const RANGE_WORDS: ReadonlySet<string> = new Set(['-', '–', '—', '..', 'to']);
/** Words between a code and its text (`X.1.1 - Bad destination`). */
const SEPARATOR_WORDS: ReadonlySet<string> = new Set(['-', '–', '—', ':', '=']);
/** How many words a name may have before its code (`Reserved for MC vendor specific errors 0x00000400`). */
const MAX_NAME_WORDS = 6;

/** How lines of a plain-lines table are laid out: a decimal code first, a hex or dotted code first or after a name, or a word code first. */
type LineShape = 'decimal' | 'hex' | 'named hex' | 'dotted' | 'named dotted' | 'word';
/** In this order ties are broken: decimal first, as lines were read before other formats were known. */
const SHAPES: readonly LineShape[] = ['decimal', 'hex', 'named hex', 'dotted', 'named dotted', 'word'];

/** A hex or dotted code written as one word of a line, with a `:` after it or not. */
function codeWord(word: string | undefined): 'hex' | 'dotted' | undefined {
  const text = (word ?? '').replace(/[:,]$/, '');
  return looksLikeHex(text) ? 'hex' : looksLikeDotted(text) ? 'dotted' : undefined;
}

/** The shape of one line, and where its code stands among its words. */
function lineShape(line: string, words: readonly string[]): { shape: LineShape; at: number } | undefined {
  const first = codeWord(words[0]);
  if (first) {
    return { shape: first, at: 0 };
  }
  if (DECIMAL_LINE.test(line)) {
    return { shape: 'decimal', at: 0 };
  }
  for (let at = 1; at <= MAX_NAME_WORDS && at < words.length; at++) {
    const format = codeWord(words[at]);
    if (format) {
      return { shape: `named ${format}`, at };
    }
  }
  return isUpperWord((words[0] ?? '').replace(/:$/, '')) ? { shape: 'word', at: 0 } : undefined;
}

/**
 * The cells of a line whose code is its word `at`: the words before it (a
 * name), the code (with the end of its range), the rest after an optional
 * separator.
 */
function cellsAround(words: readonly string[], at: number): [string, string, string] {
  let code = (words[at] ?? '').replace(/[:,]$/, '');
  let next = at + 1;
  if (codeWord(code) === 'hex' && RANGE_WORDS.has(words[next] ?? '') && codeWord(words[next + 1]) === 'hex') {
    code = `${code}-${(words[next + 1] ?? '').replace(/[:,]$/, '')}`;
    next += 2;
  }
  if (SEPARATOR_WORDS.has(words[next] ?? '')) {
    next++;
  }
  return [words.slice(0, at).join(' '), code, words.slice(next).join(' ')];
}

/**
 * Lines that start with a code: the code, then an optional separator, then
 * the text. Documents copied from web pages often run the cells together
 * (`0Success`), which this reads as well. A table whose lines mostly start
 * with a hex or dotted code, or name a code before it, or start with an
 * upper-case word, is read in that shape. Lines that do not fit the shape
 * become one-cell records, so the caller can report them.
 */
function lineRecords(lines: readonly string[]): TextRecord[] {
  const read = lines
    .map((raw, i) => ({ line: i + 1, text: raw.trim() }))
    .filter(({ text }) => text !== '')
    .map(({ line, text }) => {
      const words = text.split(/\s+/);
      return { line, text, words, found: lineShape(text, words) };
    });
  const counts = new Map<LineShape, number>();
  for (const { found } of read) {
    if (found) {
      counts.set(found.shape, (counts.get(found.shape) ?? 0) + 1);
    }
  }
  const shape = SHAPES.reduce((best, candidate) => ((counts.get(candidate) ?? 0) > (counts.get(best) ?? 0) ? candidate : best), 'decimal');
  // `DELIVERED  DELIVRD  Message is delivered`: two words in upper case on most lines are two columns of words.
  const wordLines = read.filter(({ found }) => found?.shape === 'word');
  const twoWords = wordLines.filter(({ words }) => isUpperWord((words[1] ?? '').replace(/:$/, ''))).length >= 0.8 * wordLines.length;
  return read.map(({ line, text, words, found }): TextRecord => {
    if (shape === 'named hex' || shape === 'named dotted') {
      if (found && found.shape !== 'decimal' && found.shape !== 'word') {
        return { line, cells: cellsAround(words, found.at) };
      }
      // A number where the others have hex or dotted codes (`ESME_RX_T_APPN 100 …`) stays in the code column, to be reported there.
      const at = words.findIndex((word, i) => i > 0 && i <= MAX_NAME_WORDS && /^\d+$/.test(word));
      return { line, cells: at > 0 ? cellsAround(words, at) : [text] };
    }
    // In the other shapes the code comes first; a hex or dotted code is split off whole, never read as a decimal with the rest glued on.
    if (found && found.at === 0 && found.shape !== 'decimal' && found.shape !== 'word') {
      return { line, cells: cellsAround(words, 0).slice(1) };
    }
    if (shape === 'word' && found?.shape === 'word') {
      const cells = cellsAround(words, 0).slice(1);
      return { line, cells: twoWords ? [cells[0] as string, ...cellsAround(words, 1).slice(1)] : cells };
    }
    const match = DECIMAL_LINE.exec(text);
    return { line, cells: match ? [match[1]!, match[2] ?? ''] : [text] };
  });
}
