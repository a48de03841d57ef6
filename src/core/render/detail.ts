import type { Catalog, CatalogEntry, CatalogMatch } from '../catalog/types';
import { codeFormatOf } from '../catalog/codeFormat';
import { codeLabel, channelLabel, kindLabel, levelLabel, outcomeLabel, retryLabel, shownName, sourceDateLabel } from './labels';
import { escapeInlineCode, escapeMarkdown, safeLink } from './markdown';

/**
 * Everything a catalog knows about one entry, in reading order, as plain
 * text. The Markdown and HTML renderers both start from this, so the detail
 * view and the text the explain command returns always say the same thing.
 * Nothing here is escaped: each renderer escapes for its own medium.
 */
export interface EntryDetail {
  readonly code: string;
  readonly name?: string;
  readonly description: string;
  /** Words such as "Deprecated: renamed in 2021" a reader must see before relying on the entry. */
  readonly warnings: readonly string[];
  readonly details?: string;
  /** Labelled facts about the entry: aliases, outcome, HTTP status, group… */
  readonly facts: readonly DetailFact[];
  /** Labelled facts about the catalog the entry belongs to. */
  readonly catalogFacts: readonly DetailFact[];
  readonly sources: readonly DetailSource[];
  readonly catalogNotes: readonly string[];
}

export interface DetailFact {
  readonly label: string;
  /** One value, or several shown as a list. */
  readonly values: readonly string[];
  /** The values are identifiers or numbers, shown as code. */
  readonly code?: boolean;
}

export interface DetailSource {
  /** "Source" for the current document, "Earlier version" for the others. */
  readonly role: string;
  readonly title: string;
  readonly url: string;
  readonly date?: string;
}

/** How many items of any list (notes, other descriptions, older versions) are shown; the rest are counted. */
export const MAX_LIST_ITEMS = 30;
/** How many other meanings are listed under the main one. */
export const MAX_OTHER_MEANINGS = 40;
/** Longest texts shown, in characters, matching the schema's limits. */
export const MAX_TEXT = 2000;
export const MAX_DETAILS = 8000;

/** Gathers everything the catalog says about the entry of `match`. */
export function describeEntry({ catalog, entry }: CatalogMatch): EntryDetail {
  const facts: DetailFact[] = [];
  const fact = (label: string, values: readonly (string | undefined)[], code = false): void => {
    const present = values.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
    if (present.length > 0) {
      facts.push({ label, values: present, code });
    }
  };
  fact('Also named', entry.aliases ?? [], true);
  // A hex code is logged in decimal too; a word stands for a number of its protocol.
  fact('Decimal', [codeFormatOf(catalog) === 'hex' && entry.to === undefined ? String(entry.code) : undefined], true);
  fact('Value', [entry.value === undefined ? undefined : String(entry.value)], true);
  fact('Outcome', [entry.outcome ? outcomeLabel(entry.outcome) : undefined]);
  fact('Retry', [entry.retryable === undefined ? undefined : retryLabel(entry.retryable)]);
  fact('HTTP status', [entry.httpStatus === undefined ? undefined : String(entry.httpStatus)], true);
  fact('Reported for', [entry.level && entry.level.length > 0 ? levelLabel(entry.level) : undefined]);
  fact('Group', [entry.group]);
  fact('Defined in', [entry.reference]);
  fact('Other descriptions', entry.otherDescriptions ?? []);
  fact('Note', [entry.note]);

  const catalogFacts: DetailFact[] = [];
  const catalogFact = (label: string, value: string | undefined, code = false): void => {
    if (value && value.trim() !== '') {
      catalogFacts.push({ label, values: [value], code });
    }
  };
  catalogFact('Catalog', catalog.title);
  catalogFact('Id', catalog.id, true);
  catalogFact('Provider', catalog.provider);
  catalogFact('Product', catalog.product);
  catalogFact('Channel', catalog.channel ? channelLabel(catalog.channel) : undefined);
  catalogFact('Kind', kindLabel(catalog.kind));

  const detail: EntryDetail = {
    code: codeLabel(catalog, entry),
    description: (entry.description ?? '').trim(),
    warnings: warningsOf(entry),
    facts,
    catalogFacts,
    sources: sourcesOf(catalog),
    catalogNotes: (catalog.notes ?? []).filter((note) => typeof note === 'string' && note.trim() !== ''),
  };
  return {
    ...detail,
    ...(shownName(catalog, entry) ? { name: entry.name } : {}),
    ...(entry.details && entry.details.trim() !== '' ? { details: entry.details.trim() } : {}),
  };
}

