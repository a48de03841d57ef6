import vscode = require('vscode');
import { registerCommand } from '../services/commands';
import { showInfo, showWarning } from '../services/notifier';
import { uiText } from '../core/render/uiText';
import { formatCatalog, scaffoldCatalog } from '../core/import/scaffold';
import type { ImportedTable } from '../core/import/table';
import type { CatalogStore } from '../services/catalogStore';
import { tableImportModule } from '../services/lazyCore';
import { askIdentity, pickWorkspaceFolder, readTemplate, warnIfUntrusted, writeCatalogFile } from './newCatalog';

interface TableSource {
  readonly label: string;
  readonly table: ImportedTable;
  /** A title to suggest, e.g. from the name of the file the table came from. */
  readonly title: string;
}

/** Pasted text larger than this is not a table someone copied from documentation; reading it could stall the editor. */
const MAX_TABLE_CHARS = 2_000_000;

/**
 * `Status Code Lens: Import Catalog from Table…`: turns a table of codes
 * (Markdown, CSV, TSV, pipe rows or plain lines; codes written as numbers,
 * hex, dotted or words) from the selection, the active editor or the
 * clipboard into a catalog file, reports the rows it could not read and opens
 * the file for review.
 */
export function registerImportCatalog(extensionUri: vscode.Uri, store: CatalogStore, log: vscode.LogOutputChannel): vscode.Disposable {
  return registerCommand('statusCodeLens.importCatalog', 'Importing the table', log, async () => {
    const source = await chooseSource();
    if (!source) {
      return;
    }
    const folder = await pickWorkspaceFolder();
    if (!folder) {
      return;
    }
    const template = await readTemplate(extensionUri);
    const identity = await askIdentity(template, await store.knownIds(), `Import ${codesText(source.table)}`, source.title);
    if (!identity) {
      return;
    }
    const { codeFormat, codeWidth } = source.table;
    const uri = await writeCatalogFile(folder, identity.id, formatCatalog(scaffoldCatalog(template, identity, source.table.entries, { codeFormat, codeWidth })));
    if (!uri) {
      return;
    }
    await vscode.window.showTextDocument(uri);
    const file = vscode.workspace.asRelativePath(uri);
    const { problems, format } = source.table;
    log.info(`Imported ${codesText(source.table)} from ${source.label} (${format}) into ${file}.`);
    for (const problem of problems) {
      log.warn(`Import into ${file}: line ${problem.line} of the table: ${problem.message}.`);
    }
    const review = 'Check kind, context and source.url, which come from the template.';
    if (problems.length === 0) {
      void showInfo(`Status Code Lens: imported ${codesText(source.table)} into ${file}. ${review}`);
    } else {
      void showWarning(
          `Status Code Lens: imported ${codesText(source.table)} into ${file}; ${problems.length} row${problems.length === 1 ? '' : 's'} could not be read as they are. ${review}`,
          'Show details',
        )
        .then((choice) => {
          if (choice) {
            log.show(true);
          }
        });
    }
    warnIfUntrusted();
  });
}

/**
 * The selection when there is one; otherwise the active editor or the
 * clipboard, whichever holds a table (the user picks when both do). Without
 * any table, an empty editor is opened to paste one into.
 */
async function chooseSource(): Promise<TableSource | undefined> {
  const editor = vscode.window.activeTextEditor;
  const title = editor && !editor.document.isUntitled ? fileTitle(editor.document.uri) : '';
  const selected = editor?.selections.filter((s) => !s.isEmpty).map((s) => editor.document.getText(s)).join('\n') ?? '';
  if (selected.trim() !== '') {
    const table = read(selected);
    if (table.entries.length === 0) {
      void showWarning(`Status Code Lens: the selection holds no table rows with a code. ${ACCEPTED_CODES}`);
      return undefined;
    }
    return { label: 'the selection', table, title };
  }
  const sources: TableSource[] = [];
  if (editor) {
    const table = read(editor.document.getText());
    if (table.entries.length > 0) {
      sources.push({ label: `the editor (${vscode.workspace.asRelativePath(editor.document.uri)})`, table, title });
    }
  }
  const clipboardText = await readClipboard();
  const clipboard = read(clipboardText ?? '');
  if (clipboard.entries.length > 0) {
    sources.push({ label: 'the clipboard', table: clipboard, title: '' });
  }
  if (sources.length === 0) {
    const open = 'Open an Editor to Paste Into';
    const choice = await showInfo(
      `Status Code Lens: no table of codes found in the selection, the editor or the clipboard.${clipboardText === undefined || (clipboardText === '' && vscode.env.uiKind === vscode.UIKind.Web) ? CLIPBOARD_REFUSED : ''} Paste one (Markdown, CSV, TSV or plain lines, with code, name and description columns) into an editor and run the command again. ${ACCEPTED_CODES}`,
      open,
    );
    if (choice === open) {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content: '', language: 'markdown' }));
    }
    return undefined;
  }
  if (sources.length === 1) {
    return sources[0];
  }
  const picked = await vscode.window.showQuickPick(
    sources.map((source) => ({ label: uiText(`From ${source.label}`), description: uiText(`${codesText(source.table)}, ${source.table.format}`), source })),
    { placeHolder: 'Which table should become a catalog?' },
  );
  return picked?.source;
}

/** What the importer reads as codes, for the messages that find none. */
const ACCEPTED_CODES = 'Codes may be numbers (404, ranges such as 34-37), hex (0x0000000B), dotted (5.1.1, X.1.1) or upper-case words (UNDELIV; words in lower case under a header such as "Status").';

/** `12 codes`, or `12 hex codes` for a table whose codes are not decimal numbers. */
function codesText(table: ImportedTable): string {
  const kind = { decimal: '', hex: 'hex ', dotted: 'dotted ', name: 'word ' }[table.codeFormat];
  return `${table.entries.length} ${kind}code${table.entries.length === 1 ? '' : 's'}`;
}

function read(text: string): ImportedTable {
  return tableImportModule().parseTable(text.length > MAX_TABLE_CHARS ? text.slice(0, MAX_TABLE_CHARS) : text);
}

function fileTitle(uri: vscode.Uri): string {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  return name.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ');
}

/** In a browser the page must be allowed to read the clipboard; a refusal reads as an error or, in VS Code for the Web, as empty text. */
const CLIPBOARD_REFUSED = ' (The clipboard could not be read: the browser may have refused this page access to it; allow clipboard access for the site or paste the table into an editor.)';

async function readClipboard(): Promise<string | undefined> {
  try {
    return await vscode.env.clipboard.readText();
  } catch {
    return undefined;
  }
}
