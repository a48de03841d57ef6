import { codeText } from '../../src/core/catalog/codeFormat';
import type { Recognizer } from '../../src/core/recognize/recognizer';
import type { Recognition } from '../../src/core/recognize/types';
import { documentLensPlan } from '../../src/core/render/lensPlan';
import { defaultSettings, type Settings } from '../../src/core/settings';
import type { CorpusFile } from './corpusFile';
import { accepts, type LabelledSpan } from './labels';

/**
 * Scores the recogniser on the labelled corpus as a user meets it: the lenses
 * are the plans the CodeLens provider shows with the default settings, the
 * hovers are what the hover provider finds on each line.
 *
 * - lens precision: lenses whose best meaning is one the label accepts;
 * - hover-only precision: the same for recognitions that get no lens (a hover is all the user sees);
 * - recall: obvious codes whose hover gives an accepted meaning first;
 * - recall as lens: obvious codes whose line gets a lens with an accepted meaning.
 * A recognition where the label says `none`, or where no label is, is wrong;
 * so is a second lens with the same meaning on one line.
 */

export interface Tally {
  files: number;
  /** Labelled occurrences that expect a code. */
  expected: number;
  /** Of those, the obvious ones. */
  obvious: number;
  lenses: number;
  lensesRight: number;
  hoverOnly: number;
  hoverOnlyRight: number;
  obviousFound: number;
  obviousAsLens: number;
  switchLenses: number;
}

export interface Failure {
  readonly file: string;
  /** 1-based. */
  readonly line: number;
  readonly literal: string;
  readonly expected: string;
  readonly got: string;
  /** `lens`, `hover` (hover only), `missed` (an obvious code without the right meaning), `no lens` (right in the hover, no lens). */
  readonly what: 'lens' | 'hover' | 'missed' | 'no lens';
}

export interface FileResult {
  readonly file: CorpusFile;
  readonly tally: Tally;
  readonly failures: readonly Failure[];
}

export function emptyTally(): Tally {
  return { files: 0, expected: 0, obvious: 0, lenses: 0, lensesRight: 0, hoverOnly: 0, hoverOnlyRight: 0, obviousFound: 0, obviousAsLens: 0, switchLenses: 0 };
}

export function addTally(into: Tally, from: Tally): void {
  for (const key of Object.keys(into) as (keyof Tally)[]) {
    into[key] += from[key];
  }
}

/** `catalogId:code` of a recognition's best meaning, the code as the catalog file writes it (`0x0000000B`, `X.1.1`, `UNDELIV`), or undefined when it has none. */
export function meaningOf(recognition: Recognition | undefined): string | undefined {
  const top = recognition?.candidates[0];
  if (top && top.catalog.classes?.includes(top.entry as never)) {
    // A class of codes, `http-class:4xx`, as the labels write it.
    return `${top.catalog.id}-class:${top.entry.name ?? top.entry.code}`;
  }
  return top ? `${top.catalog.id}:${codeText(top.catalog, top.entry)}` : undefined;
}

function overlaps(span: LabelledSpan, recognition: Recognition): boolean {
  return span.line === recognition.line && span.start < recognition.end && recognition.start < span.end;
}

function isPositive(span: LabelledSpan): boolean {
  return span.label.expected.some((meaning) => meaning !== 'none');
}

export function evaluateFile(recognizer: Recognizer, file: CorpusFile, settings: Settings = defaultSettings): FileResult {
  const tally = emptyTally();
  tally.files = 1;
  const failures: Failure[] = [];
  const doc = recognizer.buildDocumentContext(file.text, file.languageId);

  // Hovers: what `recognizeAt` finds over each line, as the hover provider asks for it.
  const lineAt = (line: number) => file.lines[line];
  const hovers: Recognition[] = [];
  for (let line = 0; line < file.lines.length; line++) {
    hovers.push(...recognizer.recognizeLine(file.lines[line] as string, line, doc, { lineAt }));
  }

  // Lenses: the plan the CodeLens provider turns into lenses. Its code lenses
  // carry positions only; the whole-document scan gives their recognitions.
  const scanned = new Map<string, Recognition>();
  for (const { recognitions } of recognizer.recognizeDocument(file.text, doc)) {
    for (const recognition of recognitions) scanned.set(`${recognition.line}:${recognition.start}`, recognition);
  }
  const lenses: Recognition[] = [];
  const lensAt = new Set<string>();
  for (const batch of documentLensPlan(recognizer, file.text, doc, settings)) {
    for (const plan of batch) {
      if (plan.kind === 'switch') {
        tally.switchLenses++;
        continue;
      }
      const key = `${plan.line}:${plan.start}`;
      const recognition = scanned.get(key);
      if (recognition) {
        lenses.push(recognition);
        lensAt.add(key);
      }
    }
  }

  const spanFor = (recognition: Recognition) => file.spans.find((span) => overlaps(span, recognition));
  const judge = (recognition: Recognition, what: 'lens' | 'hover'): boolean => {
    const span = spanFor(recognition);
    const got = meaningOf(recognition) ?? '?';
    const right = span !== undefined && accepts(span.label.expected, got);
    if (!right) {
      failures.push({
        file: file.path,
        line: recognition.line + 1,
        literal: recognition.text,
        expected: span ? span.label.expected.join('|') : 'none',
        got: `${got} (${(recognition.candidates[0]?.confidence ?? 0).toFixed(2)})`,
        what,
      });
    }
    return right;
  };

  // One meaning gets one lens per line: a second lens saying the same (a name and its number) is noise.
  const shown = new Set<string>();
  for (const lens of lenses) {
    tally.lenses++;
    const said = `${lens.line}:${meaningOf(lens)}`;
    if (shown.has(said)) {
      failures.push({ file: file.path, line: lens.line + 1, literal: lens.text, expected: 'one lens per meaning and line', got: `a second lens for ${meaningOf(lens)}`, what: 'lens' });
      continue;
    }
    shown.add(said);
    if (judge(lens, 'lens')) tally.lensesRight++;
  }
  for (const hover of hovers) {
    if (lensAt.has(`${hover.line}:${hover.start}`)) continue;
    tally.hoverOnly++;
    if (judge(hover, 'hover')) tally.hoverOnlyRight++;
  }

  for (const span of file.spans) {
    if (!isPositive(span)) continue;
    tally.expected++;
    if (!span.label.obvious) continue;
    tally.obvious++;
    const accepted = (recognition: Recognition) => overlaps(span, recognition) && accepts(span.label.expected, meaningOf(recognition));
    const found = hovers.some(accepted);
    // A lens sits above its line: the code is shown when a lens there gives its meaning, even one lens for two
    // fields of the same value (an access log's status and upstream status).
    const asLens = lenses.some((lens) => lens.line === span.line && accepts(span.label.expected, meaningOf(lens)));
    if (found) tally.obviousFound++;
    if (asLens) tally.obviousAsLens++;
    if (!found || !asLens) {
      const seen = hovers.find((recognition) => overlaps(span, recognition));
      failures.push({
        file: file.path,
        line: span.line + 1,
        literal: span.label.literal,
        expected: span.label.expected.join('|'),
        got: seen ? `${meaningOf(seen)} (${(seen.candidates[0]?.confidence ?? 0).toFixed(2)})` : 'nothing',
        what: found ? 'no lens' : 'missed',
      });
    }
  }
  return { file, tally, failures };
}

