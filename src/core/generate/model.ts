import { codeFormatOf, codeText, writtenCode } from '../catalog/codeFormat';
import type { Catalog, CatalogEntry, CodeFormat } from '../catalog/types';
import { commentText } from './comments';
import { entryWords, splitWords } from './identifiers';

/**
 * The language-neutral description of a handler: one branch per code (or
 * range), in outcome groups. Every language module renders this same model,
 * so grouping, naming and comment text are decided once.
 */

export type GroupKey = 'succeeded' | 'pending' | 'failedFinal' | 'failedRetryable' | 'other';

/** Group order and the comment above each group; the order is the order a handler usually reads. */
export const GROUP_TITLES: readonly (readonly [GroupKey, string])[] = [
  ['succeeded', 'Delivered or accepted'],
  ['pending', 'Pending: a later status follows'],
  ['failedFinal', 'Failed, final (not known to be retryable)'],
  ['failedRetryable', 'Failed, retryable: sending again can succeed'],
  ['other', 'Informational or not classified'],
];

export interface Branch {
  /** The code, or the first code of a range. */
  readonly first: number;
  /** The last code of a range; equal to `first` for a single code. */
  readonly last: number;
  /** Identifier words, before a language's casing and deduplication. */
  readonly words: readonly string[];
  /** Comment-safe text for the line above the branch: code, name and short description. */
  readonly comment: string;
  readonly group: GroupKey;
  readonly entry: CatalogEntry;
}

export interface BranchGroup {
  readonly key: GroupKey;
  /** Comment-safe group title. */
  readonly title: string;
  readonly branches: readonly Branch[];
}

export interface HandlerModel {
  /** Words of the type name, e.g. `clickatell status`. */
  readonly typeWords: readonly string[];
  /** Comment-safe lines describing where the codes come from. */
  readonly header: readonly string[];
  /** Branches in group order, each group sorted by code; empty groups are left out. */
  readonly groups: readonly BranchGroup[];
  /** Every branch, in the same order as in `groups`. */
  readonly branches: readonly Branch[];
  /** How the catalog writes its codes; a `name` catalog's handler is over strings, the others over integers. */
  readonly format: CodeFormat;
  /**
   * A code as a literal of the generated code: `404`, `0x0000000B` (every
   * generated language has hex literals), or the quoted word `"UNDELIV"`.
   */
  readonly literal: (code: number) => string;
}

export interface ModelOptions {
  /** A type name chosen by the user; words are taken from it as from any name. */
  readonly typeName?: string;
}

/** Keyed by catalog text: a Map, so that a kind such as `constructor` finds nothing. */
const KIND_WORDS: ReadonlyMap<string, readonly string[]> = new Map([
  ['status', ['status']],
  ['error', ['error', 'code']],
  ['reason', ['reason', 'code']],
  ['response', ['response', 'code']],
]);

/** Models of catalogs with their derived type name; catalogs are immutable, so a model stays valid as long as its catalog lives. */
const models = new WeakMap<Catalog, HandlerModel>();

/** The model of a catalog; completion asks for the same catalogs on every keystroke, so models are kept per catalog. */
export function buildModel(catalog: Catalog, options: ModelOptions = {}): HandlerModel {
  if (options.typeName !== undefined) {
    return createModel(catalog, options.typeName);
  }
  let model = models.get(catalog);
  if (!model) {
    model = createModel(catalog, undefined);
    models.set(catalog, model);
  }
  return model;
}

function createModel(catalog: Catalog, typeName: string | undefined): HandlerModel {
  const branches = mergeByFirstCode(catalog);
  const groups: BranchGroup[] = [];
  for (const [key, title] of GROUP_TITLES) {
    const members = branches.filter((branch) => branch.group === key).sort((a, b) => a.first - b.first);
    if (members.length > 0) {
      groups.push({ key, title, branches: members });
    }
  }
  return {
    typeWords: typeWords(catalog, typeName),
    header: [
      commentText(`${catalog.title} (${catalog.provider}${catalog.channel ? `, ${catalog.channel}` : ''}), catalog "${catalog.id}".`),
      commentText(`Source: ${catalog.source.url}`, 300),
    ],
    groups,
    branches: groups.flatMap((group) => group.branches),
    format: codeFormatOf(catalog),
    literal: literalsOf(catalog),
  };
}

