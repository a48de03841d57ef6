import vscode = require('vscode');
import { registerCommand } from '../services/commands';
import { showInfo } from '../services/notifier';
import type { Config } from '../config';
import { blockAtLine } from '../core/generate/situation';
import { Recognizer } from '../core/recognize/recognizer';
import { findSwitchBlocks } from '../core/switch/switchBlocks';
import { rankSwitchCatalogs } from '../core/switch/switchSummary';
import type { CatalogStore } from '../services/catalogStore';
import { documentContextFor } from '../services/documentContext';
import { generateModule } from '../services/lazyCore';

export interface AddMissingCasesDeps {
  readonly config: Config;
  readonly catalogs: CatalogStore;
  readonly log: vscode.LogOutputChannel;
}

/** What the "handles N of M" lens passes; every part is optional from the palette (active editor, cursor line, best catalog). */
export interface AddMissingCasesArgs {
  readonly uri?: string | vscode.Uri;
  /** 0-based line of the block's header, or any line inside the block. */
  readonly line?: number;
  readonly catalogId?: string;
}

/** Lines read above the given line (for a line inside the block) and below it (for the body). */
const LINES_ABOVE = 600;
const LINES_BELOW = 5000;

/**
 * `statusCodeLens.addMissingCases`: inserts, as a snippet, the branches of
 * the codes a `switch`/`match`/`when` does not handle yet, before its
 * fallback branch or its closing line, written the way its labels are.
 * Resolves to whether anything was inserted.
 */
export function registerAddMissingCases(deps: AddMissingCasesDeps): vscode.Disposable {
  return registerCommand('statusCodeLens.addMissingCases', 'Adding the missing cases', deps.log, async (args?: AddMissingCasesArgs) => addMissingCases(args ?? {}, deps), false);
}

async function addMissingCases(args: AddMissingCasesArgs, deps: AddMissingCasesDeps): Promise<boolean> {
  const uri = typeof args.uri === 'string' ? vscode.Uri.parse(args.uri) : (args.uri ?? vscode.window.activeTextEditor?.document.uri);
  if (!uri) {
    void showInfo('Open a file and put the cursor in a switch, match or when block over codes.');
    return false;
  }
  const document = await vscode.workspace.openTextDocument(uri);
  const { generatorFor, missingCasesEdit } = generateModule();
  const generator = generatorFor(document.languageId);
  if (!generator) {
    void showInfo(`Status Code Lens cannot write cases in ${document.languageId} files.`);
    return false;
  }
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === document) ?? (await vscode.window.showTextDocument(document));
  const line = Math.min(Math.max(0, args.line ?? editor.selection.active.line), document.lineCount - 1);
  const firstLine = Math.max(0, line - LINES_ABOVE);
  const windowStart = new vscode.Position(firstLine, 0);
  const text = document.getText(new vscode.Range(windowStart, document.lineAt(Math.min(document.lineCount - 1, line + LINES_BELOW)).range.end));
  const base = document.offsetAt(windowStart);
  const block = blockAtLine(findSwitchBlocks(text, { languageId: document.languageId }), line - firstLine, document.offsetAt(new vscode.Position(line, 0)) - base);
  if (!block) {
    void showInfo(`No switch, match or when block at line ${line + 1}.`);
    return false;
  }

  const index = await deps.catalogs.index();
  const settings = deps.config.get(document);
  const recognizer = Recognizer.for(index, settings);
  const catalog = args.catalogId !== undefined ? index.catalog(args.catalogId) : rankSwitchCatalogs(block, recognizer, documentContextFor(document, recognizer, settings))[0]?.catalog;
  if (!catalog) {
    void showInfo(args.catalogId !== undefined ? `No catalog "${args.catalogId}" is loaded.` : 'Status Code Lens cannot tell which codes this block is over.');
    return false;
  }
  const problem = generateModule().generationProblem(catalog);
  if (problem) {
    void showInfo(problem);
    return false;
  }
  const edit = missingCasesEdit(text, block, catalog, generator);
  if (!edit) {
    void showInfo(`This block already handles every ${catalog.title} code.`);
    return false;
  }
  deps.log.info(`Adding ${edit.branches} missing ${catalog.id} branches at ${document.uri.toString(true)}:${line + 1}.`);
  return editor.insertSnippet(new vscode.SnippetString(edit.snippet), document.positionAt(base + edit.offset));
}
