import { caseLayout, rangeText, simpleSubject, writeGroups } from '../cases';
import { pascal, uniqueNames } from '../identifiers';
import type { LanguageGenerator } from '../language';
import type { HandlerModel } from '../model';
import { CodeWriter, tabStop } from '../template';

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
  languageIds: ['csharp'],
  indent: '    ',
  extension: 'cs',
  handler(model: HandlerModel): CodeWriter {
    const w = new CodeWriter();
    const type = pascal(model.typeWords);
    const handler = `${type}Handler`;
    // Pascal-case names cannot equal C#'s lower-case keywords; a member named like its enum is the one clash to avoid.
    const names = uniqueNames(model.branches, { casing: pascal, reserved: new Set([type]) });
    const nameOf = new Map(model.branches.map((branch, i) => [branch, names[i] ?? '']));
    for (const line of model.header) {
      w.comment(0, '//', line);
    }
    w.line(0, `public enum ${type}`);
    w.line(0, '{');
    writeGroups(w, model.groups, 1, '//', (branch) => {
      w.comment(1, '//', branch.comment);
      w.line(1, `${nameOf.get(branch)} = ${branch.first},`);
    });
    w.line(0, '}');
    w.blank();
    w.line(0, `public static class ${handler}`);
    w.line(0, '{');
    w.comment(1, '//', 'The member for a received code (a range maps to its first code); throws for a code the catalog does not list.');
    w.line(1, `public static ${type} FromCode(int code)`);
    w.line(1, '{');
    w.line(2, `if (System.Enum.IsDefined(typeof(${type}), code))`);
    w.line(2, '{');
    w.line(3, `return (${type})code;`);
    w.line(2, '}');
    for (const branch of [...model.branches].filter((b) => b.last !== b.first).sort((a, b) => a.first - b.first)) {
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
    writeGroups(w, model.groups, 3, '//', (branch) => {
      w.comment(3, '//', branch.comment);
      w.line(3, `case ${type}.${nameOf.get(branch)}:`);
      w.line(4, tabStop());
      w.line(4, 'break;');
    });
    w.line(3, 'default:');
    w.line(4, `throw new System.ArgumentOutOfRangeException(nameof(status), status, "Unhandled ${type}.");`);
    w.line(2, '}');
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
      if (codes === undefined) {
        // A guarded pattern (`case int c when ...`) would need C# 7, which older compilers such as Mono's reject.
        w.comment(0, '//', `Codes ${rangeText(branch)} are too many to list: handle them before this switch.`);
        return;
      }
      for (const code of codes) {
        w.line(0, `case ${code}:`);
      }
      w.line(1, tabStop());
      w.line(1, 'break;');
    });
    if (options.includeDefault) {
      const subject = simpleSubject(options.subject);
      w.line(0, 'default:');
      w.line(1, subject ? `throw new System.InvalidOperationException("Unhandled status code: " + ${subject});` : 'throw new System.InvalidOperationException("Unhandled status code");');
    }
    return w;
  },
};
