import vscode = require('vscode');
import { errorDetail, registerCommand } from '../services/commands';
import { showInfo } from '../services/notifier';
import { Delayer } from '../core/util/delayer';
import { withDottedParts } from '../core/render/shownCode';
import type { CatalogStore } from '../services/catalogStore';
import type { CodeFinder } from '../services/codeAtCursor';
import type { DetailView } from './detailView';

export interface ExplainDependencies {
  readonly catalogs: CatalogStore;
  readonly codes: CodeFinder;
  readonly detailView: DetailView;
  readonly log: vscode.LogOutputChannel;
}

/** Where to explain: the CodeLens passes this; without it the active editor's cursor is used. */
export interface ExplainTarget {
  readonly uri: vscode.Uri | string;
  readonly line: number;
  readonly character: number;
}

/** The context key that shows "Explain Code at Cursor" in the editor's context menu. */
export const ON_CODE_CONTEXT_KEY = 'statusCodeLens.onCode';
/** Cursor moves are settled for this long before the context key is updated. */
const CONTEXT_KEY_DELAY_MS = 150;

/**
 * `statusCodeLens.explain`: the detail view for the code at the cursor (or
 * at `{ uri, line, character }`), the best meaning first and the others
 * selectable. Resolves with the Markdown of what is shown, or undefined with
 * a message when there is no code there.
 */
export function registerExplain(deps: ExplainDependencies): vscode.Disposable {
  const command = registerCommand('statusCodeLens.explain', 'Explaining the code', deps.log, async (argument?: unknown): Promise<string | undefined> => explain(deps, argument));
  return vscode.Disposable.from(command, trackCodeAtCursor(deps));
}

async function explain(deps: ExplainDependencies, argument: unknown): Promise<string | undefined> {
  const target = await resolveTarget(argument, deps.log);
  if (!target) {
    void showInfo('Status Code Lens: put the cursor on a status or error code in an editor to explain it.');
    return undefined;
  }
  const { document, position, editor } = target;
  const index = await deps.catalogs.index();
  const found = deps.codes.at(document, position, index, true);
  if (!found) {
    const lookUp = 'Look Up Code…';
    void showInfo('Status Code Lens: no status or error code is recognised at the cursor. Look a code up by number, name or words instead.', lookUp)
      .then((choice) => (choice === lookUp ? vscode.commands.executeCommand('statusCodeLens.lookup') : undefined));
    return undefined;
  }
  return deps.detailView.show(withDottedParts(index, found.text, found.matches), 0, editor);
}

async function resolveTarget(
  argument: unknown,
  log: vscode.LogOutputChannel,
): Promise<{ document: vscode.TextDocument; position: vscode.Position; editor: vscode.TextEditor | undefined } | undefined> {
  if (argument !== null && typeof argument === 'object' && 'uri' in argument) {
    const { uri, line, character } = argument as Partial<ExplainTarget>;
    const parsed = uri instanceof vscode.Uri ? uri : typeof uri === 'string' ? vscode.Uri.parse(uri, true) : undefined;
    if (!parsed || typeof line !== 'number' || typeof character !== 'number' || line < 0 || character < 0) {
      log.warn(`Explain Code at Cursor was called with an unusable position: ${JSON.stringify(argument).slice(0, 200)}`);
      return undefined;
    }
    const document = await vscode.workspace.openTextDocument(parsed);
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
    return { document, position: document.validatePosition(new vscode.Position(line, character)), editor };
  }
  const editor = vscode.window.activeTextEditor;
  return editor ? { document: editor.document, position: editor.selection.active, editor } : undefined;
}

/**
 * Keeps `statusCodeLens.onCode` true while the cursor of the active editor
 * rests on a recognised code, in documents the settings do not exclude.
 * Updates wait for the cursor to settle, use only catalogs already loaded,
 * recognise a single line, and touch the context only when the value changes.
 */
function trackCodeAtCursor(deps: ExplainDependencies): vscode.Disposable {
  const delayer = new Delayer(CONTEXT_KEY_DELAY_MS);
  let current = false;
  const set = (value: boolean): void => {
    if (value !== current) {
      current = value;
      void vscode.commands.executeCommand('setContext', ON_CODE_CONTEXT_KEY, value);
    }
  };
  const update = (): void => {
    const editor = vscode.window.activeTextEditor;
    const index = deps.catalogs.current;
    if (!editor || !index || !editor.selection.isSingleLine || deps.codes.isExcluded(editor.document)) {
      set(false);
      return;
    }
    try {
      set(deps.codes.at(editor.document, editor.selection.active, index, false) !== undefined);
    } catch (error) {
      deps.log.error(`Checking for a code at the cursor failed: ${errorDetail(error)}`);
      set(false);
    }
  };
  const schedule = (): void => delayer.trigger(update);
  return vscode.Disposable.from(
    vscode.window.onDidChangeTextEditorSelection(schedule),
    vscode.window.onDidChangeActiveTextEditor(schedule),
    deps.catalogs.onDidChange(schedule),
    delayer,
  );
}
