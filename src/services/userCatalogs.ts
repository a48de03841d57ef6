import vscode = require('vscode');
import { CatalogFiles, type CatalogFilePort, type CatalogFileRef, type CatalogFileStat } from '../core/catalog/catalogFiles';
import type { LoadedCatalog } from '../core/catalog/catalogSet';
import type { CatalogProblem } from '../core/catalog/parse';
import { baseFoldersGlob, catalogPatterns, leavesFolder, matchesFlatGlob, type CatalogPattern } from '../core/catalog/userPatterns';
import { uiText } from '../core/render/uiText';
import { Disposable } from '../core/util/disposable';
import { SECTION, type Config } from '../config';

/**
 * At most this many catalog files are read in the whole workspace, the
 * default folder included: globs such as `**\/*.json` could match a whole
 * repository, and each file is read, parsed and watched.
 */
export const MAX_CATALOG_FILES = 200;

/** A folder a catalog file must lie in: a workspace folder, or the base folder of a path from the user's own settings. */
interface Root {
  readonly uri: vscode.Uri;
}

/**
 * The catalog files of the workspace: `.vscode/status-codes/*.json` in every
 * folder plus the paths and globs of `statusCodeLens.catalogs`. Files are read
 * through `vscode.workspace.fs`, so virtual workspaces work, and only when the
 * workspace is trusted.
 *
 * Files are read from inside the workspace folders only. A path outside them
 * (absolute, or with `..`) is read only when the user's own settings name it;
 * the same path in workspace or folder settings, which come with the
 * workspace, is refused. Symbolic links are never followed: a link could
 * lead anywhere, and the web worker extension host has no way to resolve
 * one, so a file reached through a link is not read. The state of the files lives
 * in `CatalogFiles`; this class finds them, watches them and reads them.
 */
export class UserCatalogs extends Disposable {
  private readonly changeEmitter = this.register(new vscode.EventEmitter<void>());
  private readonly files: CatalogFiles;
  private watchers: vscode.Disposable[] = [];
  /** The folder each known file must stay in: from the last listing, and from the watcher that reported it. */
  private readonly roots = new Map<string, Root>();
  /** The files of the last listing, which the file cap counts. */
  private listed: ReadonlySet<string> = new Set();
  private started: Promise<void> | undefined;

  /** Fires after a batch of file changes or a reload changed a catalog or a problem. */
  readonly onDidChange = this.changeEmitter.event;

  constructor(
    private readonly config: Config,
    private readonly log: vscode.LogOutputChannel,
    /** Ids user catalogs may not take (the built-in ones), with who holds each. */
    reservedIds: () => Promise<ReadonlyMap<string, string>>,
  ) {
    super();
    const port: CatalogFilePort = {
      list: () => this.list(),
      admits: (file) => this.admits(file),
      stat: (file) => stat(file),
      read: (file) => read(file),
      reservedIds,
      log,
    };
    this.files = this.register(new CatalogFiles(port, () => this.changeEmitter.fire()));
  }

  /** Starts reading and watching on first call; resolves when the first scan is done. */
  ready(): Promise<void> {
    this.started ??= this.start();
    return this.started;
  }

  /** Reads every file again, e.g. after the settings or the workspace folders changed. */
  async reload(): Promise<void> {
    if (!this.started) {
      return this.ready();
    }
    await this.files.rescan();
  }

  loaded(): LoadedCatalog[] {
    return this.files.loaded();
  }

  problems(): CatalogProblem[] {
    return this.files.problems();
  }

  servesLastGood(file: string): boolean {
    return this.files.servesLastGood(file);
  }

