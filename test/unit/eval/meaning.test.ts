import * as assert from 'node:assert/strict';
import type { Catalog, CatalogEntry } from '../../../src/core/catalog/types';
import type { Recognition } from '../../../src/core/recognize/types';
import { meaningOf } from '../../eval/evaluate';

function catalog(id: string, extra: Partial<Catalog>, entries: CatalogEntry[]): Catalog {
  return { id, title: id, provider: 'test', kind: 'error', source: { url: 'https://example.com' }, context: [], entries, ...extra };
}

function recognized(at: Catalog, entry: CatalogEntry): Recognition {
  return { line: 0, start: 0, end: 1, text: 'x', form: 'assign', candidates: [{ catalog: at, entry, confidence: 0.9, reasons: [] }] };
}

describe('The meaning the evaluation reads off a recognition', () => {
  it('writes the code as the labels and the catalog file write it, not as the number it is held as', () => {
    const smpp = catalog('smpp-command-status', { codeFormat: 'hex', codeWidth: 8 }, [{ code: 11, description: 'bad destination' }]);
    const receipt = catalog('smpp-receipt-stat', { codeFormat: 'name' }, [{ code: 4, codeText: 'UNDELIV', description: 'undeliverable' }]);
    const enhanced = catalog('smtp-enhanced-status-codes', { codeFormat: 'dotted' }, [{ code: 999_001_001, codeText: 'X.1.1', description: 'bad mailbox' }]);
    const http = catalog('http', {}, [{ code: 404, description: 'not found' }]);
    assert.deepEqual(
      [smpp, receipt, enhanced, http].map((at) => meaningOf(recognized(at, at.entries[0] as CatalogEntry))),
      ['smpp-command-status:0x0000000B', 'smpp-receipt-stat:UNDELIV', 'smtp-enhanced-status-codes:X.1.1', 'http:404'],
    );
  });

  it('names a class of codes as the labels do, and nothing when there is no candidate', () => {
    const fiveHundreds = { code: 500, to: 599, name: '5xx', description: 'server errors' };
    const http = catalog('http', { classes: [fiveHundreds] }, []);
    assert.equal(meaningOf(recognized(http, fiveHundreds)), 'http-class:5xx');
    assert.equal(meaningOf(undefined), undefined);
  });
});
