import vscode = require('vscode');
import { sanitizeSettings, type Settings } from './core/settings';

export const SECTION = 'statusCodeLens';

/**
 * The one place that reads `statusCodeLens.*` settings. Values are sanitised
 * once per scope and cached until the configuration changes, so providers can
 * ask for settings on every call without re-reading them.
 */
export class Config implements vscode.Disposable {
  private readonly cache = new Map<string, Settings>();
  private readonly changeEmitter = new vscode.EventEmitter<vscode.ConfigurationChangeEvent>();
  private readonly subscription: vscode.Disposable;

  /** Fires after a `statusCodeLens.*` setting changed, once the cache is cleared. */
  readonly onDidChange = this.changeEmitter.event;

  constructor() {
    this.subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(SECTION)) {
        this.cache.clear();
        this.changeEmitter.fire(event);
      }
    });
  }

  /** Settings as they apply to `resource` (its workspace folder and language), or the window's. */
  get(resource?: vscode.Uri | vscode.TextDocument): Settings {
    const scope: vscode.ConfigurationScope | undefined =
      resource === undefined ? undefined : resource instanceof vscode.Uri ? resource : { uri: resource.uri, languageId: resource.languageId };
    const key = resource === undefined ? '' : resource instanceof vscode.Uri ? cacheKey(resource) : `${cacheKey(resource.uri)}|${resource.languageId}`;
    let settings = this.cache.get(key);
    if (!settings) {
      const section = vscode.workspace.getConfiguration(SECTION, scope);
      settings = sanitizeSettings((name) => section.get(name));
      this.cache.set(key, settings);
    }
    return settings;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changeEmitter.dispose();
  }
}

/** Settings differ only by workspace folder, so documents of one folder share an entry. */
function cacheKey(uri: vscode.Uri): string {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  return folder ? folder.uri.toString() : '';
}
