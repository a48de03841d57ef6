import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { CatalogIndex } from '../../../src/core/catalog/catalogIndex';
import { parseCatalog } from '../../../src/core/catalog/parse';
import { comparedSubject, situationAt } from '../../../src/core/generate/situation';
import { parseTable } from '../../../src/core/import/table';
import type { Recognition } from '../../../src/core/recognize/types';
import { fakeCatalog, recognizerFor } from '../recognize/catalogs';
import { linearRatio } from './timing';

const catalog = fakeCatalog('acme-status', 'status', [{ code: 1 }, { code: 4, name: 'REJECTED' }, { code: 23, name: 'DELIVERY_FAILURE' }, { code: 404 }], {
  context: ['status', 'error.code'],
});
const recognizer = recognizerFor(new CatalogIndex([catalog]));

/** Pieces of code and logs: keys, codes, switches, labels, comparisons, strings, comments and noise. */
const CODE_PIECES = [
  'status', 'error', '.code', ' = ', ': ', ' === ', ' == ', '23', '4', '404', '1', '99', 'DELIVERY_FAILURE', 'REJECTED', 'Status.', 'switch (status) {', 'match status {',
  'when (status) {', 'case ', '23:', '4, 1:', ' => ', ' -> ', 'default:', '}', '{', '(', ')', '"', "'", '//', '# ', ',', ' ', '  ', '\n', '\n', '\n    ', 'x', '..', '..=', 'in ',
  'status-code-lens-ignore', '\r\n',
];
/**
 * The pieces of the linear-time property: all but quotes and comment starts. A `switch (…) {` that the
 * enclosing block reads as inside a string or comment is read on its own, up to the block length limit
 * (a known limit, see `findSwitchBlocks`), so a repeated unit that opens a string before such a header
 * costs that limit per header: linear in the document past the limit, not below it.
 */
const TIMED_PIECES = CODE_PIECES.filter((piece) => !['"', "'", '//', '# '].includes(piece));
const LANGUAGES = ['typescript', 'rust', 'kotlin', 'python', 'go', 'log', 'yaml', 'json'];
const document = fc.array(fc.constantFrom(...CODE_PIECES), { maxLength: 50 }).map((parts) => parts.join(''));

function lensOf(text: string, languageId: string): Recognition[] {
  const doc = recognizer.buildDocumentContext(text, languageId);
  const found: Recognition[] = [];
  const scan = recognizer.scanDocument(text, doc);
  for (let batch = scan.next(64); batch.length > 0; batch = scan.next(64)) found.push(...batch);
  return found;
}

const brief = (r: Recognition | undefined) => r && [r.line, r.start, r.end, r.code, r.name, r.key, r.parentKey, r.form];

