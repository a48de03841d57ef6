import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readCatalog } from '../catalogs/catalogFiles';
import { describeWithShared } from '../sharedDocuments';

/**
 * The legacy Clickatell catalogs against the open-source clients they were
 * transcribed from: every code of every client's list is in the catalog, the
 * catalog has no code that no list has, and each description opens with one
 * of the clients' short names for the code.
 */

/** `"004" => "Received by recipient: …"` (PHP) or `'004': 'Received by Recipient'` (Python, JS): code to text. */
function codeTable(text: string): Map<number, string> {
  const table = new Map<number, string>();
  for (const match of text.matchAll(/["'](\d{3})["']\s*(?:=>|:)\s*(["'])((?:(?!\2).)*)\2/g)) {
    table.set(Number(match[1]), match[3] as string);
  }
  return table;
}

/** The part of `text` from the line that contains `start` up to the next line that closes a list. */
function block(text: string, start: string): string {
  const from = text.indexOf(start);
  assert.ok(from >= 0, `"${start}" is in the file`);
  const end = text.slice(from).search(/\n\s*[)}\]];?\s*\n/);
  return text.slice(from, end < 0 ? undefined : from + end);
}

/** Short names compared without case, spacing or the text after a colon (the PHP files' "Name: description"). */
function shortName(text: string): string {
  return (text.split(':')[0] as string).toLowerCase().replace(/\s+/g, ' ').trim();
}

describeWithShared('sources', 'Clickatell legacy HTTP/SMPP API codes against the clients they come from', (dir) => {
  const read = (name: string): string => fs.readFileSync(path.join(dir, 'clickatell', name), 'utf8');
  let statusLists: Map<number, string>[];
  let errorLists: Map<number, string>[];

  before(() => {
    const python = read('rwizi_clickatellhttp_http.py');
    const older = read('ravishtiwari_BaseMessageAPI.php');
    statusLists = [
      codeTable(read('clickatell-php_Diagnostic_status.php')),
      codeTable(read('clickatell-node_diagnostic.js')),
      codeTable(block(python, 'CLICKATELL_MESSAGE_STATUS_CODES')),
      codeTable(block(older, '$msgStatus')),
    ];
    errorLists = [codeTable(read('clickatell-php_Diagnostic_errors_pr21.php')), codeTable(block(python, 'CLICKATELL_ERROR_CODES')), codeTable(block(older, '$errorMessages'))];
  });

  for (const [id, lists] of [
    ['clickatell-legacy-message-status', () => statusLists],
    ['clickatell-legacy-errors', () => errorLists],
  ] as const) {
    it(`${id} holds exactly the union of the clients' codes`, () => {
      const union = new Set(lists().flatMap((list) => [...list.keys()]));
      assert.ok(union.size >= 13, `parsed ${union.size} codes`);
      const codes = readCatalog(id).entries.map((entry) => entry.code);
      assert.deepEqual(
        [...codes].sort((a, b) => a - b),
        [...union].sort((a, b) => a - b),
      );
    });

    it(`${id} opens each description with a client's short name for the code`, () => {
      for (const entry of readCatalog(id).entries) {
        const names = lists()
          .map((list) => list.get(entry.code))
          .filter((text): text is string => text !== undefined && text.includes(' '))
          .map(shortName);
        const own = shortName(entry.description);
        assert.ok(
          names.some((name) => name === own || name.startsWith(own)),
          `${entry.code}: "${own}" is none of ${JSON.stringify(names)}`,
        );
      }
    });
  }

  it('counts 13 statuses and 33 errors, as the sources README says', () => {
    assert.equal(readCatalog('clickatell-legacy-message-status').entries.length, 13);
    assert.equal(readCatalog('clickatell-legacy-errors').entries.length, 33);
  });
});
