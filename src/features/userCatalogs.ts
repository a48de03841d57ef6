import vscode = require('vscode');
import type { LoadedCatalog } from '../core/catalog/catalogSet';
import { MAX_CATALOG_BYTES, parseCatalogBytes, readProblem, tooLargeProblem, type CatalogProblem, type ParseResult } from '../core/catalog/parse';
import { baseFoldersGlob, catalogPatterns, matchesFlatGlob, type CatalogPattern } from '../core/catalog/userPatterns';
import type { Config } from '../config';

interface FileRecord {
  readonly uri: vscode.Uri;
  readonly display: string;
  /** The last version of the file that passed validation; it keeps serving while the file is broken. */
  readonly good?: LoadedCatalog;
  readonly problems: readonly CatalogProblem[];
  /** A hash of the bytes last read, so saving an unchanged file costs no parse and fires no change. */
  readonly fingerprint: number;
}

/** How long file events are collected before the changed files are read, and the longest a busy stream of events can delay a read. */
const DEBOUNCE_MS = 250;
const MAX_DELAY_MS = 2000;
/** Globs such as `**\/*.json` could match a whole repository; more files than this are not read. */
const MAX_FILES_PER_PATTERN = 500;

/**
 * The catalog files of the workspace: `.vscode/status-codes/*.json` in every
 * folder plus the paths and globs of `statusCodeLens.catalogs`. Files are read
 * through `vscode.workspace.fs`, so virtual workspaces work, and only when the
 * workspace is trusted. Watchers re-read just the files that changed, in
 * batches; `onDidChange` fires once per batch that changed something.
 */
