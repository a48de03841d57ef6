import { BREAKING_CASE, breakingSwitch, oneLineArm, writeBranches, writeCases } from '../caseWriter';
import { hasStringCodes, headedWriter, memberNames, rangeBranches, writeMembers } from '../declarations';
import { camel, pascal } from '../identifiers';
import type { LanguageGenerator } from '../language';
import type { HandlerModel } from '../model';
import type { CodeWriter } from '../template';
import { GENERATED_LANGUAGES } from '../languageIds';

// PHP compares keywords without case, so these are checked against the lower-cased case name.
const KEYWORDS = new Set(['abstract', 'and', 'array', 'as', 'break', 'callable', 'case', 'catch', 'class', 'clone', 'const', 'continue', 'declare', 'default', 'do', 'echo', 'else', 'elseif', 'empty', 'enddeclare', 'endfor', 'endforeach', 'endif', 'endswitch', 'endwhile', 'enum', 'eval', 'exit', 'extends', 'final', 'finally', 'fn', 'for', 'foreach', 'function', 'global', 'goto', 'if', 'implements', 'include', 'instanceof', 'insteadof', 'interface', 'isset', 'list', 'match', 'namespace', 'new', 'or', 'print', 'private', 'protected', 'public', 'readonly', 'require', 'return', 'static', 'switch', 'throw', 'trait', 'try', 'unset', 'use', 'var', 'while', 'xor', 'yield', 'self', 'parent', 'null', 'true', 'false']);

/**
 * PHP 8.1+: an `int`-backed enum (cases in PascalCase), a `fromCode` lookup
 * that also maps ranges (the built-in `from()` only knows exact values), and
 * a handler using `switch`: branches of a handler are statements, which
 * `match` arms cannot hold. For an existing `match` the branch form writes
 * `code => expression,` arms instead.
 */
export const php: LanguageGenerator = {
  id: 'php',
  label: 'PHP',
  languageIds: GENERATED_LANGUAGES.php,
  indent: '    ',
  extension: 'php',
  handler(model: HandlerModel): CodeWriter {
    const type = pascal(model.typeWords);
    const nameOf = memberNames(model, { casing: pascal, reserved: KEYWORDS, caseInsensitive: true });
    const codeType = hasStringCodes(model) ? 'string' : 'int';
    const w = headedWriter(model, '//');
    w.line(0, `enum ${type}: ${codeType}`);
    w.line(0, '{');
    writeMembers(w, model, '//', (branch) => `case ${nameOf.get(branch)} = ${model.literal(branch.first)};`);
    w.blank();
    w.comment(1, '//', 'The case for a received code (a range maps to its case); throws ValueError for a code the catalog does not list.');
    w.line(1, `public static function fromCode(${codeType} $code): self`);
    w.line(1, '{');
    w.line(2, 'return self::tryFrom($code) ?? match (true) {');
    for (const branch of rangeBranches(model)) {
      w.line(3, `$code >= ${branch.first} && $code <= ${branch.last} => self::${nameOf.get(branch)},`);
    }
    w.line(3, `default => throw new \\ValueError("Unknown ${type} code: $code"),`);
    w.line(2, '};');
    w.line(1, '}');
    w.line(0, '}');
    w.blank();
    w.line(0, `function ${camel(['handle', ...model.typeWords])}(${type} $status): void`);
    w.line(0, '{');
    w.line(1, 'switch ($status) {');
    writeBranches(w, model.groups, 2, BREAKING_CASE, (branch) => [`${type}::${nameOf.get(branch)}`]);
    w.line(2, 'default:');
    w.line(3, `throw new \\UnexpectedValueException("Unhandled ${type}: {$status->value}");`);
    w.line(1, '}');
    w.line(0, '}');
    return w;
  },
  cases(model, options): CodeWriter {
    // Only a variable can be quoted in the message: PHP would read a bare name as a constant.
    const message = (subject: string | undefined): string => (subject?.startsWith('$') ? `"Unhandled status code: " . ${subject}` : '"Unhandled status code"');
    const notHandledYet = (subject: string | undefined): string =>
      `throw new \\LogicException(${subject?.startsWith('$') ? `"Status code " . ${subject} . " is not handled yet"` : '"Status code not handled yet"'})`;
    if (!options.expressionArms) {
      return writeCases(
        model,
        options,
        breakingSwitch(
          (subject) => `throw new \\UnexpectedValueException(${message(subject)});`,
          (subject) => `${notHandledYet(subject)};`,
        ),
      );
    }
    // A `match` arm is one expression, so its tab stop stands in for the value: `null`, or, where the value is used, a throw expression (PHP 8).
    return writeCases(model, options, {
      ...oneLineArm('//', (pattern) => `${pattern} => `, 'null', ','),
      leaving: (subject) => oneLineArm('//', (pattern) => `${pattern} => `, notHandledYet(subject), ','),
      patterns: (codes) => [codes.join(', ')],
      block: 'match',
      fallback: (subject) => [`default => throw new \\UnexpectedValueException(${message(subject)}),`],
    });
  },
};