describe('readers on generated input', () => {
  it('recogniser: a data document has no switch labels, in the hover as in the lenses', () => {
    // Found by the property below: the hover looked for the block of a label in JSON, the whole-document scan did not.
    const text = 'match status {\n    4 -> ';
    const lines = text.split('\n');
    const doc = recognizer.buildDocumentContext(text, 'json');
    assert.deepEqual(recognizer.recognizeLine(lines[1] as string, 1, doc, { lineAt: (n) => lines[n] }), []);
    assert.deepEqual(lensOf(text, 'json'), []);
    assert.equal(lensOf(text, 'typescript').length, recognizer.recognizeLine(lines[1] as string, 1, recognizer.buildDocumentContext(text, 'typescript'), { lineAt: (n) => lines[n] }).length);
  });

  it('recogniser: never throws, keeps offsets inside their line, and hovers what the lenses show', function () {
    // Generous for a busy machine: property runs and time ratios take a second or two on an idle one.
    this.timeout(30_000);
    fc.assert(
      fc.property(document, fc.constantFrom(...LANGUAGES), (text, languageId) => {
        const lines = text.split('\n');
        const doc = recognizer.buildDocumentContext(text, languageId);
        const lens = lensOf(text, languageId);
        for (const r of lens) {
          const line = (lines[r.line] as string).replace(/\r$/, '');
          assert.ok(r.start >= 0 && r.start < r.end && r.end <= line.length, `${r.start}-${r.end} on a line of ${line.length}`);
          // The hover reads the lines around it through lineAt, as the editor's hover does.
          const hovered = recognizer.recognizeAt(lines[r.line] as string, r.line, r.start, doc, { lineAt: (n) => lines[n] });
          assert.deepEqual(brief(hovered), brief(r), `line ${r.line}: ${JSON.stringify(lines[r.line])}`);
        }
        lines.forEach((line, i) => {
          for (const r of recognizer.recognizeLine(line, i, doc, { lineAt: (n) => lines[n] })) {
            assert.ok(lens.some((l) => l.line === i && l.start === r.start), `line ${i} ${r.start}: a hover without a lens`);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('recogniser: a document twice as long takes about twice as long, however it repeats', function () {
    // Generous for a busy machine: property runs and time ratios take a second or two on an idle one.
    this.timeout(30_000);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TIMED_PIECES), { minLength: 5, maxLength: 12 }).map((p) => p.join('')), fc.constantFrom('typescript', 'log'), (unit, languageId) => {
        const ratio = linearRatio((n) => unit.repeat(n), (text) => lensOf(text, languageId), Math.ceil(20_000 / unit.length));
        assert.ok(ratio < 3.5, `ratio ${ratio.toFixed(2)} for ${JSON.stringify(unit)}`);
      }),
      { numRuns: 4 },
    );
  });

  it('completion’s situation reader: never throws, and reads comparisons as the regular expression it replaces did', function () {
    // Generous for a busy machine: property runs and time ratios take a second or two on an idle one.
    this.timeout(30_000);
    const COMPARISON = /((?:\$|\b)[A-Za-z_][\w$]*(?:(?:\.|\?\.|->)[A-Za-z_$][\w$]*)*)\s*(?:===|!==|==|!=)\s*-?\d*$/;
    const pieces = ['a', 'b1', '$', '_', '.', '?.', '->', ' ', '=', '==', '===', '!=', '!==', '-', '4', '(', 'case ', '\t', '9x'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join('')), (before) => {
        assert.equal(comparedSubject(before), COMPARISON.exec(before)?.[1]);
      }),
      { numRuns: 1000 },
    );
    fc.assert(
      fc.property(document, fc.nat(), fc.constantFrom(...LANGUAGES), (text, at, languageId) => {
        situationAt(text, text.length === 0 ? 0 : at % (text.length + 1), languageId);
      }),
      { numRuns: 300 },
    );
  });

  it('table import: never throws, and keeps codes and rows inside what was pasted', function () {
    // Generous for a busy machine: property runs and time ratios take a second or two on an idle one.
    this.timeout(30_000);
    const pieces = ['0', '23', '404', '-1', '200-299', ' ', '\t', '|', ',', ';', '"', 'Success', 'Failed: x', '\n', '\n', '---', ':--', '**', '`', '<br>', 'Code', 'Description'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join('')), (text) => {
        const table = parseTable(text);
        const lines = text.split('\n').length;
        for (const problem of table.problems) assert.ok(problem.line >= 1 && problem.line <= lines);
        // A hex or word code is kept as written (`codeText`, hex digits in upper case); a word's number is its place in the table, which no text holds.
        for (const entry of table.entries) assert.ok(text.toLowerCase().includes((entry.codeText ?? String(Math.abs(entry.code))).toLowerCase()), JSON.stringify(entry));
      }),
      { numRuns: 300 },
    );
    const row = (n: number) => Array.from({ length: n }, (_, i) => `| ${i} | Status ${i} |`).join('\n');
    assert.ok(linearRatio(row, parseTable, 1_000) < 3.5);
    assert.ok(linearRatio((n) => `1 ${' '.repeat(n)}\r`, parseTable, 20_000) < 3.5);
  });

  it('catalog parsing: never throws on any text, and reports problems at positions inside it', function () {
    // Generous for a busy machine: property runs and time ratios take a second or two on an idle one.
    this.timeout(30_000);
    const valid = JSON.stringify({ id: 'acme', title: 'Acme', provider: 'Acme', kind: 'status', context: ['status'], source: { url: 'https://example.com' }, entries: [{ code: 1, description: 'x' }] });
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), fc.json(), fc.nat({ max: valid.length }).map((n) => valid.slice(0, n))), (text) => {
        const result = parseCatalog(text, { file: 'x.json' });
        assert.ok(result.catalog !== undefined || result.problems.length > 0);
      }),
      { numRuns: 500 },
    );
    const big = (n: number) => JSON.stringify({ ...JSON.parse(valid), entries: Array.from({ length: n }, (_, i) => ({ code: i, description: `code ${i}` })) });
    assert.ok(parseCatalog(big(10), { file: 'x.json' }).catalog, 'the timed catalog is valid, so its entries are all checked');
    assert.ok(linearRatio(big, (text) => parseCatalog(text, { file: 'x.json' }), 500) < 3.5);
  });
});
