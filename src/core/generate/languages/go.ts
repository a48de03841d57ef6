import { bodyOnly, writeBranches, writeCases, type BranchShape } from '../caseWriter';
import { hasStringCodes, headedWriter, memberNames, rangeBranches, writeMembers } from '../declarations';
import { camel, pascal } from '../identifiers';
import type { LanguageGenerator } from '../language';
import type { HandlerModel } from '../model';
import { tabStop, type CodeWriter } from '../template';
import { GENERATED_LANGUAGES } from '../languageIds';

/** Go's `case` needs no `break`: a branch ends where the next label starts. */
const CASE: BranchShape = { marker: '//', label: (pattern) => `case ${pattern}:`, body: [tabStop()] };

/**
 * Go: a named integer type with typed constants prefixed by the type name
 * (Go's enum idiom), a `FromCode` lookup returning `(value, ok)`, and a
 * `switch` whose `default` panics with the value. The panic takes the value
 * itself rather than a formatted message so the generated code needs no
 * import (it is inserted at the cursor, below the file's import block); Go
 * prints it as `pkg.Type(99)`.
 */
export const go: LanguageGenerator = {
  id: 'go',
  label: 'Go',
  languageIds: GENERATED_LANGUAGES.go,
  indent: '\t',
  extension: 'go',
  handler(model: HandlerModel): CodeWriter {
    const type = pascal(model.typeWords);
    const fromCode = pascal([...model.typeWords, 'from', 'code']);
    // Constants share the package namespace with the type and the lookup, so those names are reserved.
    const nameOf = memberNames(model, { casing: (words) => pascal([...model.typeWords, ...words]), reserved: new Set([type, fromCode]) });
    const codeType = hasStringCodes(model) ? 'string' : 'int';
    const w = headedWriter(model, '//');
    w.line(0, `type ${type} ${codeType}`);
    w.blank();
    w.line(0, 'const (');
    writeMembers(w, model, '//', (branch) => `${nameOf.get(branch)} ${type} = ${model.literal(branch.first)}`);
    w.line(0, ')');
    w.blank();
    w.line(0, `// ${fromCode} returns the constant for a received code (a range maps to its first code), and false for a code the catalog does not list.`);
    w.line(0, `func ${fromCode}(code ${codeType}) (${type}, bool) {`);
    const singles = [...model.branches].sort((a, b) => a.first - b.first);
    w.line(1, `switch status := ${type}(code); status {`);
    singles.forEach((branch, i) => {
      const name = nameOf.get(branch) ?? '';
      if (i === 0) {
        w.line(1, `case ${name}${singles.length === 1 ? ':' : ','}`);
      } else {
        w.line(2, `${name}${i === singles.length - 1 ? ':' : ','}`);
      }
    });
    w.line(2, 'return status, true');
    w.line(1, '}');
    for (const branch of rangeBranches(model)) {
      w.line(1, `if code >= ${branch.first} && code <= ${branch.last} {`);
      w.line(2, `return ${nameOf.get(branch)}, true`);
      w.line(1, '}');
    }
    w.line(1, codeType === 'int' ? 'return 0, false' : 'return "", false');
    w.line(0, '}');
    w.blank();
    w.line(0, `func ${camel(['handle', ...model.typeWords])}(status ${type}) {`);
    w.line(1, 'switch status {');
    writeBranches(w, model.groups, 1, CASE, (branch) => [`${nameOf.get(branch)}`]);
    w.line(1, 'default:');
    w.line(2, 'panic(status)');
    w.line(1, '}');
    w.line(0, '}');
    return w;
  },
  cases(model, options): CodeWriter {
    return writeCases(model, options, {
      ...CASE,
      patterns: (codes) => [codes.join(', ')],
      fallback: (subject) => ['default:', subject && !subject.includes('$') && !subject.includes('->') ? `panic(${subject})` : 'panic("unhandled status code")'],
      // A constant message: formatting the code in would need an import of fmt.
      leaving: () => bodyOnly(CASE, 'panic("status code not handled yet")'),
    });
  },
};
