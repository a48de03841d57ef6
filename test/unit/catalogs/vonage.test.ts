import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ParsedTable } from '../seeds/htmlTable';
import { describeWithShared } from '../sharedDocuments';
import { readCatalog } from './catalogFiles';
import { entryWord, markdownTableAfter } from './sourceParsing';

/**
 * The two Vonage SMS delivery receipt catalogs against the tables of the
 * "Delivery receipts" guide they were transcribed from.
 */

/** The cells of `column` (found by header, backticks removed), one per row. */
function column(table: ParsedTable, header: string): string[] {
  const index = table.header.findIndex((cell) => cell.replace(/`/g, '') === header);
  assert.ok(index >= 0, `the table has a ${header} column: ${JSON.stringify(table.header)}`);
  return table.rows.map((row) => (row[index] ?? '').replace(/`/g, ''));
}

describeWithShared('sources', 'Vonage SMS delivery receipt catalogs against the Delivery receipts guide', (dir) => {
  let guide: string;

  before(() => {
    guide = fs.readFileSync(path.join(dir, 'vonage', 'delivery-receipts.md'), 'utf8');
  });

  it('vonage-sms-dlr-status holds the status words of the guide, in its order, as Vonage sends them', () => {
    const words = column(markdownTableAfter(guide, '### DLR status messages'), 'status');
    assert.equal(words.length, 7);
    assert.deepEqual(readCatalog('vonage-sms-dlr-status').entries.map(entryWord), words);
  });

  it('vonage-sms-dlr-errors holds every err-code of the guide, named by its Meaning column', () => {
    const table = markdownTableAfter(guide, '### DLR error codes');
    const codes = column(table, 'err-code').map(Number);
    const meanings = column(table, 'Meaning');
    assert.equal(codes.length, 22);
    assert.deepEqual(
      readCatalog('vonage-sms-dlr-errors').entries.map((entry) => [entry.code, entry.name]),
      codes.map((code, i) => [code, meanings[i]]),
    );
  });

  it('marks retryable the err-codes the guide says to retry, and not those it calls permanent', () => {
    const table = markdownTableAfter(guide, '### DLR error codes');
    const codes = column(table, 'err-code').map(Number);
    const texts = column(table, 'Description');
    const retry = codes.filter((_, i) => /\bretry\b/i.test(texts[i] ?? ''));
    const permanent = codes.filter((_, i) => /\bpermanent\b|no longer active/i.test(texts[i] ?? ''));
    assert.deepEqual(retry, [2, 7, 8]);
    assert.deepEqual(permanent, [3, 4]);
    const entries = readCatalog('vonage-sms-dlr-errors').entries;
    assert.deepEqual(
      entries.filter((entry) => entry.retryable === true).map((entry) => entry.code),
      retry,
    );
    assert.deepEqual(
      entries.filter((entry) => entry.retryable === false).map((entry) => entry.code),
      permanent,
    );
  });

  it('calls err-code 0 delivered and every other err-code a failure', () => {
    for (const entry of readCatalog('vonage-sms-dlr-errors').entries) {
      assert.equal(entry.outcome, entry.code === 0 ? 'delivered' : 'failed', `${entry.code}`);
    }
  });
});
