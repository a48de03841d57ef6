import { caseLayout, simpleSubject, writeGroups } from '../cases';
import { camel, pascal, uniqueNames, upperSnake } from '../identifiers';
import type { LanguageGenerator } from '../language';
import type { HandlerModel } from '../model';
import { CodeWriter, tabStop } from '../template';

/**
 * Kotlin: an enum class carrying its code (and the last code of a range),
 * `fromCode` in the companion returning null for unknown codes, and a
 * handler whose body is a `when` *expression* over the enum without `else`:
 * the compiler then proves the branches exhaustive and rejects the handler
 * once a constant is added. The branch form for an existing `when` over a raw
 * integer ends in an `else` that throws with the code.
 */
export const kotlin: LanguageGenerator = {
  id: 'kotlin',
  label: 'Kotlin',
  languageIds: ['kotlin'],
  indent: '    ',
  extension: 'kt',
  handler(model: HandlerModel): CodeWriter {
    const w = new CodeWriter();
    const type = pascal(model.typeWords);
    // Upper-case constants cannot clash with Kotlin's lower-case keywords.
    const names = uniqueNames(model.branches, { casing: upperSnake, reserved: new Set() });
    const nameOf = new Map(model.branches.map((branch, i) => [branch, names[i] ?? '']));
    for (const line of model.header) {
      w.comment(0, '//', line);
    }
    w.line(0, `enum class ${type}(val code: Int, val lastCode: Int = code) {`);
    writeGroups(w, model.groups, 1, '//', (branch) => {
      w.comment(1, '//', branch.comment);
      const args = branch.last === branch.first ? `${branch.first}` : `${branch.first}, ${branch.last}`;
      w.line(1, `${nameOf.get(branch)}(${args}),`);
    });
    w.line(1, ';');
    w.blank();
    w.line(1, 'companion object {');
    w.comment(2, '//', 'The constant for a received code (a range maps to its constant), or null for a code the catalog does not list.');
    w.line(2, `fun fromCode(code: Int): ${type}? =`);
    w.line(3, 'values().firstOrNull { it.code == code } ?: values().firstOrNull { code in it.code..it.lastCode }');
    w.line(1, '}');
    w.line(0, '}');
    w.blank();
    w.line(0, `fun ${camel(['handle', ...model.typeWords])}(status: ${type}): Unit = when (status) {`);
    writeGroups(w, model.groups, 1, '//', (branch) => {
      w.comment(1, '//', branch.comment);
      w.line(1, `${type}.${nameOf.get(branch)} -> {`);
      w.line(2, tabStop());
      w.line(1, '}');
    });
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
      const condition = branch.last === branch.first ? `${branch.first}` : whole ? `in ${branch.first}..${branch.last}` : (codes ?? []).join(', ');
      w.line(0, `${condition} -> {`);
      w.line(1, tabStop());
      w.line(0, '}');
    });
    if (options.includeDefault) {
      const subject = simpleSubject(options.subject);
      w.line(0, subject ? `else -> throw IllegalStateException("Unhandled status code: \${${subject}}")` : 'else -> throw IllegalStateException("Unhandled status code")');
    }
    return w;
  },
};