function warningsOf(entry: CatalogEntry): string[] {
  const warnings: string[] = [];
  if (entry.deprecated) {
    warnings.push(typeof entry.deprecated === 'string' && entry.deprecated.trim() !== '' ? `Deprecated: ${entry.deprecated}` : 'Deprecated');
  }
  if (entry.reserved) {
    warnings.push('Reserved by the provider, without a meaning yet');
  }
  if (entry.undocumented) {
    warnings.push('Listed by the provider without a description');
  }
  return warnings;
}

function sourcesOf(catalog: Catalog): DetailSource[] {
  const sources: DetailSource[] = [];
  const { source } = catalog;
  if (source && typeof source.url === 'string') {
    const date = sourceDateLabel(source);
    sources.push({ role: 'Source', title: (source.title || source.url).trim(), url: source.url, ...(date ? { date } : {}) });
    for (const older of source.otherVersions ?? []) {
      if (older && typeof older.url === 'string') {
        sources.push({ role: 'Earlier version', title: (older.title || older.url).trim(), url: older.url, ...(older.date ? { date: older.date } : {}) });
      }
    }
  }
  return sources;
}

/**
 * The entry as Markdown: heading, description, warnings, details, facts, the
 * catalog and its source, then the other catalogs that give the same code a
 * meaning. Every catalog string is escaped and cut; only http(s) sources
 * become links. Safe for an untrusted `MarkdownString`.
 */
export function renderDetailMarkdown(match: CatalogMatch, others: readonly CatalogMatch[] = []): string {
  const detail = describeEntry(match);
  const lines: string[] = [];
  const name = detail.name ? ` ${escapeMarkdown(detail.name, 120)}` : '';
  lines.push(`### \`${escapeInlineCode(detail.code)}\`${name}`, '');
  lines.push(`**${escapeMarkdown(detail.description, MAX_TEXT)}**`, '');
  for (const warning of detail.warnings) {
    lines.push(`> ⚠ ${escapeMarkdown(warning, MAX_TEXT)}`, '');
  }
  if (detail.details) {
    lines.push(escapeMarkdown(detail.details, MAX_DETAILS), '');
  }
  if (detail.facts.length > 0) {
    lines.push(...factLines(detail.facts), '');
  }

  lines.push('#### Catalog', '');
  lines.push(...factLines(detail.catalogFacts));
  for (const source of limited(detail.sources)) {
    if (typeof source === 'number') {
      lines.push(`- … and ${source} more`);
      continue;
    }
    const date = source.date ? ` (${escapeMarkdown(source.date, 60)})` : '';
    lines.push(`- **${source.role}:** ${sourceMarkdown(source)}${date}`);
  }
  lines.push('');
  if (detail.catalogNotes.length > 0) {
    lines.push('#### Catalog notes', '');
    for (const note of limited(detail.catalogNotes)) {
      lines.push(typeof note === 'number' ? `- … and ${note} more` : `- ${escapeMarkdown(note, MAX_TEXT)}`);
    }
    lines.push('');
  }
  if (others.length > 0) {
    lines.push('#### Also means', '');
    for (const other of others.slice(0, MAX_OTHER_MEANINGS)) {
      lines.push(`- ${otherMeaningMarkdown(other)}`);
    }
    if (others.length > MAX_OTHER_MEANINGS) {
      lines.push(`- … and ${others.length - MAX_OTHER_MEANINGS} more`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Longest source address shown; a longer one is not a real document address and is not linked. */
export const MAX_URL = 2048;

function sourceMarkdown(source: DetailSource): string {
  if (source.url.length > MAX_URL) {
    return `${escapeMarkdown(source.title, 300)} (address too long to show)`;
  }
  return safeLink(source.title.slice(0, 300), source.url);
}

/** One line for another catalog's meaning: code, name, description and catalog. */
export function otherMeaningMarkdown({ catalog, entry }: CatalogMatch): string {
  const shown = shownName(catalog, entry);
  const name = shown ? ` ${escapeMarkdown(shown, 120)}` : '';
  return `\`${escapeInlineCode(codeLabel(catalog, entry))}\`${name}: ${escapeMarkdown(entry.description, 300)} (${escapeMarkdown(catalog.title, 200)})`;
}

function factLines(facts: readonly DetailFact[]): string[] {
  const lines: string[] = [];
  for (const { label, values, code } of facts) {
    const shown = limited(values).map((value) =>
      typeof value === 'number' ? `and ${value} more` : code ? `\`${escapeInlineCode(value)}\`` : escapeMarkdown(value, MAX_TEXT),
    );
    lines.push(`- **${label}:** ${shown.join(values.length > 1 && !code ? '; ' : ', ')}`);
  }
  return lines;
}

/** The first `MAX_LIST_ITEMS` items, then the count of the rest as a number. */
export function limited<T>(items: readonly T[]): (T | number)[] {
  return items.length > MAX_LIST_ITEMS ? [...items.slice(0, MAX_LIST_ITEMS), items.length - MAX_LIST_ITEMS] : [...items];
}
