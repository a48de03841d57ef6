import * as assert from 'node:assert/strict';
import { CatalogIndex } from '../../../src/core/catalog/catalogIndex';
import { fakeCatalog, recognizeText, recognizerFor, topOf } from './catalogs';

/**
 * Ranking with small in-memory catalogs, so each signal can be seen on its
 * own: the key's role, declared keys, document and line hints, channel
 * siblings and the user's preferences.
 */
const messageStatus = fakeCatalog('acme-status', 'status', [{ code: 23, name: 'DELIVERY_FAILURE' }, { code: 4, name: 'READ' }, { code: 7 }], {
  provider: 'Acme',
  context: ['status', 'statusCode'],
  hints: ['acme'],
});
const errors = fakeCatalog('acme-errors', 'error', [{ code: 23 }, { code: 7 }], {
  provider: 'Acme',
  context: ['errorCode', 'error.code'],
  hints: ['acme'],
});
const reasons = fakeCatalog('other-reasons', 'reason', [{ code: 23 }, { code: 7 }], {
  provider: 'Other',
  context: ['reasonCode'],
  hints: ['othercorp'],
});
const sms = fakeCatalog('chat-sms', 'status', [{ code: 7000 }, { code: 7500 }], { provider: 'Chat', channel: 'sms', context: ['status', 'code'] });
const whatsapp = fakeCatalog('chat-whatsapp', 'status', [{ code: 7500 }], { provider: 'Chat', channel: 'whatsapp', context: ['status', 'code'] });
const common = fakeCatalog('chat-common', 'error', [{ code: 7000 }], { provider: 'Chat', channel: 'all channels', context: ['status', 'code'] });
const email = fakeCatalog('chat-email', 'status', [{ code: 7000 }, { code: 7500 }], { provider: 'Chat', channel: 'email', context: ['status', 'code'] });

const index = new CatalogIndex([messageStatus, errors, reasons, sms, whatsapp, common, email]);
const recognizer = recognizerFor(index);

function top(text: string, languageId = 'typescript', preferred: readonly string[] = []): string | undefined {
  const found = recognizeText(recognizer, text, languageId, preferred);
  return topOf(found[found.length - 1]);
}

