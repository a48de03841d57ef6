// Builds one source file per language from the generator's output: the full
// handler (type, lookup, exhaustive handler) for every catalog, and the
// branch form wrapped in a function with a switch over a raw integer, in each
// block style the completion inserts into.

/** @typedef {typeof import('../../src/core/generate/index.js')} GeneratorApi */
/** @typedef {import('../../src/core/generate/index.js').LanguageGenerator} LanguageGenerator */
/** @typedef {import('../../src/core/catalog/types.js').Catalog} Catalog */
/** @typedef {(cases: string, n: string) => string} Wrapper */
/** @typedef {{ name: string, options: Partial<import('../../src/core/generate/index.js').CaseOptions>, wrap: Wrapper }} BlockStyle */

/**
 * Indents every non-empty line of `text` by `prefix`.
 * @param {string} text
 * @param {string} prefix
 */
function indent(text, prefix) {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : prefix + line))
    .join('\n');
}

/**
 * Branch-form variants: all codes with a fallback, and some codes already handled (partial ranges included).
 * @param {Catalog} catalog
 */
function caseVariants(catalog) {
  const codes = catalog.entries.map((entry) => entry.code);
  const ranged = catalog.entries.find((entry) => entry.to !== undefined && entry.to > entry.code);
  const handled = new Set(codes.slice(0, Math.ceil(codes.length / 2)));
  if (ranged) handled.add(ranged.code + 1);
  return [
    { suffix: 'All', handled: undefined, includeDefault: true },
    { suffix: 'Missing', handled, includeDefault: true },
  ];
}

/**
 * The same wrappers over a string subject, for catalogs whose codes are words
 * (`case "UNDELIV":`).
 * @satisfies {Record<string, Wrapper>}
 */
const stringWrappers = {
  typescript: (cases, n) => `export function cases${n}(statusCode: string): void {\n  switch (statusCode) {\n${indent(cases, '    ')}  }\n}\n`,
  javascript: (cases, n) => `function cases${n}(statusCode) {\n  switch (statusCode) {\n${indent(cases, '    ')}  }\n}\n`,
  python: (cases, n) => `def cases_${n.toLowerCase()}(statusCode: str) -> None:\n    match statusCode:\n${indent(cases, '        ')}\n`,
  go: (cases, n) => `func cases${n}(statusCode string) {\n\tswitch statusCode {\n${indent(cases, '\t')}\t}\n}\n`,
  java: (cases, n) => `final class Cases${n} {\n    static void handle(String statusCode) {\n        switch (statusCode) {\n${indent(cases, '            ')}        }\n    }\n}\n`,
  csharp: (cases, n) => `public static class Cases${n}\n{\n    public static void Handle(string statusCode)\n    {\n        switch (statusCode)\n        {\n${indent(cases, '            ')}        }\n    }\n}\n`,
  rust: (cases, n) => `pub fn cases_${n.toLowerCase()}(status_code: &str) {\n    match status_code {\n${indent(cases, '        ')}    }\n}\n`,
  kotlin: (cases, n) => `fun cases${n}(statusCode: String) {\n    when (statusCode) {\n${indent(cases, '        ')}    }\n}\n`,
  php: (cases, n) => `function cases${n}(string $statusCode): void\n{\n    switch ($statusCode) {\n${indent(cases, '        ')}    }\n}\n`,
};

/**
 * Wrappers put the branches where the user would have them. Each returns
 * source text; `n` makes function names unique within the file.
 * @satisfies {Record<string, Wrapper>}
 */
const wrappers = {
  typescript: (cases, n) => `export function cases${n}(statusCode: number): void {\n  switch (statusCode) {\n${indent(cases, '    ')}  }\n}\n`,
  javascript: (cases, n) => `function cases${n}(statusCode) {\n  switch (statusCode) {\n${indent(cases, '    ')}  }\n}\n`,
  python: (cases, n) => `def cases_${n.toLowerCase()}(statusCode: int) -> None:\n    match statusCode:\n${indent(cases, '        ')}\n`,
  go: (cases, n) => `func cases${n}(statusCode int) {\n\tswitch statusCode {\n${indent(cases, '\t')}\t}\n}\n`,
  java: (cases, n) => `final class Cases${n} {\n    static void handle(int statusCode) {\n        switch (statusCode) {\n${indent(cases, '            ')}        }\n    }\n}\n`,
  csharp: (cases, n) => `public static class Cases${n}\n{\n    public static void Handle(int statusCode)\n    {\n        switch (statusCode)\n        {\n${indent(cases, '            ')}        }\n    }\n}\n`,
  rust: (cases, n) => `pub fn cases_${n.toLowerCase()}(status_code: i32) {\n    match status_code {\n${indent(cases, '        ')}    }\n}\n`,
  kotlin: (cases, n) => `fun cases${n}(statusCode: Int) {\n    when (statusCode) {\n${indent(cases, '        ')}    }\n}\n`,
  php: (cases, n) => `function cases${n}(int $statusCode): void\n{\n    switch ($statusCode) {\n${indent(cases, '        ')}    }\n}\n`,
};

