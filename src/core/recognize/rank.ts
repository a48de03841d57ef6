import type { Catalog, CatalogMatch } from '../catalog/types';
import type { CodeRole, DocumentContext, RankedMatch } from './types';

/**
 * Ranking: given the entries a literal could be (one per catalog) and what
 * its key says, orders the catalogs and gives each a confidence.
 *
 * The confidence is the product of two things: how strongly the context says
 * "this is a code at all" (`strength`, from the key) and how well each
 * catalog fits (`fit`): the catalog declares the key, the key's role matches
 * the catalog's kind, the document mentions the provider or channel, the
 * user prefers the catalog for this file.
 */

/** What the key of a literal says, resolved once per distinct key spelling. */
export interface KeyMeaning {
  /** The key as written and its normalised form, e.g. `statusCode` / `statuscode`. */
  readonly key: string | undefined;
  readonly parentKey: string | undefined;
  /** `parent.key` joined, for messages. */
  readonly label: string;
  readonly role: CodeRole | undefined;
  /** Catalog ids whose context declares the full path (`error.code` as `errorCode`). */
  readonly declaredPath: ReadonlySet<string>;
  /** Catalog ids whose context declares the key alone. */
  readonly declaredKey: ReadonlySet<string>;
  /** 0..1: how much the key alone says that its value is a code. */
  readonly strength: number;
  /** Whether the enclosing object's key may change the meaning (`code` in `{"error":{"code":25}}`). */
  readonly wantsParent?: boolean;
  /** Whether only a valid HTTP status (100–599) is a code here: `msg.reply(3)` is no status and no other code either. */
  readonly httpOnly?: boolean;
  /**
   * Whether the literal is passed to an HTTP idiom (`res.status(…)`, `abort(…)`, `new Response(…)`):
   * a number there that no HTTP catalog defines is an invalid status, not another catalog's code.
   */
  readonly httpIdiom?: boolean;
  /** The provider whose catalogs alone declare this key (`reasonCode`), when one does: the key is that provider's qualifier. */
  readonly soleProvider?: string;
  /**
   * For a key that says nothing by itself: the dotted catalogs whose declared keys it is spelled from (`enhanced` of
   * `enhancedCode`). A dotted code, which nothing else looks like, may be read under it where the document names them.
   */
  readonly dottedWordOf?: ReadonlySet<string>;
}

const BASE_FIT = 0.45;
const DECLARED_PATH = 0.35;
const DECLARED_KEY = 0.25;
const PADDED = 0.35;
const ROLE_MATCH = 0.15;
const HTTP_ROLE_MATCH = 0.3;
const ROLE_MISMATCH = -0.2;
const DOCUMENT_HINT = 0.2;
const LINE_HINT = 0.15;
const PREFERRED = 0.7;
const OTHER_CHANNEL_ON_LINE = -0.2;
const OTHER_CHANNEL_IN_DOCUMENT = -0.1;
const OTHER_PROVIDER_IN_DOCUMENT = -0.25;
/** A document hint at least this strong names a catalog by more than one word (see `weightOf` in hints.ts). */
const STRONG_HINT = 0.7;

/** Below this no recognition is reported at all; hovers stay silent over unlikely guesses. */
export const MIN_CONFIDENCE = 0.15;

/** Whether a catalog holds HTTP statuses (the fallback meaning of many numbers). */
export function isHttpCatalog(catalog: Catalog): boolean {
  return catalog.id === 'http' || catalog.id.startsWith('http-') || (catalog.kind === 'status' && /\bHTTP\b/.test(catalog.title) && /IETF|IANA/i.test(catalog.provider));
}

/** What the ranking knows beyond the literal and its key. */
export interface RankContext {
  readonly doc: DocumentContext;
  /** Hint weights of the literal's own line, when they were read (only for close calls). */
  readonly lineHints?: ReadonlyMap<string, number>;
  /**
   * The highest hint weight among the channel-specific catalogs of a provider,
   * in a set of weights. A channel catalog whose own weight is below it is
   * about another channel than the one the text names.
   */
  readonly providerChannelMax: (hints: ReadonlyMap<string, number>, provider: string) => number;
  /**
   * Whether the literal is too ambiguous to mean a catalog's code without
   * evidence for that catalog (see `hasEvidence`): the numbers 0–9 and names
   * that are ordinary words (`READ`, `ACCEPTED`).
   */
  readonly requireEvidence?: boolean;
  /** For 0, which means "none" almost everywhere: a key that one provider declares is not evidence enough. */
  readonly explicitEvidence?: boolean;
  /** Digits a number literal is written with, leading zeros included; undefined for names and where unknown. */
  readonly digits?: number;
  /** The literal is a hex number (`0x0000000B`) and `digits` counts its hex digits. */
  readonly hex?: boolean;
  /** The provider of a catalog by id, so that a document plainly about one provider lowers the others. */
  readonly providerOf?: ProviderOf;
  /**
   * Whether a catalog is the only one of its provider's product (gRPC's, HTTP's): a key's role (`err.code` is an
   * error) picks among a product's tables (Clickatell's errors or its statuses, GeniqTech's responses or reasons),
   * and a product with one table has nothing to pick from: its errors carry its statuses.
   */
  readonly soleTable?: (catalog: Catalog) => boolean;
  /** Catalogs that other codes around the literal belong to (the other labels of its `switch`), as evidence. */
  readonly siblingCatalogs?: ReadonlySet<string>;
}

