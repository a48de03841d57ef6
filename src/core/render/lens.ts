import type { Catalog, CatalogEntry } from '../catalog/types';
import type { Recognition } from '../recognize/types';
import { channelLabel, codeLabel, shownName } from './labels';
import { removeInvisible } from './markdown';
import { concreteDotted } from './shownCode';

/**
 * CodeLens titles. Titles are plain text, but VS Code renders `$(name)` in
 * them as an icon, so catalog text is neutralised for that, folded to one
 * line and cut short: a lens is a glance, the hover holds the rest.
 */

const SEPARATOR = ' · ';
const DEFAULT_MAX_LENGTH = 90;

/**
 * Titles at the default length, per entry. A title depends on nothing but its
 * entry and catalog, and a log repeats the same few codes on thousands of
 * lines; entries are immutable once indexed, and a reloaded catalog brings new
 * entry objects, so a stale title cannot be served.
 */
const titles = new WeakMap<CatalogEntry, string>();

/** `23 DELIVERY_FAILURE · Error delivering message · Clickatell` for the best meaning of a recognition. */
export function lensTitle(recognition: Recognition, maxLength = DEFAULT_MAX_LENGTH): string {
  const top = recognition.candidates[0];
  if (!top) {
    return '';
  }
  // `5.1.1` and `4.1.1` share the entry `X.1.1`, but each title names the code as written.
  const concrete = concreteDotted(recognition.text, top);
  if (maxLength !== DEFAULT_MAX_LENGTH || concrete !== undefined) {
    return entryTitle(top.entry, top.catalog, maxLength, concrete);
  }
  let title = titles.get(top.entry);
  if (title === undefined) {
    title = entryTitle(top.entry, top.catalog, maxLength);
    titles.set(top.entry, title);
  }
  return title;
}

function entryTitle(entry: CatalogEntry, catalog: Catalog, maxLength: number, code = codeLabel(catalog, entry)): string {
  const name = shownName(catalog, entry);
  const head = name ? `${plain(code, 30)} ${plain(name, 60)}` : plain(code, 60);
  const provider = catalog.channel ? `${plain(catalog.provider, 30)} ${plain(channelLabel(catalog.channel), 30)}` : plain(catalog.provider, 40);
  const description = plain(entry.description ?? '', 200).replace(/\.$/, '');
  const fixed = head.length + provider.length + SEPARATOR.length * 2;
  const room = Math.max(12, maxLength - fixed);
  const cut = description.length > room ? `${description.slice(0, room - 1).trimEnd()}…` : description;
  return cut === '' ? `${head}${SEPARATOR}${provider}` : `${head}${SEPARATOR}${cut}${SEPARATOR}${provider}`;
}

/** `handles 4 of 41 Clickatell One API message statuses`. */
export function switchLensTitle(handled: number, total: number, catalog: Catalog): string {
  return `handles ${handled} of ${total} ${plain(catalog.title, 80)}`;
}

/** One line of inert text: no newlines, no icon syntax, at most `max` characters. */
export function plain(text: string, max: number): string {
  const folded = removeInvisible(text).replace(/\s+/g, ' ').trim().replace(/\$\(/g, '$\u200b(');
  return folded.length > max ? `${folded.slice(0, max - 1).trimEnd()}…` : folded;
}
