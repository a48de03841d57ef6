import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import picomatch from 'picomatch';
import { compileGlob, matchesAnyGlob, MAX_GLOB_LENGTH, preferredCatalogsFor } from '../../../src/core/globs';
import { linearRatio } from './timing';

/** Glob pieces on which the editor's syntax and picomatch's agree. */
const GLOB_PIECES = ['a', 'b', '.', 'x.ts', '*', '**', '?', '/', '{a,b}', '{x,*.ts}', '[ab]', '[a-c]', '-'];
const PATH_PIECES = ['a', 'b', 'c', '.', 'x.ts', '/', '-', 'ab'];

function cleanGlob(parts: string[]): string {
  // `**` is a globstar only as a whole segment; elsewhere both read it as `*` but picomatch adds rules of its own about it.
  return parts.join('').replace(/\*{3,}/g, '**');
}

describe('glob matcher', () => {
  it('agrees with picomatch on the syntax both share', function () {
    this.timeout(30_000);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...GLOB_PIECES), { minLength: 1, maxLength: 7 }).map(cleanGlob),
        fc.array(fc.constantFrom(...PATH_PIECES), { minLength: 1, maxLength: 7 }).map((parts) => parts.join('')),
        (glob, path) => {
          fc.pre(!/(^|\/)\.{1,2}(\/|$)/.test(path) && !path.startsWith('/') && !path.endsWith('/') && !path.includes('//'));
          fc.pre(!/\*\*[^/]|[^/]\*\*/.test(glob) && !glob.includes('//') && !glob.startsWith('/'));
          // picomatch lets `a/**` match `a` but not `*/**`; here a trailing `/**` may always match nothing.
          fc.pre(!glob.endsWith('/**'));
          const expected = picomatch(glob, { dot: true, windows: false })(path);
          assert.equal(compileGlob(glob)(path), expected, `${glob} on ${path}`);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on any glob or path', function () {
    this.timeout(30_000);
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (glob, path) => {
        assert.equal(typeof matchesAnyGlob(path, [glob]), 'boolean');
        assert.ok(Array.isArray(preferredCatalogsFor(path, { [glob]: ['x'] })));
      }),
      { numRuns: 500 },
    );
  });

  it('matches the editor’s usual globs', () => {
    assert.equal(compileGlob('**/node_modules/**')('a/node_modules/b/c.js'), true);
    assert.equal(compileGlob('src/{a,b}/**/*.{ts,js}')('src/b/x/y.js'), true);
    assert.equal(compileGlob('src/{a,b}/**/*.{ts,js}')('src/c/x/y.js'), false);
    assert.equal(compileGlob('[!a]*.log')('b.log'), true);
    assert.equal(compileGlob('[!a]*.log')('a.log'), false);
    assert.equal(compileGlob('!*.ts')('x.js'), true);
    assert.equal(compileGlob('a\\*b')('a*b'), true);
    assert.equal(compileGlob('a\\*b')('axb'), false);
  });

  it('matches a long folder name against `*a*a*a*a*a*a*a*a*a*ab/**` in linear time (a backtracking glob took over a second)', function () {
    this.timeout(20_000);
    const glob = '*a*a*a*a*a*a*a*a*a*ab/**';
    const folder = (n: number) => `${'a'.repeat(n)}/x.ts`;
    assert.equal(matchesAnyGlob(folder(10), [glob]), false);
    const matcher = compileGlob(glob);
    const ratio = linearRatio((n) => folder(n), (path) => matcher(path), 2_000);
    assert.ok(ratio < 3.5, `time ratio ${ratio.toFixed(2)} for twice the path`);
  });

  it('matches nothing for a glob over the length limit or with too many alternatives', () => {
    assert.equal(compileGlob(`${'a'.repeat(MAX_GLOB_LENGTH)}*`)('a'.repeat(MAX_GLOB_LENGTH + 1)), false);
    assert.equal(compileGlob('{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}')('aaaaaaa'), false);
  });
});
