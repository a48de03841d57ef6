import vscode = require('vscode');
import { registerCommand } from '../services/commands';
import { showWarning } from '../services/notifier';
import { uiText } from '../core/render/uiText';
import type { Config } from '../config';
import type { CatalogIndex } from '../core/catalog/catalogIndex';
import type { Catalog } from '../core/catalog/types';
import type { LanguageGenerator } from '../core/generate/index';
import { Recognizer } from '../core/recognize/recognizer';
import { kindLabel, providerLabel } from '../core/render/labels';
import type { CatalogStore } from '../services/catalogStore';
import { documentContextFor } from '../services/documentContext';
import { generateModule } from '../services/lazyCore';

export interface GenerateHandlerDeps {
  readonly config: Config;
  readonly catalogs: CatalogStore;
  readonly log: vscode.LogOutputChannel;
}

/** Optional arguments, e.g. from the detail view's "Generate handler" button. */
export interface GenerateHandlerArgs {
  readonly catalogId?: string;
  readonly languageId?: string;
}

/**
 * What a new, empty document of a language needs before the generated code
 * so that it is a valid file on its own.
 */
const FILE_PROLOGUE: ReadonlyMap<string, string> = new Map([
  ['php', '<?php\n\n'],
  ['go', 'package codes\n\n'],
]);

/**
 * `Status Code Lens: Generate Handler…`: asks for a catalog (and a language
 * when the editor's has no generator), then inserts the type, the code
 * lookup and the exhaustive handler at the cursor as a snippet, or into a
 * new document when there is no editor in that language. Resolves to whether
 * code was inserted.
 */
export function registerGenerateHandler(deps: GenerateHandlerDeps): vscode.Disposable {
  return registerCommand('statusCodeLens.generateHandler', 'Generating the handler', deps.log, async (args?: GenerateHandlerArgs) => generate(args ?? {}, deps), false);
}

async function generate(args: GenerateHandlerArgs, deps: GenerateHandlerDeps): Promise<boolean> {
  const index = await deps.catalogs.index();
  if (index.size === 0) {
    void showWarning('No catalogs are loaded, so there is nothing to generate a handler from.');
    return false;
  }
  const editor = vscode.window.activeTextEditor;
  let catalog: Catalog | undefined;
  if (args.catalogId !== undefined) {
    catalog = index.catalog(args.catalogId);
    if (!catalog) {
      void showWarning(`No catalog "${args.catalogId}" is loaded.`);
      return false;
    }
  } else {
    catalog = await pickCatalog(index, editor?.document, deps);
  }
  if (!catalog) {
    return false;
  }
  const problem = generateModule().generationProblem(catalog);
  if (problem) {
    void showWarning(problem);
    return false;
  }
  const languageId = args.languageId ?? editor?.document.languageId;
  const { generateHandler, generatorFor } = generateModule();
  const generator = (languageId !== undefined ? generatorFor(languageId) : undefined) ?? (await pickLanguage(languageId));
  if (!generator) {
    return false;
  }
  // A tab per level: the editor turns it into the document's own indentation.
  const { snippet } = generateHandler(catalog, generator, { indent: '\t' });
  let target = editor && generator.languageIds.includes(editor.document.languageId) ? editor : undefined;
  if (!target) {
    const document = await vscode.workspace.openTextDocument({ language: generator.languageIds[0] ?? generator.id, content: FILE_PROLOGUE.get(generator.id) ?? '' });
    target = await vscode.window.showTextDocument(document);
    const end = document.lineAt(document.lineCount - 1).range.end;
    target.selection = new vscode.Selection(end, end);
  }
  deps.log.info(`Generating a ${generator.label} handler for ${catalog.id} in ${target.document.uri.toString(true)}.`);
  return target.insertSnippet(new vscode.SnippetString(snippet), target.selection.active);
}

/** Catalogs the document mentions first (by hint weight), then the rest by title. */
async function pickCatalog(index: CatalogIndex, document: vscode.TextDocument | undefined, deps: GenerateHandlerDeps): Promise<Catalog | undefined> {
  let hinted: ReadonlyMap<string, number> = new Map();
  if (document) {
    const settings = deps.config.get(document);
    hinted = documentContextFor(document, Recognizer.for(index, settings), settings).hintedCatalogs;
  }
  const catalogs = [...index.catalogs].sort((a, b) => (hinted.get(b.id) ?? 0) - (hinted.get(a.id) ?? 0) || a.title.localeCompare(b.title));
  const items = catalogs.map((catalog) => ({
    label: uiText(catalog.title),
    description: uiText(providerLabel(catalog)),
    detail: uiText(`${catalog.id} · ${kindLabel(catalog.kind)} · ${catalog.entries.length} entries`),
    catalog,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Generate Handler', placeHolder: 'Catalog to generate a type and an exhaustive handler for', matchOnDescription: true, matchOnDetail: true });
  return picked?.catalog;
}

async function pickLanguage(languageId: string | undefined): Promise<LanguageGenerator | undefined> {
  const items = generateModule().generators.map((generator) => ({ label: generator.label, generator }));
  const placeHolder = languageId ? `There is no generator for ${languageId}: pick a language (the code opens in a new document)` : 'Language to generate the handler in';
  const picked = await vscode.window.showQuickPick(items, { title: 'Generate Handler', placeHolder });
  return picked?.generator;
}
