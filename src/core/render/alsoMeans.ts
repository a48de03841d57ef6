import type { RankedMatch } from '../recognize/types';
import { channelLabel, codeLabel, shownName } from './labels';
import { escapeInlineCode, escapeMarkdown } from './markdown';

/**
 * The "Also means" list of a hover, tidied: a provider that documents one
 * code the same way for each of its channels (Webex Connect does, for SMS,
 * MMS, WhatsApp and more) gets one line naming the channels, not one line
 * per channel that all read alike.
 */

/** One line of the list: a meaning and every match that reads the same. */
export interface AlsoMeaning {
  /** The first (best ranked) match of the group. */
  readonly match: RankedMatch;
  /** The group's channels in rank order, deduplicated; empty for catalogs without a channel. */
  readonly channels: readonly string[];
  /** How many matches the line stands for. */
  readonly count: number;
  /** Whether the line says what the top meaning says, in other channels of the same provider. */
  readonly sameAsTop: boolean;
}

/** Matches read alike when provider, code, name and description are the same; the channel may differ. */
function meaningKey({ catalog, entry }: RankedMatch): string {
  return [catalog.provider, codeLabel(catalog, entry), entry.name ?? '', entry.description ?? ''].join('\u0000');
}

/** Groups `others` by meaning, in the order of their best match; the group that repeats `top` comes first. */
export function groupAlsoMeans(top: RankedMatch, others: readonly RankedMatch[]): AlsoMeaning[] {
  const topKey = meaningKey(top);
  const groups = new Map<string, { match: RankedMatch; channels: string[]; count: number }>();
  for (const other of others) {
    const key = meaningKey(other);
    let group = groups.get(key);
    if (!group) {
      group = { match: other, channels: [], count: 0 };
      groups.set(key, group);
    }
    group.count++;
    const channel = other.catalog.channel;
    if (channel && !group.channels.includes(channel)) {
      group.channels.push(channel);
    }
  }
  const lines = [...groups.entries()].map(([key, group]): AlsoMeaning => ({ ...group, sameAsTop: key === topKey }));
  return [...lines.filter((line) => line.sameAsTop), ...lines.filter((line) => !line.sameAsTop)];
}

/** Channels named in a line before "and N more". */
const NAMED_CHANNELS = 3;

/** The Markdown of one line (without the list bullet). */
export function renderAlsoMeaning(line: AlsoMeaning): string {
  const { catalog, entry } = line.match;
  const shown = shownName(catalog, entry);
  const name = shown ? ` \`${escapeInlineCode(shown, 80)}\`` : '';
  const code = escapeMarkdown(codeLabel(catalog, entry), 60);
  const description = entry.description ? ` — ${escapeMarkdown(entry.description, 120)}` : '';
  if (line.sameAsTop) {
    // "Submitted — in 9 other Webex Connect channels": the meaning is already above; only where else it applies is news.
    const what = entry.name ? `\`${escapeInlineCode(entry.name, 80)}\`` : entry.description ? escapeMarkdown(entry.description, 120) : code;
    return `${what} — in ${line.count} other ${escapeMarkdown(catalog.provider, 100)} ${line.count === 1 ? 'channel' : 'channels'}${channelList(line)}`;
  }
  if (line.count === 1) {
    const channel = catalog.channel ? ` (${escapeMarkdown(channelLabel(catalog.channel), 60)})` : '';
    return `${escapeMarkdown(catalog.title, 120)}${channel}: ${code}${name}${description}`;
  }
  return `${escapeMarkdown(catalog.provider, 100)}: ${code}${name}${description} — in ${line.count} channels${channelList(line)}`;
}

/** ` (SMS, MMS, WhatsApp and 6 more)`, or nothing when no catalog of the line has a channel. */
function channelList(line: AlsoMeaning): string {
  if (line.channels.length === 0) {
    return '';
  }
  const named = line.channels.slice(0, NAMED_CHANNELS).map((channel) => escapeMarkdown(channelLabel(channel), 60));
  const more = line.channels.length - named.length;
  return ` (${named.join(', ')}${more > 0 ? ` and ${more} more` : ''})`;
}