/** The literal of each code of `catalog` in generated code (see `HandlerModel.literal`). */
function literalsOf(catalog: Catalog): (code: number) => string {
  switch (codeFormatOf(catalog)) {
    case 'decimal':
      return String;
    case 'hex':
      return (code) => writtenCode(catalog, code);
    default: {
      // Words (and dotted codes) are strings; the schema keeps them to letters, digits, `_`, `.` and `-`, and JSON quoting suits every language's double-quoted string.
      const words = new Map(catalog.entries.map((entry) => [entry.code, JSON.stringify(codeText(catalog, entry))]));
      return (code) => words.get(code) ?? JSON.stringify(writtenCode(catalog, code));
    }
  }
}

/**
 * One branch per first code, reserved codes left out (they have no meaning
 * and are never sent, so a handler branch for them would be dead code). A catalog that lists a code twice (sources do)
 * would otherwise produce duplicate `case` labels and duplicate enum values,
 * which most compilers reject; the first entry's name and text are kept.
 */
function mergeByFirstCode(catalog: Catalog): Branch[] {
  const byCode = new Map<number, Branch>();
  const comment = (entry: CatalogEntry, first: number, last: number): string => branchComment(catalog, entry, first, last);
  for (const entry of catalog.entries) {
    if (entry.reserved) {
      continue;
    }
    const last = Math.max(entry.code, entry.to ?? entry.code);
    const existing = byCode.get(entry.code);
    if (existing) {
      if (last > existing.last) {
        byCode.set(entry.code, { ...existing, last, comment: comment(existing.entry, existing.first, last) });
      }
      continue;
    }
    byCode.set(entry.code, {
      first: entry.code,
      last,
      words: entryWords(entry),
      comment: comment(entry, entry.code, last),
      group: groupOf(entry),
      entry,
    });
  }
  return [...byCode.values()];
}

export function groupOf(entry: CatalogEntry): GroupKey {
  switch (entry.outcome) {
    case 'delivered':
    case 'success':
      return 'succeeded';
    case 'pending':
      return 'pending';
    case 'failed':
      return entry.retryable === true ? 'failedRetryable' : 'failedFinal';
    default:
      return 'other';
  }
}

function branchComment(catalog: Catalog, entry: CatalogEntry, first: number, last: number): string {
  const written = first === entry.code ? codeText(catalog, entry) : writtenCode(catalog, first);
  const codes = first === last ? written : `${written}-${writtenCode(catalog, last)}`;
  const description = entry.description.trim() === '' ? (entry.undocumented ? 'undocumented' : '') : entry.description;
  // A word code is its own name: `UNDELIV: …`, not `UNDELIV UNDELIV: …`.
  const name = entry.name && entry.name !== written ? entry.name : undefined;
  const text = [name ? `${name}:` : '', description, entry.deprecated ? '(deprecated)' : ''].filter(Boolean).join(' ');
  return commentText(text === '' ? codes : `${codes} ${text}`);
}

function typeWords(catalog: Catalog, typeName: string | undefined): string[] {
  const chosen = typeName ? splitWords(typeName) : [];
  if (chosen.length > 0) {
    return /^[0-9]/.test(chosen[0] ?? '') ? ['code', ...chosen] : chosen;
  }
  const provider = splitWords(catalog.provider);
  const channel = catalog.channel ? splitWords(catalog.channel).filter((word) => !provider.includes(word)) : [];
  const words = [...provider, ...channel, ...(KIND_WORDS.get(catalog.kind) ?? ['code'])];
  return /^[0-9]/.test(words[0] ?? '') ? ['code', ...words] : words;
}
