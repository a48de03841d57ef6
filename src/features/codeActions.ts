import vscode = require('vscode');
import { errorDetail } from '../services/commands';
import type { Config } from '../config';
import { ignoreEntryFor } from '../core/annotate/channels';
import { parseHex } from '../core/catalog/codeFormat';
import { ignoreNextLineComment } from '../core/annotate/commentSyntax';
import { uiText } from '../core/render/uiText';
import { importedConstantFor } from '../core/annotate/importedConstants';
import { constantsFor, declaresConstants } from '../core/annotate/namedConstants';
import { handledCodes } from '../core/generate/blockInsertion';
import { blockAtLine } from '../core/generate/situation';
import { isQuote } from '../core/recognize/charClasses';
import { isDataLanguage } from '../core/recognize/languages';
import { Recognizer } from '../core/recognize/recognizer';
import { findSwitchBlocks } from '../core/switch/switchBlocks';
import type { SwitchBlock } from '../core/switch/types';
import { summarizeSwitch } from '../core/switch/switchSummary';
import type { DocumentContext, Recognition } from '../core/recognize/types';
import type { AddMissingCasesArgs } from './addMissingCases';
import type { CatalogStore } from '../services/catalogStore';
import { documentContextFor, exclusionReason } from '../services/documentContext';
import { RECOGNITION_SELECTOR } from '../services/selectors';
import type { IgnoreCodeArguments } from './ignoreCode';
import { generateModule } from '../services/lazyCore';

export interface CodeActionDeps {
  readonly config: Config;
  readonly catalogs: CatalogStore;
  readonly log: vscode.LogOutputChannel;
}

const KINDS = [vscode.CodeActionKind.QuickFix, vscode.CodeActionKind.RefactorRewrite];

/**
 * The light bulb: on a switch over codes, "Add the N missing cases" (the
 * `statusCodeLens.addMissingCases` command the summary lens runs); on a
 * recognised code, "Replace 23 with NAME" where the file declares a constant
 * for it above the use (see namedConstants for which declarations count) or
 * imports an HTTP library that names it (see importedConstants), "Silence status-code-lens here" (the ignore comment above the line)
 * and "Never annotate code 23 in this workspace".
 */
export function registerCodeActions(deps: CodeActionDeps): vscode.Disposable {
  const provider: vscode.CodeActionProvider = {
    provideCodeActions: async (document, range, _context, token) => {
      try {
        return await actionsFor(document, range, token, deps);
      } catch (error) {
        deps.log.error(`Code actions failed in ${document.uri.toString(true)}:${range.start.line + 1}: ${errorDetail(error)}`);
        return [];
      }
    },
  };
  return vscode.languages.registerCodeActionsProvider(RECOGNITION_SELECTOR, provider, { providedCodeActionKinds: KINDS });
}

async function actionsFor(
  document: vscode.TextDocument,
  range: vscode.Range,
  token: vscode.CancellationToken,
  deps: CodeActionDeps,
): Promise<vscode.CodeAction[]> {
  const settings = deps.config.get(document);
  if (exclusionReason(document, settings) !== undefined) {
    return [];
  }
  const index = await deps.catalogs.index();
  if (token.isCancellationRequested || index.size === 0) {
    return [];
  }
  const recognizer = Recognizer.for(index, settings);
  const context = documentContextFor(document, recognizer, settings);
  const actions: vscode.CodeAction[] = [];
  const missing = addMissingCasesAction(document, range.start, recognizer, context, settings.codeLensMinConfidence);
  if (missing) {
    actions.push(missing);
  }
  const recognition = recognitionAt(document, range.start, recognizer, context);
  if (recognition) {
    actions.push(...codeActions(document, recognition, settings.ignoreComment));
  }
  return actions;
}

/** The code under the cursor, else the first one on its line, so the bulb works anywhere on the line. */
function recognitionAt(document: vscode.TextDocument, position: vscode.Position, recognizer: Recognizer, context: DocumentContext): Recognition | undefined {
  const lineAt = (line: number) => (line >= 0 && line < document.lineCount ? document.lineAt(line).text : undefined);
  const found = recognizer.recognizeLine(document.lineAt(position.line).text, position.line, context, { lineAt });
  return found.find((r) => r.start <= position.character && position.character <= r.end) ?? found[0];
}

/** Lines read around the cursor for the block it is in, as the command reads them: the bulb asks on every cursor move. */
const LINES_ABOVE = 600;
const LINES_BELOW = 5000;

