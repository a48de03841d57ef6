import * as assert from 'node:assert/strict';
import type { Catalog, CatalogEntry, CatalogMatch } from '../../../src/core/catalog/types';
import { describeEntry, renderDetailMarkdown } from '../../../src/core/render/detail';
import { channelLabel, entryLabel, outcomeSummary, providerLabel, sourceDateLabel, statusFlags } from '../../../src/core/render/labels';
import { readCatalog } from '../catalogs/catalogFiles';

const fullEntry: CatalogEntry = {
  code: 23,
  name: 'DELIVERY_FAILURE',
  aliases: ['DELIVERY_FAILED', 'DLV_FAIL'],
  description: 'Error delivering message.',
  details: 'The operator rejected the message.',
  otherDescriptions: ['Delivery failed at the operator.'],
  group: 'Generic errors',
  outcome: 'failed',
  retryable: false,
  httpStatus: 400,
  level: ['global', 'message'],
  reference: 'RFC 9110, Section 15.5.1',
  deprecated: 'Renamed in 2021.',
  reserved: true,
  undocumented: true,
  note: 'Typo corrected from the source.',
};

const fullCatalog: Catalog = {
  id: 'acme-messages',
  title: 'Acme message statuses',
  provider: 'Acme',
  product: 'One API',
  kind: 'status',
  channel: 'whatsapp',
  source: {
    url: 'https://docs.example.com/statuses',
    title: 'Status codes',
    date: '2025-06',
    version: '2.1',
    otherVersions: [{ url: 'https://blog.example.com/2019/statuses', title: 'Statuses (2019)', date: '2019-04-04' }],
  },
  context: ['status'],
  notes: ['A batch with partial failures returns HTTP 207.'],
  entries: [fullEntry],
};

const match: CatalogMatch = { catalog: fullCatalog, entry: fullEntry };

function hostile(size: number): string {
  const attack = '[x](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> ';
  return attack.repeat(Math.ceil(size / attack.length)).slice(0, size);
}

