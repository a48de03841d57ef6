import * as assert from 'node:assert/strict';
import type { Catalog, CatalogEntry } from '../../../src/core/catalog/types';
import type { RankedMatch, Recognition } from '../../../src/core/recognize/types';
import { renderHover } from '../../../src/core/render/hover';
import { lensTitle, plain, switchLensTitle } from '../../../src/core/render/lens';

function catalog(extra: Partial<Catalog> = {}): Catalog {
  return {
    id: 'acme-status',
    title: 'Acme message statuses',
    provider: 'Acme',
    kind: 'status',
    channel: 'sms',
    source: { url: 'https://docs.example.com/statuses' },
    context: ['status'],
    entries: [],
    ...extra,
  };
}

function match(entry: Partial<CatalogEntry>, cat: Catalog = catalog(), confidence = 0.9): RankedMatch {
  return { catalog: cat, entry: { code: 23, description: 'Error delivering message.', ...entry }, confidence, reasons: [] };
}

function recognition(candidates: RankedMatch[]): Recognition {
  return { line: 0, start: 0, end: 2, text: '23', code: 23, form: 'assign', key: 'status', candidates };
}

const HOSTILE = 'Click [x](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> **bold** `code`';

describe('hover rendering', () => {
  it('shows code, name, description, details, outcome, HTTP status, provider, catalog, channel and source', () => {
    const md = renderHover(
      recognition([
        match({
          name: 'DELIVERY_FAILURE',
          details: 'Upstream supplier returned a permanent error',
          outcome: 'failed',
          retryable: false,
          httpStatus: 400,
          level: ['message'],
        }),
      ]),
    );
    assert.match(md, /\*\*23\*\* `DELIVERY_FAILURE` — Error delivering message\\\./);
    assert.match(md, /Upstream supplier returned a permanent error/);
    assert.match(md, /Outcome: Failed · final/);
    assert.match(md, /HTTP 400/);
    assert.match(md, /Reported for: single message/);
    assert.match(md, /Acme · Acme message statuses · SMS/);
    assert.match(md, /\[source\]\(https:\/\/docs\.example\.com\/statuses\)/);
  });

  it('says retryable, pending, and notes renamed, deprecated and reserved entries', () => {
    const md = renderHover(
      recognition([match({ code: 22, name: 'STOPPED_BY', aliases: ['STOPPED_BY_ADMIN'], outcome: 'pending', retryable: true, deprecated: 'Removed in 2024' })]),
    );
    assert.match(md, /Outcome: Pending · retryable/);
    assert.match(md, /Also named `STOPPED_BY_ADMIN`/);
    assert.match(md, /Deprecated: Removed in 2024/);
    assert.match(renderHover(recognition([match({ reserved: true })])), /Reserved by the provider/);
  });

  it('shows a range as a range', () => {
    assert.match(renderHover(recognition([match({ code: 34, to: 37, description: 'Reserved' })])), /\*\*34–37\*\*/);
  });

  it('lists a few other meanings, then how many more', () => {
    const others = Array.from({ length: 6 }, (_, i) =>
      match({ description: `Meaning ${i}` }, catalog({ id: `other-${i}`, title: `Other ${i}`, channel: undefined }), 0.5 - i * 0.01),
    );
    const md = renderHover(recognition([match({}), ...others]));
    assert.match(md, /Also means:/);
    assert.match(md, /- Other 0: 23 — Meaning 0/);
    assert.match(md, /- Other 2: 23/);
    assert.doesNotMatch(md, /Other 3:/);
    assert.match(md, /- and 3 more/);
  });

  it('renders hostile catalog text inert: no links, no HTML, no emphasis', () => {
    const hostile = catalog({ title: HOSTILE, provider: HOSTILE, channel: HOSTILE, source: { url: 'command:workbench.action.terminal.new' } });
    const md = renderHover(recognition([match({ name: 'X`](command:evil)', description: HOSTILE, details: HOSTILE, deprecated: HOSTILE }, hostile), match({ description: HOSTILE }, hostile)]));
    // Code spans show their content literally; outside them nothing may form a link.
    const outsideCode = md.replace(/`[^`]*`/g, '');
    assert.doesNotMatch(outsideCode, /\]\(command:/, 'no command link');
    assert.match(md, /`Xˋ\]\(command:evil\)`/, 'a hostile name stays inside its code span');
    assert.doesNotMatch(md, /<img/, 'no HTML');
    assert.doesNotMatch(md, /(^|[^\\])\*\*bold/, 'no emphasis from catalog text');
    assert.match(md, /&lt;img/);
    assert.doesNotMatch(outsideCode, /[^\\]\[[^\]]*\]\((?!https?:)/, 'every link is http(s)');
  });

  it('cuts very long catalog text', () => {
    const huge = 'a'.repeat(100_000);
    const md = renderHover(recognition([match({ description: huge, details: huge, name: huge }, catalog({ title: huge, provider: huge }))]));
    assert.ok(md.length < 5000, `hover is ${md.length} characters`);
    assert.match(md, /…/);
  });

  it('renders nothing without candidates', () => {
    assert.equal(renderHover(recognition([])), '');
  });
});

describe('lens titles', () => {
  it('reads `code NAME · description · provider`', () => {
    const title = lensTitle(recognition([match({ name: 'DELIVERY_FAILURE' }, catalog({ channel: undefined }))]));
    assert.equal(title, '23 DELIVERY_FAILURE · Error delivering message · Acme');
  });

  it('names the channel, and cuts a long description to keep the lens short', () => {
    const title = lensTitle(recognition([match({ description: 'word '.repeat(100) })]), 80);
    assert.ok(title.length <= 80, title);
    assert.match(title, /… · Acme SMS$/);
  });

  it('neutralises icon syntax and newlines from catalog text', () => {
    const title = lensTitle(recognition([match({ name: '$(zap)', description: 'line one\nline two $(alert)' })]));
    assert.doesNotMatch(title, /\$\(/);
    assert.doesNotMatch(title, /\n/);
    assert.equal(plain(' a \n b ', 10), 'a b');
  });

  it('summarises a switch', () => {
    assert.equal(switchLensTitle(4, 41, catalog()), 'handles 4 of 41 Acme message statuses');
  });
});
