/**
 * Logs whose fields are known by position, named by a header: W3C extended
 * logs (IIS, CloudFront: `#Fields: date time … sc-status …`), Zeek
 * (`#fields ts uid … status_code …`) and CSV/TSV files whose first line names
 * the columns. A number in such a line has no key beside it; its column's
 * name is its key. The header is read once per document, with its hints.
 */

export interface ColumnLayout {
  /** Column names in order. */
  readonly names: readonly string[];
  /** The character between fields; 32 means any run of spaces and tabs (W3C). */
  readonly separator: number;
  /** Whether the format is an HTTP server's own (W3C, Zeek's http.log): its status column holds HTTP statuses only. */
  readonly http: boolean;
}

/** How much of a document is searched for a header. */
const HEADER_SCAN_CHARS = 64 * 1024;

/** Languages whose first line may name the columns of the lines below. */
const TABLE_LANGUAGES = new Set(['csv', 'tsv', 'plaintext', 'log']);

/** A header cell: a name, not a value (`status_code`, `Status Code`, `sc-status`). */
const NAME = /^[A-Za-z_][A-Za-z0-9_ ()./-]{0,40}$/;

/** The column layout a document declares, or undefined. */
export function readColumnLayout(text: string, languageId: string): ColumnLayout | undefined {
  const end = Math.min(text.length, HEADER_SCAN_CHARS);
  let zeekHttp = false;
  let firstData: string | undefined;
  for (let at = 0; at < end; ) {
    let nl = text.indexOf('\n', at);
    if (nl < 0 || nl > end) nl = end;
    const line = text.slice(at, nl).replace(/\r$/, '');
    at = nl + 1;
    if (line.startsWith('#')) {
      if (line.startsWith('#Fields:')) {
        return { names: line.slice(8).trim().split(/\s+/), separator: 32, http: true };
      }
      if (line.startsWith('#path\t')) {
        zeekHttp = line.slice(6).trim() === 'http';
      } else if (line.startsWith('#fields\t')) {
        return { names: line.slice(8).split('\t'), separator: 9, http: zeekHttp };
      }
      continue;
    }
    if (line.trim() === '') {
      continue;
    }
    firstData ??= line;
    break;
  }
  if (firstData === undefined || !TABLE_LANGUAGES.has(languageId)) {
    return undefined;
  }
  const separator = firstData.includes('\t') ? 9 : firstData.includes(',') ? 44 : firstData.includes(';') ? 59 : -1;
  if (separator < 0) {
    return undefined;
  }
  const names = firstData.split(String.fromCharCode(separator)).map((name) => name.trim().replace(/^"(.*)"$/, '$1'));
  return names.length >= 3 && names.every((name) => NAME.test(name)) ? { names, separator, http: false } : undefined;
}

/**
 * The index of the field that holds `at`, on the line starting at `lineStart`;
 * commas inside double quotes do not separate CSV fields.
 */
export function columnAt(text: string, lineStart: number, at: number, separator: number): number {
  let column = 0;
  if (separator === 32) {
    let inField = false;
    for (let k = lineStart; k < at; k++) {
      const ch = text.charCodeAt(k);
      const space = ch === 32 || ch === 9;
      if (space && inField) {
        column++;
      }
      inField = !space;
    }
    return column;
  }
  let quoted = false;
  for (let k = lineStart; k < at; k++) {
    const ch = text.charCodeAt(k);
    if (ch === 34) {
      quoted = !quoted;
    } else if (ch === separator && !quoted) {
      column++;
    }
  }
  return column;
}

/** Columns of HTTP servers' own logs that hold the response status (W3C `sc-status`, Zeek `status_code`), as `normalizeKey` writes them. */
const HTTP_STATUS_COLUMNS = new Set(['scstatus', 'status', 'statuscode', 'httpstatus', 'elbstatuscode', 'targetstatuscode']);

/** Whether the column a layout with `http` set names so (normalised by `normalizeKey`) holds the response status. */
export function isHttpStatusColumn(normalizedName: string): boolean {
  return HTTP_STATUS_COLUMNS.has(normalizedName);
}
