import type { MachineDescription } from './machine';

/** One line of the results table. Times are medians over the measured runs. */
export interface ResultRow {
  readonly measure: string;
  readonly input: string;
  /** The figure, formatted with its unit. */
  readonly value: string;
  /** The bare regex pass over the same text, in the same runs, formatted; absent where no time is compared. */
  readonly bare?: string;
  /** `value` divided by the bare pass. */
  readonly ratio?: number;
  readonly target?: string;
  readonly verdict?: Verdict;
}

/** `met`: within the goal; `must`: over the goal but within the hard limit; `missed`: over the hard limit. */
export type Verdict = 'met' | 'must' | 'missed';

const VERDICT_TEXT: Record<Verdict, string> = { met: 'met', must: 'over goal, within limit', missed: 'MISSED' };

/** The verdict for a figure with a goal and an optional harder limit (lower is better). */
export function verdictOf(value: number, goal: number, limit = goal): Verdict {
  return value <= goal ? 'met' : value <= limit ? 'must' : 'missed';
}

export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  if (ms >= 100) return `${ms.toFixed(0)} ms`;
  if (ms >= 10) return `${ms.toFixed(1)} ms`;
  if (ms >= 1) return `${ms.toFixed(2)} ms`;
  return `${ms.toFixed(3)} ms`;
}

export function formatRatio(ratio: number | undefined): string {
  return ratio === undefined || !Number.isFinite(ratio) ? '' : `${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(2)}×`;
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`;
}

const HEADERS = ['Measure', 'Input', 'Median', 'Bare pass', 'Ratio', 'Target', 'Result'] as const;

function cells(row: ResultRow): string[] {
  return [row.measure, row.input, row.value, row.bare ?? '', formatRatio(row.ratio), row.target ?? '', row.verdict ? VERDICT_TEXT[row.verdict] : ''];
}

/** The table as aligned plain text, for the terminal. */
export function plainTable(rows: readonly ResultRow[]): string {
  const table = [[...HEADERS], ...rows.map(cells)];
  const widths = HEADERS.map((_, column) => Math.max(...table.map((line) => (line[column] ?? '').length)));
  const format = (line: readonly string[]) =>
    line
      .map((cell, column) => (column >= 2 && column <= 4 ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [format(table[0] as string[]), widths.map((width) => '-'.repeat(width)).join('  '), ...table.slice(1).map(format)].join('\n');
}

/** The table in Markdown. */
export function markdownTable(rows: readonly ResultRow[]): string {
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  const line = (items: readonly string[]) => `| ${items.map(escape).join(' | ')} |`;
  return [line(HEADERS), `|${HEADERS.map((_, i) => (i >= 2 && i <= 4 ? ' ---: ' : ' --- ')).join('|')}|`, ...rows.map((row) => line(cells(row)))].join('\n');
}

export function machineLines(machine: MachineDescription): string[] {
  return [
    `- CPU: ${machine.cpu}, ${machine.cores} cores`,
    `- Memory: ${machine.memoryGiB} GiB`,
    `- OS: ${machine.os}`,
    `- Node ${machine.node} (V8 ${machine.v8})`,
    `- Load average at start: ${machine.load} (1 min)`,
    `- Date: ${machine.date}`,
  ];
}
