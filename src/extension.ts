import * as vscode from 'vscode';
import { Config } from './config';
import { CatalogStore } from './features/catalogStore';

/** What `activate` returns; the in-editor tests use it to wait for catalogs. */
export interface StatusCodeLensApi {
  readonly catalogs: CatalogStore;
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

  context.subscriptions.push(
    vscode.commands.registerCommand('statusCodeLens.showLog', () => log.show(true)),
    // Feature registrations are added below, one line each.
  );

  return { catalogs };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