export class UserCatalogs implements vscode.Disposable {
  private readonly records = new Map<string, FileRecord>();
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changeEmitter];
  private watchers: vscode.Disposable[] = [];
  private started: Promise<void> | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly pending = new Map<string, vscode.Uri>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstPendingAt = 0;
  private rescanPending = false;
  private disposed = false;

  /** Fires after a batch of file changes or a reload changed a catalog or a problem. */
  readonly onDidChange = this.changeEmitter.event;

  constructor(
    private readonly config: Config,
    private readonly log: vscode.LogOutputChannel,
    /** Ids user catalogs may not take (the built-in ones), with who holds each. */
    private readonly reservedIds: () => Promise<ReadonlyMap<string, string>>,
  ) {}

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
    await this.enqueue(() => this.rescan());
  }

  /** The last good version of every file, in a stable order (by URI) so that id clashes resolve the same way each time. */
  loaded(): LoadedCatalog[] {
    return [...this.records.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .flatMap(([, record]) => (record.good ? [record.good] : []));
  }

  problems(): CatalogProblem[] {
    return [...this.records.values()].flatMap((record) => record.problems);
  }

  /** Whether the file (as named in its problems) still serves a last good version. */
  servesLastGood(file: string): boolean {
    return [...this.records.values()].some((record) => record.display === file && record.good !== undefined);
  }

  private async start(): Promise<void> {
    this.disposables.push(
      vscode.workspace.onDidGrantWorkspaceTrust(() => {
        this.log.info('The workspace is now trusted: reading its catalog files.');
        void this.reload();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.reload()),
      this.config.onDidChange((event) => {
        if (event.affectsConfiguration('statusCodeLens.catalogs')) {
          void this.reload();
        }
      }),
    );
    // The first scan fires no change: whoever awaits `ready()` reads the result directly.
    await this.enqueue(() => this.rescan(), false);
  }

  /** Runs file work one task at a time, so a reload and a batch of events never interleave. */
  private enqueue(task: () => Promise<boolean>, announce = true): Promise<void> {
    const run = this.queue.then(task).then(
      (changed) => {
        if (changed && announce && !this.disposed) {
          this.changeEmitter.fire();
        }
      },
      (error: unknown) => {
        this.log.error(`Reading the workspace's catalog files failed: ${describeError(error)}`);
      },
    );
    this.queue = run;
    return run;
  }

  private async rescan(): Promise<boolean> {
    this.disposeWatchers();
    if (!vscode.workspace.isTrusted) {
      this.log.info('The workspace is not trusted: its catalog files (.vscode/status-codes and statusCodeLens.catalogs) are not read; only the built-in catalogs are used.');
      const had = this.records.size > 0;
      this.records.clear();
      return had;
    }
    const found = new Map<string, vscode.Uri>();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      for (const pattern of catalogPatterns(this.config.get(folder.uri).catalogs)) {
        const base = baseUri(folder, pattern);
        this.watch(folder, pattern, base);
        for (const uri of await this.find(base, pattern)) {
          found.set(uri.toString(), uri);
        }
      }
    }
    let changed = false;
    for (const [key, record] of [...this.records]) {
      if (!found.has(key)) {
        this.records.delete(key);
        this.log.info(`${record.display} is no longer a catalog file of the workspace.`);
        changed = true;
      }
    }
    const reserved = await this.reservedIds();
    for (const uri of found.values()) {
      changed = (await this.readFile(uri, reserved)) || changed;
    }
    return changed;
  }

  private async find(base: vscode.Uri, pattern: CatalogPattern): Promise<vscode.Uri[]> {
    try {
      if (pattern.flat) {
        // Listing the folder needs no search provider, which virtual file systems may lack.
        const entries = await vscode.workspace.fs.readDirectory(base);
        return entries
          .filter(([name, type]) => (type & vscode.FileType.File) !== 0 && matchesFlatGlob(pattern, name))
          .map(([name]) => vscode.Uri.joinPath(base, name));
      }
      const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(base, pattern.glob), undefined, MAX_FILES_PER_PATTERN + 1);
      if (uris.length > MAX_FILES_PER_PATTERN) {
        this.log.warn(`statusCodeLens.catalogs: "${pattern.source}" matches more than ${MAX_FILES_PER_PATTERN} files; only the first ${MAX_FILES_PER_PATTERN} are read.`);
      }
      return uris.slice(0, MAX_FILES_PER_PATTERN);
    } catch (error) {
      if (!isNotFound(error)) {
        this.log.warn(`statusCodeLens.catalogs: cannot search "${pattern.source}": ${describeError(error)}`);
      }
      return [];
    }
  }

  private watch(folder: vscode.WorkspaceFolder, pattern: CatalogPattern, base: vscode.Uri): void {
    // Inside the workspace the pattern stays relative to the folder, so the editor's watcher of the whole
    // folder reports it even when the base folder (.vscode/status-codes) does not exist yet.
    const inside = !pattern.absolute && !pattern.base.includes('..');
    const files = vscode.workspace.createFileSystemWatcher(
      inside ? new vscode.RelativePattern(folder, [...pattern.base, pattern.glob].join('/')) : new vscode.RelativePattern(base, pattern.glob),
    );
    const queue = (uri: vscode.Uri): void => this.queueFile(uri);
    this.watchers.push(files, files.onDidCreate(queue), files.onDidChange(queue), files.onDidDelete(queue));
    const parents = pattern.absolute ? undefined : baseFoldersGlob(pattern);
    if (parents) {
      // Creating or deleting a folder is reported for the folder only, not for each catalog file in it:
      // a new folder is listed again, and the files below a deleted one are checked.
      const folders = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, parents), false, true, false);
      this.watchers.push(
        folders,
        folders.onDidCreate(() => this.queueRescan()),
        folders.onDidDelete((uri) => this.queueFilesBelow(uri)),
      );
    }
  }

  private queueRescan(): void {
    this.rescanPending = true;
    this.schedule();
  }

  private queueFilesBelow(folder: vscode.Uri): void {
    const prefix = `${folder.toString()}/`;
    for (const [key, record] of this.records) {
      if (key.startsWith(prefix)) {
        this.queueFile(record.uri);
      }
    }
  }

  private queueFile(uri: vscode.Uri): void {
    this.pending.set(uri.toString(), uri);
    this.schedule();
  }

  private schedule(): void {
    if (this.disposed) {
      return;
    }
    const now = Date.now();
    if (this.timer === undefined) {
      this.firstPendingAt = now;
    } else {
      clearTimeout(this.timer);
    }
    // Each event restarts the wait, but a steady stream of events cannot postpone the read forever.
    const wait = Math.max(0, Math.min(DEBOUNCE_MS, this.firstPendingAt + MAX_DELAY_MS - now));
    this.timer = setTimeout(() => this.flush(), wait);
  }

  private flush(): void {
    this.timer = undefined;
    const batch = [...this.pending.values()];
    this.pending.clear();
    if (this.rescanPending) {
      // A rescan reads every file, the batch's included.
      this.rescanPending = false;
      void this.enqueue(() => this.rescan());
      return;
    }
    void this.enqueue(async () => {
      const reserved = await this.reservedIds();
      let changed = false;
      for (const uri of batch) {
        changed = (await this.readFile(uri, reserved)) || changed;
      }
      return changed;
    });
  }

  /** Reads one file into its record; true when what it serves or its problems changed. */
  private async readFile(uri: vscode.Uri, reserved: ReadonlyMap<string, string>): Promise<boolean> {
    const key = uri.toString();
    const record = this.records.get(key);
    const display = displayPath(uri);
    let bytes: Uint8Array | undefined;
    let result: ParseResult;
    try {
      // The size is checked before reading, so a huge file is never loaded into memory.
      const stat = await vscode.workspace.fs.stat(uri);
      if ((stat.type & vscode.FileType.File) === 0) {
        return this.forget(key, record);
      }
      if (stat.size > MAX_CATALOG_BYTES) {
        result = { problems: [tooLargeProblem(display, stat.size)] };
      } else {
        bytes = await vscode.workspace.fs.readFile(uri);
        result = { problems: [] };
      }
    } catch (error) {
      if (isNotFound(error)) {
        return this.forget(key, record);
      }
      result = { problems: [readProblem(display, describeError(error))] };
    }
    const fingerprint = bytes ? hash(bytes) : -1;
    if (bytes && record && record.fingerprint === fingerprint) {
      return false;
    }
    if (bytes) {
      result = parseCatalogBytes(bytes, { file: display, reservedIds: reserved });
    }
    if (result.catalog) {
      const good: LoadedCatalog = {
        catalog: result.catalog,
        origin: { builtIn: false, location: display },
        ...(result.idPosition ? { idPosition: result.idPosition } : {}),
      };
      this.records.set(key, { uri, display, good, problems: [], fingerprint });
      this.log.info(`${display}: catalog "${result.catalog.id}" with ${result.catalog.entries.length} entries ${record ? 'reloaded' : 'loaded'}.`);
      return true;
    }
    const good = record?.good;
    this.records.set(key, { uri, display, problems: result.problems, fingerprint, ...(good ? { good } : {}) });
    if (good && record?.problems.length === 0) {
      this.log.info(`${display}: the file has problems; the last good version of "${good.catalog.id}" stays in use until it is fixed.`);
    }
    return !record || !sameMessages(record.problems, result.problems);
  }

  private forget(key: string, record: FileRecord | undefined): boolean {
    if (!record) {
      return false;
    }
    this.records.delete(key);
    this.log.info(`${record.display} was removed${record.good ? `; catalog "${record.good.catalog.id}" is no longer used` : ''}.`);
    return true;
  }

  private disposeWatchers(): void {
    for (const watcher of this.watchers) {
      watcher.dispose();
    }
    this.watchers = [];
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer !== undefined) {
      clearTimeout(this.timer);
    }
    this.disposeWatchers();
    for (const disposable of this.disposables) {
      disposable.dispose();
    }
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

/** Local files are named by their path, which the log makes clickable; others by their URI. */
function displayPath(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? uri.fsPath : uri.toString(true);
}

function isNotFound(error: unknown): boolean {
  return error instanceof vscode.FileSystemError && (error.code === 'FileNotFound' || error.code === 'EntryNotFound');
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function sameMessages(a: readonly CatalogProblem[], b: readonly CatalogProblem[]): boolean {
  return a.length === b.length && a.every((problem, i) => problem.message === b[i]?.message);
}

/** FNV-1a over the bytes: enough to tell a saved-but-unchanged file from an edited one. */
function hash(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) {
    h ^= bytes[i] ?? 0;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
