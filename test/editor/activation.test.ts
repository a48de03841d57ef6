import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, EXTENSION_ID, ready } from './helpers';

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

describe('Activation', () => {
  it('activates the extension and returns its API', async () => {
    const api = await activate();
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.equal(extension?.isActive, true);
    assert.equal(typeof api.catalogs.index, 'function');
  });

  it('loads the built-in catalogs through the API', async () => {
    const api = await ready();
    assert.ok(api.catalogs.current, 'an index exists once index() resolved');
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

  it('runs "Show Log" without an error', async () => {
    await activate();
    await vscode.commands.executeCommand('statusCodeLens.showLog');
  });
});
