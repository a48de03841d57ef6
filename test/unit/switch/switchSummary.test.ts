import * as assert from 'node:assert/strict';
import { CatalogIndex } from '../../../src/core/catalog/catalogIndex';
import { findSwitchBlocks } from '../../../src/core/switch/switchBlocks';
import { rankSwitchCatalogs, summarizeSwitch } from '../../../src/core/switch/switchSummary';
import { handledCodes } from '../../../src/core/generate/blockInsertion';
import { fakeCatalog, realIndex, recognizerFor } from '../recognize/catalogs';

const status = fakeCatalog(
  'acme-status',
  'status',
  [
    { code: 1, name: 'QUEUED' },
    { code: 2, name: 'SENT' },
    { code: 3, name: 'DELIVERED' },
    { code: 23, name: 'DELIVERY_FAILURE', aliases: ['FAILED'] },
    { code: 24, name: 'OLD', deprecated: 'gone since 2020' },
    { code: 29, reserved: true },
  ],
  { context: ['status'] },
);
const errors = fakeCatalog('acme-errors', 'error', [{ code: 1 }, { code: 2 }, { code: 7 }], { context: ['errorCode'] });
const recognizer = recognizerFor(new CatalogIndex([status, errors]));

function summary(text: string, languageId = 'typescript') {
  const [block] = findSwitchBlocks(text, { languageId });
  assert.ok(block);
  return summarizeSwitch(block, recognizer, recognizer.buildDocumentContext(text, languageId));
}

describe('switch summaries', () => {
  it('counts handled and missing entries of the catalog the switch is over, reserved and deprecated ones aside', () => {
    const found = summary("switch (msg.status) {\n  case 1:\n  case 'FAILED':\n    break;\n}");
    assert.equal(found?.catalog.id, 'acme-status');
    assert.equal(found?.total, 4);
    assert.deepEqual(
      found?.handled.map((e) => e.code),
      [1, 23],
    );
    assert.deepEqual(
      found?.missing.map((e) => e.code),
      [2, 3],
    );
  });

  it('counts the entries a range label takes in as handled', () => {
    const found = summary('when (msg.status) {\n    in 1..2 -> pending()\n    in 20..29 -> failed()\n    else -> {}\n}', 'kotlin');
    assert.equal(found?.catalog.id, 'acme-status');
    assert.deepEqual(
      found?.handled.map((e) => e.code),
      [1, 2, 23],
    );
    assert.deepEqual(
      found?.missing.map((e) => e.code),
      [3],
    );
  });

  it('lets the labels decide when the key fits several catalogs', () => {
    const found = summary('switch (code) {\n  case 1:\n  case 7:\n}');
    assert.equal(found?.catalog.id, 'acme-errors');
  });

  it('summarises an empty switch over a declared key', () => {
    const found = summary('switch (status) {\n}');
    assert.equal(found?.catalog.id, 'acme-status');
    assert.equal(found?.handled.length, 0);
    assert.equal(found?.missing.length, 4);
  });

  it('says nothing about a switch over something else', () => {
    assert.equal(summary("switch (action) {\n  case 'start':\n  case 'stop':\n}"), undefined);
    assert.equal(summary("switch (status) {\n  case 'active':\n  case 'inactive':\n}"), undefined);
  });

  it('ranks the shipped catalogs for a Clickatell status switch', () => {
    const real = recognizerFor(realIndex());
    const text = '// clickatell\nswitch (event.statusCode) {\n  case 4:\n  case 23:\n  case 130:\n}';
    const [block] = findSwitchBlocks(text, { languageId: 'typescript' });
    assert.ok(block);
    const ranked = rankSwitchCatalogs(block, real, real.buildDocumentContext(text, 'typescript'));
    assert.equal(ranked[0]?.catalog.id, 'clickatell-one-api-message-status');
    assert.equal(ranked[0]?.handled.length, 3);
    assert.ok((ranked[0]?.confidence ?? 0) >= 0.5);
  });

  it('counts a protocol library\'s spelling of a code as handled, as the fix reads it', () => {
    const real = recognizerFor(realIndex());
    const summarise = (text: string, languageId: string) => {
      const [block] = findSwitchBlocks(text, { languageId });
      assert.ok(block);
      const found = summarizeSwitch(block, real, real.buildDocumentContext(text, languageId));
      return { block, found };
    };
    // Go's codes.Canceled is the catalog's CANCELLED.
    const grpc = summarise('switch status.Code(err) {\ncase codes.Canceled:\n\treturn nil\ncase codes.Unavailable, codes.DeadlineExceeded:\n\treturn err\n}\n', 'go');
    assert.equal(grpc.found?.catalog.id, 'grpc-status');
    assert.deepEqual(grpc.found?.handled.map((e) => e.code), [1, 4, 14]);
    assert.deepEqual([...handledCodes(grpc.block, grpc.found.catalog)].sort((a, b) => a - b), [1, 4, 14]);
    // gorilla/websocket's CloseGoingAway is 1001.
    const ws = summarise('switch closeErr.Code {\ncase websocket.CloseNormalClosure, websocket.CloseGoingAway:\n\treturn nil\n}\n', 'go');
    assert.equal(ws.found?.catalog.id, 'websocket-close-codes');
    assert.deepEqual(ws.found?.handled.map((e) => e.code), [1000, 1001]);
  });
});
