import type { Catalog, CatalogMatch } from '../catalog/types';
import { codeLabel, providerLabel, shownName, sourceDateLabel } from '../render/labels';
import { uiText } from '../render/uiText';

/**
 * The rows of the lookup's quick pick, as plain data; the adapter turns them
 * into `QuickPickItem`s. Kept here so the wording and grouping are tested
 * without an editor.
 */
export type PickRow = PickSeparator | PickEntry;

export interface PickSeparator {
  readonly separator: true;
  readonly label: string;
}

export interface PickEntry extends CatalogMatch {
  readonly separator?: false;
  /** The code alone. The editor re-sorts rows whose label matches the typed text, so the label holds nothing but the code; see `entryRow`. */
  readonly label: string;
  /** The name, when there is one, then the short description. */
  readonly description: string;
  /** Provider, channel and catalog. */
  readonly detail: string;
}

/** Longest description shown in a row; the detail view shows the whole text. */
const MAX_ROW_DESCRIPTION = 160;

/**
 * One row for a catalog entry.
 *
 * The quick pick moves rows whose label contains the typed text to the top
 * and sorts them by label, which would undo the ranking (for "23" a bare "23"
 * would always beat "23 DELIVERY_FAILURE" whatever the document's context).
 * With only the code in the label, rows with the same code have identical
 * labels and keep the ranked order, names and words never match a label, and
 * a code being typed still lists the exact code before longer ones.
 */
export function entryRow(match: CatalogMatch): PickEntry {
  const { catalog, entry } = match;
  const text = oneLine(entry.description);
  const short = text.length > MAX_ROW_DESCRIPTION ? `${text.slice(0, MAX_ROW_DESCRIPTION - 1)}…` : text;
  return {
    catalog,
    entry,
    label: oneLine(codeLabel(catalog, entry)).slice(0, 120),
    description: shownName(catalog, entry) ? `${oneLine(entry.name ?? '').slice(0, 120)} · ${short}` : short,
    detail: `${oneLine(providerLabel(catalog))} · ${oneLine(catalog.title).slice(0, 200)}`,
  };
}

/**
 * Rows for ranked matches, best first, with a separator naming the catalog
 * wherever the catalog changes from one row to the next. For a list in
 * catalog order (an empty query) that is one separator per catalog.
 */
export function pickRows(matches: readonly CatalogMatch[]): PickRow[] {
  const rows: PickRow[] = [];
  let previous: Catalog | undefined;
  for (const match of matches) {
    if (match.catalog !== previous) {
      rows.push({ separator: true, label: oneLine(match.catalog.title).slice(0, 200) });
      previous = match.catalog;
    }
    rows.push(entryRow(match));
  }
  return rows;
}

/** A row describing a catalog, for choosing one to browse. */
export interface CatalogRow {
  readonly catalog: Catalog;
  readonly label: string;
  readonly description: string;
  readonly detail: string;
}

export function catalogRow(catalog: Catalog): CatalogRow {
  const count = catalog.entries.length;
  const parts = [catalog.id, sourceDateLabel(catalog.source ?? {}), `${count} ${count === 1 ? 'code' : 'codes'}`, catalog.source?.title ?? catalog.source?.url];
  return {
    catalog,
    label: oneLine(catalog.title).slice(0, 200),
    description: oneLine(providerLabel(catalog)),
    detail: parts
      .filter((p): p is string => typeof p === 'string' && p !== '')
      .map((p) => oneLine(p).slice(0, 200))
      .join(' · '),
  };
}

/** Catalog text on one line, inert for the quick pick (`$(name)` shows as text, not as an icon); rows cut it further. */
function oneLine(text: string): string {
  return uiText(String(text ?? ''), 2000);
}
