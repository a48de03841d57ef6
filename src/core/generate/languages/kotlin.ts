import { oneLineArm, rangeOrCodes, writeBranches, writeCases, type BranchShape } from '../caseWriter';
import { codeArguments, hasStringCodes, headedWriter, memberNames, writeMembers } from '../declarations';
import { camel, pascal, upperSnake } from '../identifiers';
import type { LanguageGenerator } from '../language';
import type { HandlerModel } from '../model';
import { tabStop, type CodeWriter } from '../template';
import { GENERATED_LANGUAGES } from '../languageIds';

/** A block branch, so a branch can hold several statements. */
const BRANCH: BranchShape = { marker: '//', label: (pattern) => `${pattern} -> {`, body: [tabStop()], close: '}' };

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
  languageIds: GENERATED_LANGUAGES.kotlin,
  indent: '    ',
  extension: 'kt',
  handler(model: HandlerModel): CodeWriter {
    const type = pascal(model.typeWords);
    // Upper-case constants cannot clash with Kotlin's lower-case keywords.
    const nameOf = memberNames(model, { casing: upperSnake, reserved: new Set() });
    const words = hasStringCodes(model);
    const w = headedWriter(model, '//');
    w.line(0, words ? `enum class ${type}(val code: String) {` : `enum class ${type}(val code: Int, val lastCode: Int = code) {`);
    writeMembers(w, model, '//', (branch) => `${nameOf.get(branch)}(${codeArguments(branch, model.literal)}),`);
    w.line(1, ';');
    w.blank();
    w.line(1, 'companion object {');
    w.comment(2, '//', 'The constant for a received code (a range maps to its constant), or null for a code the catalog does not list.');
    w.line(2, `fun fromCode(code: ${words ? 'String' : 'Int'}): ${type}? =`);
    w.line(3, words ? 'values().firstOrNull { it.code == code }' : 'values().firstOrNull { it.code == code } ?: values().firstOrNull { code in it.code..it.lastCode }');
    w.line(1, '}');
    w.line(0, '}');
    w.blank();
    w.line(0, `fun ${camel(['handle', ...model.typeWords])}(status: ${type}): Unit = when (status) {`);
    writeBranches(w, model.groups, 1, BRANCH, (branch) => [`${type}.${nameOf.get(branch)}`]);
    w.line(0, '}');
    return w;
  },
  cases(model, options): CodeWriter {
    return writeCases(model, options, {
      ...BRANCH,
      ...rangeOrCodes((branch) => `in ${branch.first}..${branch.last}`, ', '),
      fallback: (subject) => [subject ? `else -> throw IllegalStateException("Unhandled status code: \${${subject}}")` : 'else -> throw IllegalStateException("Unhandled status code")'],
      // `TODO()` returns `Nothing`, which fits a `when` of any type.
      leaving: (subject) => oneLineArm('//', (pattern) => `${pattern} -> `, subject ? `TODO("Status code \${${subject}} is not handled yet")` : 'TODO("Status code not handled yet")'),
    });
  },
};
