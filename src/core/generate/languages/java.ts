import { caseLayout, rangeText, simpleSubject, writeGroups } from '../cases';
import { pascal, uniqueNames, upperSnake } from '../identifiers';
import type { LanguageGenerator } from '../language';
import type { HandlerModel } from '../model';
import { CodeWriter, tabStop } from '../template';

// Upper-case member names cannot clash with Java's lower-case keywords; the set guards the rare lower-case style.
const KEYWORDS = new Set(['abstract', 'assert', 'boolean', 'break', 'byte', 'case', 'catch', 'char', 'class', 'const', 'continue', 'default', 'do', 'double', 'else', 'enum', 'extends', 'final', 'finally', 'float', 'for', 'goto', 'if', 'implements', 'import', 'instanceof', 'int', 'interface', 'long', 'native', 'new', 'package', 'private', 'protected', 'public', 'return', 'short', 'static', 'strictfp', 'super', 'switch', 'synchronized', 'this', 'throw', 'throws', 'transient', 'try', 'void', 'volatile', 'while', 'true', 'false', 'null', '_']);

/**
 * Java 14+: an enum carrying its code, a `fromCode` lookup, and a handler
 * using a switch *statement* with arrow labels. A handler acts on the status
 * (logs, updates, retries) rather than computing one value, and a switch
 * expression would force every branch to yield a value of one type; arrow
 * labels still rule out fall-through. The `default` throws with the status
 * and its code, guarding against members added to the enum later. Both
 * types are package-private so they compile at the top of any file or
 * nested in a class.
 */
export const java: LanguageGenerator = {
  id: 'java',
  label: 'Java',
  languageIds: ['java'],
  indent: '    ',
  extension: 'java',
  handler(model: HandlerModel): CodeWriter {
    const w = new CodeWriter();
    const type = pascal(model.typeWords);
    const names = uniqueNames(model.branches, { casing: upperSnake, reserved: KEYWORDS });
    const nameOf = new Map(model.branches.map((branch, i) => [branch, names[i] ?? '']));
    const hasRanges = model.branches.some((branch) => branch.last !== branch.first);
    for (const line of model.header) {
      w.comment(0, '//', line);
    }
    w.line(0, `enum ${type} {`);
    writeGroups(w, model.groups, 1, '//', (branch) => {
      w.comment(1, '//', branch.comment);
      const args = branch.last === branch.first ? `${branch.first}` : `${branch.first}, ${branch.last}`;
      w.line(1, `${nameOf.get(branch)}(${args}),`);
    });
    w.line(1, ';');
    w.blank();
    w.line(1, 'private final int code;');
    if (hasRanges) {
      w.line(1, 'private final int lastCode;');
      w.blank();
      w.line(1, `${type}(int code) {`);
      w.line(2, 'this(code, code);');
      w.line(1, '}');
      w.blank();
      w.line(1, `${type}(int code, int lastCode) {`);
      w.line(2, 'this.code = code;');
      w.line(2, 'this.lastCode = lastCode;');
      w.line(1, '}');
    } else {
      w.blank();
      w.line(1, `${type}(int code) {`);
      w.line(2, 'this.code = code;');
      w.line(1, '}');
    }
    w.blank();
    w.comment(1, '//', 'The code, or the first code of a range.');
    w.line(1, 'int code() {');
    w.line(2, 'return code;');
    w.line(1, '}');
    w.blank();
    w.comment(1, '//', 'The member for a received code; throws IllegalArgumentException for a code the catalog does not list.');
    w.line(1, `static ${type} fromCode(int code) {`);
    w.line(2, `for (${type} status : values()) {`);
    w.line(3, 'if (status.code == code) {');
    w.line(4, 'return status;');
    w.line(3, '}');
    w.line(2, '}');
    if (hasRanges) {
      w.line(2, `for (${type} status : values()) {`);
      w.line(3, 'if (code >= status.code && code <= status.lastCode) {');
      w.line(4, 'return status;');
      w.line(3, '}');
      w.line(2, '}');
    }
    w.line(2, `throw new IllegalArgumentException("Unknown ${type} code: " + code);`);
    w.line(1, '}');
    w.line(0, '}');
    w.blank();
    w.line(0, `final class ${type}Handler {`);
    w.line(1, `private ${type}Handler() {`);
    w.line(1, '}');
    w.blank();
    w.line(1, `static void handle(${type} status) {`);
    w.line(2, 'switch (status) {');
    writeGroups(w, model.groups, 3, '//', (branch) => {
      w.comment(3, '//', branch.comment);
      w.line(3, `case ${nameOf.get(branch)} -> {`);
      w.line(4, tabStop());
      w.line(3, '}');
    });
    w.line(3, `default -> throw new IllegalStateException("Unhandled ${type}: " + status + " (" + status.code() + ")");`);
    w.line(2, '}');
    w.line(1, '}');
    w.line(0, '}');
    return w;
  },
  cases(model, options): CodeWriter {
    const w = new CodeWriter();
    const layout = caseLayout(model, options.handled);
    const arrows = !options.colonLabels;
    writeGroups(w, layout.groups, 0, '//', (branch) => {
      w.comment(0, '//', branch.comment);
      const codes = layout.listed(branch);
      if (codes === undefined) {
        w.comment(0, '//', `Codes ${rangeText(branch)} are too many to list: handle them before this switch.`);
        return;
      }
      if (arrows) {
        w.line(0, `case ${codes.join(', ')} -> {`);
        w.line(1, tabStop());
        w.line(0, '}');
      } else {
        // Stacked labels rather than `case 1, 2:` so the old-style switch also compiles before Java 14.
        for (const code of codes) {
          w.line(0, `case ${code}:`);
        }
        w.line(1, tabStop());
        w.line(1, 'break;');
      }
    });
    if (options.includeDefault) {
      const subject = simpleSubject(options.subject);
      const message = subject ? `"Unhandled status code: " + ${subject}` : '"Unhandled status code"';
      if (arrows) {
        w.line(0, `default -> throw new IllegalStateException(${message});`);
      } else {
        w.line(0, 'default:');
        w.line(1, `throw new IllegalStateException(${message});`);
      }
    }
    return w;
  },
};
