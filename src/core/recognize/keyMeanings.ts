import type { CatalogIndex } from '../catalog/catalogIndex';
import { codeFormatOf } from '../catalog/codeFormat';
import { normalizeKey } from '../catalog/normalize';
import { prefixedHttpConstantCode } from './httpConstants';
import { isLibraryQualifier } from './libraryConstants';
import { callWantsObject, isHttpOnlyCall, isHttpQualifier, isProseHttpWord, roleOfCall, roleOfKey, wordStarts } from './keyRoles';
import * as scannerTypes from './scannerTypes';
import type { KeyInterest, KeyKind } from './scannerTypes';
import type { KeyMeaning } from './rank';

/** Key groups resolve differently: a callee is read as a call, a qualifier as a type. */
export type KeyGroup = 'key' | 'call' | 'loose' | 'member';

const CACHE_LIMIT = 20_000;

// Bound once to locals, read on every key the scanner asks about.
const { ACCEPT, CALLEE, KEY, REJECT, WANTS_PARENT } = scannerTypes;

/** `HTTP/1.1 404` and the status field of an access log. */
export const HTTP_MEANING: KeyMeaning = {
  key: undefined,
  parentKey: undefined,
  label: 'HTTP',
  role: 'http',
  declaredPath: new Set(),
  declaredKey: new Set(),
  strength: 1,
  httpIdiom: true,
};

/** A distinctive name said without context. */
export const BARE_MEANING: KeyMeaning = {
  key: undefined,
  parentKey: undefined,
  label: 'name',
  role: undefined,
  declaredPath: new Set(),
  declaredKey: new Set(),
  strength: 0.8,
};

/** A code beside a name its catalog gives it (`{ 23, "DELIVERY_FAILURE" }`); `declaredKey` holds those catalogs. */
export const NAMED_MEANING: KeyMeaning = {
  key: undefined,
  parentKey: undefined,
  label: 'name',
  role: undefined,
  declaredPath: new Set(),
  declaredKey: new Set(),
  strength: 1,
};

/** A literal alone among the elements of a collection (`(consts.X, 0x00000008)`), which stands only beside codes of its catalog. */
export const ELEMENT_MEANING: KeyMeaning = { ...BARE_MEANING, label: 'element' };

/** A key that says nothing about codes. */
export const NO_MEANING: KeyMeaning = { ...BARE_MEANING, strength: 0 };

/**
 * What keys say, resolved once per spelling and kept: the catalogs that
 * declare the key (or its `object.key` path), the role its words give it,
 * and how strongly it makes its value a code.
 */
export class KeyMeanings {
  private readonly plain: Record<KeyGroup, Map<string, KeyMeaning>> = { key: new Map(), call: new Map(), loose: new Map(), member: new Map() };
  private readonly withParent: Record<KeyGroup, Map<string, Map<string, KeyMeaning>>> = {
    key: new Map(),
    call: new Map(),
    loose: new Map(),
    member: new Map(),
  };
  /** Keys by a hash of their characters, so the scanner's questions cut no string for a key seen before. */
  private readonly byHash = new Map<number, { readonly kind: KeyKind; readonly key: string; readonly meaning: KeyMeaning }[]>();
  /** Last segments of dotted context words (`code` of `error.code`): keys whose enclosing object may matter. */
  private readonly pathSuffixes = new Set<string>(['code', 'getcode', 'value']);
  /** The words of the keys dotted catalogs declare (`enhanced` and `code` of `enhancedCode`), with those catalogs. */
  private readonly dottedWords = new Map<string, Set<string>>();

  constructor(private readonly index: CatalogIndex) {
    for (const catalog of index.catalogs) {
      for (const word of catalog.context) {
        const dot = Math.max(word.lastIndexOf('.'), word.lastIndexOf('->'));
        if (dot > 0) {
          this.pathSuffixes.add(normalizeKey(word.slice(dot + 1)));
        }
        if (codeFormatOf(catalog) === 'dotted') {
          for (const part of wordsOf(word)) {
            const ids = this.dottedWords.get(part) ?? new Set<string>();
            ids.add(catalog.id);
            this.dottedWords.set(part, ids);
          }
        }
      }
    }
  }

  /** What `rawKey` (with its object `rawParent`, or '') says, as read in `group`. */
  meaningOf(rawKey: string, rawParent: string, group: KeyGroup): KeyMeaning {
    if (rawParent === '') {
      const plain = this.plain[group];
      let meaning = plain.get(rawKey);
      if (!meaning) {
        if (plain.size > CACHE_LIMIT) {
          plain.clear();
        }
        meaning = this.resolve(rawKey, '', group);
        plain.set(rawKey, meaning);
      }
      return meaning;
    }
    const cache = this.withParent[group];
    let byParent = cache.get(rawKey);
    if (!byParent) {
      if (cache.size > CACHE_LIMIT) {
        cache.clear();
      }
      byParent = new Map();
      cache.set(rawKey, byParent);
    }
    let meaning = byParent.get(rawParent);
    if (!meaning) {
      meaning = this.resolve(rawKey, rawParent, group);
      byParent.set(rawParent, meaning);
    }
    return meaning;
  }

