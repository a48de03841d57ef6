import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Catalog, CatalogEntry } from '../../../src/core/catalog/types';
import { describeWithShared } from '../sharedDocuments';
import { readCatalog } from './catalogFiles';
import { copiedText, sentencesOf, wordRuns } from './ownWords';

/**
 * The `twilio-errors` catalog against Twilio's error dictionary in JSON:
 * the selection rule of catalogs/README.md ("Twilio decisions") applied to
 * the dictionary gives exactly the catalog's codes, each named by Twilio's
 * title, grouped by product, warnings marked; and no description is in
 * Twilio's words.
 */

interface DictionaryRow {
  readonly code: number;
  readonly message: string;
  readonly log_level: string;
  readonly product: string | null;
  readonly secondary_message: string | null;
  readonly docs: string | null;
  readonly causes: string | null;
  readonly solutions: string | null;
  readonly description: string | null;
}

const MESSAGING_PRODUCTS = new Set(['Programmable SMS', 'Programmable Messaging']);
/** In the Messages and Messaging Service block without a product, but a phone-number purchase error. */
const NOT_SENDING = new Set([21613]);
/** Numbered with the Calls resource, without a product; the dictionary says they are returned for messages too. */
const ALSO_MESSAGES = new Set([21211, 21212]);

/** Whether a dictionary row belongs in the catalog, by the rule the catalogs README records. */
function isSelected(row: DictionaryRow): boolean {
  const { code } = row;
  if ((code >= 30001 && code <= 30035) || (code >= 63000 && code <= 63999)) {
    return true;
  }
  if (code >= 21000 && code <= 21999) {
    if (row.product !== null && MESSAGING_PRODUCTS.has(row.product)) {
      return true;
    }
    return row.product === null && ((code >= 21600 && !NOT_SENDING.has(code)) || ALSO_MESSAGES.has(code));
  }
  return false;
}

/** A title as a name: whitespace folded, a final full stop dropped. */
function titleName(message: string): string {
  return message.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
}

const MAX_NAME = 120;

describeWithShared('sources', 'the Twilio catalog against the Twilio error dictionary', (dir) => {
  let rows: DictionaryRow[];
  let selected: DictionaryRow[];
  let catalog: Catalog;
  const entryOf = (code: number): CatalogEntry | undefined => catalog.entries.find((entry) => entry.code === code);

  before(() => {
    rows = JSON.parse(fs.readFileSync(path.join(dir, 'twilio', 'twilio-error-codes.json'), 'utf8')) as DictionaryRow[];
    selected = rows.filter(isSelected).sort((a, b) => a.code - b.code);
    catalog = readCatalog('twilio-errors');
  });

  it('reads the whole dictionary, one row per code', () => {
    assert.equal(rows.length, 1953);
    assert.equal(new Set(rows.map((row) => row.code)).size, rows.length);
  });

  it('selects 30001–30035, 64 of the 182 21xxx codes and all 47 63xxx codes', () => {
    const in21 = rows.filter((row) => row.code >= 21000 && row.code <= 21999);
    assert.equal(in21.length, 182);
    assert.deepEqual(
      selected.filter((row) => row.code >= 30000 && row.code < 31000).map((row) => row.code),
      Array.from({ length: 35 }, (_, i) => 30001 + i),
    );
    assert.equal(selected.filter((row) => row.code < 30000).length, 64);
    assert.equal(selected.filter((row) => row.code >= 63000).length, 47);
  });

  it('holds exactly the selected codes, in code order', () => {
    assert.deepEqual(
      catalog.entries.map((entry) => entry.code),
      selected.map((row) => row.code),
    );
  });

  it("names every entry by Twilio's title, except the titles too long for a name", () => {
    for (const row of selected) {
      const entry = entryOf(row.code);
      const title = titleName(row.message);
      if (title.length <= MAX_NAME) {
        assert.equal(entry?.name, title, `${row.code}`);
      } else {
        assert.equal(entry?.name, undefined, `${row.code} has a title of ${title.length} characters`);
        assert.match(entry?.note ?? '', /no name/, `${row.code} says why it has no name`);
      }
    }
  });

  it('groups every entry by its product and marks warnings as information', () => {
    for (const row of selected) {
      const entry = entryOf(row.code);
      const warning = row.log_level === 'WARNING';
      assert.equal(entry?.group, `${row.product ?? 'No product given'}${warning ? ' (warning)' : ''}`, `${row.code}`);
      assert.equal(entry?.outcome, warning ? 'info' : 'failed', `${row.code}`);
    }
  });

  it('marks as retryable only errors, among them the queue overflow, the unreachable handset and the unknown error', () => {
    for (const row of selected) {
      if (entryOf(row.code)?.retryable === true) {
        assert.equal(row.log_level, 'ERROR', `${row.code} is a warning`);
      }
    }
    for (const code of [30001, 30003, 30008]) {
      assert.equal(entryOf(code)?.retryable, true, `${code}`);
    }
    for (const code of [21610, 30007, 21211]) {
      assert.equal(entryOf(code)?.retryable, undefined, `${code} needs a change before a new attempt`);
    }
  });

  it("writes every description in its own words: no eight words in a row and no sentence of Twilio's", () => {
    const texts = selected.flatMap((row) => [row.message, row.secondary_message, row.docs, row.causes, row.solutions, row.description].filter((text): text is string => typeof text === 'string'));
    assert.ok(texts.length > 400, `read ${texts.length} texts`);
    assert.deepEqual(copiedText(catalog.entries, wordRuns(texts), sentencesOf(texts)), []);
  });
});
