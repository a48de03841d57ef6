import { BREAKING_CASE, breakingSwitch, oneLineArm, rangeOrCodes, writeBranches, writeCases } from '../caseWriter';
import { hasStringCodes, headedWriter, memberNames, rangeBranches, writeMembers } from '../declarations';
import { simpleSubject } from '../cases';
import { pascal } from '../identifiers';
import type { LanguageGenerator } from '../language';
import type { HandlerModel } from '../model';
import type { CodeWriter } from '../template';
import { GENERATED_LANGUAGES } from '../languageIds';

/**
 * C#: an enum with the codes as values, and a static class with `FromCode`
 * and `Handle`. The handler is a switch statement with `break` (not a C# 8
 * switch expression) because handlers act rather than return a value, and
 * so the code compiles with every C# compiler still in use. The `default`
 * throws with the value. Types from `System` are written out in full so the
 * code needs no `using` line (it is inserted at the cursor).
 */
export const csharp: LanguageGenerator = {
  id: 'csharp',
  label: 'C#',
  languageIds: GENERATED_LANGUAGES.csharp,
  indent: '    ',
  extension: 'cs',
  handler(model: HandlerModel): CodeWriter {
    const type = pascal(model.typeWords);
    const handler = `${type}Handler`;
    // Pascal-case names cannot equal C#'s lower-case keywords; a member named like its enum is the one clash to avoid.
    const nameOf = memberNames(model, { casing: pascal, reserved: new Set([type]) });
    const w = headedWriter(model, '//');
    w.line(0, `public enum ${type}`);
    w.line(0, '{');
    // An enum holds numbers only: for words the members carry none, and FromCode maps each word.
    const words = hasStringCodes(model);
    writeMembers(w, model, '//', (branch) => (words ? `${nameOf.get(branch)},` : `${nameOf.get(branch)} = ${model.literal(branch.first)},`));
    w.line(0, '}');
    w.blank();
    w.line(0, `public static class ${handler}`);
    w.line(0, '{');
    w.comment(1, '//', 'The member for a received code (a range maps to its first code); throws for a code the catalog does not list.');
    w.line(1, `public static ${type} FromCode(${words ? 'string' : 'int'} code)`);
    w.line(1, '{');
    if (words) {
      w.line(2, 'switch (code)');
      w.line(2, '{');
      for (const branch of [...model.branches].sort((a, b) => a.first - b.first)) {
        w.line(3, `case ${model.literal(branch.first)}:`);
        w.line(4, `return ${type}.${nameOf.get(branch)};`);
      }
      w.line(2, '}');
    } else {
      w.line(2, `if (System.Enum.IsDefined(typeof(${type}), code))`);
      w.line(2, '{');
      w.line(3, `return (${type})code;`);
      w.line(2, '}');
    }
    for (const branch of rangeBranches(model)) {
      w.line(2, `if (code >= ${branch.first} && code <= ${branch.last})`);
      w.line(2, '{');
      w.line(3, `return ${type}.${nameOf.get(branch)};`);
      w.line(2, '}');
    }
    w.line(2, `throw new System.ArgumentOutOfRangeException(nameof(code), code, "Unknown ${type} code.");`);
    w.line(1, '}');
    w.blank();
    w.line(1, `public static void Handle(${type} status)`);
    w.line(1, '{');
    w.line(2, 'switch (status)');
    w.line(2, '{');
    writeBranches(w, model.groups, 3, BREAKING_CASE, (branch) => [`${type}.${nameOf.get(branch)}`]);
    w.line(3, 'default:');
    w.line(4, `throw new System.ArgumentOutOfRangeException(nameof(status), status, "Unhandled ${type}.");`);
    w.line(2, '}');
    w.line(1, '}');
    w.line(0, '}');
    return w;
  },
  cases(model, options): CodeWriter {
    const unhandled = (subject: string | undefined): string =>
      `throw new System.InvalidOperationException(${subject ? `"Unhandled status code: " + ${subject}` : '"Unhandled status code"'})`;
    const notHandledYet = (subject: string | undefined): string =>
      `throw new System.NotImplementedException(${subject ? `"Status code " + ${subject} + " is not handled yet"` : '"Status code not handled yet"'})`;
    if (options.expressionArms) {
      // A switch expression (C# 8) is always a value (branchExits.ts says its arms leave), so a new arm's placeholder is a throw expression, which fits an arm of any type.
      // Several codes and ranges use C# 9's `or` and relational patterns, as code that writes switch expressions over codes does.
      const arm = (subject: string | undefined) => oneLineArm('//', (pattern) => `${pattern} => `, notHandledYet(subject), ',');
      return writeCases(model, options, {
        ...arm(simpleSubject(options.subject)),
        leaving: arm,
        ...rangeOrCodes((branch) => `>= ${branch.first} and <= ${branch.last}`, ' or '),
        block: 'switch expression',
        fallback: (subject) => [`_ => ${unhandled(subject)},`],
      });
    }
    // Ranges too wide to list get a comment, not a guarded pattern (`case int c when ...`): that would need C# 7, which older compilers such as Mono's reject.
    return writeCases(
      model,
      options,
      breakingSwitch(
        (subject) => `${unhandled(subject)};`,
        (subject) => `${notHandledYet(subject)};`,
      ),
    );
  },
};
