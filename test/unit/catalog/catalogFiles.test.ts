import * as assert from 'node:assert/strict';
import { CatalogFiles, DEBOUNCE_MS, MAX_DELAY_MS, type CatalogFilePort, type CatalogFileRef, type CatalogFileStat } from '../../../src/core/catalog/catalogFiles';
import { MAX_CATALOG_BYTES } from '../../../src/core/catalog/parse';
import { FakeTimers } from '../util/fakeTimers';

function catalogText(id: string, description = 'Bad request'): string {
  return JSON.stringify({
    id,
    title: `${id} title`,
    provider: 'Acme',
    kind: 'error',
    source: { url: 'https://example.com/errors' },
    context: ['errorCode'],
    entries: [{ code: 1, description }],
  });
}

/** An in-memory file system: keys are file names, values their text (or a size for files too large to hold). */
class MemoryFiles implements CatalogFilePort {
  readonly files = new Map<string, string | { size: number }>();
  readonly reads: string[] = [];
  readonly messages: string[] = [];
  listed = 0;
  /** Files that events name but that may not be read (e.g. links out of the workspace). */
  readonly refused = new Set<string>();
  private reading = 0;
  maxConcurrentReads = 0;
  /** While set, `read` waits for it: lets a test hold a task in the middle. */
  gate: Promise<void> | undefined;

  readonly log = {
    info: (message: string): void => void this.messages.push(message),
    error: (message: string): void => void this.messages.push(`error: ${message}`),
  };

  async list(): Promise<CatalogFileRef[]> {
    this.listed++;
    return [...this.files.keys()].map(ref);
  }

  async admits(file: CatalogFileRef): Promise<boolean> {
    return !this.refused.has(file.key);
  }

  async stat(file: CatalogFileRef): Promise<CatalogFileStat> {
    const content = this.files.get(file.key);
    if (content === undefined) {
      return { kind: 'missing' };
    }
    return { kind: 'file', size: typeof content === 'string' ? new TextEncoder().encode(content).length : content.size };
  }

  async read(file: CatalogFileRef): Promise<Uint8Array | 'missing'> {
    this.reading++;
    this.maxConcurrentReads = Math.max(this.maxConcurrentReads, this.reading);
    try {
      await this.gate;
      this.reads.push(file.key);
      const content = this.files.get(file.key);
      if (content === undefined) {
        return 'missing';
      }
      if (typeof content !== 'string') {
        throw new Error('read a file that is too large');
      }
      return new TextEncoder().encode(content);
    } finally {
      this.reading--;
    }
  }

  async reservedIds(): Promise<ReadonlyMap<string, string>> {
    return new Map([['http', 'a built-in catalog']]);
  }
}

function ref(key: string): CatalogFileRef {
  return { key, display: `ws/${key}` };
}

function setup(files: Record<string, string> = {}): { fs: MemoryFiles; timers: FakeTimers; store: CatalogFiles; changes: () => number } {
  const fs = new MemoryFiles();
  for (const [key, text] of Object.entries(files)) {
    fs.files.set(key, text);
  }
  const timers = new FakeTimers();
  let changes = 0;
  const store = new CatalogFiles(fs, () => changes++, timers);
  return { fs, timers, store, changes: () => changes };
}

const ids = (store: CatalogFiles): string[] => store.loaded().map(({ catalog }) => catalog.id);

