import { Delayer, realTimers, type Timers } from '../util/delayer';
import type { LoadedCatalog } from './catalogSet';
import { MAX_CATALOG_BYTES, parseCatalogBytes, readProblem, tooLargeProblem, type CatalogProblem, type ParseResult } from './parse';

/** One catalog file: a stable key (its URI) and how messages name it. */
export interface CatalogFileRef {
  readonly key: string;
  readonly display: string;
}

export type CatalogFileStat = { readonly kind: 'file'; readonly size: number } | { readonly kind: 'missing' } | { readonly kind: 'other' };

/**
 * What the catalog files need from the editor: the list of files the
 * settings name (already limited to the places they may be read from), a
 * stat and a read of one file, the ids user catalogs may not take, and a log.
 */
export interface CatalogFilePort {
  list(): Promise<readonly CatalogFileRef[]>;
  /**
   * Whether a file named by a file event may be read: events come for any
   * path the watchers match, links included, so each is checked as the
   * listing checks the files it returns.
   */
  admits(file: CatalogFileRef): Promise<boolean>;
  stat(file: CatalogFileRef): Promise<CatalogFileStat>;
  /** The bytes, or 'missing' when the file vanished; other failures throw. */
  read(file: CatalogFileRef): Promise<Uint8Array | 'missing'>;
  reservedIds(): Promise<ReadonlyMap<string, string>>;
  readonly log: { info(message: string): void; error(message: string): void };
}

interface FileRecord {
  readonly file: CatalogFileRef;
  /** The last version of the file that passed validation; it keeps serving while the file is broken. */
  readonly good?: LoadedCatalog;
  readonly problems: readonly CatalogProblem[];
  /** A hash of the bytes last read, so saving an unchanged file costs no parse and fires no change. */
  readonly fingerprint: number;
}

/** How long file events are collected before the changed files are read, and the longest a busy stream of events can delay a read. */
export const DEBOUNCE_MS = 250;
export const MAX_DELAY_MS = 2000;

/**
 * The state of the user's catalog files: the last good version of each, its
 * current problems and a fingerprint of its bytes. File events are collected
 * and read in batches; all file work runs one task at a time, so a rescan and
 * a batch never interleave. `changed` is called once per task that changed
 * what is served or what is wrong.
 */
export class CatalogFiles {
  private readonly records = new Map<string, FileRecord>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly pending = new Map<string, CatalogFileRef>();
  private rescanPending = false;
  private readonly delayer: Delayer;
  private disposed = false;

  constructor(
    private readonly port: CatalogFilePort,
    private readonly changed: () => void,
    timers: Timers = realTimers,
  ) {
    this.delayer = new Delayer(DEBOUNCE_MS, MAX_DELAY_MS, timers);
  }

  /** Lists and reads every file again; resolves when done. With `announce` false, no change is reported (the first scan). */
  rescan(announce = true): Promise<void> {
    return this.enqueue(() => this.rescanNow(), announce);
  }

  /** A file was created, changed or deleted: it is read with the next batch. */
  fileChanged(file: CatalogFileRef): void {
    this.pending.set(file.key, file);
    this.schedule();
  }

  /** A folder appeared that may hold catalog files: the next batch lists everything again. */
  folderCreated(): void {
    this.rescanPending = true;
    this.schedule();
  }

  /** A folder went away: the files known below it (keys starting with `prefix`) are checked with the next batch. */
  folderDeleted(prefix: string): void {
    for (const [key, record] of this.records) {
      if (key.startsWith(prefix)) {
        this.pending.set(key, record.file);
      }
    }
    this.schedule();
  }

  /** Forgets every file, e.g. when the workspace is not trusted; true when something was served or wrong. */
  clear(): Promise<void> {
    return this.enqueue(async () => {
      const had = this.records.size > 0;
      this.records.clear();
      return had;
    });
  }

  /** Resolves once every task queued so far is done. */
  idle(): Promise<void> {
    return this.queue.then(() => undefined);
  }

