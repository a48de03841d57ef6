import { caseLayout, rangeText, simpleSubject, writeGroups } from '../cases';
import { camel, pascal, uniqueNames } from '../identifiers';
import type { LanguageGenerator } from '../language';
import type { HandlerModel } from '../model';
import { CodeWriter, tabStop } from '../template';

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
  languageIds: ['go'],
  indent: '\t',
  extension: 'go',
  handler(model: HandlerModel): CodeWriter {
    const w = new CodeWriter();
    const type = pascal(model.typeWords);
    const fromCode = pascal([...model.typeWords, 'from', 'code']);
    // Constants share the package namespace with the type and the lookup, so those names are reserved.
    const names = uniqueNames(model.branches, { casing: (words) => pascal([...model.typeWords, ...words]), reserved: new Set([type, fromCode]) });
    const nameOf = new Map(model.branches.map((branch, i) => [branch, names[i] ?? '']));
    for (const line of model.header) {
      w.comment(0, '//', line);
    }
    w.line(0, `type ${type} int`);
    w.blank();
    w.line(0, 'const (');
    writeGroups(w, model.groups, 1, '//', (branch) => {
      w.comment(1, '//', branch.comment);
      w.line(1, `${nameOf.get(branch)} ${type} = ${branch.first}`);
    });
    w.line(0, ')');
    w.blank();
    w.line(0, `// ${fromCode} returns the constant for a received code (a range maps to its first code), and false for a code the catalog does not list.`);
    w.line(0, `func ${fromCode}(code int) (${type}, bool) {`);
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
    for (const branch of singles.filter((b) => b.last !== b.first)) {
      w.line(1, `if code >= ${branch.first} && code <= ${branch.last} {`);
      w.line(2, `return ${nameOf.get(branch)}, true`);
      w.line(1, '}');
    }
    w.line(1, 'return 0, false');
    w.line(0, '}');
    w.blank();
    w.line(0, `func ${camel(['handle', ...model.typeWords])}(status ${type}) {`);
    w.line(1, 'switch status {');
    writeGroups(w, model.groups, 1, '//', (branch) => {
      w.comment(1, '//', branch.comment);
      w.line(1, `case ${nameOf.get(branch)}:`);
      w.line(2, tabStop());
    });
    w.line(1, 'default:');
    w.line(2, 'panic(status)');
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
        w.comment(0, '//', `Codes ${rangeText(branch)} are too many to list: handle them before this switch.`);
        return;
      }
      w.line(0, `case ${codes.join(', ')}:`);
      w.line(1, tabStop());
    });
    if (options.includeDefault) {
      const subject = simpleSubject(options.subject);
      w.line(0, 'default:');
      w.line(1, subject && !subject.includes('$') && !subject.includes('->') ? `panic(${subject})` : 'panic("unhandled status code")');
    }
    return w;
  },
};
