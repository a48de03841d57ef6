import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CatalogIndex } from '../../src/core/catalog/catalogIndex';
import type { StatusCodeLensApi } from '../../src/extension';
import { hoverText, openText, positionOf, ready, workspaceFolder } from './helpers';

const CATALOG_ID = 'scl-editor-test-codes';
/**
 * How long a file change may take to arrive. The editor's file watcher
 * usually reports within a second, but under load (or in containers) an event
 * can lag by several seconds; the store itself adds only 250 ms.
 */
const WATCH_TIMEOUT_MS = 30_000;
const CODE = 987654;

function catalogText(description: string, id = CATALOG_ID): string {
  return JSON.stringify(
    {
      id,
      title: 'Editor test codes',
      provider: 'Status Code Lens tests',
      kind: 'error',
      source: { url: 'https://example.com/test-codes' },
      context: ['sclTestCode'],
      entries: [{ code: CODE, name: 'SCL_TEST_CODE', description }],
    },
    null,
    2,
  );
}

/**
 * Resolves once `accept` holds for the store's index, checking now and after
 * every change the store announces; rejects after `timeoutMs`. File watchers
 * and the store's debounce decide when the change arrives, so the test waits
 * for the event instead of sleeping.
 */
async function untilIndex(api: StatusCodeLensApi, accept: (index: CatalogIndex) => boolean, what: string, timeoutMs = WATCH_TIMEOUT_MS): Promise<CatalogIndex> {
  const first = await api.catalogs.index();
  if (accept(first)) {
    return first;
  }
  return new Promise<CatalogIndex>((resolve, reject) => {
    let done = false;
    const finish = (error?: Error, index?: CatalogIndex): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      subscription.dispose();
      if (error) reject(error);
      else resolve(index!);
    };
    const timer = setTimeout(() => {
      const state = `catalogs: ${api.catalogs.current?.catalogs.map((c) => c.id).join(', ')}; problems: ${api.catalogs.problems().map((p) => p.message).join(' | ')}`;
      finish(new Error(`Timed out after ${timeoutMs} ms waiting until ${what} (${state}).`));
    }, timeoutMs);
    const subscription = api.catalogs.onDidChange(() => {
      void api.catalogs.index().then((index) => {
        if (accept(index)) finish(undefined, index);
      });
    });
  });
}

function descriptionOf(index: CatalogIndex): string | undefined {
  return index.catalog(CATALOG_ID)?.entries.find((entry) => entry.code === CODE)?.description;
}

async function hoverOverCode(document: vscode.TextDocument): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, String(CODE), 2));
  return hoverText(hovers ?? []);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

