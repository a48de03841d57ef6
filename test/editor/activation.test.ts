import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, afterEvent, EXTENSION_ID, ready, waitForEvent } from './helpers';

interface ContributedCommand {
  readonly command: string;
  readonly title?: string;
  readonly category?: string;
}

function contributedCommands(): ContributedCommand[] {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is loaded`);
  const commands = (extension.packageJSON as { contributes?: { commands?: ContributedCommand[] } }).contributes?.commands;
  assert.ok(Array.isArray(commands) && commands.length > 0, 'the manifest contributes commands');
  return commands;
}

/**
 * The ids of the catalog files the extension ships: every JSON file in its catalogs/ folder but the schema,
 * read through the editor's file system so the web worker run reads them too.
 */
async function shippedCatalogIds(): Promise<string[]> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is loaded`);
  const dir = vscode.Uri.joinPath(extension.extensionUri, 'catalogs');
  const names = (await vscode.workspace.fs.readDirectory(dir)).map(([name]) => name).filter((name) => name.endsWith('.json') && name !== 'schema.json');
  const texts = await Promise.all(names.map(async (name) => new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dir, name)))));
  return texts.map((text) => (JSON.parse(text) as { id: string }).id);
}

/** Whether an editor showing the extension's output channel is visible (the Output view is an editor on an `output:` document). */
function logIsVisible(editors: readonly vscode.TextEditor[]): boolean {
  return editors.some(({ document: { uri } }) => {
    const text = decodeURIComponent(uri.toString());
    return uri.scheme === 'output' && (text.includes(EXTENSION_ID) || text.includes('Status Code Lens'));
  });
}

describe('Activation', () => {
  it('activates the extension and returns its API', async () => {
    const api = await activate();
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.equal(extension?.isActive, true);
    assert.equal(typeof api.catalogs.index, 'function');
  });

  it('loads the built-in catalogs through the API', async () => {
    const api = await ready();
    const index = api.catalogs.current;
    assert.ok(index, 'an index exists once index() resolved');
    const shipped = await shippedCatalogIds();
    assert.ok(shipped.length > 0, 'the extension ships catalog files');
    assert.deepEqual(shipped.filter((id) => index.catalog(id) === undefined), [], 'shipped catalogs missing from the index');
    assert.equal(index.catalogs.filter((catalog) => shipped.includes(catalog.id)).length, shipped.length);
    const delivery = index.byCode(23).find((match) => match.catalog.id === 'clickatell-one-api-message-status');
    assert.equal(delivery?.entry.name, 'DELIVERY_FAILURE');
  });

  it('registers every contributed command', async () => {
    await activate();
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributedCommands()
      .map((c) => c.command)
      .filter((id) => !registered.has(id));
    assert.deepEqual(missing, [], 'contributed commands without a registration');
  });

  it('gives every command a title and the category "Status Code Lens"', () => {
    for (const command of contributedCommands()) {
      assert.ok(command.command.startsWith('statusCodeLens.'), `${command.command} is prefixed statusCodeLens.`);
      assert.ok(command.title && command.title.trim().length > 0, `${command.command} has a title`);
      assert.equal(command.category, 'Status Code Lens', `${command.command} has the category`);
    }
  });

  it('shows its log in the Output view on "Show Log"', async () => {
    await activate();
    // Start from a closed panel, so only the command can make the log visible.
    await vscode.commands.executeCommand('workbench.action.closePanel');
    if (logIsVisible(vscode.window.visibleTextEditors)) {
      await waitForEvent(vscode.window.onDidChangeVisibleTextEditors, (editors) => !logIsVisible(editors));
    }
    await afterEvent(vscode.window.onDidChangeVisibleTextEditors, () => vscode.commands.executeCommand('statusCodeLens.showLog'), logIsVisible).catch((error: unknown) => {
      const visible = vscode.window.visibleTextEditors.map((editor) => editor.document.uri.toString()).join(', ') || 'none';
      throw new Error(`The log did not become visible; visible editors: ${visible}`, { cause: error });
    });
    assert.ok(logIsVisible(vscode.window.visibleTextEditors));
  });
});