  private async start(): Promise<void> {
    this.register(
      vscode.workspace.onDidGrantWorkspaceTrust(() => {
        this.log.info('The workspace is now trusted: reading its catalog files.');
        void this.reload();
      }),
    );
    this.register(vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reload()));
    this.register(
      this.config.onDidChange((event) => {
        if (event.affectsConfiguration('statusCodeLens.catalogs')) {
          void this.reload();
        }
      }),
    );
    // The first scan fires no change: whoever awaits `ready()` reads the result directly.
    await this.files.rescan(false);
  }

  /** The catalog files the settings name, in the places they may be read from; sets up the watchers for them. */
  private async list(): Promise<CatalogFileRef[]> {
    this.disposeWatchers();
    this.roots.clear();
    if (!vscode.workspace.isTrusted) {
      this.log.info('The workspace is not trusted: its catalog files (.vscode/status-codes and statusCodeLens.catalogs) are not read; only the built-in catalogs are used.');
      return [];
    }
    const found = new Map<string, CatalogFileRef>();
    let capped = false;
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const own = userOwnPatterns(folder);
      const folderRoot = rootOf(folder.uri);
      for (const pattern of catalogPatterns(this.config.get(folder.uri).catalogs)) {
        const outside = leavesFolder(pattern);
        if (outside && !own.has(pattern.source.trim())) {
          this.log.warn(
            `statusCodeLens.catalogs: "${pattern.source}" in the settings of ${folder.name} points outside the workspace folder; it is not read. ` +
              'Only your user settings may name catalog files outside the workspace.',
          );
          continue;
        }
        const base = baseUri(folder, pattern);
        const root = outside ? rootOf(base) : folderRoot;
        this.watch(folder, pattern, base, root);
        const room = MAX_CATALOG_FILES - found.size;
        for (const uri of await this.find(base, pattern, room + 1)) {
          if (found.has(uri.toString())) {
            continue;
          }
          if (found.size >= MAX_CATALOG_FILES) {
            capped = true;
            break;
          }
          if (await this.stays(uri, root)) {
            found.set(uri.toString(), { key: uri.toString(), display: displayPath(uri) });
            this.roots.set(uri.toString(), root);
          }
        }
      }
    }
    if (capped) {
      this.log.warn(`More than ${MAX_CATALOG_FILES} catalog files are found in the workspace; only the first ${MAX_CATALOG_FILES} are read.`);
    }
    this.listed = new Set(found.keys());
    return [...found.values()];
  }

  /** Whether a file a watcher reported may be read: inside its folder once links are resolved, and within the cap. */
  private async admits(file: CatalogFileRef): Promise<boolean> {
    const root = this.roots.get(file.key);
    if (root === undefined || !vscode.workspace.isTrusted) {
      return false;
    }
    if (!this.listed.has(file.key) && this.listed.size >= MAX_CATALOG_FILES) {
      this.log.warn(`${file.display} is not read: the workspace already has ${MAX_CATALOG_FILES} catalog files.`);
      return false;
    }
    return this.stays(vscode.Uri.parse(file.key), root);
  }

  private async find(base: vscode.Uri, pattern: CatalogPattern, limit: number): Promise<vscode.Uri[]> {
    try {
      if (pattern.flat) {
        // Listing the folder needs no search provider, which virtual file systems may lack.
        const entries = await vscode.workspace.fs.readDirectory(base);
        return entries
          .filter(([name, type]) => (type & vscode.FileType.File) !== 0 && matchesFlatGlob(pattern, name))
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .slice(0, limit)
          .map(([name]) => vscode.Uri.joinPath(base, name));
      }
      return await vscode.workspace.findFiles(new vscode.RelativePattern(base, pattern.glob), undefined, limit);
    } catch (error) {
      if (!isNotFound(error)) {
        this.log.warn(`statusCodeLens.catalogs: cannot search "${pattern.source}": ${describeError(error)}`);
      }
      return [];
    }
  }

  /**
   * Whether `uri` lies in `root` with no symbolic link on the way: a link to a
   * file or folder elsewhere (`passwd.json -> /etc/passwd`) is not read.
   * `workspace.fs.stat` follows links but marks them, on every file system.
   */
  private async stays(uri: vscode.Uri, root: Root): Promise<boolean> {
    if (uri.scheme !== root.uri.scheme || uri.authority !== root.uri.authority || !isBelow(uri.path, root.uri.path)) {
      this.log.warn(`${displayPath(uri)} is not inside ${displayPath(root.uri)}; it is not read.`);
      return false;
    }
    const below = uri.path.slice(root.uri.path.replace(/\/$/, '').length + 1).split('/');
    let at = root.uri;
    for (const segment of below) {
      at = vscode.Uri.joinPath(at, segment);
      let type: vscode.FileType;
      try {
        type = (await vscode.workspace.fs.stat(at)).type;
      } catch {
        // Gone, or a link to nothing: reading it reports that, and reads nothing.
        return true;
      }
      if ((type & vscode.FileType.SymbolicLink) !== 0) {
        this.log.warn(`${displayPath(uri)} is reached through the symbolic link ${displayPath(at)}; links are not followed.`);
        return false;
      }
    }
    return true;
  }

  private watch(folder: vscode.WorkspaceFolder, pattern: CatalogPattern, base: vscode.Uri, root: Root): void {
    // Inside the workspace the pattern stays relative to the folder, so the editor's watcher of the whole
    // folder reports it even when the base folder (.vscode/status-codes) does not exist yet.
    const inside = !leavesFolder(pattern);
    const files = vscode.workspace.createFileSystemWatcher(
      inside ? new vscode.RelativePattern(folder, [...pattern.base, pattern.glob].join('/')) : new vscode.RelativePattern(base, pattern.glob),
    );
    const queue = (uri: vscode.Uri): void => {
      this.roots.set(uri.toString(), root);
      this.files.fileChanged({ key: uri.toString(), display: displayPath(uri) });
    };
    this.addWatchers(files, files.onDidCreate(queue), files.onDidChange(queue), files.onDidDelete(queue));
    const parents = inside ? baseFoldersGlob(pattern) : undefined;
    if (parents) {
      // Creating or deleting a folder is reported for the folder only, not for each catalog file in it:
      // a new folder is listed again, and the files below a deleted one are checked.
      const folders = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, parents), false, true, false);
      this.addWatchers(
        folders,
        folders.onDidCreate(() => this.files.folderCreated()),
        folders.onDidDelete((uri) => this.files.folderDeleted(`${uri.toString()}/`)),
      );
    }
  }

  /** Watchers belong to the current settings; a scan that ends after disposal disposes them at once. */
  private addWatchers(...watchers: vscode.Disposable[]): void {
    for (const watcher of watchers) {
      this.watchers.push(this.register(watcher));
    }
  }

  private disposeWatchers(): void {
    for (const watcher of this.watchers) {
      this.release(watcher);
    }
    this.watchers = [];
  }
}

