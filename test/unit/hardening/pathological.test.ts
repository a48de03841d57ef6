import * as assert from 'node:assert/strict';
import { CatalogIndex } from '../../../src/core/catalog/catalogIndex';
import { comparedSubject, situationAt } from '../../../src/core/generate/situation';
import { preferredCatalogsFor } from '../../../src/core/globs';
import type { Recognition } from '../../../src/core/recognize/types';
import { findSwitchBlocks } from '../../../src/core/switch/switchBlocks';
import { parseLabelLine, subjectKey } from '../../../src/core/switch/switchLabels';
import { fakeCatalog, recognizerFor } from '../recognize/catalogs';
import { linearRatio } from './timing';

/*
 * One test per input a fuzzing run found to hang or to take super-linear
 * time, from that input. Exponential cases run at a size the old code took
 * minutes for; quadratic ones compare the time of an input with the time of
 * one twice as large (about 2 when linear, 4 when quadratic).
 */

const LINEAR = 3.5;
const catalog = fakeCatalog('acme-status', 'status', [{ code: 1 }, { code: 6 }, { code: 9 }, { code: 23 }, { code: 25 }, { code: 404 }], { context: ['status'] });
const recognizer = recognizerFor(new CatalogIndex([catalog]));

function lensAndHover(lines: readonly string[], languageId: string): { lens: Recognition[]; hover: (Recognition | undefined)[] } {
  const text = lines.join('\n');
  const doc = recognizer.buildDocumentContext(text, languageId);
  const lens: Recognition[] = [];
  const scan = recognizer.scanDocument(text, doc);
  for (let batch = scan.next(256); batch.length > 0; batch = scan.next(256)) lens.push(...batch);
  const hover = lens.map((r) => recognizer.recognizeAt(lines[r.line] as string, r.line, r.start, doc, { lineAt: (n) => lines[n] }));
  return { lens, hover };
}

