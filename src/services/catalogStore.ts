import vscode = require('vscode');
import { CatalogIndex } from '../core/catalog/catalogIndex';
import { selectCatalogs, type LoadedCatalog } from '../core/catalog/catalogSet';
import { builtInCatalogFiles } from '../core/catalog/generated/builtInCatalogFiles';
import { parseCatalogBytes, type CatalogProblem } from '../core/catalog/parse';
import type { Config } from '../config';
import { CatalogProblemNotice } from './catalogProblemNotice';
import { UserCatalogs } from './userCatalogs';
import { Disposable } from '../core/util/disposable';

interface BuiltIn {
  readonly catalogs: readonly LoadedCatalog[];
  readonly problems: readonly CatalogProblem[];
}

/**
 * Holds the catalogs every feature reads and the index built over them.
 *
 * Built-in catalogs come from the extension's `catalogs/` folder, user
 * catalogs from the workspace (see `UserCatalogs`); features cannot tell them
 * apart because they only see the `CatalogIndex`. Everything is read the
 * first time a feature asks, not at activation, so opening an editor costs
 * nothing until a code is actually looked at. The index is rebuilt only when
 * the set of catalogs or the settings that filter it change.
 */
export class CatalogStore extends Disposable {
  private builtIn: Promise<BuiltIn> | undefined;
  private indexPromise: Promise<CatalogIndex> | undefined;
  private latest: CatalogIndex | undefined;
  private generation = 0;
  private selectionProblems: readonly CatalogProblem[] = [];
  private builtInProblems: readonly CatalogProblem[] = [];
  private readonly user: UserCatalogs;
  private readonly notice: CatalogProblemNotice;
  private readonly changeEmitter = this.register(new vscode.EventEmitter<void>());

  /** Fires when the catalogs or their filtering changed (once per batch of file changes); lenses and caches refresh on it. */
  readonly onDidChange = this.changeEmitter.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly config: Config,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this.user = this.register(new UserCatalogs(config, log, () => this.reservedIds()));
    this.notice = new CatalogProblemNotice(log);
    this.registerAll(
      this.user.onDidChange(() => this.refresh()),
      config.onDidChange((event) => {
        if (event.affectsConfiguration('statusCodeLens.enabledCatalogs') || event.affectsConfiguration('statusCodeLens.disabledCatalogs')) {
          this.refresh();
        }
      }),
    );
  }

  /** The index over every enabled catalog, loading the catalogs on first use. */
  index(): Promise<CatalogIndex> {
    if (!this.indexPromise) {
      const generation = this.generation;
      this.indexPromise = this.buildIndex().then((index) => {
        // An index that was overtaken by a newer change while it was built must not replace the newer one.
        if (generation === this.generation) {
          this.latest = index;
        }
        return index;
      });
    }
    return this.indexPromise;
  }

  /** The last index built, without waiting; undefined before the first load. */
  get current(): CatalogIndex | undefined {
    return this.latest;
  }

  /** Every current problem of built-in and user catalog files, each message naming the file, the place and the problem. */
  problems(): CatalogProblem[] {
    return [...this.builtInProblems, ...this.user.problems(), ...this.selectionProblems];
  }

  /** Ids of every loaded catalog, enabled or not: ids a new catalog must not take. */
  async knownIds(): Promise<Set<string>> {
    const builtIn = await this.loadBuiltIn();
    await this.user.ready();
    return new Set([...builtIn.catalogs, ...this.user.loaded()].map(({ catalog }) => catalog.id));
  }

  /** Reads the workspace's catalog files again and rebuilds the index; resolves when the new index is ready. */
  async reload(): Promise<CatalogIndex> {
    // A reload that changed something has already refreshed the index through the user catalogs' change event.
    await this.user.reload();
    return this.index();
  }

  /** Drops the index so the next request rebuilds it, and tells the features. */
  invalidate(): void {
    this.generation++;
    this.indexPromise = undefined;
    this.changeEmitter.fire();
  }

  /** Invalidates and rebuilds at once, so problems reach the log and the user even if no feature asks for the index soon. */
  private refresh(): void {
    this.invalidate();
    void this.index();
  }

  private async buildIndex(): Promise<CatalogIndex> {
    const builtIn = await this.loadBuiltIn();
    await this.user.ready();
    const settings = this.config.get();
    const selection = selectCatalogs(builtIn.catalogs, this.user.loaded(), settings.enabledCatalogs, settings.disabledCatalogs);
    this.selectionProblems = selection.problems;
    this.notice.update([...this.user.problems(), ...selection.problems], (file) => this.user.servesLastGood(file));
    if (selection.unknownIds.length > 0) {
      this.log.warn(`statusCodeLens.enabledCatalogs / disabledCatalogs name catalogs that do not exist: ${selection.unknownIds.join(', ')}.`);
    }
    this.log.info(`Catalog index built: ${selection.catalogs.length} of ${selection.available} catalogs enabled.`);
    return new CatalogIndex(selection.catalogs);
  }

  private loadBuiltIn(): Promise<BuiltIn> {
    this.builtIn ??= this.readBuiltIn();
    return this.builtIn;
  }

  private async reservedIds(): Promise<ReadonlyMap<string, string>> {
    const { catalogs } = await this.loadBuiltIn();
    return new Map(catalogs.map(({ catalog }) => [catalog.id, 'a built-in catalog']));
  }

  private async readBuiltIn(): Promise<BuiltIn> {
    const folder = vscode.Uri.joinPath(this.extensionUri, 'catalogs');
    // Listed at build time: an extension served over HTTP(S), as on vscode.dev, cannot list its own folders.
    const files = builtInCatalogFiles;
    const results = await Promise.all(
      files.map(async (name) => {
        const file = `catalogs/${name}`;
        try {
          return { file, result: parseCatalogBytes(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, name)), { file, trusted: true }) };
        } catch (error) {
          return { file, result: { problems: [{ kind: 'read' as const, file, message: `${file}: cannot read the file: ${String(error)}` }] } };
        }
      }),
    );
    const catalogs: LoadedCatalog[] = [];
    const problems: CatalogProblem[] = [];
    for (const { file, result } of results) {
      if ('catalog' in result && result.catalog) {
        catalogs.push({ catalog: result.catalog, origin: { builtIn: true, location: file } });
      }
      for (const problem of result.problems) {
        // A broken built-in catalog is a bug of the extension, not something the user can fix: log it, do not notify.
        this.log.error(`Built-in catalog: ${problem.message}`);
        problems.push(problem);
      }
    }
    this.builtInProblems = problems;
    return { catalogs, problems };
  }
}
