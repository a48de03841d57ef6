import type { CatalogIndex } from '../catalog/catalogIndex';
import { codeFormatOf } from '../catalog/codeFormat';
import type { CatalogEntry } from '../catalog/types';
import type { RankedMatch, Recognition } from '../recognize/types';
import { groupAlsoMeans, renderAlsoMeaning } from './alsoMeans';
import { channelLabel, levelLabel, outcomeSummary, shownName } from './labels';
import { escapeInlineCode, escapeMarkdown, safeLink } from './markdown';
import { dottedPartsText, shownCode } from './shownCode';

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
  /** The index the recognition came from: a dotted code's hover explains its class and subject from the catalog's rows. */
  readonly index?: Pick<CatalogIndex, 'dottedParts'>;
}

export function renderHover(recognition: Recognition, options: HoverRenderOptions = {}): string {
  const [top, ...others] = recognition.candidates;
  if (!top) {
    return '';
  }
  const maxAlso = options.maxAlso ?? 3;
  const parts: string[] = [renderMeaning(top, options.maxDetails ?? 1200, recognition.text, options.index)];
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

/**
 * The full meaning of one entry: heading, description, details, facts, catalog
 * line. `text` is the literal as written, which a dotted code's heading shows
 * (`5.1.1` for the registry's `X.1.1`); `index` adds what its class and subject mean.
 */
export function renderMeaning(
  match: RankedMatch | { readonly catalog: RankedMatch['catalog']; readonly entry: CatalogEntry },
  maxDetails = 1200,
  text?: string,
  index?: Pick<CatalogIndex, 'dottedParts'>,
): string {
  const { catalog, entry } = match;
  const blocks: string[] = [];
  const name = shownName(catalog, entry);
  const code = shownCode(text, match);
  // A hex code is also logged in decimal (`command_status: 11`), so the hover gives both.
  const decimal = codeFormatOf(catalog) === 'hex' && entry.to === undefined ? ` (${entry.code})` : '';
  const heading = `**${escapeMarkdown(code, 60)}**${decimal}${name ? ` \`${escapeInlineCode(name)}\`` : ''}`;
  blocks.push(entry.description ? `${heading} — ${escapeMarkdown(entry.description, 300)}` : heading);
  const parts = index && dottedPartsText(index, text, match);
  if (parts) {
    blocks.push(escapeMarkdown(`${code}: ${name ?? entry.description} — ${parts}`, 400));
  }
  if (entry.details && entry.details !== entry.description) {
    blocks.push(escapeMarkdown(entry.details, maxDetails));
  }
  const facts: string[] = [];
  const outcome = outcomeSummary(entry);
  if (outcome) {
    facts.push(`Outcome: ${outcome}`);
  }
  if (entry.value !== undefined) {
    facts.push(`Value ${entry.value}`);
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
