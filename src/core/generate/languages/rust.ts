import { oneLineArm, rangeOrCodes, writeBranches, writeCases, type BranchShape } from '../caseWriter';
import { hasStringCodes, headedWriter, memberNames, writeMembers } from '../declarations';
import { pascal, snake } from '../identifiers';
import type { LanguageGenerator } from '../language';
import type { HandlerModel } from '../model';
import { tabStop, type CodeWriter } from '../template';
import { GENERATED_LANGUAGES } from '../languageIds';

/** A block arm, so a branch can hold several statements. */
const ARM: BranchShape = { marker: '//', label: (pattern) => `${pattern} => {`, body: [tabStop()], close: '}' };

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
  languageIds: GENERATED_LANGUAGES.rust,
  indent: '    ',
  extension: 'rs',
  handler(model: HandlerModel): CodeWriter {
    const type = pascal(model.typeWords);
    // `Self` is the only keyword a Pascal-case name can spell.
    const nameOf = memberNames(model, { casing: pascal, reserved: new Set(['Self']) });
    // Words have no discriminant: `code` and `from_code` map each variant to its word and back.
    const words = hasStringCodes(model);
    const w = headedWriter(model, '//');
    w.line(0, '#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]');
    if (!words) {
      w.line(0, '#[repr(i32)]');
    }
    w.line(0, `pub enum ${type} {`);
    // Doc comments, so that editors show the text when a variant is used.
    writeMembers(w, model, '//', (branch) => (words ? `${nameOf.get(branch)},` : `${nameOf.get(branch)} = ${model.literal(branch.first)},`), (text) => `/// ${text}`);
    w.line(0, '}');
    w.blank();
    w.line(0, `impl ${type} {`);
    w.comment(1, '///', 'The code, or the first code of a range.');
    if (words) {
      w.line(1, "pub fn code(self) -> &'static str {");
      w.line(2, 'match self {');
      for (const branch of model.branches) {
        w.line(3, `Self::${nameOf.get(branch)} => ${model.literal(branch.first)},`);
      }
      w.line(2, '}');
    } else {
      w.line(1, 'pub fn code(self) -> i32 {');
      w.line(2, 'self as i32');
    }
    w.line(1, '}');
    w.blank();
    w.comment(1, '///', 'The variant for a received code, or `None` for a code the catalog does not list.');
    w.line(1, `pub fn from_code(code: ${words ? '&str' : 'i32'}) -> Option<Self> {`);
    w.line(2, 'match code {');
    // Single codes before ranges, so a code listed on its own wins over a range that also covers it.
    const ordered = [...model.branches].sort((a, b) => Number(a.last !== a.first) - Number(b.last !== b.first) || a.first - b.first);
    for (const branch of ordered) {
      const pattern = branch.last === branch.first ? model.literal(branch.first) : `${model.literal(branch.first)}..=${model.literal(branch.last)}`;
      w.line(3, `${pattern} => Some(Self::${nameOf.get(branch)}),`);
    }
    w.line(3, '_ => None,');
    w.line(2, '}');
    w.line(1, '}');
    w.line(0, '}');
    w.blank();
    w.line(0, `pub fn ${snake(['handle', ...model.typeWords])}(status: ${type}) {`);
    w.line(1, 'match status {');
    writeBranches(w, model.groups, 2, ARM, (branch) => [`${type}::${nameOf.get(branch)}`]);
    w.line(1, '}');
    w.line(0, '}');
    return w;
  },
  cases(model, options): CodeWriter {
    return writeCases(model, options, {
      ...ARM,
      ...rangeOrCodes((branch) => `${branch.first}..=${branch.last}`, ' | '),
      fallback: () => ['other => panic!("unhandled status code: {}", other),'],
      // `todo!()` has the type `!`, which fits an arm of any type, as rust-analyzer's "add missing match arms" writes it.
      leaving: (subject) => oneLineArm('//', (pattern) => `${pattern} => `, subject ? `todo!("status code {}", ${subject})` : 'todo!()', ','),
    });
  },
};
