import * as assert from 'node:assert/strict';
import { CatalogIndex } from '../../../src/core/catalog/catalogIndex';
import { describeEntry, renderDetailMarkdown } from '../../../src/core/render/detail';
import { renderHover } from '../../../src/core/render/hover';
import { inlayLabel } from '../../../src/core/render/inlayPlan';
import { codeLabel, entryLabel } from '../../../src/core/render/labels';
import { lensTitle } from '../../../src/core/render/lens';
import { withDottedParts } from '../../../src/core/render/shownCode';
import { entryRow } from '../../../src/core/search/pickItems';
import { decimalCatalog, dottedCatalog, entryOf, hexCatalog, nameCatalog, recognitionOf } from './formatCatalogs';

describe('what features show for hex, word and dotted codes', () => {
  const index = new CatalogIndex([hexCatalog, nameCatalog, dottedCatalog, decimalCatalog]);
  const invalidAddress = entryOf(hexCatalog, '0x0000000B');
  const undeliverable = entryOf(nameCatalog, 'UNDELIV');
  const badMailbox = entryOf(dottedCatalog, 'X.1.1');

  it('labels each code as its catalog writes it, never as the number it is held as', () => {
    assert.equal(codeLabel(hexCatalog, invalidAddress.entry), '0x0000000B');
    assert.equal(codeLabel(hexCatalog, entryOf(hexCatalog, '0x00000400').entry), '0x00000400–0x000004FF');
    assert.equal(codeLabel(nameCatalog, undeliverable.entry), 'UNDELIV');
    assert.equal(codeLabel(dottedCatalog, badMailbox.entry), 'X.1.1');
    assert.equal(entryLabel(hexCatalog, invalidAddress.entry), '0x0000000B ESME_RINVDSTADR');
    assert.equal(entryLabel(nameCatalog, undeliverable.entry), 'UNDELIV', 'a word is not repeated as its own name');
    assert.equal(entryLabel(decimalCatalog, decimalCatalog.entries[2]!), '11 ROUTED');
  });

  it('heads the hover of a hex code with its hex text and its decimal value', () => {
    const md = renderHover(recognitionOf('0x0B', invalidAddress, 11));
    assert.match(md, /^\*\*0x0000000B\*\* \(11\) `ESME_RINVDSTADR` — Invalid destination address/);
    assert.doesNotMatch(renderHover(recognitionOf('11', { catalog: decimalCatalog, entry: decimalCatalog.entries[2]! }, 11)), /\(11\)/, 'a decimal code is shown as before');
  });

  it('heads the hover of a word code with the word once, and gives the number it stands for', () => {
    const md = renderHover(recognitionOf('UNDELIV', undeliverable));
    assert.match(md, /^\*\*UNDELIV\*\* — Message is undeliverable/);
    assert.doesNotMatch(md, /\*\*[0-9]/, 'the place of the word in its file is never shown');
    assert.match(md, /Value 5/);
  });

  it('heads the hover of 5.1.1 with the code as written, and explains its class and subject from the catalog rows', () => {
    const md = renderHover(recognitionOf('5.1.1', badMailbox), { index });
    assert.match(md, /^\*\*5\\\.1\\\.1\*\* `Bad destination mailbox address` — The mailbox does not exist/);
    assert.match(md, /5\\\.1\\\.1\\: Bad destination mailbox address — class 5 Permanent Failure, subject 1 Addressing Status/);
    assert.doesNotMatch(renderHover(recognitionOf('5.1.1', badMailbox)), /class 5/, 'without the index there are no rows to read');
  });

  it('titles lenses with the written code, the dotted code as met in the text', () => {
    assert.match(lensTitle(recognitionOf('0x0B', invalidAddress, 11)), /^0x0000000B ESME_RINVDSTADR · Invalid destination address · Acme SMPP$/);
    assert.match(lensTitle(recognitionOf('UNDELIV', undeliverable)), /^UNDELIV · Message is undeliverable · Acme SMPP$/);
    assert.match(lensTitle(recognitionOf('5.1.1', badMailbox)), /^5\.1\.1 Bad destination mailbox address · /);
    assert.match(lensTitle(recognitionOf('4.1.1', badMailbox)), /^4\.1\.1 /, 'two codes of one row keep their own titles');
  });

  it('labels inlay hints with the meaning of a word or dotted code and the name of a hex one', () => {
    assert.equal(inlayLabel(recognitionOf('UNDELIV', undeliverable)), 'Message is undeliverable');
    assert.equal(inlayLabel(recognitionOf('5.1.1', badMailbox)), 'The mailbox does not exist');
    assert.equal(inlayLabel(recognitionOf('0x0B', invalidAddress, 11)), 'ESME_RINVDSTADR');
    assert.equal(inlayLabel({ ...recognitionOf('ESME_RINVDSTADR', invalidAddress, 11), name: 'ESME_RINVDSTADR' }), '0x0000000B');
  });

  it('shows written codes in the detail view, its other meanings and the lookup rows', () => {
    assert.equal(describeEntry(invalidAddress).code, '0x0000000B');
    assert.deepEqual(describeEntry(invalidAddress).facts.find((f) => f.label === 'Decimal')?.values, ['11']);
    assert.equal(describeEntry(undeliverable).name, undefined);
    assert.deepEqual(describeEntry(undeliverable).facts.find((f) => f.label === 'Value')?.values, ['5']);
    const md = renderDetailMarkdown(badMailbox, index.dottedParts(dottedCatalog, 5_001_001));
    assert.match(md, /^### `X\.1\.1` Bad destination mailbox address/);
    assert.match(md, /- `5\.X\.X` Permanent Failure: /);
    assert.match(md, /- `X\.1\.X` Addressing Status: /);
    assert.equal(entryRow(undeliverable).label, 'UNDELIV');
    assert.equal(entryRow(undeliverable).description, 'Message is undeliverable');
    assert.equal(entryRow(invalidAddress).label, '0x0000000B');
  });

  it('lists the class and subject rows after the meanings of a dotted code in the detail view', () => {
    assert.deepEqual(
      withDottedParts(index, '5.1.1', [badMailbox]).map((m) => m.entry.codeText),
      ['X.1.1', '5.X.X', 'X.1.X'],
    );
    assert.deepEqual(withDottedParts(index, 'UNDELIV', [undeliverable]), [undeliverable]);
  });
});