export interface Figures {
  readonly lensPrecision: number;
  readonly hoverOnlyPrecision: number;
  readonly recall: number;
  readonly recallAsLens: number;
}

/** The four figures of a tally, as fractions; a figure with nothing to count is 1. */
export function figuresOf(tally: Tally): Figures {
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    lensPrecision: ratio(tally.lensesRight, tally.lenses),
    hoverOnlyPrecision: ratio(tally.hoverOnlyRight, tally.hoverOnly),
    recall: ratio(tally.obviousFound, tally.obvious),
    recallAsLens: ratio(tally.obviousAsLens, tally.obvious),
  };
}

export interface Evaluation {
  readonly files: readonly FileResult[];
  readonly overall: Tally;
  readonly byKind: ReadonlyMap<string, Tally>;
  readonly byGroup: ReadonlyMap<string, Tally>;
  /** By the code family a fixture is about (see `familyOfFile`), so each family's precision and recall can be read. */
  readonly byFamily: ReadonlyMap<string, Tally>;
}

/** Code families by the start of their catalogs' ids, most specific first. */
const FAMILIES: readonly (readonly [prefix: string, family: string])[] = [
  ['whatsapp-cloud-api', 'WhatsApp Cloud API'],
  ['grpc', 'gRPC'],
  ['smpp', 'SMPP'],
  ['smtp', 'SMTP'],
  ['websocket', 'WebSocket'],
  ['twilio', 'Twilio'],
  ['vonage', 'Vonage'],
  ['clickatell', 'Clickatell'],
  ['webex', 'Webex Connect'],
  ['geniqtech', 'GeniqTech'],
  ['http', 'HTTP'],
];

/** The family of a catalog id (`smpp-command-status` is SMPP), or `other`. */
export function familyOfCatalog(id: string): string {
  return FAMILIES.find(([prefix]) => id === prefix || id.startsWith(`${prefix}-`))?.[1] ?? 'other';
}

/**
 * The family a fixture is about: the family its labels name most often,
 * HTTP only when no other is named (HTTP statuses sit beside every provider's
 * codes), `no codes` for a fixture without any.
 */
export function familyOfFile(file: CorpusFile): string {
  const counts = new Map<string, number>();
  for (const label of file.labels.labels) {
    for (const expected of label.expected) {
      if (expected !== 'none') {
        const family = familyOfCatalog(expected.slice(0, expected.indexOf(':')).replace(/-class$/, ''));
        counts.set(family, (counts.get(family) ?? 0) + 1);
      }
    }
  }
  const http = counts.get('HTTP');
  counts.delete('HTTP');
  const best = [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b))[0];
  return best ? best[0] : http !== undefined ? 'HTTP' : 'no codes';
}

export function evaluateCorpus(recognizer: Recognizer, corpus: readonly CorpusFile[], settings: Settings = defaultSettings): Evaluation {
  const files = corpus.map((file) => evaluateFile(recognizer, file, settings));
  const overall = emptyTally();
  const byKind = new Map<string, Tally>();
  const byGroup = new Map<string, Tally>();
  const byFamily = new Map<string, Tally>();
  const add = (map: Map<string, Tally>, key: string, tally: Tally) => {
    let into = map.get(key);
    if (!into) {
      into = emptyTally();
      map.set(key, into);
    }
    addTally(into, tally);
  };
  for (const result of files) {
    addTally(overall, result.tally);
    add(byKind, result.file.kind, result.tally);
    add(byGroup, result.file.group, result.tally);
    add(byFamily, familyOfFile(result.file), result.tally);
  }
  return { files, overall, byKind, byGroup, byFamily };
}