/**
 * Extra block styles: Java's old `case 1:` labels and PHP's `match` expression.
 * @type {Record<string, BlockStyle[]>}
 */
const extraStyles = {
  java: [{ name: 'Colon', options: { colonLabels: true }, wrap: wrappers.java }],
  php: [
    {
      name: 'Match',
      options: { expressionArms: true },
      wrap: (cases, n) => `function cases${n}(int $statusCode): mixed\n{\n    return match ($statusCode) {\n${indent(cases, '        ')}    };\n}\n`,
    },
  ],
};

/**
 * The extra styles over a string subject.
 * @type {Record<string, BlockStyle[]>}
 */
const stringExtraStyles = {
  java: [{ name: 'Colon', options: { colonLabels: true }, wrap: stringWrappers.java }],
  php: [
    {
      name: 'Match',
      options: { expressionArms: true },
      wrap: (cases, n) => `function cases${n}(string $statusCode): mixed\n{\n    return match ($statusCode) {\n${indent(cases, '        ')}    };\n}\n`,
    },
  ],
};

/** @type {Record<string, string>} */
const prologue = {
  go: 'package generated\n\n',
  php: '<?php\n\ndeclare(strict_types=1);\n\n',
};

/**
 * The source text for one language. Each catalog's type is named after its
 * id so several catalogs (two can share provider and kind) fit in one file.
 * @param {GeneratorApi} api
 * @param {LanguageGenerator} generator
 * @param {readonly Catalog[]} catalogs
 */
export function buildSource(api, generator, catalogs) {
  const parts = [prologue[generator.id] ?? ''];
  let n = 0;
  for (const catalog of catalogs) {
    const words = catalog.codeFormat === 'name';
    const wrap = /** @type {Record<string, Wrapper | undefined>} */ (words ? stringWrappers : wrappers)[generator.id];
    if (!wrap) throw new Error(`No wrapper for ${generator.id}.`);
    parts.push(api.generateHandler(catalog, generator, { typeName: catalog.id }).plain, '\n');
    const subject = generator.id === 'php' ? '$statusCode' : generator.id === 'rust' ? 'status_code' : 'statusCode';
    for (const variant of caseVariants(catalog)) {
      const styles = [{ name: '', options: {}, wrap }, ...((words ? stringExtraStyles : extraStyles)[generator.id] ?? [])];
      for (const style of styles) {
        const cases = api.generateCases(catalog, generator, { subject, includeDefault: variant.includeDefault, handled: variant.handled, ...style.options }).plain;
        parts.push(style.wrap(cases, `${variant.suffix}${style.name}${n++}`), '\n');
      }
    }
  }
  return parts.join('');
}

/**
 * The handler with its first branch removed, for the languages whose compiler
 * proves exhaustiveness: compiling it must fail. Returns the source and the
 * text the compiler's error must contain.
 * @param {GeneratorApi} api
 * @param {LanguageGenerator} generator
 * @param {Catalog} catalog
 */
export function withoutFirstBranch(api, generator, catalog) {
  const plain = api.generateHandler(catalog, generator).plain;
  const lines = plain.split('\n');
  /** @type {Record<string, { start: RegExp, length: number, expect: RegExp }>} */
  const patterns = {
    typescript: { start: /^\s+case \w+\.\w+:$/, length: 2, expect: /TS2322/ },
    rust: { start: /^\s+\w+::\w+ => \{$/, length: 2, expect: /E0004/ },
    kotlin: { start: /^\s+\w+\.\w+ -> \{$/, length: 2, expect: /exhaustive/ },
  };
  const pattern = patterns[generator.id];
  if (!pattern) throw new Error(`No exhaustiveness check for ${generator.id}.`);
  const at = lines.findIndex((line) => pattern.start.test(line));
  if (at < 0) throw new Error(`No branch found in the ${generator.id} handler.`);
  lines.splice(at, pattern.length);
  return { source: (prologue[generator.id] ?? '') + lines.join('\n'), expect: pattern.expect };
}
