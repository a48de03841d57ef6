import { type Evaluation, type Failure, figuresOf, type Tally } from './evaluate';

const percent = (value: number, counted: number) => (counted === 0 ? '-' : `${(value * 100).toFixed(1)}%`);

function row(name: string, tally: Tally): string[] {
  const figures = figuresOf(tally);
  return [
    name,
    String(tally.files),
    String(tally.expected),
    String(tally.obvious),
    String(tally.lenses),
    percent(figures.lensPrecision, tally.lenses),
    String(tally.hoverOnly),
    percent(figures.hoverOnlyPrecision, tally.hoverOnly),
    percent(figures.recall, tally.obvious),
    percent(figures.recallAsLens, tally.obvious),
    String(tally.switchLenses),
  ];
}

const header = ['', 'files', 'expected', 'obvious', 'lenses', 'lens prec', 'hover-only', 'hover prec', 'recall', 'as lens', 'switch lenses'];

function render(rows: string[][]): string {
  const widths = header.map((_, column) => Math.max(...rows.map((cells) => (cells[column] as string).length)));
  return rows
    .map((cells) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] as number) : cell.padStart(widths[column] as number))).join('  '))
    .join('\n');
}

/**
 * The evaluation as a plain-text table: overall, by kind of file, by the code
 * family a fixture is about, by language or log format. "switch lenses" counts the summaries above a switch over
 * codes; they are not scored.
 */
export function evaluationTable(evaluation: Evaluation): string {
  const rows: string[][] = [header, row('overall', evaluation.overall)];
  rows.push(['by kind', ...header.slice(1).map(() => '')]);
  for (const [kind, tally] of [...evaluation.byKind].sort(([a], [b]) => a.localeCompare(b))) rows.push(row(`  ${kind}`, tally));
  rows.push(['by code family', ...header.slice(1).map(() => '')]);
  for (const [family, tally] of [...evaluation.byFamily].sort(([a], [b]) => a.localeCompare(b))) rows.push(row(`  ${family}`, tally));
  rows.push(['by language / log format', ...header.slice(1).map(() => '')]);
  for (const [group, tally] of [...evaluation.byGroup].sort(([a], [b]) => a.localeCompare(b))) rows.push(row(`  ${group}`, tally));
  return render(rows);
}

/** One line per failure: where, what, expected and what the extension shows. */
export function failureLines(failures: readonly Failure[]): string[] {
  return failures.map((f) => `${f.what.padEnd(7)} ${f.file}:${f.line}  ${f.literal}  expected ${f.expected}  got ${f.got}`);
}
