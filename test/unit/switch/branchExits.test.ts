import * as assert from 'node:assert/strict';
import { branchesLeave } from '../../../src/core/switch/branchExits';
import { findSwitchBlocks } from '../../../src/core/switch/switchBlocks';

/** Whether the first block of `text` must get branches that leave it. */
function leaves(text: string, languageId: string): boolean {
  const [block] = findSwitchBlocks(text, { languageId });
  assert.ok(block, `a block in ${JSON.stringify(text)}`);
  return branchesLeave(text, block);
}

describe('whether new branches must leave their block', () => {
  describe('a block whose value is used', () => {
    it('is a Java switch expression after return or an assignment', () => {
      assert.equal(leaves('String f(int c) {\n    return switch (c) {\n        case 1 -> "a";\n        default -> "b";\n    };\n}\n', 'java'), true);
      assert.equal(leaves('int f(int c) {\n    int w = switch (c) {\n        case 1: yield 1;\n        default: yield 0;\n    };\n    return w;\n}\n', 'java'), true);
    });

    it('is a Kotlin when that is a function body, and a PHP match that is returned', () => {
      assert.equal(leaves('fun f(c: Int): String = when (c) {\n    1 -> "a"\n    else -> "b"\n}\n', 'kotlin'), true);
      assert.equal(leaves('<?php\nfunction f($c) {\n    return match ($c) {\n        1 => "a",\n        default => "b",\n    };\n}\n', 'php'), true);
    });

    it('is a match passed as an argument or given to an arrow', () => {
      assert.equal(leaves('fun f(c: Int) {\n    log(when (c) {\n        1 -> "a"\n        else -> "b"\n    })\n}\n', 'kotlin'), true);
      assert.equal(leaves("<?php\n$f = fn($c) => match ($c) {\n    1 => 'a',\n    default => 'b',\n};\n", 'php'), true);
    });

    it('is a Rust match that ends a function returning a value, but not one returning nothing or followed by a semicolon', () => {
      assert.equal(leaves("fn f(c: i32) -> &'static str {\n    match c {\n        1 => \"a\",\n        _ => \"b\",\n    }\n}\n", 'rust'), true);
      assert.equal(leaves('fn f(c: i32) {\n    match c {\n        1 => a(),\n        _ => b(),\n    }\n}\n', 'rust'), false);
      assert.equal(leaves('fn f(c: i32) -> () {\n    match c {\n        1 => a(),\n        _ => b(),\n    }\n}\n', 'rust'), false);
      assert.equal(leaves('fn f(c: i32) -> i32 {\n    match c {\n        1 => a(),\n        _ => b(),\n    };\n    3\n}\n', 'rust'), false);
    });

    it('is not a when that stands alone as a statement', () => {
      assert.equal(leaves('fun f(c: Int) {\n    when (c) {\n        1 -> a()\n        else -> b()\n    }\n}\n', 'kotlin'), false);
    });
  });

  describe('a statement whose branches all leave', () => {
    it('counts returns, throws and a braced branch whose last statement returns', () => {
      const text = 'function f(c: number): string {\n  switch (c) {\n    case 1:\n      return "a";\n    case 2: {\n      log();\n      return "b";\n    }\n    default:\n      throw new Error("x");\n  }\n}\n';
      assert.equal(leaves(text, 'typescript'), true);
    });

    it('reads a return that spans lines and a label that shares the next branch', () => {
      assert.equal(leaves('function f(c: number) {\n  switch (c) {\n    case 1:\n    case 2:\n      return {\n        a: 1,\n      };\n    default:\n      return "z";\n  }\n}\n', 'typescript'), true);
    });

    it('counts Go panic, Python raise, Kotlin arms that return, and ignores comments after the statement', () => {
      assert.equal(leaves('func f(c int) string {\n\tswitch c {\n\tcase 1:\n\t\treturn "a"\n\tdefault:\n\t\tpanic(c)\n\t}\n}\n', 'go'), true);
      assert.equal(leaves('def f(c):\n    match c:\n        case 1:\n            return "a"  # done\n        case {"k": 2}:\n            raise ValueError(c)\n', 'python'), true);
      assert.equal(leaves('fun f(c: Int): String {\n    when (c) {\n        1 -> return "a"\n        else -> { log(); return "b" }\n    }\n}\n', 'kotlin'), true);
      assert.equal(leaves('String f(int c) {\n    switch (c) {\n        case 1: return "a"; // the usual\n        default: throw new IllegalStateException();\n    }\n}\n', 'java'), true);
    });

    it('reads a label separator after a PHP class constant and a colon in a string', () => {
      assert.equal(leaves("<?php\nswitch ($c) {\n    case Status::Sent: return 'a';\n    case 'x:y': return 'b';\n}\n", 'php'), true);
    });
  });

  describe('a statement some of whose branches go on after it', () => {
    it('is a switch with a branch that breaks', () => {
      assert.equal(leaves('switch (c) {\n  case 1:\n    return "a";\n  default:\n    break;\n}\n', 'typescript'), false);
    });

    it('is a switch with a branch that returns only under a condition', () => {
      assert.equal(leaves('function f(c: number) {\n  switch (c) {\n    case 1:\n      if (x) {\n        return "a";\n      }\n    default:\n      throw new Error("x");\n  }\n}\n', 'typescript'), false);
      assert.equal(leaves('function f(c: number) {\n  switch (c) {\n    case 1:\n      if (x) return "a"; else return "b";\n  }\n}\n', 'typescript'), false, 'an else is read as a statement of its own, and does not leave');
    });

    it('is a Go switch whose last label is empty, so it falls out of the block', () => {
      assert.equal(leaves('func f(c int) string {\n\tswitch c {\n\tcase 1:\n\t\treturn "a"\n\tdefault:\n\t}\n\treturn "b"\n}\n', 'go'), false);
    });

    it('is a Python match with a branch that prints, and a block with no branches yet', () => {
      assert.equal(leaves('def f(c):\n    match c:\n        case 1:\n            print("a")\n', 'python'), false);
      assert.equal(leaves('switch (c) {\n}\n', 'typescript'), false);
    });

    it('is a branch whose returned value spans lines but whose last statement does not return', () => {
      assert.equal(leaves('switch (c) {\n  case 1:\n    return a\n      + b;\n}\n', 'typescript'), false, 'a continued line is read as a new statement: the answer errs towards doing nothing');
    });
  });
});