  /** The last good version of every file, in a stable order (by key) so that id clashes resolve the same way each time. */
  loaded(): LoadedCatalog[] {
    return [...this.records.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .flatMap(([, record]) => (record.good ? [record.good] : []));
  }

  problems(): CatalogProblem[] {
    return [...this.records.values()].flatMap((record) => record.problems);
  }

  /** Whether the file (as named in its problems) still serves a last good version. */
  servesLastGood(display: string): boolean {
    return [...this.records.values()].some((record) => record.file.display === display && record.good !== undefined);
  }

  dispose(): void {
    this.disposed = true;
    this.delayer.dispose();
  }

  private enqueue(task: () => Promise<boolean>, announce = true): Promise<void> {
    // Work queued before disposal finds the owner gone and does nothing.
    const run = this.queue.then(() => (this.disposed ? false : task())).then(
      (changed) => {
        if (changed && announce && !this.disposed) {
          this.changed();
        }
      },
      (error: unknown) => {
        this.port.log.error(`Reading the workspace's catalog files failed: ${describeError(error)}`);
      },
    );
    this.queue = run;
    return run;
  }

  private schedule(): void {
    this.delayer.trigger(() => this.flush());
  }

  private flush(): void {
    const batch = [...this.pending.values()];
    this.pending.clear();
    if (this.rescanPending) {
      // A rescan reads every file, the batch's included.
      this.rescanPending = false;
      void this.rescan();
      return;
    }
    void this.enqueue(async () => {
      const reserved = await this.port.reservedIds();
      let changed = false;
      for (const file of batch) {
        const admitted = await this.port.admits(file);
        changed = (admitted ? await this.readFile(file, reserved) : this.forget(file.key, this.records.get(file.key))) || changed;
      }
      return changed;
    });
  }

  private async rescanNow(): Promise<boolean> {
    const found = new Map((await this.port.list()).map((file) => [file.key, file]));
    let changed = false;
    for (const [key, record] of [...this.records]) {
      if (!found.has(key)) {
        this.records.delete(key);
        this.port.log.info(`${record.file.display} is no longer a catalog file of the workspace.`);
        changed = true;
      }
    }
    const reserved = await this.port.reservedIds();
    for (const file of found.values()) {
      changed = (await this.readFile(file, reserved)) || changed;
    }
    return changed;
  }

  /** Reads one file into its record; true when what it serves or its problems changed. */
  private async readFile(file: CatalogFileRef, reserved: ReadonlyMap<string, string>): Promise<boolean> {
    const record = this.records.get(file.key);
    const { display } = file;
    let bytes: Uint8Array | undefined;
    let result: ParseResult;
    try {
      // The size is checked before reading, so a huge file is never loaded into memory.
      const stat = await this.port.stat(file);
      if (stat.kind !== 'file') {
        return this.forget(file.key, record);
      }
      if (stat.size > MAX_CATALOG_BYTES) {
        result = { problems: [tooLargeProblem(display, stat.size)] };
      } else {
        const read = await this.port.read(file);
        if (read === 'missing') {
          return this.forget(file.key, record);
        }
        bytes = read;
        result = { problems: [] };
      }
    } catch (error) {
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
      this.records.set(file.key, { file, good, problems: [], fingerprint });
      this.port.log.info(`${display}: catalog "${result.catalog.id}" with ${result.catalog.entries.length} entries ${record ? 'reloaded' : 'loaded'}.`);
      return true;
    }
    const good = record?.good;
    this.records.set(file.key, { file, problems: result.problems, fingerprint, ...(good ? { good } : {}) });
    if (good && record?.problems.length === 0) {
      this.port.log.info(`${display}: the file has problems; the last good version of "${good.catalog.id}" stays in use until it is fixed.`);
    }
    return !record || !sameMessages(record.problems, result.problems);
  }

  private forget(key: string, record: FileRecord | undefined): boolean {
    if (!record) {
      return false;
    }
    this.records.delete(key);
    this.port.log.info(`${record.file.display} was removed${record.good ? `; catalog "${record.good.catalog.id}" is no longer used` : ''}.`);
    return true;
  }
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
