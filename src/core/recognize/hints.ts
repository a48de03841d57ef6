import type { Catalog } from '../catalog/types';
import { isUpper } from './charClasses';
import { isChannelSpecific } from './rank';

/**
 * Finds the words that suggest a provider or channel (a catalog's `hints`,
 * plus its provider and channel names) in document text.
 *
 * One case-insensitive regular expression is compiled per set of catalogs;
 * each match is then checked for word boundaries, camel case included:
 * `sendSms`, `SmsClient` and `SMS_API` mention SMS, `smsc` and
 * `transmission` do not.
 */
export class HintMatcher {
  /** Lower-cased hint word to the indexes (into `catalogs`) of the catalogs it suggests. */
  private readonly wordCatalogs = new Map<string, number[]>();
  /** Lower-cased hint word to the channel catalogs it suggests alone among their provider's channels (`sms` for Webex Connect's SMS table). */
  private readonly channelWords = new Map<string, number[]>();
  private readonly pattern: RegExp | undefined;
  private readonly signatureWeights = new Map<number | string, ReadonlyMap<string, number>>();
  /** Lower-cased hint words and their indexes, for line signatures. */
  private readonly words: string[] = [];
  private readonly wordIndex = new Map<string, number>();

  constructor(readonly catalogs: readonly Catalog[]) {
    const alternatives: string[] = [];
    catalogs.forEach((catalog, catalogIndex) => {
      for (const word of hintWords(catalog)) {
        const lower = word.toLowerCase();
        const list = this.wordCatalogs.get(lower);
        if (list) {
          if (!list.includes(catalogIndex)) {
            list.push(catalogIndex);
          }
          continue;
        }
        this.wordCatalogs.set(lower, [catalogIndex]);
        this.wordIndex.set(lower, this.words.length);
        this.words.push(lower);
        alternatives.push(lower);
      }
    });
    this.pattern = alternatives.length === 0 ? undefined : new RegExp(triePattern(alternatives), 'gi');
    for (const [word, list] of this.wordCatalogs) {
      const own = list.filter((i) => {
        const catalog = catalogs[i] as Catalog;
        return isChannelSpecific(catalog) && !list.some((j) => j !== i && (catalogs[j] as Catalog).provider === catalog.provider && isChannelSpecific(catalogs[j] as Catalog));
      });
      if (own.length > 0) {
        this.channelWords.set(word, own);
      }
    }
  }

  /**
   * Counts mentions per catalog in `text[from, to)`. Returns, per catalog
   * index, how many distinct hint words were seen and how many mentions in all.
   */
  count(text: string, from = 0, to = text.length): { distinct: Uint16Array; total: Uint32Array; ownChannel: Uint8Array } {
    const distinct = new Uint16Array(this.catalogs.length);
    const total = new Uint32Array(this.catalogs.length);
    const ownChannel = new Uint8Array(this.catalogs.length);
    if (!this.pattern) {
      return { distinct, total, ownChannel };
    }
    const seen = new Set<string>();
    const slice = from === 0 && to === text.length ? text : text.slice(from, to);
    const pattern = this.pattern;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
      if (!isWordAt(slice, match.index, match.index + match[0].length)) {
        // Another hint may start inside this one (`webexconnect` after a rejected `webex`).
        pattern.lastIndex = match.index + 1;
        continue;
      }
      const word = match[0].toLowerCase();
      const firstTime = !seen.has(word);
      seen.add(word);
      for (const catalogIndex of this.wordCatalogs.get(word) ?? []) {
        total[catalogIndex] = (total[catalogIndex] ?? 0) + 1;
        if (firstTime) {
          distinct[catalogIndex] = (distinct[catalogIndex] ?? 0) + 1;
        }
      }
      for (const catalogIndex of firstTime ? (this.channelWords.get(word) ?? []) : []) {
        ownChannel[catalogIndex] = 1;
      }
    }
    return { distinct, total, ownChannel };
  }

  /**
   * The hint words of `text[from, to)` as a stable key, for a line: lines
   * that mention the same words share one weights map. The key is a bit set
   * of word indexes while there are few words, so no string is built.
   */
  signature(text: string, from = 0, to = text.length): number | string {
    if (!this.pattern) {
      return 0;
    }
    const slice = text.slice(from, to);
    const pattern = this.pattern;
    pattern.lastIndex = 0;
    // Two integer bit sets (word indexes 0–29 and 30–51) are combined at the end into one exact number below 2^52.
    let low = 0;
    let high = 0;
    let words: number[] | undefined;
    for (let match = pattern.exec(slice); match; match = pattern.exec(slice)) {
      if (!isWordAt(slice, match.index, match.index + match[0].length)) {
        pattern.lastIndex = match.index + 1;
        continue;
      }
      const index = this.wordIndex.get(match[0].toLowerCase()) ?? 0;
      if (index < 30) {
        low |= 1 << index;
      } else if (index < 52) {
        high |= 1 << (index - 30);
      } else {
        words ??= [];
        if (!words.includes(index)) {
          words.push(index);
        }
      }
    }
    const bits = low + high * 2 ** 30;
    return words ? `${bits}:${words.sort((a, b) => a - b).join(',')}` : bits;
  }

  /** Catalog weights for a key from `signature`, computed once per distinct key. */
  weightsOf(signature: number | string): ReadonlyMap<string, number> {
    let weights = this.signatureWeights.get(signature);
    if (!weights) {
      weights = this.weights(this.wordsOf(signature).join(' '));
      if (this.signatureWeights.size > 1000) {
        this.signatureWeights.clear();
      }
      this.signatureWeights.set(signature, weights);
    }
    return weights;
  }

  private wordsOf(signature: number | string): string[] {
    const [bitsText, rest] = String(signature).split(':');
    const indexes: number[] = [];
    let bits = Number(bitsText);
    for (let i = 0; bits > 0; i++, bits = Math.floor(bits / 2)) {
      if (bits % 2 === 1) {
        indexes.push(i);
      }
    }
    for (const part of rest ? rest.split(',') : []) {
      indexes.push(Number(part));
    }
    return indexes.map((i) => this.words[i] ?? '');
  }

  /**
   * Catalog id to weight 0..1 for the mentions in `text[from, to)`. Where
   * the text names one channel of a provider by a word of that channel's own
   * (`Sends SMS through Webex Connect`), the provider's other channel
   * catalogs, named only by the provider's words, stay just below it: the
   * provider's words alone would give every channel the full weight, and the
   * ranking could not tell the channel the text is about.
   */
  weights(text: string, from = 0, to = text.length): Map<string, number> {
    const { distinct, total, ownChannel } = this.count(text, from, to);
    const named = new Set<string>();
    this.catalogs.forEach((catalog, i) => {
      if (ownChannel[i] === 1) {
        named.add(catalog.provider);
      }
    });
    const weights = new Map<string, number>();
    this.catalogs.forEach((catalog, i) => {
      const d = distinct[i] ?? 0;
      if (d > 0) {
        const weight = hintWeight(d, total[i] ?? 0);
        const otherChannel = ownChannel[i] !== 1 && named.has(catalog.provider) && isChannelSpecific(catalog);
        weights.set(catalog.id, otherChannel ? Math.min(weight, OTHER_CHANNEL_WEIGHT) : weight);
      }
    });
    return weights;
  }
}

