import { caseLayout, writeGroups } from '../cases';
import { pascal, snake, uniqueNames } from '../identifiers';
import type { LanguageGenerator } from '../language';
import type { HandlerModel } from '../model';
import { CodeWriter, tabStop } from '../template';

/**
 * Rust: a `#[repr(i32)]` enum with the codes as discriminants, `from_code`
 * returning `Option<Self>` (ranges as `34..=37` patterns), and a handler
 * whose `match` has no wildcard arm, so the compiler itself proves it
 * exhaustive and rejects it once a variant is added. Unknown raw codes
 * surface as `None` from `from_code`, where the caller decides; the branch
 * form for an existing `match` over a raw integer ends in an arm that panics
 * with the code.
 */
export const rust: LanguageGenerator = {
  id: 'rust',
  label: 'Rust',
  languageIds: ['rust'],
  indent: '    ',
  extension: 'rs',
  handler(model: HandlerModel): CodeWriter {
    const w = new CodeWriter();
    const type = pascal(model.typeWords);
    // `Self` is the only keyword a Pascal-case name can spell.
    const names = uniqueNames(model.branches, { casing: pascal, reserved: new Set(['Self']) });
    const nameOf = new Map(model.branches.map((branch, i) => [branch, names[i] ?? '']));
    for (const line of model.header) {
      w.comment(0, '//', line);
    }
    w.line(0, '#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]');
    w.line(0, '#[repr(i32)]');
    w.line(0, `pub enum ${type} {`);
    writeGroups(w, model.groups, 1, '//', (branch) => {
      w.comment(1, '///', branch.comment);
      w.line(1, `${nameOf.get(branch)} = ${branch.first},`);
    });
    w.line(0, '}');
    w.blank();
    w.line(0, `impl ${type} {`);
    w.comment(1, '///', 'The code, or the first code of a range.');
    w.line(1, 'pub fn code(self) -> i32 {');
    w.line(2, 'self as i32');
    w.line(1, '}');
    w.blank();
    w.comment(1, '///', 'The variant for a received code, or `None` for a code the catalog does not list.');
    w.line(1, 'pub fn from_code(code: i32) -> Option<Self> {');
    w.line(2, 'match code {');
    // Single codes before ranges, so a code listed on its own wins over a range that also covers it.
    const ordered = [...model.branches].sort((a, b) => Number(a.last !== a.first) - Number(b.last !== b.first) || a.first - b.first);
    for (const branch of ordered) {
      const pattern = branch.last === branch.first ? `${branch.first}` : `${branch.first}..=${branch.last}`;
      w.line(3, `${pattern} => Some(Self::${nameOf.get(branch)}),`);
    }
    w.line(3, '_ => None,');
    w.line(2, '}');
    w.line(1, '}');
    w.line(0, '}');
    w.blank();
    w.line(0, `pub fn ${snake(['handle', ...model.typeWords])}(status: ${type}) {`);
    w.line(1, 'match status {');
    writeGroups(w, model.groups, 2, '//', (branch) => {
      w.comment(2, '//', branch.comment);
      w.line(2, `${type}::${nameOf.get(branch)} => {`);
      w.line(3, tabStop());
      w.line(2, '}');
    });
    w.line(1, '}');
    w.line(0, '}');
    return w;
  },
  cases(model, options): CodeWriter {
    const w = new CodeWriter();
    const layout = caseLayout(model, options.handled);
    writeGroups(w, layout.groups, 0, '//', (branch) => {
      w.comment(0, '//', branch.comment);
      const codes = layout.listed(branch);
      const whole = codes === undefined || codes.length === branch.last - branch.first + 1;
      const pattern = branch.last === branch.first ? `${branch.first}` : whole ? `${branch.first}..=${branch.last}` : (codes ?? []).join(' | ');
      w.line(0, `${pattern} => {`);
      w.line(1, tabStop());
      w.line(0, '}');
    });
    if (options.includeDefault) {
      w.line(0, 'other => panic!("unhandled status code: {}", other),');
    }
    return w;
  },
};
