import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, fixtureUri, openFixture, positionOf, ready, showFixture } from './helpers';

interface Manifest {
  readonly contributes: {
    readonly commands: readonly { readonly command: string; readonly title?: string; readonly category?: string }[];
    readonly menus: Readonly<Record<string, readonly { readonly command: string; readonly when?: string }[]>>;
  };
}

const LOOKUP_COMMANDS = ['statusCodeLens.lookup', 'statusCodeLens.explain', 'statusCodeLens.browseCatalogs'];

/** Markdown without its escaping backslashes, so assertions read like the rendered text. */
function plain(markdown: string | undefined): string {
  return (markdown ?? '').replace(/\\(.)/g, '$1');
}

describe('Lookup, explain and browse', () => {
  before(async () => {
    await ready();
  });

  afterEach(async () => {
    // The detail view opens beside the editor; close everything so each test starts alike.
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('registers the commands and contributes them with titles and the category', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as Manifest;
    for (const id of LOOKUP_COMMANDS) {
      assert.ok(registered.has(id), `${id} is registered`);
      const contributed = manifest.contributes.commands.find((c) => c.command === id);
      assert.ok(contributed?.title && contributed.title.length > 0, `${id} has a title`);
      assert.equal(contributed.category, 'Status Code Lens', `${id} has the category`);
    }
    const menu = manifest.contributes.menus['editor/context'] ?? [];
    assert.ok(
      menu.some((item) => item.command === 'statusCodeLens.explain' && item.when === 'statusCodeLens.onCode'),
      'explain is on the editor context menu only when the cursor is on a code',
    );
  });

  it('explains the code at a position passed as the CodeLens passes it', async () => {
    const document = await openFixture('lookup/clickatellCallback.ts');
    const position = positionOf(document, '=== 23', 4);
    const markdown = await vscode.commands.executeCommand<string | undefined>('statusCodeLens.explain', {
      uri: document.uri,
      line: position.line,
      character: position.character,
    });
    const text = plain(markdown);
    assert.match(text, /^### `23` DELIVERY_FAILURE$/m, 'the Clickatell message status comes first');
    assert.match(text, /Error delivering message\./);
    assert.match(text, /Clickatell One API message statuses/);
    assert.match(text, /#### Also means\n\n- `23`: Invalid or missing parameter/, 'the Clickatell error with the same code is listed too');
  });

  it('explains the code under the cursor of the active editor', async () => {
    const editor = await showFixture('lookup/webex-whatsapp.log');
    const position = positionOf(editor.document, '7871', 1);
    editor.selection = new vscode.Selection(position, position);
    const markdown = await vscode.commands.executeCommand<string | undefined>('statusCodeLens.explain');
    const text = plain(markdown);
    assert.match(text, /^### `7871`$/m);
    assert.match(text, /Message Undeliverable/);
    assert.match(text, /Webex Connect WhatsApp status codes/);
  });

  it('returns nothing where there is no code', async () => {
    const document = await openFixture('lookup/webex-whatsapp.log');
    const position = positionOf(document, '1532', 1);
    const markdown = await vscode.commands.executeCommand<string | undefined>('statusCodeLens.explain', {
      uri: fixtureUri('lookup/webex-whatsapp.log').toString(),
      line: position.line,
      character: position.character,
    });
    assert.equal(markdown, undefined);
  });

  it('looks up a code and opens the best match when asked to', async () => {
    const markdown = await vscode.commands.executeCommand<string | undefined>('statusCodeLens.lookup', { query: '7871', showBest: true });
    assert.match(plain(markdown), /^### `7871`$/m);
    assert.match(plain(markdown), /Message Undeliverable/);

    const byOldName = await vscode.commands.executeCommand<string | undefined>('statusCodeLens.lookup', { query: 'STOPPED_BY_ADMIN', showBest: true });
    assert.match(plain(byOldName), /^### `22` STOPPED_BY$/m);
    assert.match(plain(byOldName), /Also named:\*\* `STOPPED_BY_ADMIN`/);
  });

  it('shows the look-up picker and resolves with nothing when it is dismissed', async () => {
    let settled = false;
    const shown = vscode.commands.executeCommand<string | undefined>('statusCodeLens.lookup', 'template paused').then((value) => {
      settled = true;
      return value;
    });
    // The picker opens after the command's own awaits; close the quick input until the command reports it was dismissed.
    for (let attempt = 0; !settled && attempt < 500; attempt++) {
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
      // A macrotask turn, as in both hosts: the web worker has no setImmediate.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    assert.ok(settled, 'the command ended when its picker was closed');
    assert.equal(await shown, undefined);
  });
});