/**
 * A catalog named by several of its words (`webex` and `whatsapp`) is more
 * likely than one named by a single word many times, so distinct words weigh
 * more than repetitions.
 */
export function hintWeight(distinct: number, total: number): number {
  return Math.min(1, 0.35 * distinct + 0.05 * Math.min(total, 6));
}

/** The most a channel catalog weighs when the text names another channel of its provider by that channel's own word. */
const OTHER_CHANNEL_WEIGHT = 0.9;

/** A catalog's hint words: its declared hints, its provider (and the provider's first word) and its channel. */
export function hintWords(catalog: Catalog): string[] {
  const words = new Set<string>();
  const add = (word: string | undefined) => {
    const trimmed = word?.trim();
    if (trimmed && trimmed.length >= 2) {
      words.add(trimmed);
    }
  };
  for (const hint of catalog.hints ?? []) {
    add(hint);
  }
  add(catalog.provider);
  const firstWord = catalog.provider.split(/[\s(]/)[0];
  if (firstWord && firstWord.length >= 4) {
    add(firstWord);
  }
  // Multi-word channel labels ("all channels") are descriptions, not words a document would use.
  if (catalog.channel && /^[A-Za-z0-9-]+$/.test(catalog.channel)) {
    add(catalog.channel);
  }
  return [...words];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

interface TrieNode {
  end: boolean;
  readonly children: Map<string, TrieNode>;
}

/**
 * One pattern for many words, their common prefixes factored out
 * (`web(?:ex(?:connect)?)?`), so the engine tries one branch per position
 * instead of every word; optional tails are greedy, so the longest word wins.
 */
export function triePattern(words: readonly string[]): string {
  const root: TrieNode = { end: false, children: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.children.get(ch);
      if (!child) {
        child = { end: false, children: new Map() };
        node.children.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const source = (node: TrieNode): string => {
    const branches = [...node.children].map(([ch, child]) => escapeRegExp(ch) + source(child));
    if (branches.length === 0) {
      return '';
    }
    const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
    return node.end ? `(?:${body})?` : body;
  };
  return source(root);
}

/**
 * Whether `text[start, end)` stands as a word of its own: not glued to
 * letters or digits, except across a camel-case boundary (`sendSms`,
 * `SmsClient`, `SMSClient`).
 */
function isWordAt(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  const first = text.charCodeAt(start);
  const last = text.charCodeAt(end - 1);
  const after = end < text.length ? text.charCodeAt(end) : -1;
  const leftOk = !isAlnum(before) || (isLower(before) && isUpper(first)) || isDigitCode(before) !== isDigitCode(first);
  if (!leftOk) {
    return false;
  }
  if (!isAlnum(after)) {
    return true;
  }
  if (isUpper(after) && isLower(last)) {
    return true;
  }
  // `SMSClient`: an upper-case word followed by a capitalised one.
  const afterNext = end + 1 < text.length ? text.charCodeAt(end + 1) : -1;
  return isUpper(after) && isUpper(last) && isLower(afterNext);
}

function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isAlnum(c: number): boolean {
  return isUpper(c) || isLower(c) || isDigitCode(c);
}
