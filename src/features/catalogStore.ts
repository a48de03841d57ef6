import * as vscode from 'vscode';
import { CatalogIndex } from '../core/catalog/catalogIndex';
import { parseCatalog } from '../core/catalog/parse';
import type { Catalog } from '../core/catalog/types';
import type { Config } from '../config';

/**
 * Holds the catalogs every feature reads and the index built over them.
 *
 * Built-in catalogs are read from the extension's `catalogs/` folder the first
 * time a feature asks, not at activation, so opening an editor costs nothing
 * until a code is actually looked at. The index is rebuilt only when the set
 * of catalogs or the settings that filter it change.
 */
export class CatalogStore implements vscode.Disposable {
  private builtIn: Promise<Catalog[]> | undefined;
  private indexPromise: Promise<CatalogIndex> | undefined;
  private latest: CatalogIndex | undefined;
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [];

  /** Fires when the catalogs or their filtering changed; lenses and caches refresh on it. */
  readonly onDidChange = this.changeEmitter.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly config: Config,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      this.changeEmitter,
      config.onDidChange((event) => {
        if (event.affectsConfiguration('statusCodeLens.enabledCatalogs') || event.affectsConfiguration('statusCodeLens.disabledCatalogs')) {
          this.invalidate();
        }
      }),
    );
  }

  /** The index over every enabled catalog, loading the catalogs on first use. */
  index(): Promise<CatalogIndex> {
    this.indexPromise ??= this.buildIndex().then((index) => (this.latest = index));
    return this.indexPromise;
  }

  /** The last index built, without waiting; undefined before the first load. */
  get current(): CatalogIndex | undefined {
    return this.latest;
  }

  /** Drops the index so the next request rebuilds it, and tells the features. */
  invalidate(): void {
    this.indexPromise = undefined;
    this.changeEmitter.fire();
  }

  private async buildIndex(): Promise<CatalogIndex> {
    const settings = this.config.get();
    const all = await this.loadBuiltIn();
    const enabled = new Set(settings.enabledCatalogs);
    const disabled = new Set(settings.disabledCatalogs);
    const chosen = all.filter((c) => (enabled.size === 0 || enabled.has(c.id)) && !disabled.has(c.id));
    this.log.info(`Catalog index built: ${chosen.length} of ${all.length} catalogs enabled.`);
    return new CatalogIndex(chosen);
  }

  private loadBuiltIn(): Promise<Catalog[]> {
    this.builtIn ??= this.readBuiltIn();
    return this.builtIn;
  }

  private async readBuiltIn(): Promise<Catalog[]> {
    const folder = vscode.Uri.joinPath(this.extensionUri, 'catalogs');
    const catalogs: Catalog[] = [];
    let names: [string, vscode.FileType][] = [];
    try {
      names = await vscode.workspace.fs.readDirectory(folder);
    } catch (error) {
      this.log.error(`Cannot list the built-in catalogs: ${String(error)}`);
      return catalogs;
    }
    const files = names.map(([name]) => name).filter((name) => name.endsWith('.json') && name !== 'schema.json').sort();
    for (const name of files) {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, name));
      const { catalog, problems } = parseCatalog(new TextDecoder().decode(bytes));
      if (catalog) {
        catalogs.push(catalog);
      } else {
        this.log.error(`Built-in catalog ${name} is broken: ${problems.map((p) => p.message).join('; ')}`);
      }
    }
    return catalogs;
  }

  dispose(): void {
    for (const disposable of this.disposables) {
      disposable.dispose();
    }
  }
}
