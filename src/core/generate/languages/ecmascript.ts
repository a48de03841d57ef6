import { caseLayout, rangeText, simpleSubject, writeGroups } from '../cases';
import { camel, pascal, uniqueNames, upperSnake } from '../identifiers';
import type { CaseOptions } from '../language';
import type { HandlerModel } from '../model';
import { CodeWriter, tabStop } from '../template';

/**
 * TypeScript and JavaScript share one writer: the JavaScript output is the
 * TypeScript output without types, with `Object.freeze` in place of
 * `as const`, and with a throwing `default` in place of the `never` check.
 * Nothing is exported in JavaScript because the same text must work in
 * CommonJS files, where `export` is a syntax error.
 */
export function ecmaHandler(model: HandlerModel, typed: boolean): CodeWriter {
  const w = new CodeWriter();
  const type = pascal(model.typeWords);
  const fromCode = camel([...model.typeWords, 'from', 'code']);
  const handle = camel(['handle', ...model.typeWords]);
  // Object keys may be any identifier, keywords included, so only duplicates need care.
  const names = uniqueNames(model.branches, { casing: upperSnake, reserved: new Set() });
  const nameOf = new Map(model.branches.map((branch, i) => [branch, names[i] ?? '']));
  const exp = typed ? 'export ' : '';

  for (const line of model.header) {
    w.comment(0, '//', line);
  }
  w.line(0, typed ? `${exp}const ${type} = {` : `const ${type} = Object.freeze({`);
  writeGroups(w, model.groups, 1, '//', (branch) => {
    w.line(1, `/** ${branch.comment} */`);
    w.line(1, `${nameOf.get(branch)}: ${branch.first},`);
  });
  w.line(0, typed ? '} as const;' : '});');
  if (typed) {
    w.blank();
    w.line(0, `${exp}type ${type} = (typeof ${type})[keyof typeof ${type}];`);
  }

  const ranges = model.branches.filter((branch) => branch.last !== branch.first).sort((a, b) => a.first - b.first);
  w.blank();
  w.line(0, `/** The ${type} member for a received code (a range maps to its first code), or undefined for a code the catalog does not list. */`);
  if (!typed) {
    w.line(0, '/** @param {number} code @returns {number | undefined} */');
  }
  w.line(0, typed ? `${exp}function ${fromCode}(code: number): ${type} | undefined {` : `function ${fromCode}(code) {`);
  w.line(1, typed ? `if ((Object.values(${type}) as number[]).includes(code)) {` : `if (Object.values(${type}).includes(code)) {`);
  w.line(2, typed ? `return code as ${type};` : 'return code;');
  w.line(1, '}');
  for (const branch of ranges) {
    w.line(1, `if (code >= ${branch.first} && code <= ${branch.last}) {`);
    w.line(2, `return ${type}.${nameOf.get(branch)};`);
    w.line(1, '}');
  }
  w.line(1, 'return undefined;');
  w.line(0, '}');

  w.blank();
  if (!typed) {
    w.line(0, '/** @param {number} status */');
  }
  w.line(0, typed ? `${exp}function ${handle}(status: ${type}): void {` : `function ${handle}(status) {`);
  w.line(1, 'switch (status) {');
  writeGroups(w, model.groups, 2, '//', (branch) => {
    w.comment(2, '//', branch.comment);
    w.line(2, `case ${type}.${nameOf.get(branch)}:`);
    w.line(3, tabStop());
    w.line(3, 'break;');
  });
  if (typed) {
    w.line(2, 'default: {');
    w.line(3, '// Unreachable while every member has a case: adding a member to the type makes this line a compile error.');
    w.line(3, 'const unhandled: never = status;');
    w.line(3, `throw new Error(\`Unhandled ${type}: \${String(unhandled)}\`);`);
    w.line(2, '}');
  } else {
    w.line(2, 'default:');
    w.line(3, `throw new Error(\`Unhandled ${type}: \${status}\`);`);
  }
  w.line(1, '}');
  w.line(0, '}');
  return w;
}

export function ecmaCases(model: HandlerModel, options: CaseOptions): CodeWriter {
  const w = new CodeWriter();
    const layout = caseLayout(model, options.handled);
  writeGroups(w, layout.groups, 0, '//', (branch) => {
    w.comment(0, '//', branch.comment);
    const codes = layout.listed(branch);
    if (codes === undefined) {
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
    w.line(1, subject ? `throw new Error(\`Unhandled status code: \${${subject}}\`);` : "throw new Error('Unhandled status code');");
  }
  return w;
}
