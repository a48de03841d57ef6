import type { CatalogIndex } from '../catalog/catalogIndex';
import { codeFormatOf, dottedParts, DOTTED_ANY, parseDotted } from '../catalog/codeFormat';
import type { CatalogMatch } from '../catalog/types';
import { codeLabel } from './labels';

/**
 * The code a hover, lens or hint title shows for a recognised literal. It is
 * the entry's code as the catalog writes it (`0x0000000B`, `UNDELIV`), except
 * for a dotted code met in a text: `5.1.1` resolves to the registry's `X.1.1`,
 * and the reader must see the code they hovered, with its class, not the pattern.
 */
export function shownCode(text: string | undefined, { catalog, entry }: CatalogMatch): string {
  const concrete = text === undefined ? undefined : concreteDotted(text, { catalog, entry });
  return concrete ?? codeLabel(catalog, entry);
}

/** `text` upper-cased when it is a dotted code that `entry` (of a dotted catalog) stands for, e.g. `5.1.1` for `X.1.1`; else undefined. */
export function concreteDotted(text: string, { catalog, entry }: CatalogMatch): string | undefined {
  if (codeFormatOf(catalog) !== 'dotted' || text.length > 11) {
    return undefined;
  }
  const code = parseDotted(text);
  if (code === undefined || code === entry.code) {
    return undefined;
  }
  const written = dottedParts(code);
  const listed = dottedParts(entry.code);
  const fits = listed.every((part, i) => part === DOTTED_ANY || part === written[i]);
  return fits ? text.toUpperCase() : undefined;
}

/**
 * What the class and subject rows of a dotted catalog say about a code's
 * parts, e.g. "class 5 Permanent Failure, subject 1 Addressing Status"; undefined
 * when the code is not dotted or the catalog lists neither row.
 */
export function dottedPartsText(index: Pick<CatalogIndex, 'dottedParts'>, text: string | undefined, match: CatalogMatch): string | undefined {
  if (codeFormatOf(match.catalog) !== 'dotted') {
    return undefined;
  }
  const code = (text === undefined ? undefined : parseDotted(text)) ?? match.entry.code;
  const [cls, subject] = dottedParts(code);
  const words: string[] = [];
  for (const part of index.dottedParts(match.catalog, code)) {
    if (part.entry === match.entry) {
      continue;
    }
    const [partClass] = dottedParts(part.entry.code);
    const label = partClass !== DOTTED_ANY ? `class ${cls}` : `subject ${subject}`;
    words.push(part.entry.name ? `${label} ${part.entry.name}` : label);
  }
  return words.length === 0 ? undefined : words.join(', ');
}

/**
 * The meanings of a code for the detail view: `matches`, then for a dotted
 * code the rows of its class and subject, which say what its parts mean.
 */
export function withDottedParts(index: Pick<CatalogIndex, 'dottedParts'>, text: string, matches: readonly CatalogMatch[]): readonly CatalogMatch[] {
  const top = matches[0];
  if (!top || codeFormatOf(top.catalog) !== 'dotted') {
    return matches;
  }
  const code = parseDotted(text) ?? top.entry.code;
  const parts = index.dottedParts(top.catalog, code).filter((part) => !matches.some((m) => m.entry === part.entry));
  return parts.length === 0 ? matches : [...matches, ...parts];
}
