import vscode = require('vscode');
import { registerCommand } from '../services/commands';
import { showInfo, showWarning } from '../services/notifier';
import type { CatalogIndex } from '../core/catalog/catalogIndex';
import { codeText } from '../core/catalog/codeFormat';
import type { CatalogMatch } from '../core/catalog/types';
import { pickRows, type PickEntry } from '../core/search/pickItems';
import type { SearchContext } from '../core/search/search';
import type { CatalogStore } from '../services/catalogStore';
import type { CodeFinder } from '../services/codeAtCursor';
import type { DetailView } from './detailView';
import { searchModule } from '../services/lazyCore';

export interface LookupDependencies {
  readonly catalogs: CatalogStore;
  readonly codes: CodeFinder;
  readonly detailView: DetailView;
  readonly log: vscode.LogOutputChannel;
}

/**
 * The argument `statusCodeLens.lookup` accepts: the text to start with, or
 * an object that can also skip the picker and show the best match at once
 * (for other features and tests).
 */
export type LookupArgument = string | { readonly query?: string; readonly showBest?: boolean };

/** The most rows the picker shows for a query; an empty query lists every entry. */
const MAX_ROWS = 400;
/** Selections longer than this are not a code, so they do not become the initial query. */
const MAX_SELECTION = 100;

interface EntryItem extends vscode.QuickPickItem {
  readonly match?: CatalogMatch;
}

/**
 * `statusCodeLens.lookup`: a quick pick over every entry of every enabled
 * catalog, ranked by the search core on every keystroke, then the detail
 * view for the chosen entry. Resolves with the Markdown shown, or undefined
 * when the user dismissed the picker.
 */
export function registerLookup(deps: LookupDependencies): vscode.Disposable {
  return registerCommand('statusCodeLens.lookup', 'Looking up the code', deps.log, async (argument?: unknown): Promise<string | undefined> => lookup(deps, argument));
}

async function lookup(deps: LookupDependencies, argument: unknown): Promise<string | undefined> {
  const index = await deps.catalogs.index();
  if (index.size === 0) {
    void showWarning('Status Code Lens: no catalog is enabled. Check the statusCodeLens.enabledCatalogs and statusCodeLens.disabledCatalogs settings.');
    return undefined;
  }
  const editor = vscode.window.activeTextEditor;
  const context = editor ? deps.codes.contextOf(editor.document, index) : undefined;
  const { query, showBest } = readArgument(argument);
  const initial = query ?? (editor ? initialQuery(editor, index, deps.codes) : '');
  if (showBest) {
    const best = initial.trim() === '' ? undefined : searchModule().search(initial, index, context, { limit: 1 })[0];
    if (!best) {
      void showInfo(`Status Code Lens: nothing matches "${initial.slice(0, 80)}".`);
      return undefined;
    }
    return showWithOtherMeanings(best, index, context, deps.detailView, editor);
  }
  const chosen = await pickCode(index, context, initial, 'Look Up Code');
  return chosen ? showWithOtherMeanings(chosen, index, context, deps.detailView, editor) : undefined;
}

function readArgument(argument: unknown): { query?: string; showBest: boolean } {
  if (typeof argument === 'string') {
    return { query: argument, showBest: false };
  }
  if (argument !== null && typeof argument === 'object') {
    const { query, showBest } = argument as { query?: unknown; showBest?: unknown };
    return { ...(typeof query === 'string' ? { query } : {}), showBest: showBest === true };
  }
  return { showBest: false };
}

/** The selected text when it is short and on one line, else the code at the cursor, else nothing. */
function initialQuery(editor: vscode.TextEditor, index: CatalogIndex, codes: CodeFinder): string {
  const selection = editor.selection;
  if (!selection.isEmpty && selection.isSingleLine) {
    const text = editor.document.getText(selection).trim();
    if (text.length > 0 && text.length <= MAX_SELECTION) {
      return text;
    }
  }
  const found = codes.at(editor.document, selection.active, index, true);
  return found ? found.text : '';
}

/**
 * Shows the picker over `index` starting with `initial` and resolves with
 * the chosen entry, or undefined when dismissed. The editor's own filtering
 * is turned off as far as the API allows: every row is `alwaysShow` and the
 * rows are replaced by the search core's ranking on every keystroke.
 */
export function pickCode(index: CatalogIndex, context: SearchContext | undefined, initial: string, title: string): Promise<CatalogMatch | undefined> {
  return new Promise((resolve) => {
    const picker = vscode.window.createQuickPick<EntryItem>();
    picker.title = title;
    picker.placeholder = 'A code, a name or words, e.g. 7871, 0x0000000B, 5.1.1, DELIVERY_FAILURE, template paused';
    picker.matchOnDescription = false;
    picker.matchOnDetail = false;
    let chosen: CatalogMatch | undefined;
    const update = (value: string): void => {
      const results = searchModule().search(value, index, context, value.trim() === '' ? {} : { limit: MAX_ROWS });
      picker.items = pickRows(results).map(toItem);
    };
    const subscriptions = [
      picker.onDidChangeValue(update),
      picker.onDidAccept(() => {
        chosen = picker.selectedItems[0]?.match ?? picker.activeItems[0]?.match;
        if (chosen) {
          picker.hide();
        }
      }),
      picker.onDidHide(() => {
        for (const subscription of subscriptions) {
          subscription.dispose();
        }
        picker.dispose();
        resolve(chosen);
      }),
    ];
    picker.value = initial;
    update(initial);
    picker.show();
  });
}

function toItem(row: ReturnType<typeof pickRows>[number]): EntryItem {
  if (row.separator) {
    return { label: row.label, kind: vscode.QuickPickItemKind.Separator };
  }
  const entry: PickEntry = row;
  return { label: entry.label, description: entry.description, detail: entry.detail, alwaysShow: true, match: { catalog: entry.catalog, entry: entry.entry } };
}

/**
 * Opens the detail view for `match`, listing under it what the same code
 * means in the other catalogs, ranked for the document.
 */
export function showWithOtherMeanings(
  match: CatalogMatch,
  index: CatalogIndex,
  context: SearchContext | undefined,
  detailView: DetailView,
  editor: vscode.TextEditor | undefined,
): string {
  const others = searchModule().search(codeText(match.catalog, match.entry), index, context)
    .filter((r) => (r.match === 'code' || r.match === 'range') && r.entry !== match.entry)
    .map(({ catalog, entry }) => ({ catalog, entry }));
  return detailView.show([match, ...others], 0, editor);
}