  /** The meaning of the key at `text[start, end)` without its object, found by a hash of its characters. */
  meaningAt(text: string, start: number, end: number, kind: KeyKind): KeyMeaning {
    let hash: number = kind;
    for (let k = start; k < end; k++) {
      hash = (Math.imul(hash, 31) + text.charCodeAt(k)) | 0;
    }
    const bucket = this.byHash.get(hash);
    if (bucket) {
      for (const known of bucket) {
        if (known.kind === kind && known.key.length === end - start && text.startsWith(known.key, start)) {
          return known.meaning;
        }
      }
    }
    const key = text.slice(start, end);
    const meaning = this.meaningOf(key, '', kind === KEY ? 'key' : kind === CALLEE ? 'call' : 'loose');
    if (this.byHash.size > CACHE_LIMIT) {
      this.byHash.clear();
    }
    const entry = { kind, key, meaning };
    if (bucket) {
      bucket.push(entry);
    } else {
      this.byHash.set(hash, [entry]);
    }
    return meaning;
  }

  /** The scanner's answer for a key meaning. */
  static interest(meaning: KeyMeaning): KeyInterest {
    if (meaning.wantsParent) {
      return WANTS_PARENT;
    }
    return meaning.strength > 0 || meaning.dottedWordOf !== undefined ? ACCEPT : REJECT;
  }

  /** The dotted catalogs whose declared keys hold every word of `rawKey` (words of three or more letters), or undefined. */
  private dottedWordOf(rawKey: string): ReadonlySet<string> | undefined {
    let ids: ReadonlySet<string> | undefined;
    for (const word of wordsOf(rawKey)) {
      const of = this.dottedWords.get(word);
      if (of === undefined) {
        return undefined;
      }
      ids = ids === undefined ? of : new Set([...ids].filter((id) => of.has(id)));
    }
    return ids !== undefined && ids.size > 0 ? ids : undefined;
  }

  /** Whether `Qualifier.NAME` could name codes: an HTTP status type, a key with a code role, or a declared key. */
  isCodeQualifier(qualifier: string): boolean {
    const key = normalizeKey(qualifier);
    return isHttpQualifier(key) || isLibraryQualifier(key) || roleOfKey(key, undefined, wordStarts(qualifier)) !== undefined || this.index.byContext(key).length > 0;
  }

  private resolve(rawKey: string, rawParent: string, group: KeyGroup): KeyMeaning {
    const key = normalizeKey(rawKey);
    const parent = rawParent === '' ? undefined : normalizeKey(rawParent) || undefined;
    if (key === '') {
      return NO_MEANING;
    }
    const declaredPath = new Set(parent !== undefined ? this.index.byContext(parent + key).map((c) => c.id) : []);
    const declaredKey = new Set(this.index.byContext(key).map((c) => c.id));
    // Role words count at the starts of the key's words only: `make_default` holds no `fault`.
    const starts = wordStarts(rawKey);
    let role;
    let httpIdiom = false;
    switch (group) {
      case 'call':
        role = roleOfCall(key, parent);
        httpIdiom = role === 'http';
        role ??= roleOfKey(key, parent, starts);
        break;
      case 'member':
        role = isHttpQualifier(key) ? 'http' : roleOfKey(key, undefined, starts);
        break;
      case 'loose':
        role = roleOfKey(key, parent, starts) ?? roleOfCall(key) ?? (isProseHttpWord(key) ? 'http' : undefined);
        break;
      default:
        // A constant named for an HTTP status (`HTTP_OK = 200`, `StatusNotFound = 404`) holds one.
        role = roleOfKey(key, parent, starts) ?? (prefixedHttpConstantCode(key) !== undefined ? 'http' : undefined);
    }
    const declared = declaredPath.size > 0 || declaredKey.size > 0;
    let soleProvider: string | undefined;
    for (const id of declared ? [...declaredPath, ...declaredKey] : []) {
      const provider = this.index.catalog(id)?.provider;
      if (soleProvider === undefined || soleProvider === provider) {
        soleProvider = provider;
      } else {
        soleProvider = undefined;
        break;
      }
    }
    let strength = declared ? 1 : role === 'code' ? 0.7 : role !== undefined ? 0.85 : 0;
    if (group === 'loose' && !declared && role !== 'http' && (starts.length < 2 || !/[a-z]/.test(rawKey))) {
      // A word before a number in prose (`in error state 6`) is a key only when some catalog names it as a field of its codes,
      // when it is a call written without parentheses (Ruby's `head 404`), or when it is an identifier of several words
      // (`assert_response 200`), which prose does not write; one in capitals (`DELIVERY_FAILURE 3`) is a value, not a key.
      strength = 0;
    }
    const dottedWordOf = strength === 0 && group === 'key' ? this.dottedWordOf(rawKey) : undefined;
    return {
      ...(dottedWordOf !== undefined ? { dottedWordOf } : {}),
      // Only a generic key changes meaning with its enclosing object; `res.status`-style members are read anyway.
      wantsParent:
        parent === undefined && ((this.pathSuffixes.has(key) && (role === undefined || role === 'code')) || (group === 'call' && role === undefined && callWantsObject(key))),
      httpOnly: group === 'call' && role === 'http' && isHttpOnlyCall(key),
      key: rawKey,
      parentKey: rawParent === '' ? undefined : rawParent,
      label: rawParent === '' ? rawKey : `${rawParent}.${rawKey}`,
      role,
      httpIdiom,
      ...(soleProvider !== undefined ? { soleProvider } : {}),
      declaredPath,
      declaredKey,
      strength,
    };
  }
}

/** The words of a key of three or more letters, lower case: `enhancedStatusCode` gives enhanced, status, code; `ex` of `smtp_code_ex` none. */
function wordsOf(key: string): string[] {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((word) => word.length >= 3);
}
