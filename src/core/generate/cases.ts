import type { Branch, BranchGroup, HandlerModel } from './model';
import type { CodeWriter } from './template';

/**
 * Pieces shared by the branch writers of every language: which codes a
 * branch still has to list, how groups are laid out, and when the switch
 * subject may be quoted in a message.
 */

/**
 * Ranges up to this many codes are written out as one label per code in
 * languages without range patterns; wider ranges would bloat the switch, so
 * they get a comment asking to handle them before it (or a guard where the
 * language has one).
 */
export const MAX_LISTED_RANGE = 64;

/**
 * The branches to write into a switch, in order, and the codes each one
 * lists. Sources define ranges around codes they also list on their own
 * (Webex Connect's "Other 1000 series" around 1001, 1002...), and in a switch
 * the first matching branch wins, so a range that overlaps other branches is
 * moved after them, into a group of its own, and does not list their codes.
 */
export interface CaseLayout {
  readonly groups: readonly BranchGroup[];
  /** The codes a branch still needs labels for, or undefined when the range is too wide to list. */
  listed(branch: Branch): number[] | undefined;
}

const OVERLAPPING_TITLE = 'Ranges around codes handled above';

export function caseLayout(model: HandlerModel, handled: ReadonlySet<number> | undefined): CaseLayout {
  const width = (branch: Branch): number => branch.last - branch.first;
  const overlapping = new Set(
    model.branches.filter((range) => width(range) > 0 && model.branches.some((other) => other !== range && width(other) <= width(range) && other.first <= range.last && other.last >= range.first)),
  );
  /** Codes a narrower branch claims, which a wider overlapping range must leave to it. */
  const claimedBefore = (range: Branch, code: number): boolean =>
    overlapping.has(range) && model.branches.some((other) => other !== range && width(other) <= width(range) && code >= other.first && code <= other.last && (width(other) < width(range) || other.first < range.first));
  const listed = (branch: Branch): number[] | undefined => {
    if (branch.last - branch.first + 1 > MAX_LISTED_RANGE) {
      return undefined;
    }
    const codes: number[] = [];
    for (let code = branch.first; code <= branch.last; code++) {
      if (!handled?.has(code) && !claimedBefore(branch, code)) {
        codes.push(code);
      }
    }
    return codes;
  };
  const stillNeeded = (branch: Branch): boolean => {
    const codes = listed(branch);
    // A range too wide to list is needed unless its first code is handled, which is the best a switch can tell.
    return codes === undefined ? !handled?.has(branch.first) : codes.length > 0;
  };
  const groups: BranchGroup[] = [];
  for (const group of model.groups) {
    const branches = group.branches.filter((branch) => !overlapping.has(branch) && stillNeeded(branch));
    if (branches.length > 0) {
      groups.push({ ...group, branches });
    }
  }
  const late = [...overlapping].filter(stillNeeded).sort((a, b) => width(a) - width(b) || a.first - b.first);
  if (late.length > 0) {
    groups.push({ key: 'other', title: OVERLAPPING_TITLE, branches: late });
  }
  return { groups, listed };
}

/** Writes each group's title comment and its branches, with a blank line between groups. */
export function writeGroups(
  writer: CodeWriter,
  groups: readonly BranchGroup[],
  depth: number,
  marker: string,
  writeBranch: (branch: Branch) => void,
): void {
  groups.forEach((group, i) => {
    if (i > 0) {
      writer.blank();
    }
    writer.comment(depth, marker, `${group.title}`);
    for (const branch of group.branches) {
      writeBranch(branch);
    }
  });
}

/**
 * The subject when it is a plain name or member chain (`statusCode`,
 * `event.status`, `$code`, `$this->code`), which can be repeated in a message
 * without side effects or quoting problems; undefined otherwise.
 */
export function simpleSubject(subject: string | undefined): string | undefined {
  const trimmed = subject?.trim();
  if (!trimmed || trimmed.length > 80 || !/^\$?[A-Za-z_][A-Za-z0-9_]*(?:(?:\.|->|\?\.)[A-Za-z_][A-Za-z0-9_]*)*$/.test(trimmed)) {
    return undefined;
  }
  return trimmed;
}

/** The codes of a branch as a short comment, e.g. `34-37`, for ranges written as a comment. */
export function rangeText(branch: Branch): string {
  return branch.first === branch.last ? String(branch.first) : `${branch.first}-${branch.last}`;
}
