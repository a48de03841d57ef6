import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { CatalogIndex } from '../../../src/core/catalog/catalogIndex';
import type { Catalog } from '../../../src/core/catalog/types';
import { catalogsDir } from '../paths';

/** One catalog per channel table of the Webex Connect document (the SMS catalog also holds the US and Canada additions). */
const webexIds = [
  'webex-connect-common',
  'webex-connect-apple-messages',
  'webex-connect-email',
  'webex-connect-google-business-messages',
  'webex-connect-in-app-messaging',
  'webex-connect-instagram',
  'webex-connect-mms',
  'webex-connect-messenger',
  'webex-connect-push',
  'webex-connect-rcs',
  'webex-connect-sms',
  'webex-connect-voice',
  'webex-connect-voice-logbook',
  'webex-connect-whatsapp',
  'webex-connect-contact-policy',
];

function readCatalogText(id: string): string {
  return fs.readFileSync(path.join(catalogsDir, `${id}.json`), 'utf8');
}

describe('Webex Connect catalogs', () => {
  const catalogs: Catalog[] = [];
  let index: CatalogIndex;

  before(() => {
    for (const id of webexIds) {
      catalogs.push(JSON.parse(readCatalogText(id)) as Catalog);
    }
    index = new CatalogIndex(catalogs);
  });

  function descriptionsOf(code: number): Map<string, string> {
    return new Map(index.byCode(code).map(({ catalog, entry }) => [catalog.id, entry.description]));
  }

  it('has one file per channel table, each named after its id and pointing to the schema first', () => {
    const files = fs
      .readdirSync(catalogsDir)
      .filter((name) => name.startsWith('webex-connect-') && name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length));
    assert.deepEqual([...files].sort(), [...webexIds].sort());
    for (const id of webexIds) {
      const catalog = catalogs.find((candidate) => candidate.id === id);
      assert.ok(catalog, `${id}.json declares the id ${id}`);
      assert.equal(Object.keys(catalog)[0], '$schema', id);
      assert.equal((catalog as unknown as { $schema: string }).$schema, './schema.json', id);
      assert.equal(catalog.provider, 'Webex Connect', id);
      assert.ok(catalog.channel && catalog.channel.length > 0, `${id} names its channel`);
    }
  });

  it('passes the catalog schema', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(catalogsDir, 'schema.json'), 'utf8')) as object;
    // The schema carries editor keywords (markdownDescription) that a strict validator would refuse.
    const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
    for (const catalog of catalogs) {
      assert.ok(validate(catalog), `${catalog.id}: ${JSON.stringify(validate.errors)}`);
    }
  });

  it('keeps each code once per catalog, apart from the voice logbook ranges', () => {
    for (const catalog of catalogs) {
      const codes = catalog.entries.filter((entry) => entry.to === undefined).map((entry) => entry.code);
      assert.equal(new Set(codes).size, codes.length, `${catalog.id} repeats a code`);
      const ranges = catalog.entries.filter((entry) => entry.to !== undefined);
      assert.equal(ranges.length, catalog.id === 'webex-connect-voice-logbook' ? 3 : 0, catalog.id);
    }
  });

  it('shows each channel its own meaning of a code that channels word differently', () => {
    const code7303 = descriptionsOf(7303);
    assert.equal(code7303.get('webex-connect-instagram'), 'Delivery notification of a message expired');
    assert.equal(code7303.get('webex-connect-messenger'), 'Endpoint not reachable');
    const code7703 = descriptionsOf(7703);
    assert.equal(code7703.get('webex-connect-whatsapp'), 'Business eligibility - Payment issue');
    assert.match(code7703.get('webex-connect-in-app-messaging') ?? '', /^Max allowed buttons in a section reached/);
    const code7000 = descriptionsOf(7000);
    assert.equal(code7000.get('webex-connect-common'), 'Invalid JSON');
    assert.equal(code7000.get('webex-connect-rcs'), 'Invalid input details - JSON');
    assert.equal(code7000.size, 7, [...code7000.keys()].join(', '));
  });

  it('finds an unlisted voice logbook code through its series range, after the codes listed on their own', () => {
    const unlisted = index.byCode(1500);
    assert.equal(unlisted.length, 1);
    assert.equal(unlisted[0]?.entry.description, 'Call dropped due to internal error');
    const listed = index.byCode(1001).filter(({ catalog }) => catalog.id === 'webex-connect-voice-logbook');
    assert.deepEqual(
      listed.map(({ entry }) => entry.description),
      ['Address Incomplete(Request-URI incomplete)', 'Call dropped due to internal error'],
    );
    assert.equal(index.byCode(4000).length, 0, 'the series stop at 3999');
  });

  it('gives outcomes that follow the text and none to codes without text', () => {
    for (const catalog of catalogs) {
      for (const entry of catalog.entries) {
        const where = `${catalog.id} ${entry.code}`;
        if (entry.undocumented) {
          assert.equal(entry.outcome, undefined, where);
          assert.equal(entry.retryable, undefined, where);
        }
        if (['Delivered', 'Read', 'Call answered'].includes(entry.description)) {
          assert.equal(entry.outcome, 'delivered', where);
        }
        if (['Submitted', 'Queued'].includes(entry.description)) {
          assert.equal(entry.outcome, 'pending', where);
        }
        if (entry.retryable !== undefined) {
          assert.equal(entry.outcome, 'failed', `${where}: only failures can be retried`);
        }
      }
    }
    const sms = catalogs.find((catalog) => catalog.id === 'webex-connect-sms');
    assert.equal(sms?.entries.find((entry) => entry.code === 7109)?.outcome, 'failed');
  });

  it('marks Google Business Messages as a deprecated channel', () => {
    const gbm = catalogs.find((catalog) => catalog.id === 'webex-connect-google-business-messages');
    assert.match(gbm?.title ?? '', /deprecated/i);
    assert.ok(gbm?.notes?.some((note) => /deprecated channel/i.test(note)));
  });

  it('names the published page as the source and says so in the notes', () => {
    for (const catalog of catalogs) {
      assert.match(catalog.source.url, /^https:\/\/help\.webexconnect\.io\//, catalog.id);
      assert.ok(catalog.notes?.some((note) => note.includes('source.url is the Webex Connect help page')), catalog.id);
      for (const hint of ['webex', 'imimobile', 'imiconnect']) {
        assert.ok(catalog.hints?.includes(hint), `${catalog.id} hints ${hint}`);
      }
      assert.ok(catalog.context.includes('code'), `${catalog.id}: delivery reports carry the code under "code"`);
    }
  });
});
