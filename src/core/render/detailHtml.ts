import type { CatalogMatch } from '../catalog/types';
import { describeEntry, limited, MAX_DETAILS, MAX_OTHER_MEANINGS, MAX_TEXT, MAX_URL, type DetailFact, type EntryDetail } from './detail';
import { codeLabel, providerLabel, shownName } from './labels';
import { removeInvisible } from './markdown';

/**
 * The detail view's page: the same content as `renderDetailMarkdown`, as
 * HTML for a webview, with buttons for the actions. Catalog text is escaped
 * for HTML and cut; the page loads nothing from anywhere (its Content
 * Security Policy allows no sources but the extension's own styles and the
 * one inline script carrying the nonce), and links are not links: every
 * action, opening a source included, is a message the extension checks.
 */

/** What a button in the page asks the extension to do. */
export type DetailAction = 'copyCode' | 'copyName' | 'insertCode' | 'insertName' | 'openSource' | 'generateHandler' | 'show';

export interface DetailMessage {
  readonly action: DetailAction;
  /** For `openSource`: which source (0 the current one, then earlier versions); for `show`: which meaning. */
  readonly index?: number;
}

const ACTIONS: ReadonlySet<string> = new Set<DetailAction>(['copyCode', 'copyName', 'insertCode', 'insertName', 'openSource', 'generateHandler', 'show']);

/** A message posted by the page, checked; anything else (a compromised or confused page) is undefined. */
export function parseDetailMessage(value: unknown): DetailMessage | undefined {
  if (value === null || typeof value !== 'object') {
    return undefined;
  }
  const { action, index } = value as { action?: unknown; index?: unknown };
  if (typeof action !== 'string' || !ACTIONS.has(action)) {
    return undefined;
  }
  if (index === undefined || index === null) {
    return { action: action as DetailAction };
  }
  if (typeof index !== 'number' || !Number.isSafeInteger(index) || index < 0) {
    return undefined;
  }
  return { action: action as DetailAction, index };
}

export interface DetailPageOptions {
  /** The webview's `cspSource`, allowed for styles. */
  readonly cspSource: string;
  /** A fresh random nonce (letters and digits) for the page's one script. */
  readonly nonce: string;
  /** Whether there is an editor to insert the code into. */
  readonly canInsert: boolean;
  /** What the page stores with `setState` so the view can be restored after a reload. */
  readonly state?: unknown;
}