describe('the user catalog files', () => {
  it('loads every listed file in key order, and the first scan announces nothing', async () => {
    const { store, changes } = setup({ 'b.json': catalogText('bee'), 'a.json': catalogText('ay') });
    await store.rescan(false);
    assert.deepEqual(ids(store), ['ay', 'bee']);
    assert.equal(store.loaded()[0]?.origin.location, 'ws/a.json');
    assert.equal(changes(), 0);
  });

  it('keeps serving the last good version of a file that breaks, and says so', async () => {
    const { fs, timers, store, changes } = setup({ 'a.json': catalogText('ay', 'first') });
    await store.rescan(false);
    fs.files.set('a.json', '{ "id": "ay", ');
    store.fileChanged(ref('a.json'));
    timers.advance(DEBOUNCE_MS);
    await store.idle();
    assert.equal(store.loaded()[0]?.catalog.entries[0]?.description, 'first');
    assert.equal(store.problems().length, 1);
    assert.match(store.problems()[0]!.message, /^ws\/a\.json:1:15: invalid JSON/);
    assert.ok(store.servesLastGood('ws/a.json'));
    assert.equal(changes(), 1);
    assert.ok(fs.messages.some((m) => /last good version of "ay" stays in use/.test(m)));
  });

  it('neither parses nor announces a file saved without changes', async () => {
    const { fs, timers, store, changes } = setup({ 'a.json': catalogText('ay') });
    await store.rescan(false);
    const before = store.loaded()[0];
    store.fileChanged(ref('a.json'));
    timers.advance(DEBOUNCE_MS);
    await store.idle();
    assert.equal(changes(), 0);
    assert.equal(store.loaded()[0], before, 'the same catalog object: nothing was parsed');
    assert.equal(fs.reads.length, 2);
  });

  it('collects events into one batch: each file read once, one change', async () => {
    const { fs, timers, store, changes } = setup({ 'a.json': catalogText('ay') });
    await store.rescan(false);
    fs.files.set('a.json', catalogText('ay', 'second'));
    fs.files.set('b.json', catalogText('bee'));
    for (let i = 0; i < 5; i++) {
      store.fileChanged(ref('a.json'));
      store.fileChanged(ref('b.json'));
      timers.advance(DEBOUNCE_MS - 10);
    }
    await store.idle();
    assert.deepEqual(fs.reads, ['a.json'], 'nothing read while events keep coming');
    timers.advance(10);
    await store.idle();
    assert.deepEqual(fs.reads, ['a.json', 'a.json', 'b.json']);
    assert.equal(changes(), 1);
    assert.deepEqual(ids(store), ['ay', 'bee']);
  });

  it('reads a busy stream of events no later than the longest delay', async () => {
    const { fs, timers, store } = setup({ 'a.json': catalogText('ay') });
    await store.rescan(false);
    fs.files.set('a.json', catalogText('ay', 'second'));
    for (let elapsed = 0; elapsed < MAX_DELAY_MS; elapsed += 100) {
      store.fileChanged(ref('a.json'));
      timers.advance(100);
    }
    await store.idle();
    assert.equal(store.loaded()[0]?.catalog.entries[0]?.description, 'second');
  });

  it('forgets a deleted file and the catalog it served', async () => {
    const { fs, timers, store, changes } = setup({ 'a.json': catalogText('ay') });
    await store.rescan(false);
    fs.files.delete('a.json');
    store.fileChanged(ref('a.json'));
    timers.advance(DEBOUNCE_MS);
    await store.idle();
    assert.deepEqual(ids(store), []);
    assert.equal(changes(), 1);
    assert.ok(fs.messages.includes('ws/a.json was removed; catalog "ay" is no longer used.'));
  });

  it('never reads a file an event names when the port does not admit it', async () => {
    const { fs, timers, store, changes } = setup({ 'a.json': catalogText('ay') });
    await store.rescan(false);
    fs.files.set('link.json', catalogText('outside'));
    fs.refused.add('link.json');
    store.fileChanged(ref('link.json'));
    timers.advance(DEBOUNCE_MS);
    await store.idle();
    assert.deepEqual(fs.reads, ['a.json']);
    assert.deepEqual(ids(store), ['ay']);
    assert.equal(changes(), 0);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const { fs, store } = setup();
    fs.files.set('huge.json', { size: MAX_CATALOG_BYTES + 1 });
    await store.rescan(false);
    assert.deepEqual(fs.reads, []);
    assert.match(store.problems()[0]!.message, /^ws\/huge\.json: the file is 5\.1 MiB \(5,242,881 bytes\), over the limit of 5 MiB/);
  });

  it('refuses an id a built-in catalog holds', async () => {
    const { store } = setup({ 'a.json': catalogText('http') });
    await store.rescan(false);
    assert.deepEqual(ids(store), []);
    assert.match(store.problems()[0]!.message, /already used by a built-in catalog/);
  });

  it('lists everything again when a folder appears, and checks the files below a folder that went away', async () => {
    const { fs, timers, store } = setup({ 'codes/a.json': catalogText('ay'), 'other.json': catalogText('other') });
    await store.rescan(false);
    assert.equal(fs.listed, 1);
    fs.files.set('new/b.json', catalogText('bee'));
    store.folderCreated();
    timers.advance(DEBOUNCE_MS);
    await store.idle();
    assert.equal(fs.listed, 2);
    assert.deepEqual(ids(store), ['ay', 'bee', 'other']);
    fs.files.delete('codes/a.json');
    store.folderDeleted('codes/');
    timers.advance(DEBOUNCE_MS);
    await store.idle();
    assert.deepEqual(ids(store), ['bee', 'other']);
  });

  it('runs one task at a time: a batch waits for a rescan in progress', async () => {
    const { fs, timers, store } = setup({ 'a.json': catalogText('ay'), 'b.json': catalogText('bee') });
    let open!: () => void;
    fs.gate = new Promise((resolve) => (open = resolve));
    const scan = store.rescan(false);
    fs.files.set('a.json', catalogText('ay', 'second'));
    store.fileChanged(ref('a.json'));
    timers.advance(DEBOUNCE_MS);
    open();
    await scan;
    await store.idle();
    assert.equal(fs.maxConcurrentReads, 1);
    assert.equal(store.loaded()[0]?.catalog.entries[0]?.description, 'second');
  });

  it('does no work and announces nothing once disposed', async () => {
    const { fs, timers, store, changes } = setup({ 'a.json': catalogText('ay') });
    await store.rescan(false);
    fs.files.set('a.json', catalogText('ay', 'second'));
    store.fileChanged(ref('a.json'));
    store.dispose();
    timers.advance(MAX_DELAY_MS);
    await store.rescan();
    assert.equal(timers.pending, 0);
    assert.equal(fs.reads.length, 1);
    assert.equal(changes(), 0);
  });

  it('forgets every file on clear, announcing it only when something was there', async () => {
    const { store, changes } = setup({ 'a.json': catalogText('ay') });
    await store.rescan(false);
    await store.clear();
    assert.deepEqual(ids(store), []);
    assert.equal(changes(), 1);
    await store.clear();
    assert.equal(changes(), 1);
  });
});
