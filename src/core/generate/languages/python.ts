import { caseLayout, simpleSubject, writeGroups } from '../cases';
import { pascal, snake, uniqueNames, upperSnake } from '../identifiers';
import type { LanguageGenerator } from '../language';
import type { HandlerModel } from '../model';
import { CodeWriter, tabStop } from '../template';

const KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield', 'match', 'case', 'type']);

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
  languageIds: ['python'],
  indent: '    ',
  extension: 'py',
  handler(model: HandlerModel): CodeWriter {
    const w = new CodeWriter();
    const type = pascal(model.typeWords);
    const names = uniqueNames(model.branches, { casing: upperSnake, reserved: KEYWORDS });
    const nameOf = new Map(model.branches.map((branch, i) => [branch, names[i] ?? '']));
    for (const line of model.header) {
      w.comment(0, '#', line);
    }
    w.line(0, 'from enum import IntEnum');
    w.line(0, 'from typing import assert_never');
    w.blank();
    w.blank();
    w.line(0, `class ${type}(IntEnum):`);
    w.comment(1, '#', `${type}(code) looks a received code up and raises ValueError for a code the catalog does not list.`);
    w.blank();
    writeGroups(w, model.groups, 1, '#', (branch) => {
      w.comment(1, '#', branch.comment);
      w.line(1, `${nameOf.get(branch)} = ${branch.first}`);
    });
    const ranges = model.branches.filter((branch) => branch.last !== branch.first).sort((a, b) => a.first - b.first);
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
    writeGroups(w, model.groups, 2, '#', (branch) => {
      w.comment(2, '#', branch.comment);
      w.line(2, `case ${type}.${nameOf.get(branch)}:`);
      w.line(3, tabStop('pass'));
    });
    w.line(2, 'case _:');
    w.line(3, 'assert_never(status)');
    return w;
  },
  cases(model, options): CodeWriter {
    const w = new CodeWriter();
    const layout = caseLayout(model, options.handled);
    const subject = simpleSubject(options.subject);
    writeGroups(w, layout.groups, 0, '#', (branch) => {
      w.comment(0, '#', branch.comment);
      const codes = layout.listed(branch);
      if (codes === undefined) {
        w.line(0, subject ? `case _ if ${branch.first} <= ${subject} <= ${branch.last}:` : `case int() as code if ${branch.first} <= code <= ${branch.last}:`);
      } else {
        w.line(0, `case ${codes.join(' | ')}:`);
      }
      w.line(1, tabStop('pass'));
    });
    if (options.includeDefault) {
      w.line(0, 'case _:');
      w.line(1, subject ? `raise ValueError(f"Unhandled status code: {${subject}!r}")` : 'raise ValueError("Unhandled status code")');
    }
    return w;
  },
};
