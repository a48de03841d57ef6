import { caseLayout, rangeText, simpleSubject, writeGroups } from '../cases';
import { camel, pascal, uniqueNames } from '../identifiers';
import type { LanguageGenerator } from '../language';
import type { HandlerModel } from '../model';
import { CodeWriter, tabStop } from '../template';

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
  languageIds: ['php'],
  indent: '    ',
  extension: 'php',
  handler(model: HandlerModel): CodeWriter {
    const w = new CodeWriter();
    const type = pascal(model.typeWords);
    const names = uniqueNames(model.branches, { casing: pascal, reserved: KEYWORDS, caseInsensitive: true });
    const nameOf = new Map(model.branches.map((branch, i) => [branch, names[i] ?? '']));
    for (const line of model.header) {
      w.comment(0, '//', line);
    }
    w.line(0, `enum ${type}: int`);
    w.line(0, '{');
    writeGroups(w, model.groups, 1, '//', (branch) => {
      w.comment(1, '//', branch.comment);
      w.line(1, `case ${nameOf.get(branch)} = ${branch.first};`);
    });
    w.blank();
    w.comment(1, '//', 'The case for a received code (a range maps to its case); throws ValueError for a code the catalog does not list.');
    w.line(1, 'public static function fromCode(int $code): self');
    w.line(1, '{');
    w.line(2, 'return self::tryFrom($code) ?? match (true) {');
    for (const branch of [...model.branches].filter((b) => b.last !== b.first).sort((a, b) => a.first - b.first)) {
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
    writeGroups(w, model.groups, 2, '//', (branch) => {
      w.comment(2, '//', branch.comment);
      w.line(2, `case ${type}::${nameOf.get(branch)}:`);
      w.line(3, tabStop());
      w.line(3, 'break;');
    });
    w.line(2, 'default:');
    w.line(3, `throw new \\UnexpectedValueException("Unhandled ${type}: {$status->value}");`);
    w.line(1, '}');
    w.line(0, '}');
    return w;
  },
  cases(model, options): CodeWriter {
    const w = new CodeWriter();
    const layout = caseLayout(model, options.handled);
    const arms = options.expressionArms === true;
    writeGroups(w, layout.groups, 0, '//', (branch) => {
      w.comment(0, '//', branch.comment);
      const codes = layout.listed(branch);
      if (codes === undefined) {
        w.comment(0, '//', `Codes ${rangeText(branch)} are too many to list: handle them before this ${arms ? 'match' : 'switch'}.`);
        return;
      }
      if (arms) {
        w.line(0, `${codes.join(', ')} => `, tabStop('null'), ',');
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
      const message = subject?.startsWith('$') ? `"Unhandled status code: " . ${subject}` : '"Unhandled status code"';
      if (arms) {
        w.line(0, `default => throw new \\UnexpectedValueException(${message}),`);
      } else {
        w.line(0, 'default:');
        w.line(1, `throw new \\UnexpectedValueException(${message});`);
      }
    }
    return w;
  },
};
