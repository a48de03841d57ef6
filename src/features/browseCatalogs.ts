import vscode = require('vscode');
import { registerCommand } from '../services/commands';
import { showWarning } from '../services/notifier';
import { CatalogIndex } from '../core/catalog/catalogIndex';
import type { Catalog } from '../core/catalog/types';
import { catalogRow } from '../core/search/pickItems';
import type { CatalogStore } from '../services/catalogStore';
import type { CodeFinder } from '../services/codeAtCursor';
import type { DetailView } from './detailView';
import { pickCode, showWithOtherMeanings } from './lookup';

export interface BrowseDependencies {
  readonly catalogs: CatalogStore;
  readonly codes: CodeFinder;
  readonly detailView: DetailView;
  readonly log: vscode.LogOutputChannel;
}

interface CatalogItem extends vscode.QuickPickItem {
  readonly catalog: Catalog;
}

/**
 * `statusCodeLens.browseCatalogs`: pick a catalog (title, provider and
 * channel, id, date, entry count, source), then one of its codes, then the
 * detail view. `{ catalogId }` skips the first step. Resolves with the
 * Markdown shown, or undefined when the user dismissed a picker.
 */
export function registerBrowseCatalogs(deps: BrowseDependencies): vscode.Disposable {
  return registerCommand('statusCodeLens.browseCatalogs', 'Browsing the catalogs', deps.log, async (argument?: unknown): Promise<string | undefined> => browse(deps, argument));
}

async function browse(deps: BrowseDependencies, argument: unknown): Promise<string | undefined> {
  const index = await deps.catalogs.index();
  if (index.size === 0) {
    void showWarning('Status Code Lens: no catalog is enabled. Check the statusCodeLens.enabledCatalogs and statusCodeLens.disabledCatalogs settings.');
    return undefined;
  }
  const requested = argument !== null && typeof argument === 'object' ? (argument as { catalogId?: unknown }).catalogId : undefined;
  const catalog = typeof requested === 'string' ? index.catalog(requested) : await pickCatalog(index);
  if (!catalog) {
    if (typeof requested === 'string') {
      void showWarning(`Status Code Lens: no enabled catalog has the id "${requested.slice(0, 100)}".`);
    }
    return undefined;
  }
  const editor = vscode.window.activeTextEditor;
  const context = editor ? deps.codes.contextOf(editor.document, index) : undefined;
  // The codes of one catalog are searched through an index of that catalog alone; the detail view then lists the other catalogs' meanings.
  const chosen = await pickCode(new CatalogIndex([catalog]), undefined, '', catalog.title);
  return chosen ? showWithOtherMeanings(chosen, index, context, deps.detailView, editor) : undefined;
}

async function pickCatalog(index: CatalogIndex): Promise<Catalog | undefined> {
  const items: CatalogItem[] = [...index.catalogs]
    .sort((a, b) => a.provider.localeCompare(b.provider) || a.title.localeCompare(b.title))
    .map((catalog) => {
      const row = catalogRow(catalog);
      return { label: row.label, description: row.description, detail: row.detail, catalog };
    });
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Browse Catalogs',
    placeHolder: 'Choose a catalog to see its codes',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.catalog;
}
