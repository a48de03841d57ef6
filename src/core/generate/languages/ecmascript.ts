import { BREAKING_CASE, breakingSwitch, writeBranches, writeCases } from '../caseWriter';
import { hasStringCodes, headedWriter, memberNames, rangeBranches, writeMembers } from '../declarations';
import { camel, pascal, upperSnake } from '../identifiers';
import type { CaseOptions } from '../language';
import type { HandlerModel } from '../model';
import type { CodeWriter } from '../template';

/**
 * TypeScript and JavaScript share one writer: the JavaScript output is the
 * TypeScript output without types, with `Object.freeze` in place of
 * `as const`, and with a throwing `default` in place of the `never` check.
 * Nothing is exported in JavaScript because the same text must work in
 * CommonJS files, where `export` is a syntax error.
 */
export function ecmaHandler(model: HandlerModel, typed: boolean): CodeWriter {
  const type = pascal(model.typeWords);
  const fromCode = camel([...model.typeWords, 'from', 'code']);
  const handle = camel(['handle', ...model.typeWords]);
  // Object keys may be any identifier, keywords included, so only duplicates need care.
  const nameOf = memberNames(model, { casing: upperSnake, reserved: new Set() });
  const exp = typed ? 'export ' : '';
  const codeType = hasStringCodes(model) ? 'string' : 'number';

  const w = headedWriter(model, '//');
  w.line(0, typed ? `${exp}const ${type} = {` : `const ${type} = Object.freeze({`);
  // Doc comments, so that editors show the text when a member is used.
  writeMembers(w, model, '//', (branch) => `${nameOf.get(branch)}: ${model.literal(branch.first)},`, (text) => `/** ${text} */`);
  w.line(0, typed ? '} as const;' : '});');
  if (typed) {
    w.blank();
    w.line(0, `${exp}type ${type} = (typeof ${type})[keyof typeof ${type}];`);
  }

  const ranges = rangeBranches(model);
  w.blank();
  w.line(0, `/** The ${type} member for a received code (a range maps to its first code), or undefined for a code the catalog does not list. */`);
  if (!typed) {
    w.line(0, `/** @param {${codeType}} code @returns {${codeType} | undefined} */`);
  }
  w.line(0, typed ? `${exp}function ${fromCode}(code: ${codeType}): ${type} | undefined {` : `function ${fromCode}(code) {`);
  w.line(1, typed ? `if ((Object.values(${type}) as ${codeType}[]).includes(code)) {` : `if (Object.values(${type}).includes(code)) {`);
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
  writeBranches(w, model.groups, 2, BREAKING_CASE, (branch) => [`${type}.${nameOf.get(branch)}`]);
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
  return writeCases(
    model,
    options,
    breakingSwitch(
      (subject) => (subject ? `throw new Error(\`Unhandled status code: \${${subject}}\`);` : "throw new Error('Unhandled status code');"),
      (subject) => (subject ? `throw new Error(\`Status code \${${subject}} is not handled yet\`);` : "throw new Error('Status code not handled yet');"),
    ),
  );
}
