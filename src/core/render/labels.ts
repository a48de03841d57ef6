import { codeText, writtenCode } from '../catalog/codeFormat';
import type { Catalog, CatalogEntry, CatalogKind, ErrorLevel, Outcome } from '../catalog/types';

/**
 * Short plain-text labels shared by every renderer (hover, lens, detail view,
 * quick picks), so that one code reads the same wherever it is shown. The
 * labels are plain text: callers escape them for the medium they write to.
 */

// The tables are Maps, not object literals: they are looked up with catalog text, and an object would answer
// for `constructor` or `__proto__` with what its prototype holds.
const OUTCOME_LABELS: ReadonlyMap<string, string> = new Map<Outcome, string>([
  ['delivered', 'Delivered'],
  ['success', 'Succeeded'],
  ['pending', 'Pending'],
  ['failed', 'Failed'],
  ['info', 'Informational'],
]);

/** What a code means for the message or request, e.g. "Failed". */
export function outcomeLabel(outcome: Outcome): string {
  return OUTCOME_LABELS.get(outcome) ?? String(outcome);
}

/** Whether a failure is worth retrying, worded for a reader rather than as a boolean. */
export function retryLabel(retryable: boolean): string {
  return retryable ? 'Retryable: sending again can succeed' : 'Final: sending again will not help';
}

/** The outcome together with the retry advice, e.g. "Failed · retryable"; undefined when the catalog says neither. */
export function outcomeSummary(entry: Pick<CatalogEntry, 'outcome' | 'retryable'>): string | undefined {
  const parts: string[] = [];
  if (entry.outcome) {
    parts.push(outcomeLabel(entry.outcome));
  }
  if (entry.retryable !== undefined) {
    parts.push(entry.retryable ? 'retryable' : 'final');
  }
  return parts.length === 0 ? undefined : parts.join(' · ');
}

const KIND_LABELS: ReadonlyMap<string, string> = new Map<CatalogKind, string>([
  ['status', 'Status codes'],
  ['error', 'Error codes'],
  ['reason', 'Reason codes'],
  ['response', 'Response codes'],
]);

/** What kind of codes a catalog holds, e.g. "Error codes". */
export function kindLabel(kind: CatalogKind): string {
  return KIND_LABELS.get(kind) ?? String(kind);
}

const LEVEL_LABELS: ReadonlyMap<string, string> = new Map<ErrorLevel, string>([
  ['global', 'whole request'],
  ['message', 'single message'],
]);

/** Where an error is reported, e.g. "whole request, single message". */
export function levelLabel(levels: readonly ErrorLevel[]): string {
  return levels.map((level) => LEVEL_LABELS.get(level) ?? String(level)).join(', ');
}

/**
 * Channel names as people write them. Catalogs store channels in lower case
 * for matching; this restores the usual spelling of the common ones and
 * capitalises the rest.
 */
const CHANNEL_SPELLINGS: ReadonlyMap<string, string> = new Map([
  ['sms', 'SMS'],
  ['mms', 'MMS'],
  ['rcs', 'RCS'],
  ['whatsapp', 'WhatsApp'],
  ['email', 'Email'],
  ['e-mail', 'Email'],
  ['push', 'Push'],
  ['voice', 'Voice'],
  ['messenger', 'Messenger'],
  ['instagram', 'Instagram'],
]);

/** Words left in lower case inside a title, as in "Apple Messages for Business". */
const SMALL_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'and', 'for', 'of', 'on', 'or', 'the', 'to', 'via']);

/** A channel as a reader expects to see it, e.g. `whatsapp` → "WhatsApp". */
export function channelLabel(channel: string): string {
  const known = CHANNEL_SPELLINGS.get(channel.toLowerCase());
  if (known) {
    return known;
  }
  if (/[A-Z]/.test(channel)) {
    return channel;
  }
  return channel
    .split(/[\s_]+/)
    .filter((word) => word.length > 0)
    .map((word, i) => (i > 0 && SMALL_WORDS.has(word) ? word : word.replace(/(^|-)(\p{L})/gu, (_, dash: string, letter: string) => dash + letter.toUpperCase())))
    .join(' ');
}

/** Who defines the codes and on which channel, e.g. "Webex Connect · WhatsApp" or "Clickatell". */
export function providerLabel(catalog: Pick<Catalog, 'provider' | 'channel'>): string {
  return catalog.channel ? `${catalog.provider} · ${channelLabel(catalog.channel)}` : catalog.provider;
}

/** What `codeLabel` needs of a catalog: how it writes its codes. */
export type CodeWriting = Pick<Catalog, 'codeFormat' | 'codeWidth'>;

/**
 * The code or range as written in documentation, e.g. "23", "34–37",
 * "0x0000000B", "UNDELIV" or "X.1.1": never the number a hex, name or dotted
 * code is held as (see codeFormat.ts).
 */
export function codeLabel(catalog: CodeWriting, entry: Pick<CatalogEntry, 'code' | 'to' | 'codeText'>): string {
  const first = codeText(catalog, entry);
  return entry.to !== undefined && entry.to !== entry.code ? `${first}–${writtenCode(catalog, entry.to)}` : first;
}

/**
 * The entry's name when it says more than its code: undefined for the words of
 * a name catalog, whose name is the code itself (`UNDELIV UNDELIV` reads as a stutter).
 */
export function shownName(catalog: CodeWriting, entry: Pick<CatalogEntry, 'code' | 'codeText' | 'name'>): string | undefined {
  return entry.name && entry.name !== codeText(catalog, entry) ? entry.name : undefined;
}

/** The code followed by its name when it has one, e.g. "23 DELIVERY_FAILURE". */
export function entryLabel(catalog: CodeWriting, entry: Pick<CatalogEntry, 'code' | 'to' | 'name' | 'codeText'>): string {
  const name = shownName(catalog, entry);
  return name ? `${codeLabel(catalog, entry)} ${name}` : codeLabel(catalog, entry);
}

/** Flags a reader must notice before relying on an entry, e.g. "deprecated", "reserved". */
export function statusFlags(entry: Pick<CatalogEntry, 'deprecated' | 'reserved' | 'undocumented'>): string[] {
  const flags: string[] = [];
  if (entry.deprecated) {
    flags.push('deprecated');
  }
  if (entry.reserved) {
    flags.push('reserved');
  }
  if (entry.undocumented) {
    flags.push('undocumented');
  }
  return flags;
}

/** The source document's date and version, e.g. "2025-06, v2"; undefined when it has neither. */
export function sourceDateLabel(source: { readonly date?: string; readonly version?: string }): string | undefined {
  const parts = [source.date, source.version ? `version ${source.version}` : undefined].filter((p): p is string => !!p);
  return parts.length === 0 ? undefined : parts.join(', ');
}
