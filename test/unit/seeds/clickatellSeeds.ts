/**
 * Reads the three versions of the Clickatell One API status tables (seeds
 * 000, 001 and 003) and the errors table (seed 000) without looking at the
 * catalogs, so the catalogs can be checked against an independent reading.
 *
 * Seed 000 is the current help-centre page as Markdown with tables in two
 * shapes: HTML `<table>` elements on one line and Markdown pipe tables. Seed
 * 001 (2019 blog post) has one row per line, cells separated by spaces. Seed
 * 003 (docs portal) has one cell per line. Every row is validated cell by
 * cell; a row that does not fit throws.
 */
import { SeedParseError, cellText } from './cellText';
import { parseHtmlTable, type ParsedTable } from './htmlTable';
import { parseLineList } from './lineList';
import { parsePipeTable } from './pipeTable';
import { parseVerticalList } from './verticalList';

export interface StatusRow {
  /** Undefined for the 2019 row that lists a status without its code. */
  readonly code: number | undefined;
  readonly name: string;
  readonly description: string;
  /** Empty when the source has no details cell or leaves it empty. */
  readonly details: string;
  /** The section heading the row is listed under, '' before the first heading. */
  readonly heading: string;
}

export interface ErrorRow {
  readonly code: number;
  /** Last code of a range row such as `34-37`. */
  readonly to: number | undefined;
  readonly httpStatus: number | undefined;
  readonly message: string;
  readonly global: boolean;
  readonly messageLevel: boolean;
  readonly heading: string;
}

export interface SeedTableOf<Row> {
  readonly heading: string;
  readonly rows: readonly Row[];
  readonly emptyRows: number;
}

export interface CurrentPage {
  readonly statusTables: readonly SeedTableOf<StatusRow>[];
  readonly errorTables: readonly SeedTableOf<ErrorRow>[];
  /** Text of the `{% hint %}` blocks of the errors section. */
  readonly errorNotes: readonly string[];
}

const NAME = /^[A-Z][A-Z0-9_]*$/;
const STATUS_COLUMNS = ['status code', 'callbacks; query message response (description presented to clients)', 'short description', 'details'];
const ERROR_COLUMNS = ['error code', 'http status code', 'error message', 'global level', 'message level'];

/** Seed 000: the current "Status Codes & Errors" page. */
export function parseCurrentPage(text: string): CurrentPage {
  const lines = text.split('\n');
  const statusTables: SeedTableOf<StatusRow>[] = [];
  const errorTables: SeedTableOf<ErrorRow>[] = [];
  const errorNotes: string[] = [];
  let section = '';
  let heading = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const h = /^(#{2,4})\s*(.*)$/.exec(line);
    if (h) {
      const title = cellText((h[2] ?? '').replace(/\*\*/g, ''));
      if (h[1] === '##') {
        section = title;
        heading = '';
      } else if (h[1] === '###') {
        heading = title;
      } else if (title !== '') {
        throw new SeedParseError(`Unexpected level-4 heading: ${line}`);
      }
      continue;
    }
    let table: ParsedTable | undefined;
    if (line.startsWith('<table')) {
      table = parseHtmlTable(line);
    } else if (line.startsWith('|')) {
      const start = i;
      while (i + 1 < lines.length && (lines[i + 1] ?? '').startsWith('|')) {
        i++;
      }
      table = parsePipeTable(lines.slice(start, i + 1));
    } else if (line.startsWith('{% hint')) {
      const start = i;
      while (i < lines.length && !(lines[i] ?? '').startsWith('{% endhint')) {
        i++;
      }
      if (section === 'Errors Table') {
        errorNotes.push(cellText(lines.slice(start + 1, i).join('\n')));
      }
      continue;
    }
    if (!table) {
      if (/<t[dhr][\s>]/i.test(line)) {
        throw new SeedParseError(`Table markup outside a table at line ${i + 1}`);
      }
      continue;
    }
    const columns = table.header.map((cell) => cell.toLowerCase());
    if (section === 'Message Status Table') {
      expectColumns(columns, STATUS_COLUMNS, heading);
      statusTables.push({ heading, rows: table.rows.map((row) => statusRow(row, heading)), emptyRows: table.emptyRows });
    } else if (section === 'Errors Table') {
      expectColumns(columns, ERROR_COLUMNS, heading);
      errorTables.push({ heading, rows: table.rows.map((row) => errorRow(row, heading)), emptyRows: table.emptyRows });
    } else {
      throw new SeedParseError(`Table outside the two known sections, under "${section}"`);
    }
  }
  return { statusTables, errorTables, errorNotes };
}

