import * as assert from 'node:assert/strict';
import { codeText } from '../../../src/core/catalog/codeFormat';
import { generateCases, generatorFor } from '../../../src/core/generate/index';
import { renderHover } from '../../../src/core/render/hover';
import { lensTitle } from '../../../src/core/render/lens';
import { search } from '../../../src/core/search/search';
import { realIndex } from '../recognize/catalogs';
import { recognitionOf } from './formatCatalogs';

/** The built-in catalogs of the new families, through the features that show and write codes. */
describe('built-in catalogs of hex, word and dotted codes in the features', () => {
  const index = realIndex();

  it('looks 5.1.1 up as the registry row X.1.1, with the rows of its class and subject', () => {
    const found = search('5.1.1', index).filter((r) => r.match === 'code' || r.match === 'range');
    assert.deepEqual(
      found.filter((r) => r.catalog.id === 'smtp-enhanced-status-codes').map((r) => codeText(r.catalog, r.entry)),
      ['X.1.1', '5.X.X', 'X.1.X'],
    );
  });

  it('explains 5.1.1 in the hover and the lens as written, with its class and subject', () => {
    const [match] = index.byDotted(5_001_001);
    assert.ok(match);
    const md = renderHover(recognitionOf('5.1.1', match), { index });
    assert.match(md, /^\*\*5\\\.1\\\.1\*\* `Bad destination mailbox address`/);
    assert.match(md, /class 5 Permanent Failure, subject 1 Addressing Status/);
    assert.match(lensTitle(recognitionOf('5.1.1', match)), /^5\.1\.1 Bad destination mailbox address · /);
  });

  it('shows the hex code of SMPP command_status 0x0000000B and finds it however it is written', () => {
    const catalog = index.catalog('smpp-command-status');
    assert.ok(catalog);
    const match = index.entryOf(catalog, 11)!;
    assert.match(renderHover(recognitionOf('0x0000000B', match, 11)), /^\*\*0x0000000B\*\* \(11\) `ESME_RINVDSTADR`/);
    for (const query of ['0x0B', '0x0000000B', '11']) {
      assert.ok(
        search(query, index).some((r) => r.match === 'code' && r.entry === match.entry),
        query,
      );
    }
  });

  it('writes a Go switch over a receipt stat and a Vonage status with string labels', () => {
    assert.match(generateCases(index.catalog('vonage-sms-dlr-status')!, generatorFor('python')!, { includeDefault: true, subject: 'status' }).plain, /^case "delivered":$/m);
    const plain = generateCases(index.catalog('smpp-receipt-stat')!, generatorFor('go')!, { includeDefault: true, subject: 'stat' }).plain;
    assert.match(plain, /^case "UNDELIV":$/m);
  });
});