function addMissingCasesAction(
  document: vscode.TextDocument,
  position: vscode.Position,
  recognizer: Recognizer,
  context: DocumentContext,
  minConfidence: number,
): vscode.CodeAction | undefined {
  if (isDataLanguage(document.languageId)) {
    return undefined;
  }
  const firstLine = Math.max(0, position.line - LINES_ABOVE);
  const windowStart = new vscode.Position(firstLine, 0);
  const text = document.getText(new vscode.Range(windowStart, document.lineAt(Math.min(document.lineCount - 1, position.line + LINES_BELOW)).range.end));
  const blocks: readonly SwitchBlock[] = findSwitchBlocks(text, { languageId: document.languageId });
  // The header line counts as inside, as for the summary lens above it.
  const block = blockAtLine(blocks, position.line - firstLine, document.offsetAt(position) - document.offsetAt(windowStart));
  const summary = block && summarizeSwitch(block, recognizer, context);
  if (!block || !summary || summary.confidence < minConfidence || summary.missing.length === 0) {
    return undefined;
  }
  const generate = generateModule();
  if (!generate.generatorFor(document.languageId) || generate.generationProblem(summary.catalog)) {
    return undefined;
  }
  // The title counts the branches the fix writes, which include deprecated codes the summary leaves out of its total.
  const count = generate.missingBranchCount(summary.catalog, handledCodes(block, summary.catalog));
  const action = new vscode.CodeAction(`Add the ${count} missing case${count === 1 ? '' : 's'} (${summary.catalog.title})`, vscode.CodeActionKind.QuickFix);
  const args: AddMissingCasesArgs = { uri: document.uri, line: firstLine + block.headerLine, catalogId: summary.catalog.id };
  action.command = { title: action.title, command: 'statusCodeLens.addMissingCases', arguments: [args] };
  return action;
}

/** The built-in HTTP catalog, whose codes libraries name. */
const HTTP_CATALOG = 'http';

/** Where a literal is a value in code that a constant can stand for: not in a log's field, in prose or in a comment. */
const REPLACEABLE_FORMS: ReadonlySet<Recognition['form']> = new Set(['assign', 'compare', 'call', 'case', 'argument', 'table']);

/** Whether the literal stands in quotes (`'404': …`): a name there would be text, not the constant. */
function isQuoted(line: string, recognition: Recognition): boolean {
  const before = line.charCodeAt(recognition.start - 1);
  return isQuote(before) && line.charCodeAt(recognition.end) === before;
}

function replacement(document: vscode.TextDocument, literal: vscode.Range, written: string, name: string): vscode.CodeAction {
  const action = new vscode.CodeAction(`Replace ${written} with ${name}`, vscode.CodeActionKind.RefactorRewrite);
  action.edit = new vscode.WorkspaceEdit();
  action.edit.replace(document.uri, literal, name);
  return action;
}

function codeActions(document: vscode.TextDocument, recognition: Recognition, marker: string): vscode.CodeAction[] {
  const actions: vscode.CodeAction[] = [];
  const { code } = recognition;
  const literal = new vscode.Range(recognition.line, recognition.start, recognition.line, recognition.end);
  // The literal as written, `23` or `0x0B`; a word or dotted code is no number a constant could hold.
  const numeric = code !== undefined && (recognition.text === String(code) || parseHex(recognition.text) === code);
  if (numeric && !isQuoted(document.lineAt(recognition.line).text, recognition) && declaresConstants(document.languageId)) {
    const text = document.getText();
    const constant = constantsFor(text, document.languageId, code).find((c) => c.line < recognition.line);
    if (constant) {
      actions.push(replacement(document, literal, recognition.text, constant.name));
    }
    // The constant of an HTTP library the file imports: `http.StatusNotFound`, `HTTPStatus.NOT_FOUND`.
    const imported = REPLACEABLE_FORMS.has(recognition.form) && recognition.candidates[0]?.catalog.id === HTTP_CATALOG ? importedConstantFor(text, document.languageId, code) : undefined;
    if (imported) {
      actions.push(replacement(document, literal, recognition.text, imported.text));
    }
  }
  const comment = ignoreNextLineComment(document.languageId, document.lineAt(recognition.line).text, marker);
  if (comment !== undefined) {
    const action = new vscode.CodeAction('Silence status-code-lens here', vscode.CodeActionKind.QuickFix);
    action.edit = new vscode.WorkspaceEdit();
    action.edit.insert(document.uri, new vscode.Position(recognition.line, 0), comment);
    actions.push(action);
  }
  const ignored = ignoreEntryFor(recognition);
  if (ignored !== undefined) {
    const action = new vscode.CodeAction(`Never annotate code ${uiText(String(ignored), 60)} in this workspace`, vscode.CodeActionKind.QuickFix);
    const args: IgnoreCodeArguments = { code: ignored, uri: document.uri };
    action.command = { title: action.title, command: 'statusCodeLens.ignoreCode', arguments: [args] };
    actions.push(action);
  }
  return actions;
}