function expectColumns(actual: readonly string[], expected: readonly string[], heading: string): void {
  if (actual.join('|') !== expected.join('|')) {
    throw new SeedParseError(`Table "${heading}" has columns ${actual.join(', ')}`);
  }
}

function statusRow([code = '', name = '', description = '', details = '']: readonly string[], heading: string): StatusRow {
  if (!/^\d+$/.test(code) || !NAME.test(name) || description === '') {
    throw new SeedParseError(`Status row cannot be parsed: ${code} | ${name} | ${description}`);
  }
  return { code: Number(code), name, description, details, heading };
}

function errorRow([code = '', http = '', message = '', global = '', messageLevel = '']: readonly string[], heading: string): ErrorRow {
  const range = /^(\d+)(?:-(\d+))?$/.exec(code);
  const flags = [global, messageLevel];
  if (!range || !/^([1-5]\d\d)?$/.test(http) || message === '' || !flags.every((flag) => flag === 'true' || flag === 'false')) {
    throw new SeedParseError(`Error row cannot be parsed: ${code} | ${http} | ${message} | ${global} | ${messageLevel}`);
  }
  return {
    code: Number(range[1]),
    to: range[2] === undefined ? undefined : Number(range[2]),
    httpStatus: http === '' ? undefined : Number(http),
    message,
    global: global === 'true',
    messageLevel: messageLevel === 'true',
    heading,
  };
}

/** A line that is only spaces and no-break spaces: the copies of pages end their tables with one. */
function isSpacer(line: string): boolean {
  return line.length > 0 && line.trim() === '';
}

/**
 * The lines after the line equal to `header`, up to the first spacer line that
 * follows some content (a spacer right under the header only separates it).
 */
function tableLines(text: string, header: string): string[] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.trim() === header);
  if (start < 0) {
    throw new SeedParseError(`Header line not found: ${header}`);
  }
  const firstContent = lines.findIndex((line, index) => index > start && line.trim() !== '');
  const end = lines.findIndex((line, index) => index > firstContent && isSpacer(line));
  if (firstContent < 0 || end < 0) {
    throw new SeedParseError(`No end found for the table under: ${header}`);
  }
  return lines.slice(start + 1, end);
}

/**
 * Seed 001: the 2019 blog post, one row per line: `20 EXPIRED The message has
 * expired`. One row lists a name without a code; section headings are lines
 * that start neither with a code nor with a name holding an underscore.
 */
export function parseBlog2019(text: string): StatusRow[] {
  const rows = parseLineList(
    tableLines(text, 'Status Code Status Status Detail'),
    [/^(\d+) ([A-Z][A-Z0-9_]*) (\S.*)$/, /^()([A-Z][A-Z0-9]*_[A-Z0-9_]+) (\S.*)$/],
    (line) => !/^\d/.test(line) && !/^[A-Z0-9]+_/.test(line),
  );
  return rows.map(({ cells: [code = '', name = '', description = ''], heading }) => ({
    code: code === '' ? undefined : Number(code),
    name,
    description,
    details: '',
    heading,
  }));
}

/**
 * Seed 003: the docs portal table, one cell per line (code, name,
 * description), with section headings between the rows.
 */
export function parseDocsPortal(text: string): StatusRow[] {
  const lines = tableLines(text, 'Message Status Table');
  const header = ['Status code', 'Callbacks; Query Message Response', 'Description'];
  const cells = lines.map((line) => line.trim()).filter((line) => line !== '');
  if (cells.slice(0, 3).join('|') !== header.join('|')) {
    throw new SeedParseError(`Docs portal table header is ${cells.slice(0, 3).join(', ')}`);
  }
  const rows = parseVerticalList(cells.slice(3), {
    columns: 3,
    startsRow: (line) => /^\d+$/.test(line),
    checkRow: ([, name = '', description = '']) =>
      !NAME.test(name) ? `"${name}" is not a status name` : /^\d+$/.test(description) || NAME.test(description) ? `"${description}" is not a description` : undefined,
    isHeading: (line) => !NAME.test(line),
  });
  return rows.map(({ cells: [code = '', name = '', description = ''], heading }) => ({
    code: Number(code),
    name,
    description,
    details: '',
    heading,
  }));
}
