import vscode = require('vscode');
import { Config } from './config';
import { CatalogStore } from './services/catalogStore';
import { onDidNotify, type Notification } from './services/notifier';
import { registerBrowseCatalogs } from './features/browseCatalogs';
import { CodeFinder } from './services/codeAtCursor';
import { DetailView } from './features/detailView';
import { registerExplain } from './features/explain';
import { registerLookup } from './features/lookup';
import { registerImportCatalog } from './features/importCatalog';
import { registerNewCatalog } from './features/newCatalog';
import { registerReloadCatalogs } from './features/reloadCatalogs';
import { registerHover } from './features/hover';
import { registerCodeLens } from './features/codeLens';
import { registerToggleCodeLens } from './features/toggleCodeLens';
import { registerCompletion } from './features/completion';
import { registerAddMissingCases } from './features/addMissingCases';
import { registerGenerateHandler } from './features/generateHandler';

/** What `activate` returns; the in-editor tests use it to wait for catalogs. */
export interface StatusCodeLensApi {
  readonly catalogs: CatalogStore;
  /** Every notification shown, as the user read it. */
  readonly onDidNotify: vscode.Event<Notification>;
}

/**
 * Wires the features together and registers them. Nothing here does work of
 * its own: every feature lives in `features/` and gets its dependencies passed in.
 */
export function activate(context: vscode.ExtensionContext): StatusCodeLensApi {
  const log = vscode.window.createOutputChannel('Status Code Lens', { log: true });
  const config = new Config();
  const catalogs = new CatalogStore(context.extensionUri, config, log);
  context.subscriptions.push(log, config, catalogs);

  const lookup = { catalogs, codes: new CodeFinder(config), detailView: new DetailView(log), log };
  context.subscriptions.push(
    vscode.commands.registerCommand('statusCodeLens.showLog', () => log.show(true)),
    // Feature registrations are added below, one line each.
    lookup.detailView,
    registerLookup(lookup),
    registerExplain(lookup),
    registerBrowseCatalogs(lookup),
    registerReloadCatalogs(catalogs, log),
    registerNewCatalog(context.extensionUri, catalogs, log),
    registerImportCatalog(context.extensionUri, catalogs, log),
    registerHover(config, catalogs, log),
    registerCodeLens(config, catalogs, log),
    registerToggleCodeLens(config, log),
    registerCompletion({ config, catalogs, log }),
    registerAddMissingCases({ config, catalogs, log }),
    registerGenerateHandler({ config, catalogs, log }),
  );

  return { catalogs, onDidNotify };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
