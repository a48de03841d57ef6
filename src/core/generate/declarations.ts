import { writeGroups } from './cases';
import { uniqueNames, type MemberNaming } from './identifiers';
import type { Branch, HandlerModel } from './model';
import { CodeWriter } from './template';

/**
 * The parts of a handler's type declaration that every language writes the
 * same way: the header saying where the codes come from, one unique name per
 * member, and the members in their groups, each under its comment.
 */

/** A writer that starts with the model's header as comments. */
export function headedWriter(model: HandlerModel, marker: string): CodeWriter {
  const writer = new CodeWriter();
  for (const line of model.header) {
    writer.comment(0, marker, line);
  }
  return writer;
}

/** The member name of each branch, unique in the language's naming. */
export function memberNames(model: HandlerModel, naming: MemberNaming): ReadonlyMap<Branch, string> {
  const names = uniqueNames(model.branches, naming);
  return new Map(model.branches.map((branch, i) => [branch, names[i] ?? '']));
}

/**
 * Writes the members one level deep, group by group, each under its comment:
 * a `marker` comment, or the line `docComment` makes of the text where the
 * language has a doc comment that tools show for the member.
 */
export function writeMembers(writer: CodeWriter, model: HandlerModel, marker: string, member: (branch: Branch) => string, docComment?: (text: string) => string): void {
  writeGroups(writer, model.groups, 1, marker, (branch) => {
    if (docComment) {
      writer.line(1, docComment(branch.comment));
    } else {
      writer.comment(1, marker, branch.comment);
    }
    writer.line(1, member(branch));
  });
}

/** The branches that are ranges, by first code: the lookups test them after the single codes. */
export function rangeBranches(model: HandlerModel): Branch[] {
  return model.branches.filter((branch) => branch.last !== branch.first).sort((a, b) => a.first - b.first);
}

/** The constructor arguments of a member carrying its code, and the last code for a range: `34` or `34, 37`. */
export function codeArguments(branch: Branch, literal: (code: number) => string = String): string {
  return branch.last === branch.first ? literal(branch.first) : `${literal(branch.first)}, ${literal(branch.last)}`;
}

/**
 * Whether a handler's codes are strings: the words of a name catalog
 * (`"UNDELIV"`), which arrive as text and have no number of their own.
 */
export function hasStringCodes(model: HandlerModel): boolean {
  return model.format === 'name' || model.format === 'dotted';
}