describe('User catalogs', function () {
  this.timeout(WATCH_TIMEOUT_MS * 2);
  let api: StatusCodeLensApi;
  let vscodeFolder: vscode.Uri;
  let catalogFolder: vscode.Uri;
  let file: vscode.Uri;
  let clashFile: vscode.Uri;
  let createdVscodeFolder = false;
  let createdCatalogFolder = false;
  let document: vscode.TextDocument;

  before(async () => {
    api = await ready();
    vscodeFolder = vscode.Uri.joinPath(workspaceFolder().uri, '.vscode');
    catalogFolder = vscode.Uri.joinPath(vscodeFolder, 'status-codes');
    file = vscode.Uri.joinPath(catalogFolder, `${CATALOG_ID}.json`);
    clashFile = vscode.Uri.joinPath(catalogFolder, 'scl-editor-test-clash.json');
    createdVscodeFolder = !(await exists(vscodeFolder));
    createdCatalogFolder = !(await exists(catalogFolder));
    // Plain text, so that no language server has to start before the hover answers.
    document = await openText(`webhook received: sclTestCode=${CODE}\n`, 'plaintext');
  });

  beforeEach(async () => {
    await vscode.workspace.fs.createDirectory(catalogFolder);
  });

  // Every case starts from a workspace without the test's files: whatever a case wrote is removed after it.
  afterEach(async () => {
    for (const uri of [file, clashFile]) {
      if (await exists(uri)) await vscode.workspace.fs.delete(uri);
    }
    await api.catalogs.reload();
    await untilIndex(api, (index) => index.catalog(CATALOG_ID) === undefined, 'the test catalog is gone');
    assert.equal(api.catalogs.problems().filter((p) => /scl-editor-test/.test(p.file)).length, 0, 'no problem of a test file is left');
  });

  after(async () => {
    // Leave the fixture workspace as it was: remove only what this suite created.
    if (createdCatalogFolder && (await exists(catalogFolder)) && (await vscode.workspace.fs.readDirectory(catalogFolder)).length === 0) {
      await vscode.workspace.fs.delete(catalogFolder, { recursive: true });
    }
    if (createdVscodeFolder && (await exists(vscodeFolder)) && (await vscode.workspace.fs.readDirectory(vscodeFolder)).length === 0) {
      await vscode.workspace.fs.delete(vscodeFolder, { recursive: true });
    }
  });

  /** Writes the test catalog with `description` and waits until it is served. */
  async function served(description: string): Promise<void> {
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(catalogText(description)));
    await untilIndex(api, (index) => descriptionOf(index) === description, `"${description}" is served`);
  }

  /** Writes a broken version of the test catalog and waits until its problem is reported. */
  async function broken(): Promise<void> {
    const text = catalogText('Never valid.').replace('"kind": "error",', '"kind": "error"');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
    await untilIndex(api, () => api.catalogs.problems().some((p) => p.file.endsWith(`${CATALOG_ID}.json`)), 'the broken file is reported');
  }

  it('serves a catalog file created in .vscode/status-codes, in hovers too', async () => {
    await served('First meaning of the test code.');
    assert.match(await hoverOverCode(document), /First meaning of the test code/);
  });

  it('serves the new text after the file is edited', async () => {
    await served('First meaning of the test code.');
    await served('Second meaning, after an edit.');
    assert.match(await hoverOverCode(document), /Second meaning, after an edit/);
  });

  it('keeps serving the last good version while the file is broken, and reports where it is broken', async () => {
    await served('Second meaning, after an edit.');
    await broken();
    const problem = api.catalogs.problems().find((p) => p.file.endsWith(`${CATALOG_ID}.json`));
    assert.equal(problem?.kind, 'json');
    assert.equal(problem?.line, 6);
    assert.match(problem?.message ?? '', /scl-editor-test-codes\.json:6:\d+: invalid JSON: expected ',' or '}' after a property value/);
    assert.equal(descriptionOf(await api.catalogs.index()), 'Second meaning, after an edit.', 'the last good version keeps serving');
    assert.match(await hoverOverCode(document), /Second meaning, after an edit/);
  });

  it('serves the file again once it is fixed, and forgets the problem', async () => {
    await served('Third meaning, before it broke.');
    await broken();
    await served('Fourth meaning, fixed again.');
    assert.equal(
      api.catalogs.problems().some((p) => p.file.endsWith(`${CATALOG_ID}.json`)),
      false,
      'the problem is gone once the file is fixed',
    );
  });

  it('drops the catalog when its file is deleted', async () => {
    await served('Fourth meaning, about to go.');
    await vscode.workspace.fs.delete(file);
    await untilIndex(api, (index) => index.catalog(CATALOG_ID) === undefined, 'the deleted catalog is gone');
    assert.doesNotMatch(await hoverOverCode(document), /Fourth meaning/);
  });

  it('refuses a user catalog that takes the id of a built-in one, and keeps the built-in', async () => {
    const builtIn = (await api.catalogs.index()).catalogs[0];
    assert.ok(builtIn, 'there is a built-in catalog');
    const before = builtIn.entries.length;
    await vscode.workspace.fs.writeFile(clashFile, new TextEncoder().encode(catalogText('An impostor.', builtIn.id)));
    await untilIndex(api, () => api.catalogs.problems().some((p) => p.kind === 'clash'), 'the clash is reported');
    const problem = api.catalogs.problems().find((p) => p.kind === 'clash');
    assert.match(problem?.message ?? '', new RegExp(`scl-editor-test-clash\\.json:2:3: catalog id "${builtIn.id}" is already used by a built-in catalog`));
    assert.equal((await api.catalogs.index()).catalog(builtIn.id)?.entries.length, before);
  });

  it('validates catalog files in the editor against the contributed schema', async () => {
    const checked = vscode.Uri.joinPath(catalogFolder, 'scl-editor-schema-check.json');
    await vscode.workspace.fs.writeFile(checked, new TextEncoder().encode(catalogText('Checked by the schema.', 'Not A Valid Id')));
    try {
      const diagnosed = new Promise<vscode.Diagnostic[]>((resolve, reject) => {
        const timer = setTimeout(() => {
          subscription.dispose();
          reject(new Error(`No schema diagnostics for ${checked.path} within 15 s.`));
        }, 15_000);
        const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
          const diagnostics = vscode.languages.getDiagnostics(checked);
          if (event.uris.some((uri) => uri.toString() === checked.toString()) && diagnostics.length > 0) {
            clearTimeout(timer);
            subscription.dispose();
            resolve(diagnostics);
          }
        });
      });
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(checked));
      const diagnostics = await diagnosed;
      assert.ok(
        diagnostics.some((d) => /Must be lower-case letters, digits and hyphens/.test(d.message)),
        `the schema's message for the id: ${diagnostics.map((d) => d.message).join(' | ')}`,
      );
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await vscode.workspace.fs.delete(checked);
    }
  });

  it('reloads on command and reports how many catalogs are in use', async () => {
    const before = (await api.catalogs.index()).size;
    const reported: string[] = [];
    const listening = api.onDidNotify((notification) => reported.push(notification.text));
    try {
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(catalogText('Read by the reload.')));
      // The file watcher waits at least 250 ms before it reads; the command reads the files itself, before it resolves.
      await vscode.commands.executeCommand('statusCodeLens.reloadCatalogs');
      const after = api.catalogs.current;
      assert.equal(after?.catalog(CATALOG_ID)?.entries[0]?.description, 'Read by the reload.', 'the reload read the new file');
      assert.equal(after?.size, before + 1);
      assert.ok(
        reported.some((text) => text.startsWith(`Status Code Lens: ${before + 1} catalogs in use.`)),
        `the report names the number of catalogs in use: ${reported.join(' | ') || 'no message'}`,
      );
    } finally {
      listening.dispose();
    }
  });
});
