import * as assert from 'node:assert/strict';
import type { Catalog, CatalogEntry, CatalogMatch } from '../../../src/core/catalog/types';
import { escapeHtml, isHttpUrl, parseDetailMessage, renderDetailPage } from '../../../src/core/render/detailHtml';

const catalog: Catalog = {
  id: 'acme-messages',
  title: 'Acme message statuses',
  provider: 'Acme',
  kind: 'status',
  channel: 'sms',
  source: {
    url: 'https://docs.example.com/statuses',
    title: 'Status codes',
    otherVersions: [{ url: 'https://blog.example.com/2019', title: 'Old' }],
  },
  context: ['status'],
  entries: [],
};
const delivery: CatalogMatch = {
  catalog,
  entry: { code: 23, name: 'DELIVERY_FAILURE', description: 'Error delivering message.', outcome: 'failed' },
};
const parameter: CatalogMatch = {
  catalog: { ...catalog, id: 'acme-errors', title: 'Acme errors' },
  entry: { code: 23, description: 'Invalid or missing parameter' },
};
const options = { cspSource: 'https://file+.vscode-resource.vscode-cdn.net', nonce: 'abc123', canInsert: true };

/** The names of every tag in the page. */
function tagNames(html: string): string[] {
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) => m[1]!.toLowerCase());
}

const ALLOWED_TAGS = new Set(['html', 'head', 'meta', 'title', 'style', 'body', 'script', 'h1', 'h2', 'p', 'code', 'span', 'div', 'button', 'dl', 'dt', 'dd', 'ul', 'li', 'br']);

describe('detail page', () => {
  it('has a strict Content Security Policy and one script carrying the nonce', () => {
    const html = renderDetailPage([delivery], 0, options);
    assert.match(
      html,
      /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src https:\/\/file\+\.vscode-resource\.vscode-cdn\.net &#39;unsafe-inline&#39;; script-src &#39;nonce-abc123&#39;;">/,
    );
    assert.equal([...html.matchAll(/<script/g)].length, 1);
    assert.match(html, /<script nonce="abc123">/);
    assert.doesNotMatch(html, /\bsrc=|\bhref=/, 'nothing is loaded or linked');
  });

  it('shows the code, name, description, catalog and the actions', () => {
    const html = renderDetailPage([delivery, parameter], 0, options);
    assert.match(html, /<h1><code>23<\/code> <span class="name">DELIVERY_FAILURE<\/span><\/h1>/);
    assert.match(html, /<p class="description">Error delivering message\.<\/p>/);
    assert.match(html, /Acme · SMS · Acme message statuses/);
    for (const action of ['copyCode', 'copyName', 'insertCode', 'insertName', 'openSource', 'generateHandler']) {
      assert.match(html, new RegExp(`data-action="${action}"`), action);
    }
    assert.match(html, /<button data-action="openSource" data-index="1">Open<\/button>/, 'an earlier version can be opened');
    assert.match(html, /<h2>Also means<\/h2>/);
    assert.match(html, /data-action="show" data-index="1"><code>23<\/code><\/button> Invalid or missing parameter/);
  });

  it('offers no name actions for an entry without a name and no insertion without an editor', () => {
    const html = renderDetailPage([delivery, parameter], 1, { ...options, canInsert: false });
    assert.match(html, /Invalid or missing parameter<\/p>/);
    assert.doesNotMatch(html, /copyName|insertName|insertCode/);
    assert.match(html, /data-action="show" data-index="0"/, 'the first meaning is now listed as another one');
  });

  it('renders a hostile entry inert and bounded', () => {
    const attack = '[x](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> </script><script>alert(2)</script> "\' ';
    const big = attack.repeat(Math.ceil(100_000 / attack.length));
    const entry: CatalogEntry = { code: 1, name: big, aliases: [big], description: big, details: big, note: big, otherDescriptions: Array.from({ length: 200 }, () => big) };
    const hostileCatalog: Catalog = {
      ...catalog,
      title: big,
      provider: big,
      notes: Array.from({ length: 200 }, () => big),
      source: { url: 'javascript:alert(1)', title: big, otherVersions: [{ url: 'command:workbench.action.terminal.new' }] },
    };
    const html = renderDetailPage([{ catalog: hostileCatalog, entry }], 0, { cspSource: "x'; script-src *", nonce: 'n"><script>', canInsert: true });
    assert.ok(html.length < 500_000, `rendered ${html.length} characters`);
    for (const tag of tagNames(html)) {
      assert.ok(ALLOWED_TAGS.has(tag), `unexpected tag <${tag}>`);
    }
    assert.equal([...html.matchAll(/<script/g)].length, 1, 'no script but the page\'s own');
    assert.doesNotMatch(html, /<[^>]*\son\w+\s*=/i, 'no event handler attribute');
    assert.doesNotMatch(html, /data-action="openSource"/, 'non-http sources cannot be opened');
    assert.match(html, /script-src &#39;nonce-nscript&#39;/, 'the nonce is reduced to letters and digits');
    assert.doesNotMatch(html, /script-src \*/, 'the style source cannot widen the policy');
    assert.match(html, /&#60;img src=x onerror=alert\(1\)&#62;/, 'the text is shown, escaped');
  });

  it('escapes every character HTML could act on and cuts long text', () => {
    assert.equal(escapeHtml(`<a href="x" onclick='y'>&\`</a>`), '&#60;a href=&#34;x&#34; onclick=&#39;y&#39;&#62;&#38;&#96;&#60;/a&#62;');
    assert.equal(escapeHtml('abcdef', 3), 'abc…');
  });

  it('opens only plain http(s) addresses', () => {
    assert.ok(isHttpUrl('https://docs.example.com/a?b=c#d'));
    assert.ok(isHttpUrl('http://example.com'));
    for (const url of ['javascript:alert(1)', 'command:workbench.action.terminal.new', 'file:///etc/passwd', 'https://x.com/"onmouseover', `https://x.com/${'a'.repeat(5000)}`, '']) {
      assert.equal(isHttpUrl(url), false, url);
    }
  });

  it('accepts only the messages the page can send', () => {
    assert.deepEqual(parseDetailMessage({ action: 'copyCode' }), { action: 'copyCode' });
    assert.deepEqual(parseDetailMessage({ action: 'show', index: 2 }), { action: 'show', index: 2 });
    assert.deepEqual(parseDetailMessage({ action: 'openSource', index: null }), { action: 'openSource' });
    for (const bad of [null, 'copyCode', {}, { action: 'runCommand' }, { action: 'show', index: -1 }, { action: 'show', index: 1.5 }, { action: 'show', index: '1' }]) {
      assert.equal(parseDetailMessage(bad), undefined, JSON.stringify(bad));
    }
  });
});