describe('ranking of the catalogs a literal may belong to', () => {
  it('follows the role of the key: status, error, reason', () => {
    assert.equal(top('if (message.status === 23) {}'), 'acme-status:23');
    assert.equal(top('if (lastErrorCode === 23) {}'), 'acme-errors:23');
    assert.equal(top('if (reasonCode === 23) {}'), 'other-reasons:23');
  });

  it("holds a key's role against a catalog of another kind only where its product has a table of that role", () => {
    const rpc = fakeCatalog('rpc-status', 'status', [{ code: 23 }], { provider: 'Rpc', context: ['rpcStatus'] });
    const [found] = recognizeText(recognizerFor(new CatalogIndex([messageStatus, errors, rpc])), 'if (lastErrorCode === 23) {}', 'typescript');
    const reasons = (id: string) => found?.candidates.find((candidate) => candidate.catalog.id === id)?.reasons.join('; ') ?? 'no candidate';
    assert.equal(topOf(found), 'acme-errors:23');
    // Acme has an error table beside its statuses; Rpc's one table is what its errors carry too.
    assert.match(reasons('acme-status'), /is a error key but the catalog holds status codes/);
    assert.doesNotMatch(reasons('rpc-status'), /key but the catalog holds/);
    const acme = found?.candidates.find((candidate) => candidate.catalog.id === 'acme-status');
    const sole = found?.candidates.find((candidate) => candidate.catalog.id === 'rpc-status');
    assert.ok(acme && sole && sole.confidence > acme.confidence, 'the sole table ranks above the status table of a product with an error table');
  });

  it('reads the enclosing key of a generic `code`', () => {
    assert.equal(top('{"error":{"code":23}}', 'json'), 'acme-errors:23');
    assert.equal(top('{"error":{"description":"failed","code":7}}', 'json'), 'acme-errors:7');
  });

  it('prefers a catalog that declares the key over one that only shares the role', () => {
    const declared = recognizeText(recognizer, 'statusCode = 23', 'typescript')[0];
    assert.ok(declared);
    assert.equal(topOf(declared), 'acme-status:23');
    assert.ok(declared.candidates[0]!.reasons.some((r) => r.includes('statusCode')));
  });

  it('gives every candidate a confidence between 0 and 1, best first', () => {
    const [found] = recognizeText(recognizer, 'status = 23', 'typescript');
    assert.ok(found && found.candidates.length >= 2);
    const confidences = found.candidates.map((c) => c.confidence);
    assert.deepEqual([...confidences].sort((a, b) => b - a), confidences);
    assert.ok(confidences.every((c) => c >= 0 && c <= 1));
  });

  it('lets the user prefer a catalog for a file', () => {
    assert.equal(top('status = 23', 'typescript', ['acme-errors']), 'acme-errors:23');
    assert.equal(top('status = 23', 'typescript', []), 'acme-status:23');
  });

  it('lets the document name the provider', () => {
    assert.equal(top('// othercorp webhooks\ncode = 23'), 'other-reasons:23');
    assert.match(top('// acme webhooks\ncode = 23') ?? '', /^acme-/);
  });

  it('picks the channel the line names among one provider’s channel tables', () => {
    assert.equal(top('dr channel=whatsapp status=7500', 'log'), 'chat-whatsapp:7500');
    assert.equal(top('dr channel=email status=7500', 'log'), 'chat-email:7500');
  });

  it('prefers the provider’s common table when the named channel lacks the code', () => {
    assert.equal(top('dr channel=whatsapp status=7000', 'log'), 'chat-common:7000');
  });

  it('says nothing about a number whose key is not a code key', () => {
    assert.deepEqual(recognizeText(recognizer, 'const width = 23; const timeoutMs = 7000;', 'typescript'), []);
  });

  it('says nothing about a number no catalog has', () => {
    assert.deepEqual(recognizeText(recognizer, 'status = 999', 'typescript'), []);
  });

  it('recognises a distinctive name alone, and a short one only with a key and evidence for its catalog', () => {
    const bare = recognizeText(recognizer, '// retry after DELIVERY_FAILURE', 'typescript');
    assert.equal(topOf(bare[0]), 'acme-status:23');
    assert.equal(bare[0]?.form, 'bare');
    assert.ok((bare[0]?.candidates[0]?.confidence ?? 1) < 0.5, 'a bare name is a weak guess');
    assert.deepEqual(recognizeText(recognizer, '// READ the docs before changing this', 'typescript'), []);
    // `status` is a key of two providers' codes: the word alone says nothing about which.
    assert.equal(top("if (status == 'READ') {}"), undefined);
    assert.equal(top("// acme client\nif (status == 'READ') {}"), 'acme-status:4');
    assert.equal(top('// acme client\nconst done = MessageStatus.READ;'), 'acme-status:4');
    assert.equal(top("if (status == 'READ') {}", 'typescript', ['acme-status']), 'acme-status:4');
  });

  it('keeps one entry per catalog, and ranges after exact codes', () => {
    const ranged = fakeCatalog('ranged', 'status', [{ code: 1000, to: 1999, description: 'series' }, { code: 1500, description: 'exact' }], {
      context: ['status'],
    });
    const only = recognizerFor(new CatalogIndex([ranged]));
    const [found] = recognizeText(only, 'status = 1500', 'typescript');
    assert.equal(found?.candidates.length, 1);
    assert.equal(found?.candidates[0]?.entry.description, 'exact');
    const [inRange] = recognizeText(only, 'status = 1234', 'typescript');
    assert.equal(inRange?.candidates[0]?.entry.description, 'series');
  });

  it('shares one recogniser per index and settings, and builds a new one when either changes', () => {
    assert.equal(recognizerFor(index), recognizer);
    assert.notEqual(recognizerFor(index, { maxLineLength: 100 }), recognizer);
    assert.notEqual(recognizerFor(new CatalogIndex([messageStatus])), recognizer);
  });
});
