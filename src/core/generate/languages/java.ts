import { breakingSwitch, oneLineArm, writeBranches, writeCases, type BranchShape } from '../caseWriter';
import { codeArguments, hasStringCodes, headedWriter, memberNames, writeMembers } from '../declarations';
import { pascal, upperSnake } from '../identifiers';
import type { LanguageGenerator } from '../language';
import type { HandlerModel } from '../model';
import { tabStop, type CodeWriter } from '../template';
import { GENERATED_LANGUAGES } from '../languageIds';

// Upper-case member names cannot clash with Java's lower-case keywords; the set guards the rare lower-case style.
const KEYWORDS = new Set(['abstract', 'assert', 'boolean', 'break', 'byte', 'case', 'catch', 'char', 'class', 'const', 'continue', 'default', 'do', 'double', 'else', 'enum', 'extends', 'final', 'finally', 'float', 'for', 'goto', 'if', 'implements', 'import', 'instanceof', 'int', 'interface', 'long', 'native', 'new', 'package', 'private', 'protected', 'public', 'return', 'short', 'static', 'strictfp', 'super', 'switch', 'synchronized', 'this', 'throw', 'throws', 'transient', 'try', 'void', 'volatile', 'while', 'true', 'false', 'null', '_']);

/** An arrow label with a block: no fall-through, and room for several statements. */
const ARROW_CASE: BranchShape = { marker: '//', label: (pattern) => `case ${pattern} -> {`, body: [tabStop()], close: '}' };

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
  languageIds: GENERATED_LANGUAGES.java,
  indent: '    ',
  extension: 'java',
  handler(model: HandlerModel): CodeWriter {
    const type = pascal(model.typeWords);
    const nameOf = memberNames(model, { casing: upperSnake, reserved: KEYWORDS });
    const hasRanges = model.branches.some((branch) => branch.last !== branch.first);
    const codeType = hasStringCodes(model) ? 'String' : 'int';
    const w = headedWriter(model, '//');
    w.line(0, `enum ${type} {`);
    writeMembers(w, model, '//', (branch) => `${nameOf.get(branch)}(${codeArguments(branch, model.literal)}),`);
    w.line(1, ';');
    w.blank();
    w.line(1, `private final ${codeType} code;`);
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
      w.line(1, `${type}(${codeType} code) {`);
      w.line(2, 'this.code = code;');
      w.line(1, '}');
    }
    w.blank();
    w.comment(1, '//', 'The code, or the first code of a range.');
    w.line(1, `${codeType} code() {`);
    w.line(2, 'return code;');
    w.line(1, '}');
    w.blank();
    w.comment(1, '//', 'The member for a received code; throws IllegalArgumentException for a code the catalog does not list.');
    w.line(1, `static ${type} fromCode(${codeType} code) {`);
    w.line(2, `for (${type} status : values()) {`);
    w.line(3, codeType === 'int' ? 'if (status.code == code) {' : 'if (status.code.equals(code)) {');
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
    writeBranches(w, model.groups, 3, ARROW_CASE, (branch) => [`${nameOf.get(branch)}`]);
    w.line(3, `default -> throw new IllegalStateException("Unhandled ${type}: " + status + " (" + status.code() + ")");`);
    w.line(2, '}');
    w.line(1, '}');
    w.line(0, '}');
    return w;
  },
  cases(model, options): CodeWriter {
    const message = (subject: string | undefined): string => (subject ? `"Unhandled status code: " + ${subject}` : '"Unhandled status code"');
    const notHandledYet = (subject: string | undefined): string =>
      `throw new UnsupportedOperationException(${subject ? `"Status code " + ${subject} + " is not handled yet"` : '"Status code not handled yet"'});`;
    if (options.colonLabels) {
      // Stacked labels rather than `case 1, 2:` so the old-style switch also compiles before Java 14.
      return writeCases(model, options, breakingSwitch((subject) => `throw new IllegalStateException(${message(subject)});`, notHandledYet));
    }
    return writeCases(model, options, {
      ...ARROW_CASE,
      patterns: (codes) => [codes.join(', ')],
      fallback: (subject) => [`default -> throw new IllegalStateException(${message(subject)});`],
      leaving: (subject) => oneLineArm('//', (pattern) => `case ${pattern} -> `, notHandledYet(subject)),
    });
  },
};