/**
 * Whether something beyond the literal and a generic key speaks for
 * `catalog`: the document or line names its provider, the user prefers it,
 * the key is qualified the way the catalog names it (`error.code`) or is a
 * key only its provider declares (`reasonCode`; not for 0), sibling
 * codes belong to it, or, for HTTP, the key is an HTTP idiom. A bare key the
 * catalog declares (`status`) is not enough: many catalogs share it.
 */
export function hasEvidence(catalog: Catalog, key: KeyMeaning, context: RankContext): boolean {
  const http = isHttpCatalog(catalog);
  if (http) {
    // Documents mention http and https everywhere; for HTTP only an HTTP key or idiom counts.
    if (key.role === 'http') {
      return true;
    }
  } else if ((context.lineHints?.get(catalog.id) ?? 0) > 0) {
    return true;
  } else {
    // A digit under a key the catalog does not declare (`app-error=1`, `status === 0` for an error table) has only a
    // word for it: the document must name the catalog more than in passing. A name (`MessageStatus.READ`) says more.
    const weak = context.digits !== undefined && !key.declaredKey.has(catalog.id) && !key.declaredPath.has(catalog.id);
    if ((context.doc.hintedCatalogs.get(catalog.id) ?? 0) >= (weak ? STRONG_HINT : Number.MIN_VALUE)) {
      return true;
    }
  }
  return (
    isPaddedFor(catalog, context.digits, context.hex) ||
    context.doc.preferredCatalogs.includes(catalog.id) ||
    (key.parentKey !== undefined && key.declaredPath.has(catalog.id)) ||
    (!context.explicitEvidence && key.soleProvider === catalog.provider && (key.declaredPath.has(catalog.id) || key.declaredKey.has(catalog.id))) ||
    context.siblingCatalogs?.has(catalog.id) === true
  );
}

/**
 * The strongest hint (0.5 or more) the document gives a catalog of another
 * provider than `provider` among those `matches` could mean, or 0: the other
 * meanings of the same literal, so that naming some unrelated provider
 * elsewhere in the file does not count.
 */
function otherProviderHint(hinted: ReadonlyMap<string, number>, provider: string, matches: readonly CatalogMatch[], catalogs: ProviderOf): number {
  let strongest = 0;
  for (const { catalog } of matches) {
    const weight = catalog.provider === provider ? 0 : (hinted.get(catalog.id) ?? 0);
    if (weight >= 0.5 && weight > strongest) {
      strongest = weight;
    }
  }
  // A document plainly about one provider (its SDK, its host, its payload fields) speaks for it even where it lacks the code.
  for (const [id, weight] of hinted) {
    if (weight >= 0.85 && weight > strongest) {
      const other = catalogs(id);
      if (other !== undefined && other !== provider) {
        strongest = weight;
      }
    }
  }
  return strongest;
}

/** The provider of a catalog by its id, for hints that name catalogs by id. */
export type ProviderOf = (catalogId: string) => string | undefined;

const noProvider: ProviderOf = () => undefined;

/**
 * `RankContext.providerChannelMax` for a set of catalogs, memoised per
 * weights map (a document's or a line's), which is immutable once built.
 */
export function channelSiblings(catalogs: readonly Catalog[]): RankContext['providerChannelMax'] {
  const byProvider = new Map<string, string[]>();
  for (const catalog of catalogs) {
    if (isChannelSpecific(catalog)) {
      const list = byProvider.get(catalog.provider) ?? [];
      list.push(catalog.id);
      byProvider.set(catalog.provider, list);
    }
  }
  const cache = new WeakMap<ReadonlyMap<string, number>, Map<string, number>>();
  return (hints, provider) => {
    let maxima = cache.get(hints);
    if (!maxima) {
      maxima = new Map();
      cache.set(hints, maxima);
    }
    let max = maxima.get(provider);
    if (max === undefined) {
      max = 0;
      for (const id of byProvider.get(provider) ?? []) {
        max = Math.max(max, hints.get(id) ?? 0);
      }
      maxima.set(provider, max);
    }
    return max;
  };
}

