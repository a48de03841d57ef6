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

  before(async () => {
    api = await ready();
    vscodeFolder = vscode.Uri.joinPath(workspaceFolder().uri, '.vscode');
    catalogFolder = vscode.Uri.joinPath(vscodeFolder, 'status-codes');
    file = vscode.Uri.joinPath(catalogFolder, `${CATALOG_ID}.json`);
    clashFile = vscode.Uri.joinPath(catalogFolder, 'scl-editor-test-clash.json');
    createdVscodeFolder = !(await exists(vscodeFolder));
    createdCatalogFolder = !(await exists(catalogFolder));
  });

  after(async () => {
    // Leave the fixture workspace as it was: remove only what this suite created.
    for (const uri of [file, clashFile]) {
      if (await exists(uri)) await vscode.workspace.fs.delete(uri);
    }
    if (createdCatalogFolder && (await exists(catalogFolder))) await vscode.workspace.fs.delete(catalogFolder, { recursive: true });
    if (createdVscodeFolder && (await exists(vscodeFolder)) && (await vscode.workspace.fs.readDirectory(vscodeFolder)).length === 0) {
      await vscode.workspace.fs.delete(vscodeFolder, { recursive: true });
    }
    await untilIndex(api, (index) => index.catalog(CATALOG_ID) === undefined, 'the test catalog is gone');
  });

  let document: vscode.TextDocument;

  it('serves a catalog file created in .vscode/status-codes, in hovers too', async () => {
    // Plain text, so that no language server has to start before the hover answers.
    document = await openText(`webhook received: sclTestCode=${CODE}\n`, 'plaintext');
    await vscode.workspace.fs.createDirectory(catalogFolder);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(catalogText('First meaning of the test code.')));
    await untilIndex(api, (index) => descriptionOf(index) === 'First meaning of the test code.', 'the new catalog is served');
    assert.match(await hoverOverCode(document), /First meaning of the test code/);
  });

  it('serves the new text after the file is edited', async () => {
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(catalogText('Second meaning, after an edit.')));
    await untilIndex(api, (index) => descriptionOf(index) === 'Second meaning, after an edit.', 'the edit is served');
    assert.match(await hoverOverCode(document), /Second meaning, after an edit/);
  });

  it('keeps serving the last good version while the file is broken, and reports where it is broken', async () => {
    const broken = catalogText('Third meaning, never valid.').replace('"kind": "error",', '"kind": "error"');
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(broken));
    await untilIndex(api, () => api.catalogs.problems().some((p) => p.file.endsWith(`${CATALOG_ID}.json`)), 'the broken file is reported');
    const problem = api.catalogs.problems().find((p) => p.file.endsWith(`${CATALOG_ID}.json`));
    assert.equal(problem?.kind, 'json');
    assert.equal(problem?.line, 6);
    assert.match(problem?.message ?? '', /scl-editor-test-codes\.json:6:\d+: invalid JSON: expected ',' or '}' after a property value/);
    assert.equal(descriptionOf(await api.catalogs.index()), 'Second meaning, after an edit.', 'the last good version keeps serving');
    assert.match(await hoverOverCode(document), /Second meaning, after an edit/);
  });

  it('serves the file again once it is fixed, and forgets the problem', async () => {
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(catalogText('Fourth meaning, fixed again.')));
    await untilIndex(api, (index) => descriptionOf(index) === 'Fourth meaning, fixed again.', 'the fixed file is served');
    assert.equal(
      api.catalogs.problems().some((p) => p.file.endsWith(`${CATALOG_ID}.json`)),
      false,
      'the problem is gone once the file is fixed',
    );
  });

  it('drops the catalog when its file is deleted', async () => {
    await vscode.workspace.fs.delete(file);
    await untilIndex(api, (index) => index.catalog(CATALOG_ID) === undefined, 'the deleted catalog is gone');
    assert.doesNotMatch(await hoverOverCode(document), /Fourth meaning/);
  });

  it('refuses a user catalog that takes the id of a built-in one, and keeps the built-in', async () => {
    const builtIn = (await api.catalogs.index()).catalogs[0];
    assert.ok(builtIn, 'there is a built-in catalog');
    const before = builtIn.entries.length;
    await vscode.workspace.fs.createDirectory(catalogFolder);
    await vscode.workspace.fs.writeFile(clashFile, new TextEncoder().encode(catalogText('An impostor.', builtIn.id)));
    await untilIndex(api, () => api.catalogs.problems().some((p) => p.kind === 'clash'), 'the clash is reported');
    const problem = api.catalogs.problems().find((p) => p.kind === 'clash');
    assert.match(problem?.message ?? '', new RegExp(`scl-editor-test-clash\\.json:2:3: catalog id "${builtIn.id}" is already used by a built-in catalog`));
    assert.equal((await api.catalogs.index()).catalog(builtIn.id)?.entries.length, before);
    await vscode.workspace.fs.delete(clashFile);
    await untilIndex(api, () => !api.catalogs.problems().some((p) => p.kind === 'clash'), 'the clash is gone with its file');
  });

  it('validates catalog files in the editor against the contributed schema', async () => {
    const checked = vscode.Uri.joinPath(catalogFolder, 'scl-editor-schema-check.json');
    await vscode.workspace.fs.createDirectory(catalogFolder);
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
    await vscode.commands.executeCommand('statusCodeLens.reloadCatalogs');
    assert.equal((await api.catalogs.index()).size, before);
  });
});