describe('detail rendering', () => {
  it('gathers everything the catalog knows about an entry', () => {
    const detail = describeEntry(match);
    assert.equal(detail.code, '23');
    assert.equal(detail.name, 'DELIVERY_FAILURE');
    assert.equal(detail.details, 'The operator rejected the message.');
    assert.deepEqual(detail.warnings, [
      'Deprecated: Renamed in 2021.',
      'Reserved by the provider, without a meaning yet',
      'Listed by the provider without a description',
    ]);
    const facts = Object.fromEntries(detail.facts.map((f) => [f.label, f.values.join(' | ')]));
    assert.deepEqual(facts, {
      'Also named': 'DELIVERY_FAILED | DLV_FAIL',
      Outcome: 'Failed',
      Retry: 'Final: sending again will not help',
      'HTTP status': '400',
      'Reported for': 'whole request, single message',
      Group: 'Generic errors',
      'Defined in': 'RFC 9110, Section 15.5.1',
      'Other descriptions': 'Delivery failed at the operator.',
      Note: 'Typo corrected from the source.',
    });
    const catalogFacts = Object.fromEntries(detail.catalogFacts.map((f) => [f.label, f.values.join(' | ')]));
    assert.deepEqual(catalogFacts, {
      Catalog: 'Acme message statuses',
      Id: 'acme-messages',
      Provider: 'Acme',
      Product: 'One API',
      Channel: 'WhatsApp',
      Kind: 'Status codes',
    });
    assert.deepEqual(detail.sources, [
      { role: 'Source', title: 'Status codes', url: 'https://docs.example.com/statuses', date: '2025-06, version 2.1' },
      { role: 'Earlier version', title: 'Statuses (2019)', url: 'https://blog.example.com/2019/statuses', date: '2019-04-04' },
    ]);
    assert.deepEqual(detail.catalogNotes, ['A batch with partial failures returns HTTP 207.']);
  });

  it('leaves out what an entry does not have', () => {
    const detail = describeEntry({ catalog: { ...fullCatalog, notes: [] }, entry: { code: 7, to: 9, description: 'Queued' } });
    assert.equal(detail.code, '7–9');
    assert.equal(detail.name, undefined);
    assert.equal(detail.details, undefined);
    assert.deepEqual(detail.facts, []);
    assert.deepEqual(detail.warnings, []);
    assert.deepEqual(detail.catalogNotes, []);
  });

  it('renders every part as Markdown with the sources as links', () => {
    const markdown = renderDetailMarkdown(match);
    assert.match(markdown, /^### `23` DELIVERY\\_FAILURE$/m);
    assert.match(markdown, /^\*\*Error delivering message\\\.\*\*$/m);
    assert.match(markdown, /^> ⚠ Deprecated\\: Renamed in 2021\\\.$/m);
    assert.match(markdown, /^- \*\*Also named:\*\* `DELIVERY_FAILED`, `DLV_FAIL`$/m);
    assert.match(markdown, /^- \*\*HTTP status:\*\* `400`$/m);
    assert.match(markdown, /^- \*\*Outcome:\*\* Failed$/m);
    assert.match(markdown, /^- \*\*Channel:\*\* WhatsApp$/m);
    assert.match(markdown, /^- \*\*Source:\*\* \[Status codes\]\(https:\/\/docs\.example\.com\/statuses\) \(2025\\-06, version 2\\\.1\)$/m);
    assert.match(markdown, /^- \*\*Earlier version:\*\* \[Statuses \\\(2019\\\)\]\(https:\/\/blog\.example\.com\/2019\/statuses\)/m);
    assert.match(markdown, /^#### Catalog notes$/m);
    assert.match(markdown, /partial failures returns HTTP 207/);
  });

  it('lists the other meanings of the code after the main one', () => {
    const other: CatalogMatch = {
      catalog: { ...fullCatalog, id: 'acme-errors', title: 'Acme errors' },
      entry: { code: 23, description: 'Invalid or missing parameter' },
    };
    const markdown = renderDetailMarkdown(match, [other]);
    assert.match(markdown, /^#### Also means$/m);
    assert.match(markdown, /^- `23`: Invalid or missing parameter \(Acme errors\)$/m);
    assert.ok(markdown.indexOf('Also means') > markdown.indexOf('Error delivering message'));
  });

  it('renders a hostile entry inert and bounded', () => {
    const big = hostile(100_000);
    const entry: CatalogEntry = {
      code: 1,
      name: big,
      aliases: [big, big],
      description: big,
      details: big,
      otherDescriptions: Array.from({ length: 500 }, () => big),
      group: big,
      reference: big,
      deprecated: big,
      note: big,
    };
    const catalog: Catalog = {
      ...fullCatalog,
      title: big,
      provider: big,
      product: big,
      channel: big,
      notes: Array.from({ length: 500 }, () => big),
      source: {
        url: 'command:workbench.action.terminal.new',
        title: big,
        date: big,
        otherVersions: [
          { url: 'javascript:alert(1)', title: big },
          { url: `https://example.com/${'a'.repeat(100_000)}`, title: 'huge address' },
        ],
      },
      entries: [entry],
    };
    const markdown = renderDetailMarkdown({ catalog, entry }, Array.from({ length: 100 }, () => ({ catalog, entry })));
    assert.ok(markdown.length < 400_000, `rendered ${markdown.length} characters`);
    // Inside code spans (names, aliases) Markdown is not interpreted; outside them nothing may form a link.
    const outsideCode = markdown.replace(/`[^`\n]*`/g, '');
    assert.doesNotMatch(outsideCode, /\]\((?:command|javascript):/i, 'no link to a command or script');
    assert.doesNotMatch(markdown, /\]\(https:\/\/example\.com\/a{100}/, 'no link with an absurd address');
    assert.doesNotMatch(outsideCode, /<img/i, 'no raw HTML');
    assert.doesNotMatch(outsideCode, /(?<!\\)\[x(?<!\\)\]/, 'no unescaped link text');
    assert.match(markdown, /\\\[x\\\]\\\(command\\:workbench/, 'the text is still shown, escaped');
    assert.match(markdown, /… and 470 more/, 'long lists are cut and counted');
    assert.match(markdown, /… and 60 more/, 'other meanings are cut and counted');
  });

  it('renders a real catalog entry with its older name and its source', () => {
    const catalog = readCatalog('clickatell-one-api-message-status');
    const entry = catalog.entries.find((e) => e.code === 22)!;
    const markdown = renderDetailMarkdown({ catalog, entry });
    assert.match(markdown, /### `22` STOPPED\\_BY/);
    assert.match(markdown, /Also named:\*\* `STOPPED_BY_ADMIN`/);
    assert.match(markdown, /- \*\*Source:\*\* \[[^\]]+\]\(https:\/\//);
    assert.match(markdown, /Earlier version/);
  });
});

describe('shared labels', () => {
  it('spells channels as people write them', () => {
    assert.equal(channelLabel('whatsapp'), 'WhatsApp');
    assert.equal(channelLabel('sms'), 'SMS');
    assert.equal(channelLabel('apple messages for business'), 'Apple Messages for Business');
    assert.equal(channelLabel('in-app messaging and live chat'), 'In-App Messaging and Live Chat');
    assert.equal(channelLabel('Google Business Messages'), 'Google Business Messages');
  });

  it('names provider and channel, codes and ranges, outcomes and flags', () => {
    assert.equal(providerLabel({ provider: 'Webex Connect', channel: 'rcs' }), 'Webex Connect · RCS');
    assert.equal(providerLabel({ provider: 'Clickatell' }), 'Clickatell');
    assert.equal(entryLabel({}, { code: 23, name: 'DELIVERY_FAILURE' }), '23 DELIVERY_FAILURE');
    assert.equal(entryLabel({}, { code: 34, to: 37 }), '34–37');
    assert.equal(outcomeSummary({ outcome: 'failed', retryable: true }), 'Failed · retryable');
    assert.equal(outcomeSummary({ outcome: 'delivered' }), 'Delivered');
    assert.equal(outcomeSummary({}), undefined);
    assert.deepEqual(statusFlags({ deprecated: 'old', reserved: true }), ['deprecated', 'reserved']);
    assert.equal(sourceDateLabel({ date: '2019-04-04' }), '2019-04-04');
    assert.equal(sourceDateLabel({}), undefined);
  });
});
