import * as assert from 'node:assert/strict';
import { ignoreEntryFor, isIgnoredRecognition } from '../../../src/core/annotate/channels';
import { constantsFor } from '../../../src/core/annotate/namedConstants';
import { sanitizeSettings } from '../../../src/core/settings';
import { decimalCatalog, dottedCatalog, entryOf, hexCatalog, nameCatalog, recognitionOf } from './formatCatalogs';

describe('never annotating hex, word and dotted codes', () => {
  const invalidAddress = recognitionOf('0x0B', entryOf(hexCatalog, '0x0000000B'), 11);
  const undeliverable = recognitionOf('UNDELIV', entryOf(nameCatalog, 'UNDELIV'), entryOf(nameCatalog, 'UNDELIV').entry.code);
  const badMailbox = recognitionOf('5.1.1', entryOf(dottedCatalog, 'X.1.1'));
  const routed = recognitionOf('11', { catalog: decimalCatalog, entry: decimalCatalog.entries[2]! }, 11);

  it('stores the code as its catalog writes it, the dotted one as met', () => {
    assert.equal(ignoreEntryFor(invalidAddress), '0x0000000B');
    assert.equal(ignoreEntryFor(undeliverable), 'UNDELIV');
    assert.equal(ignoreEntryFor(badMailbox), '5.1.1');
    assert.equal(ignoreEntryFor(routed), 11);
  });

  it('silences each code by what it stores, and nothing else', () => {
    assert.equal(isIgnoredRecognition(invalidAddress, ['0x0000000B']), true);
    assert.equal(isIgnoredRecognition(invalidAddress, ['0x0b']), true, 'any way of writing the value');
    assert.equal(isIgnoredRecognition(invalidAddress, [11]), true, 'a number silences the hex code of that value');
    assert.equal(isIgnoredRecognition(routed, ['0x0000000B']), false, 'a hex code does not silence the decimal 11 of another catalog');
    assert.equal(isIgnoredRecognition(undeliverable, ['undeliv']), true);
    assert.equal(isIgnoredRecognition(undeliverable, [undeliverable.code!]), false, 'the number a word is held as is not the word');
    assert.equal(isIgnoredRecognition(badMailbox, ['5.1.1']), true);
    assert.equal(isIgnoredRecognition(badMailbox, ['X.1.1']), true, 'the row silences every class');
    assert.equal(isIgnoredRecognition(badMailbox, ['4.1.1']), false);
    assert.equal(isIgnoredRecognition(routed, [11]), true);
    assert.equal(isIgnoredRecognition(routed, []), false);
  });

  it('keeps numbers and codes as written in the setting, and drops the rest', () => {
    const settings = sanitizeSettings((key) => (key === 'ignoreCodes' ? [404, '23', '0x0000000B', 'UNDELIV', '5.1.1', 'x', 'a b', 2.5, 'undeliv', null] : undefined));
    assert.deepEqual(settings.ignoreCodes, [404, 23, '0x0000000B', 'UNDELIV', '5.1.1']);
  });

  it('finds a constant declared in hex for the quick fix that names a hex code', () => {
    const text = 'const ESME_ROK = 0x00000000;\nconst ESME_RINVDSTADR = 0x0000000B;\nif (status === 11) {}\n';
    assert.deepEqual(
      constantsFor(text, 'typescript', 11).map((c) => c.name),
      ['ESME_RINVDSTADR'],
    );
  });
});
