import * as assert from 'node:assert/strict';
import { generatorFor, missingCasesEdit } from '../../../src/core/generate/index';
import { findSwitchBlocks } from '../../../src/core/switch/switchBlocks';
import { snippetToPlain, trickyCatalog } from './goldenFiles';

const catalog = trickyCatalog();

/** The text with the edit of its only (or `index`-th) block applied, in the plain form. */
function fixed(text: string, languageId: string, index = 0) {
  const block = findSwitchBlocks(text, { languageId })[index];
  const generator = generatorFor(languageId);
  assert.ok(block && generator, 'a block and a generator');
  const edit = missingCasesEdit(text, block, catalog, generator);
  assert.ok(edit, 'the block misses cases');
  return { edit, result: text.slice(0, edit.offset) + edit.plain + text.slice(edit.offset) };
}

describe('the missing-cases edit', () => {
  it('puts the new labels before the default, keeps every original line, and leaves the block handling every listable code', () => {
    const text = "function f(code: number): void {\n  switch (code) {\n    case 2:\n      break;\n    default:\n      break;\n  }\n}\n";
    const { edit, result } = fixed(text, 'typescript');
    const lines = result.split('\n');
    assert.ok(text.split('\n').every((line) => lines.includes(line)), result);
    assert.equal(result.replace(edit.plain, ''), text, 'nothing else changed');
    assert.ok(lines.indexOf('    case 5:') > lines.indexOf('    case 2:') && lines.indexOf('    case 5:') < lines.indexOf('    default:'), result);
    assert.equal(edit.plain.endsWith('\n'), true, 'the default keeps its own line');
    // Only the range 100-300, too wide to write as labels, is left.
    const again = missingCasesEdit(result, findSwitchBlocks(result, { languageId: 'typescript' })[0]!, catalog, generatorFor('typescript')!);
    assert.equal(again?.branches, 1);
  });

  it('starts a new line after labels written on the closing line and indents the brace back', () => {
    const { result } = fixed('function f(code: number): void {\n  switch (code) { case 2: break; }\n}\n', 'typescript');
    const lines = result.split('\n');
    assert.equal(lines[1]?.trimEnd(), '  switch (code) { case 2: break;');
    assert.equal(lines.at(-3), '  }', result);
    assert.ok(lines.includes('  case 5:'), result);
  });

  it('writes the snippet and the plain form at the same place with the same labels', () => {
    const { edit } = fixed('match status:\n    case 2:\n        pass\n', 'python');
    assert.equal(snippetToPlain(edit.snippet).text.replace(/^\s*pass\n/gm, ''), edit.plain.replace(/^\s*pass\n/gm, ''));
  });

  it('offers no edit for a block that handles every code it can list', () => {
    const { result } = fixed('when (status) {\n    2 -> a()\n}\n', 'kotlin');
    const block = findSwitchBlocks(result, { languageId: 'kotlin' })[0];
    assert.ok(block);
    assert.equal(missingCasesEdit(result, block, catalog, generatorFor('kotlin')!), undefined, result);
  });

  describe('in a block whose branches leave it', () => {
    it('gives each new arm of a Rust match that is a function value todo!(), on one line, as rust-analyzer does', () => {
      const { result } = fixed("fn f(code: i32) -> &'static str {\n    match code {\n        2 => \"queued\",\n        _ => \"other\",\n    }\n}\n", 'rust');
      assert.match(result, /^ {8}5 => todo!\("status code \{\}", code\),$/m);
      assert.doesNotMatch(result, /=> \{/, result);
    });

    it('gives a TypeScript switch whose branches return a throw, with no break after it', () => {
      const { edit, result } = fixed("function f(code: number): string {\n  switch (code) {\n    case 2:\n      return 'queued';\n    default:\n      return 'other';\n  }\n}\n", 'typescript');
      assert.match(result, /^ {4}case 5:\n {6}throw new Error\(`Status code \$\{code\} is not handled yet`\);$/m);
      assert.doesNotMatch(edit.plain, /break;/);
      // In the editor the statement is the branch's placeholder, selected when the cursor reaches it.
      assert.match(edit.snippet, /\$\{1:throw new Error\(`Status code \\\$\{code\\\} is not handled yet`\);\}/);
    });

    it('writes one-line Java and Kotlin arms that throw, and a PHP match arm that throws', () => {
      assert.match(fixed('String f(int code) {\n    return switch (code) {\n        case 2 -> "a";\n        default -> "b";\n    };\n}\n', 'java').result, /^ {8}case 5 -> throw new UnsupportedOperationException\("Status code " \+ code \+ " is not handled yet"\);$/m);
      assert.match(fixed('fun f(code: Int): String = when (code) {\n    2 -> "a"\n    else -> "b"\n}\n', 'kotlin').result, /^ {4}5 -> TODO\("Status code \$\{code\} is not handled yet"\)$/m);
      assert.match(fixed("<?php\nfunction f(int $code): string {\n    return match ($code) {\n        2 => 'a',\n    };\n}\n", 'php').result, /^ {8}5 => throw new \\LogicException\("Status code " \. \$code \. " is not handled yet"\),$/m);
    });

    it('writes C# switch expression arms that throw, several codes joined by `or`, before the discard arm', () => {
      const text = 'static string Title(int statusCode) => statusCode switch\n{\n    2 => "queued",\n    35 => "supplier",\n    _ => "other",\n};\n';
      const { result } = fixed(text, 'csharp');
      assert.match(result, /^ {4}5 => throw new System\.NotImplementedException\("Status code " \+ statusCode \+ " is not handled yet"\),$/m);
      assert.match(result, /^ {4}34 or 36 or 37 => throw /m, 'the codes of a range the switch handles part of');
      assert.match(result, /^ {4}>= 100 and <= 300 => throw /m, 'a range too wide to list');
      assert.ok(result.indexOf('5 => throw') < result.indexOf('_ => "other"'), result);
      assert.doesNotMatch(result, /case |break;/);
    });

    it('keeps the usual branch bodies where some branch goes on after the block', () => {
      const { result } = fixed("function f(code: number): string {\n  switch (code) {\n    case 2:\n      return 'queued';\n    default:\n      break;\n  }\n  return 'other';\n}\n", 'typescript');
      assert.match(result, /^ {4}case 5:\n {6}break;$/m);
      assert.doesNotMatch(result, /not handled yet/);
      assert.match(fixed('fun f(code: Int) {\n    when (code) {\n        2 -> a()\n    }\n}\n', 'kotlin').result, /^ {8}5 -> \{\n {8}\}$/m);
    });
  });
});
