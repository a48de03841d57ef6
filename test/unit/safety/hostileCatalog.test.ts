import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { marked } from 'marked';
import { parseCatalog } from '../../../src/core/catalog/parse';
import type { Catalog, CatalogMatch } from '../../../src/core/catalog/types';
import type { Recognition } from '../../../src/core/recognize/types';
import { renderDetailMarkdown } from '../../../src/core/render/detail';
import { renderDetailPage } from '../../../src/core/render/detailHtml';
import { renderHover } from '../../../src/core/render/hover';
import { lensTitle } from '../../../src/core/render/lens';
import { repoRoot } from '../paths';

/**
 * A catalog that passes validation (so a user could really ship it) with
 * text built to break out of Markdown and HTML: command links, raw HTML,
 * autolinks, reference links, icons, bidi overrides. Every renderer of
 * catalog text must show it as words.
 */
const hostileText = readFileSync(path.join(repoRoot, 'test', 'unit', 'safety', 'hostile-catalog.json'), 'utf8');

function hostileCatalog(): Catalog {
  const { catalog, problems } = parseCatalog(hostileText, { file: 'hostile-catalog.json' });
  assert.deepEqual(problems, [], 'the hostile catalog must be a valid catalog, or the test proves nothing');
  return catalog!;
}

/** The hostile catalog with every string replaced by `replace(text, key)`, `key` being the property that holds it. */
function withStrings(replace: (text: string, key: string) => string): Catalog {
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === 'string') {
      return replace(value, key);
    }
    if (Array.isArray(value)) {
      return value.map((item) => walk(item, key));
    }
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    }
    return value;
  };
  return walk(JSON.parse(hostileText), '') as Catalog;
}

/** The same catalog with every text replaced by harmless words: what the renderers' own structure looks like. */
function benignCatalog(): Catalog {
  const keep = new Set(['id', 'kind', 'url']);
  return withStrings((value, key) => (keep.has(key) ? (key === 'url' ? 'https://example.com/doc' : value) : 'plain words'));
}

/** Every string of the catalog replaced by `size` characters of `unit` repeated: the worst case for length. */
function floodedCatalog(size: number, unit: string): Catalog {
  const flood = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
  return withStrings((value, key) => (key === 'id' || key === 'kind' ? value : key === 'url' ? `https://evil.example/${'a'.repeat(size)}` : flood));
}

function match(catalog: Catalog): CatalogMatch {
  return { catalog, entry: catalog.entries[0]! };
}

function recognition(catalog: Catalog): Recognition {
  const candidate = { ...match(catalog), confidence: 0.9, reasons: ['test'] };
  return { line: 0, start: 0, end: 2, text: '66', code: 66, form: 'assign', candidates: [candidate, candidate] };
}

interface Tag {
  readonly name: string;
  readonly source: string;
}

/** The real HTML elements of a piece of HTML (escaped text such as `&lt;img` is not an element). */
function tags(html: string): Tag[] {
  return [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g)].map((m) => ({ name: m[1]!.toLowerCase(), source: m[0] }));
}

function tagNames(html: string): Set<string> {
  return new Set(tags(html).map((tag) => tag.name));
}

/** Asserts that `html` holds only elements the benign rendering has, no event handlers, and only http(s) links. */
function assertInert(html: string, benignHtml: string, what: string): void {
  const allowed = tagNames(benignHtml);
  for (const tag of tags(html)) {
    assert.ok(allowed.has(tag.name), `${what}: catalog text produced a <${tag.name}> element: ${tag.source}`);
    assert.doesNotMatch(tag.source, /\son[a-z]+\s*=/i, `${what}: an event handler attribute: ${tag.source}`);
    assert.doesNotMatch(tag.source, /(command|javascript|data|file|vbscript):/i, `${what}: a non-web scheme in ${tag.source}`);
    const href = /\shref="([^"]*)"/.exec(tag.source)?.[1];
    if (href !== undefined) {
      assert.match(href, /^https:\/\//, `${what}: a link to ${href}`);
    }
  }
  assert.doesNotMatch(html, /[\u202a-\u202e\u2066-\u2069]/, `${what}: a bidi override survived`);
}

