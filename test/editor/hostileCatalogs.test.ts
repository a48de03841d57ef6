import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { isInertUiText } from '../../src/core/render/uiText';
import type { StatusCodeLensApi } from '../../src/extension';
import { hoverText, openText, positionOf, ready, waitForEvent, withSetting, workspaceFolder } from './helpers';

/**
 * Makes a symbolic link where the extension host is Node; undefined in the
 * web worker host, which has no way to make one. `require` is reached through
 * a variable so that the web bundle of this suite does not try to include it.
 */
function linkMaker(): ((target: string, link: string) => void) | undefined {
  const host = globalThis as { process?: { versions?: { node?: string } }; require?: unknown };
  if (!host.process?.versions?.node || typeof require !== 'function') return undefined;
  const moduleName = 'fs';
  const fs = require(moduleName) as { symlinkSync(target: string, link: string): void };
  return (target, link) => fs.symlinkSync(target, link);
}

function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Under load the editor's file watcher can lag by seconds; the store adds only 250 ms. */
const WATCH_TIMEOUT_MS = 30_000;

function catalogJson(id: string, fields: Record<string, unknown> = {}): string {
  return JSON.stringify(
    {
      id,
      title: `${id} codes`,
      provider: 'Status Code Lens tests',
      kind: 'error',
      source: { url: 'https://example.com/test-codes' },
      context: ['sclHostileCode'],
      entries: [{ code: 987655, name: 'SCL_HOSTILE', description: `Meaning from ${id}.` }],
      ...fields,
    },
    null,
    2,
  );
}

/** Resolves once `accept` holds for the store, checking now and after each change it announces. */
async function until(api: StatusCodeLensApi, accept: () => Promise<boolean>, what: string): Promise<void> {
  if (await accept()) return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`Timed out waiting until ${what}; problems: ${api.catalogs.problems().map((p) => p.message).join(' | ')}`));
    }, WATCH_TIMEOUT_MS);
    const subscription = api.catalogs.onDidChange(() => {
      void accept().then((ok) => {
        if (ok) {
          clearTimeout(timer);
          subscription.dispose();
          resolve();
        }
      });
    });
  });
}

