import { hasNumericCodes } from '../catalog/codeFormat';
import { entryOverlaps, normalizeKey } from '../catalog/normalize';
import type { Catalog, CatalogEntry } from '../catalog/types';
import { librarySpellings } from '../recognize/libraryConstants';
import type { SwitchBlock } from '../switch/types';
import type { CaseOptions } from './language';

/**
 * How generated branches fit into a `switch`/`match`/`when` the user already
 * wrote: which codes its labels handle, which label form new branches take,
 * and the exact text that goes in at the block's insertion point. Every path
 * that adds branches to a block (the command, the lens and the light bulb,
 * which run the command, and completion) reads these, so the text the editor
 * inserts is the text the compile check compiles.
 */

/**
 * Codes a block's labels handle in `catalog`: numeric labels, and names
 * resolved to their entries' codes, or through a protocol library's names
 * for them, whose spelling may differ from the catalog's (Go's
 * `codes.Canceled` is `CANCELLED`, gorilla's `CloseGoingAway` is 1001).
 */
export function handledCodes(block: SwitchBlock, catalog: Catalog): Set<number> {
  // The numbers of a word or dotted catalog are its own (codeFormat.ts): only its names are labels of it.
  const numeric = hasNumericCodes(catalog);
  const handled = new Set(numeric ? block.handledCodes : []);
  // As the switch summary counts them, so the lens's "handles N of M" and the fix agree.
  const nameCode = (_catalogId: string, name: string) => catalog.entries.find((entry) => entry.name !== undefined && normalizeKey(entry.name) === normalizeKey(name))?.code;
  for (const name of block.handledNames) {
    librarySpellings(name, nameCode).forEach((reading) => reading.catalogId === catalog.id && handled.add(reading.code));
  }
  if ((block.handledRanges.length === 0 || !numeric) && block.handledNames.length === 0) {
    return handled;
  }
  const names = new Set(block.handledNames.map(normalizeKey));
  // An entry a range label takes in (`in 7100..7199 ->`) or a name label names is handled, all its codes with it.
  const covered = (entry: CatalogEntry) =>
    (numeric && block.handledRanges.some(([first, last]) => entryOverlaps(entry, first, last))) ||
    (names.size > 0 && [entry.name, ...(entry.aliases ?? [])].some((name) => name !== undefined && names.has(normalizeKey(name))));
  for (const entry of catalog.entries) {
    if (covered(entry)) {
      for (let code = entry.code; code <= (entry.to ?? entry.code) && code - entry.code <= 64; code++) {
        handled.add(code);
      }
    }
  }
  return handled;
}

/**
 * Generator options that write branches the way the block's existing ones are
 * written. `labels` (a library's constants for the codes) are used unless the
 * block already labels codes by number: its subject is then a number.
 * `leave` is `branchesLeave` of the block in the text it was found in, read
 * once per block by the caller: completion asks for several catalogs' options.
 */
export function caseOptionsFor(block: SwitchBlock, leave: boolean, handled: ReadonlySet<number>, labels?: ReadonlyMap<number, string>): CaseOptions {
  const numbered = block.handledCodes.length > 0 || block.handledRanges.length > 0;
  return {
    leave,
    ...(labels && !numbered ? { labels } : {}),
    subject: block.subject,
    includeDefault: block.defaultCase === undefined,
    handled,
    // PHP's `match` and C#'s switch expression take `code => expression,` arms.
    expressionArms: block.syntax === 'fat-arrow' && (block.keyword === 'match' || block.keyword === 'switch'),
    // An empty Java switch gets arrow labels; one with `case 1:` labels keeps them.
    colonLabels: block.syntax === 'case-colon' && block.cases.length > 0,
  };
}

/**
 * Generated branch text placed in a block: every line gets the block's case
 * indentation, and the body indentation unit is the file's own.
 */
export function indentForBlock(code: string, block: SwitchBlock): string {
  return code
    .replace(/\n$/, '')
    .split('\n')
    .map((line) => (line === '' ? '' : block.caseIndent + line))
    .join('\n');
}

/**
 * The text to insert at `block.insertOffset` of `text` (the text the block
 * was found in) for generated branches `code`: indented for the block and
 * ending in a newline, so the default label or the closing line that stood
 * at the insertion point keeps its own line and indentation.
 */
export function placeInBlock(code: string, block: SwitchBlock, text: string): string {
  const lines = `${indentForBlock(code, block)}\n`;
  if (block.insertAtLineStart) {
    return lines;
  }
  // The block ends on a line with other text (`case 1: break; }`) or the file ends without a newline.
  return `\n${lines}${text.charAt(block.insertOffset) === '}' ? block.headerIndent : ''}`;
}
