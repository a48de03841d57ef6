import { caseLayout, rangeText, simpleSubject, writeGroups } from './cases';
import type { CaseOptions } from './language';
import type { Branch, BranchGroup, HandlerModel } from './model';
import { CodeWriter, tabStop, type Part } from './template';

/**
 * Every language writes a branch the same way: its comment, one or more
 * label lines, the lines inside it and maybe a line that closes it. Only the
 * text differs, so the languages describe that text and the writing is done
 * here once, for the exhaustive handler and for branches over raw codes alike.
 */

/** A line: one part, or several in a row. */
export type LineParts = Part | readonly Part[];

/** How a language writes one branch of a `switch`, `match` or `when`. */
export interface BranchShape {
  /** The comment marker, such as `//`. */
  readonly marker: string;
  /** The label line for one pattern, e.g. `case ${pattern}:`. */
  readonly label: (pattern: string) => LineParts;
  /** The lines inside the branch, one level deeper than its label. */
  readonly body: readonly LineParts[];
  /** The line that ends the branch at its label's depth, such as `}`. */
  readonly close?: string;
}

/** How a language writes the branches for a `switch` over raw codes that the user already wrote. */
export interface CaseStyle extends BranchShape {
  /** The patterns for the codes a branch still lists, each already a literal (`23`, `0x0000000B`, `"UNDELIV"`): one that joins them, or one per code for stacked labels. */
  readonly patterns: (codes: readonly string[], branch: Branch) => readonly string[];
  /** The pattern for a range too wide to list; without one, the branch is a comment asking to handle those codes before the block. */
  readonly wideRange?: (branch: Branch, subject: string | undefined) => string;
  /** What that comment calls the block, `switch` unless given. */
  readonly block?: string;
  /** The fallback branch for a plain `subject` (or none): its label line, then the lines one level deeper. */
  readonly fallback: (subject: string | undefined) => readonly [label: string, ...body: string[]];
  /**
   * How a new branch is written when the block's branches leave it
   * (`CaseOptions.leave`): it holds a statement that says the code is not
   * handled yet and leaves too, in place of the whole usual body (a `break`
   * after it would be unreachable). Without one, branches keep their usual shape.
   */
  readonly leaving?: (subject: string | undefined) => BranchShape;
}

/** A branch shape whose body is `statement` alone, as the branch's tab stop: typing the real handling replaces it. */
export function bodyOnly(shape: BranchShape, statement: string): BranchShape {
  return { marker: shape.marker, label: shape.label, body: [tabStop(statement)] };
}

/** A one-line arm, `head(pattern)` then `value` as the tab stop then `tail`: `5 => todo!(),`, `case 5 -> throw …;`. */
export function oneLineArm(marker: string, head: (pattern: string) => string, value: string, tail = ''): BranchShape {
  return { marker, label: (pattern) => (tail === '' ? [head(pattern), tabStop(value)] : [head(pattern), tabStop(value), tail]), body: [] };
}

/** Writes every branch of `groups` under its comment, labelled with the patterns `patterns` gives for it. */
export function writeBranches(writer: CodeWriter, groups: readonly BranchGroup[], depth: number, shape: BranchShape, patterns: (branch: Branch) => readonly string[]): void {
  writeGroups(writer, groups, depth, shape.marker, (branch) => {
    writer.comment(depth, shape.marker, branch.comment);
    writeBranch(writer, depth, shape, patterns(branch));
  });
}

/** The branches for the codes of `model` that the switch does not handle yet, and the fallback if asked for. */
export function writeCases(model: HandlerModel, options: CaseOptions, caseStyle: CaseStyle): CodeWriter {
  const writer = new CodeWriter();
  const layout = caseLayout(model, options.handled);
  const subject = simpleSubject(options.subject);
  const style = options.leave && caseStyle.leaving ? withShape(caseStyle, caseStyle.leaving(subject)) : caseStyle;
  writeGroups(writer, layout.groups, 0, style.marker, (branch) => {
    writer.comment(0, style.marker, branch.comment);
    const codes = layout.listed(branch);
    if (codes !== undefined) {
      writeBranch(writer, 0, style, style.patterns(codes.map((code) => options.labels?.get(code) ?? model.literal(code)), branch));
    } else if (style.wideRange) {
      writeBranch(writer, 0, style, [style.wideRange(branch, subject)]);
    } else {
      writer.comment(0, style.marker, `Codes ${rangeText(branch)} are too many to list: handle them before this ${style.block ?? 'switch'}.`);
    }
  });
  if (options.includeDefault) {
    const [label, ...body] = style.fallback(subject);
    writer.line(0, label);
    for (const line of body) {
      writer.line(1, line);
    }
  }
  return writer;
}

/** A `case X:` branch that ends in `break;`, as in C#, Java, PHP and JavaScript. */
export const BREAKING_CASE: BranchShape = { marker: '//', label: (pattern) => `case ${pattern}:`, body: [tabStop(), 'break;'] };

/**
 * Branches of a C-family switch: one `case 1:` label per code, since C#,
 * PHP and JavaScript have no `case 1, 2:` and Java only since version 14,
 * each branch ending in `break;`, and a `default:` holding the `fallback`
 * statement; a branch that must leave holds `notHandledYet` instead of `break`.
 */
export function breakingSwitch(fallback: (subject: string | undefined) => string, notHandledYet: (subject: string | undefined) => string): CaseStyle {
  return {
    ...BREAKING_CASE,
    patterns: (codes) => codes,
    fallback: (subject) => ['default:', fallback(subject)],
    leaving: (subject) => bodyOnly(BREAKING_CASE, notHandledYet(subject)),
  };
}

/**
 * Patterns for languages with range patterns: a range whose codes all still
 * need a branch, or that is too wide to list, is written as `range(branch)`;
 * otherwise the codes it still lists are joined by `separator`.
 */
export function rangeOrCodes(range: (branch: Branch) => string, separator: string): Pick<CaseStyle, 'patterns' | 'wideRange'> {
  return {
    patterns: (codes, branch) => [codes.length > 1 && codes.length === branch.last - branch.first + 1 ? range(branch) : codes.join(separator)],
    wideRange: range,
  };
}

function withShape(style: CaseStyle, shape: BranchShape): CaseStyle {
  const { close: _usual, ...rest } = style;
  return { ...rest, ...shape };
}

function writeBranch(writer: CodeWriter, depth: number, shape: BranchShape, patterns: readonly string[]): void {
  for (const pattern of patterns) {
    writer.line(depth, ...partsOf(shape.label(pattern)));
  }
  for (const line of shape.body) {
    writer.line(depth + 1, ...partsOf(line));
  }
  if (shape.close !== undefined) {
    writer.line(depth, shape.close);
  }
}

function partsOf(line: LineParts): readonly Part[] {
  return isPartList(line) ? line : [line];
}

function isPartList(line: LineParts): line is readonly Part[] {
  return Array.isArray(line);
}
