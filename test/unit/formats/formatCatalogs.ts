import * as assert from 'node:assert/strict';
import { codeText } from '../../../src/core/catalog/codeFormat';
import { parseCatalog } from '../../../src/core/catalog/parse';
import type { Catalog, CatalogMatch } from '../../../src/core/catalog/types';
import type { Recognition } from '../../../src/core/recognize/types';

/**
 * Small catalogs of each code format, read through the parser as a user's
 * file would be, for the tests of what features show and write for them.
 */
function read(value: object): Catalog {
  const result = parseCatalog(JSON.stringify(value), { file: 'test.json' });
  assert.deepEqual(
    result.problems.map((p) => p.message),
    [],
  );
  assert.ok(result.catalog);
  return result.catalog;
}

const base = { kind: 'status', source: { url: 'https://example.com/codes' } };

/** SMPP-like command_status codes, written in hex with eight digits. */
export const hexCatalog = read({
  ...base,
  id: 'acme-command-status',
  title: 'Acme command status',
  provider: 'Acme SMPP',
  codeFormat: 'hex',
  codeWidth: 8,
  context: ['command_status'],
  entries: [
    { code: '0x00000000', name: 'ESME_ROK', description: 'No error', outcome: 'success' },
    { code: '0x0000000B', name: 'ESME_RINVDSTADR', description: 'Invalid destination address', outcome: 'failed' },
    { code: '0x00000058', name: 'ESME_RTHROTTLED', description: 'Throttling error', outcome: 'failed', retryable: true },
    { code: '0x00000400', to: '0x000004FF', description: 'Reserved for vendor specific errors', reserved: true },
  ],
});

/** Delivery receipt words, each standing for a message state. */
export const nameCatalog = read({
  ...base,
  id: 'acme-receipt-stat',
  title: 'Acme receipt stat',
  provider: 'Acme SMPP',
  codeFormat: 'name',
  context: ['stat'],
  entries: [
    { code: 'DELIVRD', value: 2, description: 'Message is delivered to destination', outcome: 'delivered' },
    { code: 'UNDELIV', value: 5, description: 'Message is undeliverable', outcome: 'failed' },
    { code: 'EXPIRED', value: 3, description: 'Message validity period has expired', outcome: 'failed' },
  ],
});

/** Enhanced status codes with class and subject rows. */
export const dottedCatalog = read({
  ...base,
  id: 'acme-enhanced',
  title: 'Acme enhanced status codes',
  provider: 'Acme Mail',
  codeFormat: 'dotted',
  context: ['enhancedCode'],
  entries: [
    { code: '2.X.X', name: 'Success', description: 'Delivered', group: 'Class sub-codes' },
    { code: '5.X.X', name: 'Permanent Failure', description: 'Not likely to be resolved by resending', group: 'Class sub-codes' },
    { code: 'X.1.X', name: 'Addressing Status', description: 'About the address', group: 'Subject sub-codes' },
    { code: 'X.7.X', name: 'Security or Policy Status', description: 'About policy', group: 'Subject sub-codes' },
    { code: 'X.1.1', name: 'Bad destination mailbox address', description: 'The mailbox does not exist' },
    { code: 'X.7.1', name: 'Delivery not authorized, message refused', description: 'Refused by policy' },
  ],
});

/** A plain decimal catalog whose codes collide with the numbers the others are held as. */
export const decimalCatalog = read({
  ...base,
  id: 'acme-decimal',
  title: 'Acme decimal statuses',
  provider: 'Acme',
  context: ['status'],
  entries: [
    { code: 1, name: 'QUEUED', description: 'Queued' },
    { code: 2, name: 'SENT', description: 'Sent' },
    { code: 11, name: 'ROUTED', description: 'Routed to a carrier' },
  ],
});

/** The entry of `catalog` whose written code is `written`. */
export function entryOf(catalog: Catalog, written: string): CatalogMatch {
  const entry = catalog.entries.find((e) => codeText(catalog, e) === written);
  assert.ok(entry, `${catalog.id} lists ${written}`);
  return { catalog, entry };
}

/** A recognition of `text` meaning `match`, as the recogniser reports one. */
export function recognitionOf(text: string, match: CatalogMatch, code?: number): Recognition {
  return {
    line: 0,
    start: 0,
    end: text.length,
    text,
    ...(code === undefined ? {} : { code }),
    form: 'assign',
    candidates: [{ ...match, confidence: 0.9, reasons: [] }],
  };
}