/**
 * Whether a catalog is about one channel of its provider. A channel such as
 * "all channels" marks the provider's common table, which applies whatever
 * channel a text names.
 */
export function isChannelSpecific(catalog: Catalog): boolean {
  return catalog.channel !== undefined && !/^(all|any|common)\b/i.test(catalog.channel.trim());
}

/**
 * Whether a number written with `digits` digits is zero-padded to the width `catalog` writes its codes with:
 * `"004"` for a decimal catalog, `0x0000000B` for a hex one (whose width counts hex digits).
 */
function isPaddedFor(catalog: Catalog, digits: number | undefined, hex: boolean | undefined): boolean {
  return digits !== undefined && catalog.codeWidth === digits && (catalog.codeFormat === 'hex') === (hex === true);
}

/**
 * Orders `matches` (at most one per catalog) for a literal whose key means
 * `key`, in the document and line described by `context`.
 */
export function rankMatches(matches: readonly CatalogMatch[], key: KeyMeaning, formStrength: number, context: RankContext): Ranking {
  const { doc, lineHints } = context;
  const scored: { match: RankedMatch; score: number }[] = [];
  const strength = key.strength * formStrength;
  const anyHttp = matches.some((match) => isHttpCatalog(match.catalog));
  if (key.httpIdiom && !anyHttp) {
    // `res.status(1000)`: not a valid HTTP status, and no other catalog's code either.
    return { ranked: [], ambiguous: false };
  }
  // An HTTP key of an object (`resp.getStatus() == 23`) holding a number that no HTTP catalog defines is
  // still a status: rank the other catalogs as a status key would, rather than all alike.
  const role = key.role === 'http' && !anyHttp ? 'status' : key.role;
  for (const match of matches) {
    const { catalog, entry } = match;
    const hint = doc.hintedCatalogs.get(catalog.id);
    const otherProvider = hint === undefined || hint === 0 ? otherProviderHint(doc.hintedCatalogs, catalog.provider, matches, context.providerOf ?? noProvider) : 0;
    if (context.requireEvidence && (!hasEvidence(catalog, key, context) || (otherProvider >= 0.85 && !isHttpCatalog(catalog) && !context.doc.preferredCatalogs.includes(catalog.id)))) {
      // A small code in a document that is plainly about another provider is that provider's or nobody's, whatever this catalog's own key or width says.
      continue;
    }
    let fit = BASE_FIT;
    const reasons: string[] = [];
    if (catalog.codeFormat === 'hex') {
      // `0x0B`, `0x0000000B` and the decimal `11` all name 0x0000000B; the full width speaks for the catalog,
      // and a zero-padded decimal (`000`, `011`) is some other field's way of writing numbers.
      if (context.hex !== true && context.digits !== undefined && context.digits > 1 && entry.code < 10 ** (context.digits - 1)) {
        continue;
      }
      if (isPaddedFor(catalog, context.digits, context.hex)) {
        fit += PADDED;
        reasons.push(`written with ${catalog.codeWidth ?? 0} hex digits, as the catalog writes its codes`);
      }
    } else if (catalog.codeWidth !== undefined && context.digits !== undefined) {
      if (context.digits < catalog.codeWidth) {
        // `4` is not a code of a table that writes it `004`.
        continue;
      }
      if (context.digits === catalog.codeWidth && entry.code < 10 ** (catalog.codeWidth - 1)) {
        fit += PADDED;
        reasons.push(`written zero-padded to ${catalog.codeWidth} digits, as the catalog writes its codes`);
      }
    } else if (context.digits !== undefined && context.digits > 1 && entry.code < 10 ** (context.digits - 1)) {
      // `"004"` for a table that writes 4 as `4`; an all-zero `000` is "no error" in whatever field holds it,
      if (entry.code === 0 || context.requireEvidence === true) {
        // `001` is no code of a table that writes 1 as `1` where 1 needs evidence anyway.
        continue;
      }
      fit += ROLE_MISMATCH;
    }
    const declared = key.declaredPath.has(catalog.id) || key.declaredKey.has(catalog.id);
    if (key.declaredPath.has(catalog.id) && key.parentKey !== undefined) {
      fit += DECLARED_PATH;
      reasons.push(`the catalog names "${key.label}" as a key of its codes`);
    } else if (declared) {
      fit += DECLARED_KEY;
      reasons.push(`the catalog names "${key.key ?? key.label}" as a key of its codes`);
    }
    const http = isHttpCatalog(catalog);
    if (role === 'http') {
      if (http) {
        fit += HTTP_ROLE_MATCH;
        reasons.push(`"${key.label}" is an HTTP status`);
      } else if (!declared) {
        fit += ROLE_MISMATCH;
      }
    } else if (role !== undefined && role !== 'code') {
      // A response's code (`responseCode`, `response_code`) is first of all an HTTP response's status: HTTP's codes are
      // what `getResponseCode()` and webhook logs return. SMTP's replies, a catalog of response codes, win with mail named.
      if (role === catalog.kind || (role === 'response' && http)) {
        fit += ROLE_MATCH;
        reasons.push(`"${key.label}" is a ${role} key and the catalog holds ${catalog.kind} codes`);
      } else if (!declared && context.soleTable?.(catalog) !== true) {
        fit += ROLE_MISMATCH;
        reasons.push(`"${key.label}" is a ${role} key but the catalog holds ${catalog.kind} codes`);
      }
    }
    if (hint !== undefined && hint > 0) {
      fit += DOCUMENT_HINT * hint;
      reasons.push('the document mentions its provider or channel');
    }
    if (otherProvider > 0 && !http) {
      // A document about one provider's API (its host, its SDK) uses that provider's codes, not a lookalike of another's;
      // the more surely it names the other provider, the less a key or a width of this one's can say.
      fit += OTHER_PROVIDER_IN_DOCUMENT * (1 + 2 * otherProvider);
      reasons.push('the document names another provider, not this one');
    }
    const lineHint = lineHints?.get(catalog.id);
    if (lineHint !== undefined && lineHint > 0) {
      fit += LINE_HINT * lineHint;
      reasons.push('the line mentions its provider or channel');
    }
    if (isChannelSpecific(catalog)) {
      // The text names another channel of the same provider: this channel's meaning is less likely than the common one.
      const otherOnLine = lineHints !== undefined && context.providerChannelMax(lineHints, catalog.provider) > (lineHint ?? 0) + 0.01;
      const otherInDocument = context.providerChannelMax(doc.hintedCatalogs, catalog.provider) > (hint ?? 0) + 0.01;
      if (otherOnLine || otherInDocument) {
        fit += otherOnLine ? OTHER_CHANNEL_ON_LINE : OTHER_CHANNEL_IN_DOCUMENT;
        reasons.push(`the ${otherOnLine ? 'line' : 'document'} names another ${catalog.provider} channel`);
      }
    }
    const preferredAt = doc.preferredCatalogs.indexOf(catalog.id);
    if (preferredAt >= 0) {
      // An explicit preference outweighs what the key and hints suggest; earlier ids in the list weigh more.
      fit += Math.max(0.4, PREFERRED - 0.05 * preferredAt);
      reasons.push('preferred for this file in the settings');
    }
    if (entry.reserved) {
      fit -= 0.1;
    }
    if (entry.deprecated) {
      fit -= 0.05;
    }
    const score = strength * fit;
    // Confidence saturates below 1: the recogniser reads text, it never knows for certain.
    const confidence = Math.round(Math.min(MAX_CONFIDENCE, Math.max(0, score)) * 100) / 100;
    scored.push({ match: { catalog, entry, confidence, reasons }, score });
  }
  // Order by the unclamped score, so that signals beyond saturation (a channel named on the line) still decide.
  // On an exact tie HTTP comes first: the one protocol every document may speak (`NOT_FOUND` is HTTP's before it is gRPC's).
  scored.sort(
    (a, b) =>
      b.score - a.score ||
      Number(isHttpCatalog(b.match.catalog)) - Number(isHttpCatalog(a.match.catalog)) ||
      (a.match.catalog.id < b.match.catalog.id ? -1 : a.match.catalog.id > b.match.catalog.id ? 1 : 0),
  );
  const first = scored[0];
  const second = scored[1];
  return {
    ranked: scored.filter((s, i) => i === 0 || s.match.confidence >= MIN_CONFIDENCE / 2).map((s) => s.match),
    ambiguous: first !== undefined && second !== undefined && first.score - second.score < AMBIGUITY_MARGIN,
  };
}

export interface Ranking {
  /** Best first; at most one entry per catalog. */
  readonly ranked: RankedMatch[];
  /** Whether the top two are close enough that the line's own words should decide. */
  readonly ambiguous: boolean;
}

const MAX_CONFIDENCE = 0.99;
const AMBIGUITY_MARGIN = 0.1;

/** The ranking of a literal no catalog has. */
export const NO_RANKING: Ranking = { ranked: [], ambiguous: false };

/** The first entry of each catalog: exact codes come before ranges, and a repeated row counts once. */
export function onePerCatalog(matches: readonly CatalogMatch[]): CatalogMatch[] {
  const seen = new Set<string>();
  const result: CatalogMatch[] = [];
  for (const match of matches) {
    if (!seen.has(match.catalog.id)) {
      seen.add(match.catalog.id);
      result.push(match);
    }
  }
  return result;
}