/** Only plain http(s) addresses are ever opened. */
export function isHttpUrl(url: string): boolean {
  return url.length <= MAX_URL && /^https?:\/\/[^\s<>"'`]+$/i.test(url);
}

/** Text made inert for HTML element content and quoted attribute values, cut at `maxLength`. */
export function escapeHtml(text: string, maxLength = MAX_TEXT): string {
  const cut = text.length > maxLength ? `${text.slice(0, maxLength)}…` : text;
  // Bidirectional overrides and control characters could make the page read differently from the catalog's text.
  return removeInvisible(cut).replace(/[&<>"'`]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * The whole page for `matches[selected]`, with the other matches listed as
 * other meanings the user can switch to.
 */
export function renderDetailPage(matches: readonly CatalogMatch[], selected: number, options: DetailPageOptions): string {
  const match = matches[selected] ?? matches[0];
  const nonce = options.nonce.replace(/[^A-Za-z0-9]/g, '');
  const csp = `default-src 'none'; style-src ${styleSources(options.cspSource)} 'unsafe-inline'; script-src 'nonce-${nonce}';`;
  const body = match ? detailBody(match, matches, selected, options) : '<p>No code to show.</p>';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp, 500)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${match ? escapeHtml(codeLabel(match.catalog, match.entry), 50) : 'Status Code Lens'}</title>
<style>${STYLE}</style>
</head>
<body data-state="${options.state === undefined ? '' : escapeHtml(JSON.stringify(options.state), 100_000)}">
${body}
<script nonce="${nonce}">${SCRIPT}</script>
</body>
</html>
`;
}

/**
 * The webview's own source list, keeping only tokens shaped like origins
 * (`https://*.vscode-cdn.net`, `vscode-resource:`) or `'self'`, so that the
 * value can never add a directive or a wildcard to the policy.
 */
function styleSources(cspSource: string): string {
  return cspSource
    .split(/\s+/)
    .filter((token) => token === "'self'" || /^[a-z][a-z0-9+.-]*:(?:\/\/[\w*.+-]+(?::\d+)?)?\/?$/i.test(token))
    .join(' ');
}

function detailBody(match: CatalogMatch, matches: readonly CatalogMatch[], selected: number, options: DetailPageOptions): string {
  const detail = describeEntry(match);
  const parts: string[] = [];
  const name = detail.name ? ` <span class="name">${escapeHtml(detail.name, 120)}</span>` : '';
  parts.push(`<h1><code>${escapeHtml(detail.code, 50)}</code>${name}</h1>`);
  parts.push(`<p class="provider">${escapeHtml(providerLabel(match.catalog), 200)} · ${escapeHtml(match.catalog.title, 200)}</p>`);
  parts.push(`<p class="description">${escapeHtml(detail.description)}</p>`);
  for (const warning of detail.warnings) {
    parts.push(`<p class="warning">⚠ ${escapeHtml(warning)}</p>`);
  }
  parts.push(actionsHtml(detail, options));
  if (detail.details) {
    parts.push(`<p class="details">${escapeHtml(detail.details, MAX_DETAILS)}</p>`);
  }
  parts.push(factsHtml(detail.facts));
  parts.push('<h2>Catalog</h2>');
  parts.push(factsHtml(detail.catalogFacts));
  parts.push(sourcesHtml(detail));
  if (detail.catalogNotes.length > 0) {
    parts.push('<h2>Catalog notes</h2><ul>');
    for (const note of limited(detail.catalogNotes)) {
      parts.push(typeof note === 'number' ? `<li>… and ${note} more</li>` : `<li>${escapeHtml(note)}</li>`);
    }
    parts.push('</ul>');
  }
  const others = matches.map((other, index) => ({ other, index })).filter(({ index }) => index !== selected);
  if (others.length > 0) {
    parts.push('<h2>Also means</h2><ul class="others">');
    for (const { other, index } of others.slice(0, MAX_OTHER_MEANINGS)) {
      const shown = shownName(other.catalog, other.entry);
      const otherName = shown ? ` ${escapeHtml(shown, 120)}` : '';
      parts.push(
        `<li><button class="link" data-action="show" data-index="${index}"><code>${escapeHtml(codeLabel(other.catalog, other.entry), 50)}</code>${otherName}</button> ` +
          `${escapeHtml(other.entry.description, 300)} <span class="muted">(${escapeHtml(other.catalog.title, 200)})</span></li>`,
      );
    }
    if (others.length > MAX_OTHER_MEANINGS) {
      parts.push(`<li>… and ${others.length - MAX_OTHER_MEANINGS} more</li>`);
    }
    parts.push('</ul>');
  }
  return parts.join('\n');
}

function actionsHtml(detail: EntryDetail, options: DetailPageOptions): string {
  const buttons: string[] = [button('copyCode', 'Copy code')];
  if (detail.name) {
    buttons.push(button('copyName', 'Copy name'));
  }
  if (options.canInsert) {
    buttons.push(button('insertCode', 'Insert code'));
    if (detail.name) {
      buttons.push(button('insertName', 'Insert name'));
    }
  }
  const source = detail.sources[0];
  if (source && isHttpUrl(source.url)) {
    buttons.push(button('openSource', 'Open source document', 0));
  }
  buttons.push(button('generateHandler', 'Generate handler for this catalog'));
  return `<div class="actions">${buttons.join('')}</div>`;
}

function button(action: DetailAction, label: string, index?: number): string {
  const indexAttribute = index === undefined ? '' : ` data-index="${index}"`;
  return `<button data-action="${action}"${indexAttribute}>${label}</button>`;
}

function factsHtml(facts: readonly DetailFact[]): string {
  if (facts.length === 0) {
    return '';
  }
  const rows = facts.map(({ label, values, code }) => {
    const shown = limited(values).map((value) =>
      typeof value === 'number' ? `and ${value} more` : code ? `<code>${escapeHtml(value, 200)}</code>` : escapeHtml(value),
    );
    const joined = shown.length > 1 && !code ? `<ul>${shown.map((v) => `<li>${v}</li>`).join('')}</ul>` : shown.join(', ');
    return `<dt>${escapeHtml(label, 100)}</dt><dd>${joined}</dd>`;
  });
  return `<dl>${rows.join('')}</dl>`;
}

function sourcesHtml(detail: EntryDetail): string {
  if (detail.sources.length === 0) {
    return '';
  }
  const rows = limited(detail.sources).map((source, index) => {
    if (typeof source === 'number') {
      return `<dt></dt><dd>… and ${source} more</dd>`;
    }
    const date = source.date ? ` <span class="muted">(${escapeHtml(source.date, 60)})</span>` : '';
    const open = isHttpUrl(source.url) ? ` ${button('openSource', 'Open', index)}` : '';
    const address = source.url.length > MAX_URL ? 'address too long to show' : escapeHtml(source.url, MAX_URL);
    return `<dt>${escapeHtml(source.role, 50)}</dt><dd>${escapeHtml(source.title, 300)}${date}<br><span class="url">${address}</span>${open}</dd>`;
  });
  return `<dl>${rows.join('')}</dl>`;
}

const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); padding: 0 20px 20px; line-height: 1.5; max-width: 60em; }
h1 { font-size: 1.6em; margin-bottom: 0; }
h1 code { font-size: 1em; }
h2 { font-size: 1.1em; margin-top: 1.6em; border-bottom: 1px solid var(--vscode-widget-border, transparent); }
code { font-family: var(--vscode-editor-font-family); }
.name { font-family: var(--vscode-editor-font-family); }
.provider, .muted, .url { color: var(--vscode-descriptionForeground); }
.url { word-break: break-all; font-size: 0.9em; }
.description { font-size: 1.15em; font-weight: 600; }
.details { white-space: pre-wrap; }
.warning { color: var(--vscode-editorWarning-foreground); }
.actions { display: flex; flex-wrap: wrap; gap: 6px; margin: 12px 0; }
button { font: inherit; color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); border: none; padding: 3px 10px; cursor: pointer; }
button:hover { background: var(--vscode-button-secondaryHoverBackground); }
button.link { background: none; color: var(--vscode-textLink-foreground); padding: 0; }
dl { display: grid; grid-template-columns: max-content auto; gap: 2px 16px; }
dt { font-weight: 600; }
dd { margin: 0; }
dd ul { margin: 0; padding-left: 1.2em; }
`;

/*
 * The page's only script: it turns button clicks into messages. It reads
 * nothing but the button's own data attributes, which this renderer writes
 * from fixed action names and numbers, never from catalog text, and the
 * body's state (catalog ids and codes), which it only hands to setState as data.
 */
const SCRIPT = `
const vscode = acquireVsCodeApi();
try { const state = document.body.getAttribute('data-state'); if (state) { vscode.setState(JSON.parse(state)); } } catch { /* no state: the view is not restored */ }
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target.closest('button[data-action]') : null;
  if (!target) { return; }
  const index = target.getAttribute('data-index');
  vscode.postMessage({ action: target.getAttribute('data-action'), index: index === null ? undefined : Number(index) });
});
`;
