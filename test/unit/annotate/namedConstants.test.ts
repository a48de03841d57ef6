import * as assert from 'node:assert/strict';
import { constantsFor, declaresConstants } from '../../../src/core/annotate/namedConstants';

const names = (text: string, languageId: string, code: number) => constantsFor(text, languageId, code).map((c) => `${c.name}@${c.line}`);

describe('named constants for a code', () => {
  it('finds module-level constants in TypeScript, Python, Go, Rust and PHP', () => {
    assert.deepEqual(names('import x from "y";\nexport const DELIVERY_FAILURE = 23;\nconst OTHER: number = 24;', 'typescript', 23), ['DELIVERY_FAILURE@1']);
    assert.deepEqual(names('import os\nDELIVERY_FAILURE = 23  # permanent\n', 'python', 23), ['DELIVERY_FAILURE@1']);
    assert.deepEqual(names('package main\n\nconst DeliveryFailure = 23\nconst DELIVERY_FAILURE int = 23\n', 'go', 23), ['DELIVERY_FAILURE@3']);
    assert.deepEqual(names('pub const DELIVERY_FAILURE: u16 = 23;\n', 'rust', 23), ['DELIVERY_FAILURE@0']);
    assert.deepEqual(names('<?php\nconst DELIVERY_FAILURE = 23;\n', 'php', 23), ['DELIVERY_FAILURE@1']);
  });

  it('finds class constants in Java, C# and Kotlin', () => {
    assert.deepEqual(names('class A {\n  private static final int DELIVERY_FAILURE = 23;\n}', 'java', 23), ['DELIVERY_FAILURE@1']);
    assert.deepEqual(names('class A {\n    public const int DELIVERY_FAILURE = 23;\n}', 'csharp', 23), ['DELIVERY_FAILURE@1']);
    assert.deepEqual(names('object S {\n    const val DELIVERY_FAILURE = 23\n}', 'kotlin', 23), ['DELIVERY_FAILURE@1']);
  });

  it('ignores variables, nested declarations, other values and names not written as constants', () => {
    assert.deepEqual(names('let DELIVERY_FAILURE = 23;\nconst width = 23;\nfunction f() {\n  const LOCAL = 23;\n}\nconst BIGGER = 230;', 'typescript', 23), []);
    assert.deepEqual(names('def f():\n    LOCAL = 23\n', 'python', 23), []);
    assert.deepEqual(names('class A {\n  static int NOT_FINAL = 23;\n}', 'java', 23), []);
  });

  it('knows the languages it reads', () => {
    assert.equal(declaresConstants('typescript'), true);
    assert.equal(declaresConstants('log'), false);
  });
});