describe('pathological inputs', () => {
  it('reads a Rust match arm of x::y::y::… with 28 `::` at once (it took 145 s)', function () {
    this.timeout(2_000);
    const line = `    x${'::y'.repeat(28)}`;
    assert.equal(parseLabelLine(line, 0, line.length, 'fat-arrow'), undefined);
    const arm = `${line} => 1,`;
    assert.deepEqual(parseLabelLine(arm, 0, arm.length, 'fat-arrow')?.labels[0]?.names, ['y']);
  });

  it('reads the key of `switch (x .value .value … +)` with 30 conversions at once (24 took 1.3 s)', function () {
    this.timeout(2_000);
    assert.deepEqual(subjectKey(`x${' .value'.repeat(30)} +`), { key: 'value', parentKey: 'value' });
    assert.deepEqual(subjectKey(`x${' .value'.repeat(30)}`), { key: 'x' });
  });

  it('reads completion’s situation on an 80 KB line of a.a.a.… in linear time (it took 7.8 s)', function () {
    this.timeout(10_000);
    const chain = (n: number) => `${'a.'.repeat(n)}a`;
    assert.equal(situationAt(chain(40_000), 80_001, 'typescript'), undefined);
    assert.equal(comparedSubject(`${chain(40_000)} === 4`), chain(40_000));
    assert.ok(linearRatio(chain, (text) => situationAt(text, text.length, 'typescript'), 8_000) < LINEAR);
    assert.ok(linearRatio((n) => `${chain(n)} == `, (text) => comparedSubject(text), 8_000) < LINEAR);
  });

  it('finds blocks on one long line full of `case 1:` in linear time (700 KB took 22 s)', function () {
    this.timeout(10_000);
    const line = (n: number) => `switch (status) { ${'case 1: '.repeat(n)}}`;
    const [block] = findSwitchBlocks(line(11_000), { languageId: 'typescript' });
    assert.deepEqual(block?.handledCodes, [1]);
    assert.equal(block?.cases.length, 11_000);
    assert.ok(linearRatio(line, (text) => findSwitchBlocks(text, { languageId: 'typescript' }), 2_000) < LINEAR);
    assert.ok(linearRatio((n) => 'case 1: '.repeat(n), (text) => findSwitchBlocks(text, { languageId: 'ruby' }), 2_000) < LINEAR);
  });

  it('finds the blocks of one line of n nested unclosed switches in linear time (3,200 took 15 s)', function () {
    this.timeout(20_000);
    const line = (n: number) => 'default:statusstatusstatus == switch (status) {'.repeat(n);
    const blocks = findSwitchBlocks(line(50), { languageId: 'typescript' });
    assert.equal(blocks.length, 50);
    // Each block holds the label before the next block's brace, not every label after it; the last has none.
    assert.deepEqual(
      blocks.map((block) => block.cases.length),
      [...Array<number>(49).fill(1), 0],
    );
    assert.ok(linearRatio(line, (text) => findSwitchBlocks(text, { languageId: 'typescript' }), 800) < LINEAR);
  });

  it('reads a line of `9 ` × 51,200 with the longest allowed line in linear time (it took 7.8 s)', function () {
    this.timeout(10_000);
    const wide = recognizerFor(new CatalogIndex([catalog]), { maxLineLength: 100_000 });
    const line = (n: number) => '9 '.repeat(n);
    const doc = wide.buildDocumentContext('', 'plaintext');
    assert.deepEqual(wide.recognizeLine(line(51_200), 0, doc), []);
    assert.ok(linearRatio(line, (text) => wide.recognizeLine(text, 0, doc), 3_200) < LINEAR);
    const labels = (n: number) => `case ${'9, '.repeat(n)}9:`;
    assert.ok(linearRatio(labels, (text) => wide.recognizeLine(text, 0, doc), 3_200) < LINEAR);
  });

  it('finds 10,000 unclosed `switch (status) { case N:` lines in linear time (it took 3 s)', function () {
    this.timeout(10_000);
    const text = (n: number) => Array.from({ length: n }, (_, i) => `switch (status) { case ${(i % 90) + 1}:`).join('\n');
    const blocks = findSwitchBlocks(text(10_000), { languageId: 'typescript' });
    assert.equal(blocks.length, 10_000);
    assert.ok(blocks.every((b, i) => !b.closed && b.handledCodes[0] === (i % 90) + 1));
    assert.ok(linearRatio(text, (t) => findSwitchBlocks(t, { languageId: 'typescript' }), 500) < LINEAR);
  });

  it('hovers an outer `case 6:` of a 484-line nested switch without re-parsing the lines above at every keyword (it took 67–442 ms)', function () {
    this.timeout(10_000);
    const nested = (outer: number) => {
      const lines = ['function f(status: number, code: number) {', '  switch (status) {'];
      for (let i = 1; i <= outer; i++) {
        lines.push(`    case ${[1, 6, 9, 23, 25, 404][i % 6]}:`, '      switch (code) {');
        for (let j = 1; j <= 6; j++) lines.push(`        case ${j}: return ${j};`);
        lines.push('      }', '      break;');
      }
      lines.push('  }', '}');
      return lines;
    };
    const lines = nested(48);
    assert.equal(lines.length, 484);
    const doc = recognizer.buildDocumentContext(lines.join('\n'), 'typescript');
    const hover = (all: readonly string[], line: number) => recognizer.recognizeAt(all[line] as string, line, 9, doc, { lineAt: (n) => all[n] });
    const hovered = hover(lines, lines.indexOf('    case 6:'));
    assert.equal(hovered?.code, 6);
    assert.equal(hovered?.key, 'status');
    // The last outer label: every keyword line above it was a re-parse of everything between.
    const lastOuterLabel = (all: readonly string[]) => all.reduce((last, l, i) => (l.startsWith('    case ') ? i : last), -1);
    const hoverLast = (all: readonly string[]) => hover(all, lastOuterLabel(all));
    assert.equal(hoverLast(lines)?.key, 'status');
    assert.ok(linearRatio(nested, hoverLast, 48) < LINEAR);
  });

  it('gives every label of a 200-label switch the hover its lens has, however far below the header (50 had none)', function () {
    this.timeout(10_000);
    const lines = ['switch (status) {'];
    for (let i = 0; i < 200; i++) lines.push(`  case ${[1, 6, 9, 23, 25, 404][i % 6]}:`, '    handle();', '    break;');
    lines.push('}');
    const { lens, hover } = lensAndHover(lines, 'typescript');
    assert.equal(lens.length, 200);
    lens.forEach((r, i) => {
      assert.equal(hover[i]?.code, r.code, `line ${r.line}`);
      assert.equal(hover[i]?.key, 'status', `line ${r.line}`);
    });
  });

  it('matches `preferCatalogs` globs against a long folder name in linear time (it took 1.4 s per match)', function () {
    this.timeout(10_000);
    const preferences = { '*a*a*a*a*a*a*a*a*a*ab/**': ['acme-status'] };
    assert.deepEqual(preferredCatalogsFor(`${'a'.repeat(5_000)}/x.ts`, preferences), []);
    assert.ok(linearRatio((n) => `${'a'.repeat(n)}/x.ts`, (path) => preferredCatalogsFor(path, preferences), 2_000) < LINEAR);
  });
});
