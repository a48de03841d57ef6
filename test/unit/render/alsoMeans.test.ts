import * as assert from 'node:assert/strict';
import type { Catalog, CatalogEntry } from '../../../src/core/catalog/types';
import type { RankedMatch } from '../../../src/core/recognize/types';
import { groupAlsoMeans, renderAlsoMeaning } from '../../../src/core/render/alsoMeans';
import { renderHover } from '../../../src/core/render/hover';

function match(channel: string | undefined, entry: Partial<CatalogEntry> = {}, provider = 'Webex Connect'): RankedMatch {
  const catalog: Catalog = {
    id: `${provider}-${channel ?? 'none'}`.toLowerCase().replace(/\W+/g, '-'),
    title: `${provider} ${channel ?? ''} statuses`.replace(/\s+/g, ' '),
    provider,
    kind: 'status',
    ...(channel ? { channel } : {}),
    context: ['status'],
    entries: [],
    source: { url: 'https://docs.example.com/' },
  };
  return { catalog, entry: { code: 7203, name: 'Submitted', description: 'Submitted to the operator.', ...entry }, confidence: 0.8, reasons: [] };
}

const CHANNELS = ['sms', 'mms', 'whatsapp', 'rcs', 'messenger', 'instagram', 'push', 'email', 'voice', 'apple-messages'];

describe('"Also means" grouping', () => {
  it('says once that the top meaning holds in other channels of the provider', () => {
    const [top, ...others] = CHANNELS.map((channel) => match(channel));
    const groups = groupAlsoMeans(top as RankedMatch, others);
    assert.equal(groups.length, 1);
    assert.equal(groups[0]?.count, 9);
    assert.match(renderAlsoMeaning(groups[0]), /^`Submitted` — in 9 other Webex Connect channels \(MMS, WhatsApp, RCS and 6 more\)$/);
  });

  it('groups other meanings shared by several channels and keeps single ones as before', () => {
    const top = match('sms');
    const others = [match(undefined, { name: 'X' }, 'Acme'), match('mms', { name: 'Failed', description: 'Failed.' }), match('rcs', { name: 'Failed', description: 'Failed.' })];
    const lines = groupAlsoMeans(top, others).map(renderAlsoMeaning);
    assert.deepEqual(lines, ['Acme statuses: 7203 `X` — Submitted to the operator\\.', 'Webex Connect: 7203 `Failed` — Failed\\. — in 2 channels (MMS, RCS)']);
  });

  it('puts the repeat of the top meaning first and counts every hidden match in "and N more"', () => {
    const top = match('sms');
    const others = [
      ...['a', 'b', 'c', 'd'].map((provider) => match(undefined, { name: provider.toUpperCase() }, provider)),
      match('mms'),
      match('rcs'),
    ];
    const md = renderHover({ line: 0, start: 0, end: 4, text: '7203', code: 7203, form: 'assign', candidates: [top, ...others] });
    const items = md.split('\n').filter((line) => line.startsWith('- '));
    assert.match(items[0] ?? '', /^- `Submitted` — in 2 other Webex Connect channels/);
    assert.equal(items.length, 4);
    assert.equal(items[3], '- and 2 more');
  });
});
