import vscode = require('vscode');
import { registerCommand } from '../services/commands';
import { askModal, showError, showInfo } from '../services/notifier';
import { formatCatalog, identityProblem, scaffoldCatalog, suggestId, type CatalogIdentity } from '../core/import/scaffold';
import type { CatalogStore } from '../services/catalogStore';

/** The folder, inside a workspace folder, that is read for catalogs without any setting. */
const CATALOG_FOLDER = ['.vscode', 'status-codes'];

/**
 * `Status Code Lens: New Catalog…`: asks for a title, an id and a provider,
 * writes `.vscode/status-codes/<id>.json` from the template and opens it.
 */
export function registerNewCatalog(extensionUri: vscode.Uri, store: CatalogStore, log: vscode.LogOutputChannel): vscode.Disposable {
  return registerCommand('statusCodeLens.newCatalog', 'Creating the catalog', log, async () => {
    const folder = await pickWorkspaceFolder();
    if (!folder) {
      return;
    }
    const template = await readTemplate(extensionUri);
    const identity = await askIdentity(template, await store.knownIds(), 'New Catalog');
    if (!identity) {
      return;
    }
    const uri = await writeCatalogFile(folder, identity.id, formatCatalog(scaffoldCatalog(template, identity)));
    if (uri) {
      await vscode.window.showTextDocument(uri);
      log.info(`New catalog "${identity.id}" written to ${vscode.workspace.asRelativePath(uri)}.`);
      warnIfUntrusted();
    }
  });
}

/** The template catalog shipped in `resources/`, as data. */
export async function readTemplate(extensionUri: vscode.Uri): Promise<unknown> {
  const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'resources', 'catalog-template.json'));
  return JSON.parse(new TextDecoder().decode(bytes)) as unknown;
}

/** The workspace folder to write into: the only one, or the one the user picks; undefined when there is none or the user cancels. */
export async function pickWorkspaceFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void showError('Status Code Lens: open a folder first; catalog files are kept in its .vscode/status-codes folder.');
    return undefined;
  }
  if (folders.length === 1) {
    return folders[0];
  }
  return vscode.window.showWorkspaceFolderPick({ placeHolder: 'Workspace folder for the catalog file' });
}

/** Asks for title, id (suggested from the title) and provider, each checked against the schema as it is typed. */
export async function askIdentity(template: unknown, takenIds: ReadonlySet<string>, title: string, suggestedTitle = ''): Promise<CatalogIdentity | undefined> {
  const catalogTitle = await vscode.window.showInputBox({
    title: `${title} (1/3)`,
    prompt: 'Title of the code table, e.g. "Acme Payments API errors"',
    value: suggestedTitle,
    ignoreFocusOut: true,
    validateInput: (value) => identityProblem(template, 'title', value.trim()),
  });
  if (catalogTitle === undefined) {
    return undefined;
  }
  const id = await vscode.window.showInputBox({
    title: `${title} (2/3)`,
    prompt: 'Catalog id: lower-case words joined by hyphens. Settings such as statusCodeLens.disabledCatalogs use it.',
    value: suggestId(catalogTitle),
    ignoreFocusOut: true,
    validateInput: (value) => identityProblem(template, 'id', value.trim(), takenIds),
  });
  if (id === undefined) {
    return undefined;
  }
  const provider = await vscode.window.showInputBox({
    title: `${title} (3/3)`,
    prompt: 'Who defines these codes, e.g. your company or the API provider',
    ignoreFocusOut: true,
    validateInput: (value) => identityProblem(template, 'provider', value.trim()),
  });
  if (provider === undefined) {
    return undefined;
  }
  return { id: id.trim(), title: catalogTitle.trim(), provider: provider.trim() };
}

/**
 * Writes `.vscode/status-codes/<id>.json` in `folder`. An existing file is
 * replaced only when the user says so; undefined when nothing was written.
 */
export async function writeCatalogFile(folder: vscode.WorkspaceFolder, id: string, text: string): Promise<vscode.Uri | undefined> {
  const directory = vscode.Uri.joinPath(folder.uri, ...CATALOG_FOLDER);
  const uri = vscode.Uri.joinPath(directory, `${id}.json`);
  // Some virtual workspaces of vscode.dev and github.dev are read-only; say so instead of letting the write fail obscurely.
  if (vscode.workspace.fs.isWritableFileSystem(folder.uri.scheme) === false) {
    throw new Error(`the folder "${folder.name}" is on a read-only file system (${folder.uri.scheme}), so no catalog file can be written there; open a writable folder or copy the catalog by hand`);
  }
  if (await exists(uri)) {
    const replace = 'Replace';
    const choice = await askModal(`${vscode.workspace.asRelativePath(uri)} already exists. Replace it?`, replace);
    if (choice !== replace) {
      return undefined;
    }
  }
  await vscode.workspace.fs.createDirectory(directory);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

export function warnIfUntrusted(): void {
  if (!vscode.workspace.isTrusted) {
    void showInfo('Status Code Lens: catalog files in this workspace are used once you trust it.');
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