describe('Hostile user catalogs', function () {
  this.timeout(WATCH_TIMEOUT_MS * 3);
  let api: StatusCodeLensApi;
  let catalogFolder: vscode.Uri;
  const written: vscode.Uri[] = [];

  before(async () => {
    api = await ready();
    catalogFolder = vscode.Uri.joinPath(workspaceFolder().uri, '.vscode', 'status-codes');
  });

  beforeEach(async () => {
    await vscode.workspace.fs.createDirectory(catalogFolder);
  });

  afterEach(async () => {
    for (const uri of written.splice(0).reverse()) {
      // A link is deleted itself, not what it points to.
      await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    }
    await api.catalogs.reload();
  });

  /** A file, folder or link that the case owns; it is removed after the case. */
  function own(uri: vscode.Uri): vscode.Uri {
    written.push(uri);
    return uri;
  }

  it('serves hovers and lenses beside a catalog whose channel, provider and words are "constructor"', async () => {
    const file = own(vscode.Uri.joinPath(catalogFolder, 'scl-constructor.json'));
    await vscode.workspace.fs.writeFile(
      file,
      bytes(catalogJson('constructor', {
        provider: 'constructor',
        channel: 'constructor',
        context: ['sclHostileCode', 'constructor', '__proto__'],
        hints: ['constructor', '__proto__'],
        entries: [{ code: 987655, name: 'constructor', aliases: ['__proto__'], description: 'Meaning from constructor.', group: 'toString' }],
      })),
    );
    await until(api, async () => (await api.catalogs.index()).catalog('constructor') !== undefined, 'the "constructor" catalog is served');
    const document = await openText('// constructor __proto__\nwebhook: sclHostileCode=987655\n', 'plaintext');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, '987655', 2));
    assert.match(hoverText(hovers ?? []), /Meaning from constructor/);
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 100)) ?? [];
    const titles = lenses.map((lens) => `${lens.range.start.line}: ${lens.command?.title ?? ''}`);
    assert.ok(titles.some((title) => /^1: 987655/.test(title)), `a lens on the code's line: ${titles.join(' | ')}`);
  });

  it('names a broken catalog whose file name holds a command link in a notification that cannot act', async () => {
    // A warning already on screen holds back the next one; start from none.
    await vscode.commands.executeCommand('notifications.clearAll');
    const file = own(vscode.Uri.joinPath(catalogFolder, '[Fix this catalog](command:workbench.action.terminal.new).json'));
    const notified = waitForEvent(api.onDidNotify, (n) => n.text.includes('Fix this catalog'), WATCH_TIMEOUT_MS);
    await vscode.workspace.fs.writeFile(file, bytes('{ "id": "scl-broken", '));
    const notification = await notified;
    assert.equal(notification.severity, 'warning');
    assert.match(notification.text, /has a problem/);
    assert.ok(isInertUiText(notification.text), `inert: ${JSON.stringify(notification.text)}`);
    assert.doesNotMatch(notification.text, /\[[^\]]+\]\((?:https?:\/\/|command:|file:)/i);
    assert.equal(notification.text.replace(/\u200b/g, '').includes('[Fix this catalog](command:workbench.action.terminal.new).json'), true, 'the name still reads as it is');
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  it('reads no catalog from outside the workspace through its settings or through links, unless the user settings name it', async () => {
    const folder = workspaceFolder().uri;
    // File events for the links arrive at any time; the outside catalog must not be served through them either.
    let outsideAllowed = false;
    const servedEarly: string[] = [];
    const watching = api.catalogs.onDidChange(() => {
      void api.catalogs.index().then((index) => {
        if (!outsideAllowed && index.catalog('scl-outside')) servedEarly.push(index.catalog('scl-outside')!.title);
      });
    });
    const outsideName = `scl-outside-${Date.now()}`;
    const outside = own(vscode.Uri.joinPath(folder, '..', outsideName));
    await vscode.workspace.fs.createDirectory(outside);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(outside, 'outside.json'), bytes(catalogJson('scl-outside')));
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(outside, 'passwd'), bytes('root:x:0:0:scl-secret-marker:/root:/bin/bash\n'));
    const link = linkMaker();
    if (link) {
      // Links to a file and to a folder outside; the web worker host cannot make links, and has the globs to check.
      link(vscode.Uri.joinPath(outside, 'outside.json').fsPath, own(vscode.Uri.joinPath(catalogFolder, 'scl-link.json')).fsPath);
      link(vscode.Uri.joinPath(outside, 'passwd').fsPath, own(vscode.Uri.joinPath(catalogFolder, 'scl-passwd.json')).fsPath);
      link(outside.fsPath, own(vscode.Uri.joinPath(folder, 'scl-linked')).fsPath);
    }
    // A control that must load, so the case proves the scan ran.
    await vscode.workspace.fs.writeFile(own(vscode.Uri.joinPath(catalogFolder, 'scl-inside.json')), bytes(catalogJson('scl-inside')));

    const absolute = `${outside.path}/*.json`;
    const restore = await withSetting('catalogs', [absolute, `../${outsideName}/*.json`, 'scl-linked/*.json', 'scl-linked/**/*.json']);
    try {
      await api.catalogs.reload();
      const index = await api.catalogs.index();
      assert.ok(index.catalog('scl-inside'), 'the catalog inside the workspace is read');
      assert.equal(index.catalog('scl-outside'), undefined, 'no catalog from outside the workspace');
      const messages = api.catalogs.problems().map((p) => p.message);
      assert.ok(!messages.some((m) => /scl-passwd|scl-secret-marker|root:x/.test(m)), `nothing from the linked system file: ${messages.join(' | ')}`);

      assert.deepEqual(servedEarly, [], 'no file event served the outside catalog');

      // The user's own settings may name a folder outside the workspace.
      outsideAllowed = true;
      const section = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('statusCodeLens');
      await section().update('catalogs', [absolute], vscode.ConfigurationTarget.Global);
      try {
        await api.catalogs.reload();
        assert.ok((await api.catalogs.index()).catalog('scl-outside'), 'the user settings may name an outside folder');
      } finally {
        await section().update('catalogs', undefined, vscode.ConfigurationTarget.Global);
      }
    } finally {
      watching.dispose();
      await restore();
    }
  });
});