/** The values of `statusCodeLens.catalogs` from the user's own settings, the only ones that may leave the workspace. */
function userOwnPatterns(folder: vscode.WorkspaceFolder): Set<string> {
  const inspected = vscode.workspace.getConfiguration(SECTION, folder.uri).inspect<unknown>('catalogs');
  const values = Array.isArray(inspected?.globalValue) ? inspected.globalValue : [];
  return new Set(values.filter((value): value is string => typeof value === 'string').map((value) => value.trim()));
}

function rootOf(uri: vscode.Uri): Root {
  return { uri };
}

async function stat(file: CatalogFileRef): Promise<CatalogFileStat> {
  try {
    const found = await vscode.workspace.fs.stat(vscode.Uri.parse(file.key));
    return (found.type & vscode.FileType.File) !== 0 ? { kind: 'file', size: found.size } : { kind: 'other' };
  } catch (error) {
    if (isNotFound(error)) {
      return { kind: 'missing' };
    }
    throw error;
  }
}

async function read(file: CatalogFileRef): Promise<Uint8Array | 'missing'> {
  try {
    return await vscode.workspace.fs.readFile(vscode.Uri.parse(file.key));
  } catch (error) {
    if (isNotFound(error)) {
      return 'missing';
    }
    throw error;
  }
}

function baseUri(folder: vscode.WorkspaceFolder, pattern: CatalogPattern): vscode.Uri {
  if (pattern.absolute) {
    const path = pattern.base.join('/');
    // In a virtual workspace (vscode.dev, github.dev) an absolute path is on the folder's own file system, not the local disk.
    if (folder.uri.scheme !== 'file') return folder.uri.with({ path: `/${path}`, query: '', fragment: '' });
    return vscode.Uri.file(/^[a-zA-Z]:$/.test(pattern.base[0] ?? '') ? path : `/${path}`);
  }
  return pattern.base.length === 0 ? folder.uri : vscode.Uri.joinPath(folder.uri, ...pattern.base);
}

function isBelow(path: string, folder: string): boolean {
  const base = folder.endsWith('/') ? folder : `${folder}/`;
  return path.startsWith(base);
}

/** Local files are named by their path, which the log makes clickable; others by their URI. Names are the workspace's, so they are made inert. */
function displayPath(uri: vscode.Uri): string {
  return uiText(uri.scheme === 'file' ? uri.fsPath : uri.toString(true), 1000);
}

function isNotFound(error: unknown): boolean {
  return error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'EntryNotFound');
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
