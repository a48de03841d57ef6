import * as assert from 'node:assert/strict';
import { CatalogIndex } from '../../../src/core/catalog/catalogIndex';
import { KnownLiterals } from '../../../src/core/recognize/knownLiterals';
import { fakeCatalog } from './catalogs';

describe('the literals some catalog knows', () => {
  const known = new KnownLiterals(
    new CatalogIndex([
      fakeCatalog('small', 'status', [{ code: 0 }, { code: 23 }, { code: 34, to: 37 }, { code: 65535 }]),
      fakeCatalog('large', 'error', [{ code: 65536 }, { code: 131000, to: 131010 }, { code: 65000, to: 66000 }, { code: -1 }, { code: 9000, to: 8990 }, { code: -10, to: -5 }]),
    ]),
  );

  it('knows single codes on both sides of the bitmap boundary, and negative ones', () => {
    for (const code of [0, 23, 65535, 65536, -1]) {
      assert.equal(known.isKnownCode(code), true, String(code));
    }
  });

  it('knows every code of a range, wherever the range lies, written in either order', () => {
    for (const code of [34, 35, 37, -10, -7, -5, 131000, 131005, 131010, 65000, 65535, 65536, 65999, 66000, 8990, 8995, 9000]) {
      assert.equal(known.isKnownCode(code), true, String(code));
    }
  });

  it('knows nothing else', () => {
    for (const code of [1, 22, 24, 33, 38, 64999, 66001, 130999, 131011, 8989, 9001, -2, -4, -11, 1_000_000]) {
      assert.equal(known.isKnownCode(code), false, String(code));
    }
  });
});
