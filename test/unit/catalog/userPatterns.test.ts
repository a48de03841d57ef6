import * as assert from 'node:assert/strict';
import { baseFoldersGlob, catalogPatterns, leavesFolder, matchesFlatGlob, parseCatalogPattern } from '../../../src/core/catalog/userPatterns';

describe('user catalog patterns', () => {
  it('splits the default pattern into its folder and a flat glob', () => {
    const pattern = parseCatalogPattern('.vscode/status-codes/*.json')!;
    assert.deepEqual(pattern.base, ['.vscode', 'status-codes']);
    assert.equal(pattern.glob, '*.json');
    assert.equal(pattern.flat, true);
    assert.equal(pattern.absolute, false);
  });

  it('treats a plain path as one file in its folder', () => {
    const pattern = parseCatalogPattern('./docs/codes/acme.json')!;
    assert.deepEqual(pattern.base, ['docs', 'codes']);
    assert.equal(pattern.glob, 'acme.json');
    assert.equal(pattern.flat, true);
  });

  it('keeps a parent folder and backslashes out of the glob', () => {
    const pattern = parseCatalogPattern('..\\shared\\codes\\**\\*.json')!;
    assert.deepEqual(pattern.base, ['..', 'shared', 'codes']);
    assert.equal(pattern.glob, '**/*.json');
    assert.equal(pattern.flat, false);
  });

  it('recognises absolute paths on POSIX and Windows', () => {
    assert.equal(parseCatalogPattern('/srv/codes/*.json')?.absolute, true);
    assert.deepEqual(parseCatalogPattern('C:\\codes\\a.json')?.base, ['C:', 'codes']);
    assert.equal(parseCatalogPattern('C:\\codes\\a.json')?.absolute, true);
  });

  it('ignores values that name no file', () => {
    assert.equal(parseCatalogPattern(''), undefined);
    assert.equal(parseCatalogPattern('  '), undefined);
    assert.equal(parseCatalogPattern('docs/codes/'), undefined);
  });

  it('always reads the default folder first and drops repeated patterns', () => {
    const patterns = catalogPatterns(['docs/*.json', '.vscode/status-codes/*.json', './docs/*.json']);
    assert.deepEqual(
      patterns.map((p) => `${p.base.join('/')}|${p.glob}`),
      ['.vscode/status-codes|*.json', 'docs|*.json'],
    );
  });

  it('matches file names of a flat glob, dot files included', () => {
    const pattern = parseCatalogPattern('codes/{acme,beta}-*.json')!;
    assert.equal(matchesFlatGlob(pattern, 'acme-errors.json'), true);
    assert.equal(matchesFlatGlob(pattern, 'gamma-errors.json'), false);
    assert.equal(matchesFlatGlob(parseCatalogPattern('codes/*.json')!, '.hidden.json'), true);
    assert.equal(matchesFlatGlob(parseCatalogPattern('codes/*.json')!, 'notes.txt'), false);
  });

  it('watches the base folder and its parents for deletion, but not outside the workspace', () => {
    assert.equal(baseFoldersGlob(parseCatalogPattern('.vscode/status-codes/*.json')!), '{.vscode,.vscode/status-codes}');
    assert.equal(baseFoldersGlob(parseCatalogPattern('codes/*.json')!), 'codes');
    assert.equal(baseFoldersGlob(parseCatalogPattern('*.json')!), undefined);
    assert.equal(baseFoldersGlob(parseCatalogPattern('../shared/*.json')!), undefined);
  });

  it('tells patterns that reach out of the workspace folder from those inside it', () => {
    const leaves = (source: string): boolean => leavesFolder(parseCatalogPattern(source)!);
    for (const outside of ['/etc/*', '../shared/*.json', 'codes/../../x.json', 'codes/**/../../../etc/*.json', 'C:/codes/*.json', 'C:\\codes\\a.json', '..\\a.json']) {
      assert.ok(leaves(outside), outside);
    }
    for (const inside of ['.vscode/status-codes/*.json', 'codes/**/*.json', 'a.json', './codes/a..b.json', 'codes/..json']) {
      assert.ok(!leaves(inside), inside);
    }
  });
});
