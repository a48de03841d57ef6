import * as assert from 'node:assert/strict';
import { CatalogIndex } from '../../../src/core/catalog/catalogIndex';
import { branchesLeave } from '../../../src/core/switch/branchExits';
import { findSwitchBlocks } from '../../../src/core/switch/switchBlocks';
import { fakeCatalog, recognizerFor } from '../recognize/catalogs';
import { linearRatio } from './timing';

/*
 * Readers added after the fuzzing run, held to its bound: time on an input
 * twice as large is about twice the time, never four times.
 */
const LINEAR = 3.5;

describe('block readers on hostile input', () => {
  it('tells whether branches leave a block of many labels in linear time, on one line and on many', function () {
    this.timeout(20_000);
    const lines = (n: number) => `function f(c: number): number {\n  switch (c) {\n${'    case 1:\n      return 1;\n'.repeat(n)}  }\n}\n`;
    const oneLine = (n: number) => `switch (c) { ${'case 1: return 1; '.repeat(n)}}`;
    const leaves = (text: string) => findSwitchBlocks(text, { languageId: 'typescript' }).map((block) => branchesLeave(text, block));
    assert.deepEqual(leaves(lines(3)), [true]);
    assert.deepEqual(leaves(oneLine(3)), [true]);
    assert.ok(linearRatio(lines, leaves, 2_000) < LINEAR);
    assert.ok(linearRatio(oneLine, leaves, 2_000) < LINEAR);
    // Labels whose separator never comes, and strings that never close.
    assert.ok(linearRatio((n) => `switch (c) {\n  case ${'('.repeat(n)}\n}`, leaves, 4_000) < LINEAR);
    assert.ok(linearRatio((n) => `switch (c) {\n  case 1: return ${'"'.repeat(n)}\n}`, leaves, 4_000) < LINEAR);
  });

  it('reads a line full of C# switch expressions, and of closing brackets before one, in linear time', function () {
    this.timeout(20_000);
    const find = (text: string) => findSwitchBlocks(text, { languageId: 'csharp' });
    assert.ok(linearRatio((n) => 'x switch { '.repeat(n), find, 1_000) < LINEAR);
    // Each `)` is followed back to its `(`, which never comes: the reading back is bounded.
    assert.ok(linearRatio((n) => ') switch { '.repeat(n), find, 1_000) < LINEAR);
  });

  it('reads a label line of codes joined by `or` in linear time', function () {
    this.timeout(20_000);
    const catalog = fakeCatalog('acme', 'status', [{ code: 9, name: 'NINE' }], { context: ['status'] });
    const recognizer = recognizerFor(new CatalogIndex([catalog]), { maxLineLength: 100_000 });
    const doc = recognizer.buildDocumentContext('', 'csharp');
    assert.ok(linearRatio((n) => `${'9 or '.repeat(n)}9 =>`, (text) => recognizer.recognizeLine(text, 0, doc), 2_000) < LINEAR);
  });
});