function markdownToHtml(markdown: string): string {
  return marked.parse(markdown, { async: false, gfm: true });
}

describe('a hostile catalog', () => {
  const hostile = hostileCatalog();
  const benign = benignCatalog();

  it('renders an inert hover', () => {
    const markdown = renderHover(recognition(hostile));
    assertInert(markdownToHtml(markdown), markdownToHtml(renderHover(recognition(benign))), 'hover');
    assert.doesNotMatch(markdown, /(?<!\\)\$\(/, 'no theme icon syntax');
    assert.match(markdownToHtml(markdown), /\[x\]\(command:workbench\.action\.terminal\.new\)/, 'the text is still shown, as text');
  });

  it('renders an inert detail view in Markdown', () => {
    const markdown = renderDetailMarkdown(match(hostile), [match(hostile)]);
    assertInert(markdownToHtml(markdown), markdownToHtml(renderDetailMarkdown(match(benign), [match(benign)])), 'detail Markdown');
  });

  it('renders an inert detail page for the webview', () => {
    const options = { cspSource: 'https://example.vscode-cdn.net', nonce: 'n0nce', canInsert: true };
    const page = renderDetailPage([match(hostile), match(hostile)], 0, options);
    const benignPage = renderDetailPage([match(benign), match(benign)], 0, options);
    assertInert(page, benignPage, 'detail page');
    assert.equal(tags(page).filter((tag) => tag.name === 'script' && !tag.source.startsWith('</')).length, 1, 'only the page’s own script');
    assert.match(page, /<script nonce="n0nce">/);
  });

  it('renders a one-line lens title without icon syntax', () => {
    const title = lensTitle(recognition(hostile));
    assert.doesNotMatch(title, /\$\(/);
    assert.doesNotMatch(title, /[\r\n]/);
    assert.doesNotMatch(title, /[\u202a-\u202e\u2066-\u2069]/, 'no bidi override');
    assert.ok(title.length <= 200, `lens title of ${title.length} characters`);
  });

  it('cannot be loaded with 100 KB strings: the schema limits every text', function () {
    // Validating 2 MB of text takes about a second; a loaded machine must not turn that into a failure.
    this.timeout(10_000);
    const { catalog, problems } = parseCatalog(JSON.stringify(floodedCatalog(100_000, 'x')), { file: 'flooded.json' });
    assert.equal(catalog, undefined);
    assert.ok(problems.some((p) => p.path === '/entries/0/description' && /at most 2000 characters/.test(p.message)));
    assert.ok(problems.some((p) => p.path === '/source/url' && /at most 2048 characters/.test(p.message)));
  });

  it('still renders bounded output from 100 KB strings that bypass validation', () => {
    // Escaping makes `&` five characters and `[` two; a flood of them is the worst case for length.
    for (const unit of ['a', '&[<', '[x](command:a) ']) {
      const flooded = floodedCatalog(100_000, unit);
      const hover = renderHover(recognition(flooded));
      const detail = renderDetailMarkdown(match(flooded), [match(flooded)]);
      const page = renderDetailPage([match(flooded)], 0, { cspSource: 'https://example.vscode-cdn.net', nonce: 'n', canInsert: false });
      const lens = lensTitle(recognition(flooded));
      assert.ok(hover.length < 40_000, `hover of ${hover.length} characters for "${unit}"`);
      assert.ok(detail.length < 400_000, `detail of ${detail.length} characters for "${unit}"`);
      assert.ok(page.length < 600_000, `page of ${page.length} characters for "${unit}"`);
      assert.ok(lens.length <= 200, `lens of ${lens.length} characters for "${unit}"`);
      assertInert(markdownToHtml(hover), markdownToHtml(renderHover(recognition(benign))), `flooded hover "${unit}"`);
    }
  });
});
