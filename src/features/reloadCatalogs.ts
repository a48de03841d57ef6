import vscode = require('vscode');
import { registerCommand } from '../services/commands';
import { showInfo, showWarning } from '../services/notifier';
import type { CatalogStore } from '../services/catalogStore';

/** `Status Code Lens: Reload Catalogs`: reads the workspace's catalog files again and says what is in use. */
export function registerReloadCatalogs(store: CatalogStore, log: vscode.LogOutputChannel): vscode.Disposable {
  return registerCommand('statusCodeLens.reloadCatalogs', 'Reloading the catalogs', log, async () => {
    const index = await store.reload();
    const broken = new Set(store.problems().map((problem) => problem.file)).size;
    const text = `Status Code Lens: ${index.size} catalog${index.size === 1 ? '' : 's'} in use.`;
    if (broken === 0) {
      void showInfo(text);
      return;
    }
    // Not awaited: the command is done when the catalogs are, not when the message is closed.
    void showWarning(`${text} ${broken} catalog file${broken === 1 ? ' has' : 's have'} problems.`, 'Show details').then((choice) => {
      if (choice) {
        log.show(true);
      }
    });
  });
}
