import { bodyOnly, writeBranches, writeCases, type BranchShape } from '../caseWriter';
import { hasStringCodes, headedWriter, memberNames, rangeBranches, writeMembers } from '../declarations';
import { pascal, snake, upperSnake } from '../identifiers';
import type { LanguageGenerator } from '../language';
import type { HandlerModel } from '../model';
import { tabStop, type CodeWriter } from '../template';
import { GENERATED_LANGUAGES } from '../languageIds';

const KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield', 'match', 'case', 'type']);

/** A `case` needs a statement, so the tab stop holds `pass` until the user writes one. */
const CASE: BranchShape = { marker: '#', label: (pattern) => `case ${pattern}:`, body: [tabStop('pass')] };

/**
 * Python 3.11+: an `IntEnum` (so members compare equal to the raw codes and
 * `Status(code)` is the lookup) and a `match` statement closed by
 * `assert_never`, which type checkers use to prove the match exhaustive and
 * which raises with the value at run time. On 3.10, import `assert_never`
 * from `typing_extensions` instead.
 */
export const python: LanguageGenerator = {
  id: 'python',
  label: 'Python',
  languageIds: GENERATED_LANGUAGES.python,
  indent: '    ',
  extension: 'py',
  handler(model: HandlerModel): CodeWriter {
    const type = pascal(model.typeWords);
    const nameOf = memberNames(model, { casing: upperSnake, reserved: KEYWORDS });
    // Words get a StrEnum (3.11), whose members equal the strings received as IntEnum's equal the numbers.
    const base = hasStringCodes(model) ? 'StrEnum' : 'IntEnum';
    const w = headedWriter(model, '#');
    w.line(0, `from enum import ${base}`);
    w.line(0, 'from typing import assert_never');
    w.blank();
    w.blank();
    w.line(0, `class ${type}(${base}):`);
    w.comment(1, '#', `${type}(code) looks a received code up and raises ValueError for a code the catalog does not list.`);
    w.blank();
    writeMembers(w, model, '#', (branch) => `${nameOf.get(branch)} = ${model.literal(branch.first)}`);
    const ranges = rangeBranches(model);
    if (ranges.length > 0) {
      w.blank();
      w.line(1, '@classmethod');
      w.line(1, `def _missing_(cls, value: object) -> "${type} | None":`);
      w.comment(2, '#', 'Every code of a range maps to the member named for the range.');
      for (const branch of ranges) {
        w.line(2, `if isinstance(value, int) and ${branch.first} <= value <= ${branch.last}:`);
        w.line(3, `return cls.${nameOf.get(branch)}`);
      }
      w.line(2, 'return None');
    }
    w.blank();
    w.blank();
    w.line(0, `def ${snake(['handle', ...model.typeWords])}(status: ${type}) -> None:`);
    w.line(1, 'match status:');
    writeBranches(w, model.groups, 2, CASE, (branch) => [`${type}.${nameOf.get(branch)}`]);
    w.line(2, 'case _:');
    w.line(3, 'assert_never(status)');
    return w;
  },
  cases(model, options): CodeWriter {
    return writeCases(model, options, {
      ...CASE,
      patterns: (codes) => [codes.join(' | ')],
      // A guard tests a range too wide to list; without a plain subject to compare, the guard binds the matched code.
      wideRange: (branch, subject) => (subject ? `_ if ${branch.first} <= ${subject} <= ${branch.last}` : `int() as code if ${branch.first} <= code <= ${branch.last}`),
      fallback: (subject) => ['case _:', subject ? `raise ValueError(f"Unhandled status code: {${subject}!r}")` : 'raise ValueError("Unhandled status code")'],
      leaving: (subject) =>
        bodyOnly(CASE, subject ? `raise NotImplementedError(f"Status code {${subject}!r} is not handled yet")` : 'raise NotImplementedError("Status code not handled yet")'),
    });
  },
};
