import type { CatalogEntry } from '../catalog/types';
import type { RankedMatch, Recognition } from '../recognize/types';
import { groupAlsoMeans, renderAlsoMeaning } from './alsoMeans';
import { channelLabel, codeLabel, levelLabel, outcomeSummary } from './labels';
import { escapeInlineCode, escapeMarkdown, safeLink } from './markdown';

/**
 * The hover for a recognised code, as Markdown text. Every piece of catalog
 * text goes through the escaping of `markdown.ts` and is cut to a length, so
 * the result is safe to show in an untrusted MarkdownString whatever a
 * catalog (possibly a user's) contains.
 */

export interface HoverRenderOptions {
  /** How many other plausible meanings are listed before "and N more". */
  readonly maxAlso?: number;
  /** Longest details text shown, in characters. */
  readonly maxDetails?: number;
}

export function renderHover(recognition: Recognition, options: HoverRenderOptions = {}): string {
  const [top, ...others] = recognition.candidates;
  if (!top) {
    return '';
  }
  const maxAlso = options.maxAlso ?? 3;
  const parts: string[] = [renderMeaning(top, options.maxDetails ?? 1200)];
  if (others.length > 0) {
    const groups = groupAlsoMeans(top, others);
    const lines = groups.slice(0, maxAlso).map((group) => `- ${renderAlsoMeaning(group)}`);
    if (groups.length > maxAlso) {
      const rest = groups.slice(maxAlso).reduce((sum, group) => sum + group.count, 0);
      lines.push(`- and ${rest} more`);
    }
    parts.push('---', `Also means:\n\n${lines.join('\n')}`);
  }
  return parts.join('\n\n');
}

/** The full meaning of one entry: heading, description, details, facts, catalog line. */
export function renderMeaning(match: RankedMatch | { readonly catalog: RankedMatch['catalog']; readonly entry: CatalogEntry }, maxDetails = 1200): string {
  const { catalog, entry } = match;
  const blocks: string[] = [];
  const heading = `**${codeLabel(entry)}**${entry.name ? ` \`${escapeInlineCode(entry.name)}\`` : ''}`;
  blocks.push(entry.description ? `${heading} — ${escapeMarkdown(entry.description, 300)}` : heading);
  if (entry.details && entry.details !== entry.description) {
    blocks.push(escapeMarkdown(entry.details, maxDetails));
  }
  const facts: string[] = [];
  const outcome = outcomeSummary(entry);
  if (outcome) {
    facts.push(`Outcome: ${outcome}`);
  }
  if (entry.httpStatus !== undefined) {
    facts.push(`HTTP ${entry.httpStatus}`);
  }
  if (entry.level && entry.level.length > 0) {
    facts.push(`Reported for: ${escapeMarkdown(levelLabel(entry.level), 100)}`);
  }
  if (entry.reference) {
    facts.push(escapeMarkdown(entry.reference, 200));
  }
  if (facts.length > 0) {
    blocks.push(facts.join(' · '));
  }
  const notes: string[] = [];
  if (entry.aliases && entry.aliases.length > 0) {
    notes.push(`Also named ${entry.aliases.slice(0, 5).map((a) => `\`${escapeInlineCode(a, 120)}\``).join(', ')} in other versions of the document.`);
  }
  if (entry.deprecated) {
    notes.push(
      typeof entry.deprecated === 'string' ? `Deprecated: ${escapeMarkdown(entry.deprecated, 300)}` : 'Deprecated: no longer in the current document.',
    );
  }
  if (entry.reserved) {
    notes.push('Reserved by the provider.');
  }
  if (entry.undocumented) {
    notes.push('Listed without a description in the source document.');
  }
  if (notes.length > 0) {
    blocks.push(notes.map((n) => `*${n}*`).join(' '));
  }
  const origin = [escapeMarkdown(catalog.provider, 100), escapeMarkdown(catalog.title, 200)];
  if (catalog.channel) {
    origin.push(escapeMarkdown(channelLabel(catalog.channel), 60));
  }
  const source = catalog.source?.url ? ` · ${safeLink('source', catalog.source.url)}` : '';
  blocks.push(`${origin.join(' · ')}${source}`);
  return blocks.join('\n\n');
}
