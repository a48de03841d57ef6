import vscode = require('vscode');
import { errorDetail } from '../services/commands';
import type { Config } from '../config';
import type { Catalog, CatalogEntry } from '../core/catalog/types';
import { generatedLanguageIds, isGeneratedLanguage } from '../core/generate/languageIds';
import { codeBlockMarkdown } from '../core/generate/preview';
import { caseOptionsFor, handledCodes, indentForBlock } from '../core/generate/blockInsertion';
import { branchesLeave } from '../core/switch/branchExits';
import { rankKeyCatalogs, situationAt, typedCode } from '../core/generate/situation';
import { Recognizer } from '../core/recognize/recognizer';
import { rankSwitchCatalogs } from '../core/switch/switchSummary';
import type { SwitchBlock } from '../core/switch/types';
import type { DocumentContext } from '../core/recognize/types';
import { renderDetailMarkdown } from '../core/render/detail';
import { codeLabel, providerLabel, shownName } from '../core/render/labels';
import { codeLiteral } from '../core/generate/literals';
import type { CatalogStore } from '../services/catalogStore';
import { documentContextFor, exclusionReason } from '../services/documentContext';
import { generateModule } from '../services/lazyCore';

export interface CompletionDeps {
  readonly config: Config;
  readonly catalogs: CatalogStore;
  readonly log: vscode.LogOutputChannel;
}

/** Lines read above and below the cursor: enough for any switch a person writes, cheap in a huge file. */
const LINES_ABOVE = 600;
const LINES_BELOW = 400;
/** Catalogs offered as "Handle all" items; more would be noise. */
const MAX_CATALOG_ITEMS = 5;

/** Typing a space or `=` triggers completion everywhere, so those triggers bail out early unless the line can use codes. */
const SPACE_TRIGGER = /\bcase\s+$|(?:===|!==|==|!=)\s*$/;
const EQUALS_TRIGGER = /[=!]=$/;

/**
 * Completion inside `switch`/`match`/`when` blocks and comparisons whose
 * subject holds codes: every branch of a catalog at once (or the missing
 * ones), single codes after `case `, and single codes after `statusCode === `.
 * Items are computed from the loaded catalogs, so user catalogs get the same.
 */
export function registerCompletion(deps: CompletionDeps): vscode.Disposable {
  const provider: vscode.CompletionItemProvider = {
    provideCompletionItems: async (document, position, token, context) => {
      try {
        return await provideItems(document, position, token, context, deps);
      } catch (error) {
        deps.log.error(`Completion failed in ${document.uri.toString(true)}:${position.line + 1}: ${errorDetail(error)}`);
        return undefined;
      }
    },
  };
  const selector = generatedLanguageIds.map((language) => ({ language }));
  return vscode.languages.registerCompletionItemProvider(selector, provider, ' ', '=');
}

async function provideItems(
  document: vscode.TextDocument,
  position: vscode.Position,
  token: vscode.CancellationToken,
  context: vscode.CompletionContext,
  deps: CompletionDeps,
): Promise<vscode.CompletionItem[] | undefined> {
  const settings = deps.config.get(document);
  if (!settings.completionEnabled || !isGeneratedLanguage(document.languageId) || exclusionReason(document, settings) !== undefined) {
    return undefined;
  }
  const linePrefix = document.lineAt(position.line).text.slice(0, position.character);
  if (context.triggerKind === vscode.CompletionTriggerKind.TriggerCharacter) {
    const pattern = context.triggerCharacter === '=' ? EQUALS_TRIGGER : SPACE_TRIGGER;
    if (!pattern.test(linePrefix)) {
      return undefined;
    }
  }
  const index = await deps.catalogs.index();
  if (token.isCancellationRequested || index.size === 0) {
    return undefined;
  }
  const firstLine = Math.max(0, position.line - LINES_ABOVE);
  const windowStart = new vscode.Position(firstLine, 0);
  const windowEnd = document.lineAt(Math.min(document.lineCount - 1, position.line + LINES_BELOW)).range.end;
  const text = document.getText(new vscode.Range(windowStart, windowEnd));
  const offset = document.offsetAt(position) - document.offsetAt(windowStart);
  const situation = situationAt(text, offset, document.languageId);
  if (!situation || token.isCancellationRequested) {
    return undefined;
  }
  const recognizer = Recognizer.for(index, settings);
  const doc = documentContextFor(document, recognizer, settings);
  switch (situation.kind) {
    case 'branches':
      // What is typed on the cursor line is replaced by the item, so it is no statement of the branch above when asking whether branches leave the block.
      return branchItems(withoutTypedPrefix(text, offset), situation.block, document.languageId, position, recognizer, doc);
    case 'caseLabel': {
      const best = rankSwitchCatalogs(situation.block, recognizer, doc)[0];
      return best ? codeItems(best.catalog, handledCodes(situation.block, best.catalog), position, linePrefix) : undefined;
    }
    case 'comparison': {
      const best = rankKeyCatalogs(situation.key, situation.parentKey, recognizer, doc)[0];
      return best ? codeItems(best, new Set(), position, linePrefix) : undefined;
    }
  }
}

/** `text` with the characters from the start of the line at `offset` up to it as spaces, so every offset still holds. */
function withoutTypedPrefix(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return text.slice(0, lineStart) + ' '.repeat(offset - lineStart) + text.slice(offset);
}

/**
 * One item per plausible catalog, best first: "Handle all" for a block with
 * no labels yet, "Add the N missing cases" for one that has some. The item
 * replaces the whole cursor line, so the branches get the block's own case
 * indentation whatever the cursor's was.
 */
function branchItems(
  text: string,
  block: SwitchBlock,
  languageId: string,
  position: vscode.Position,
  recognizer: Recognizer,
  doc: DocumentContext,
): vscode.CompletionItem[] {
  const { caseLabelsFor, generateCases, generatorFor, generationProblem, missingBranchCount } = generateModule();
  const generator = generatorFor(languageId);
  const items: vscode.CompletionItem[] = [];
  if (!generator) {
    return items;
  }
  const hasLabels = block.cases.some((label) => !label.isDefault);
  const leave = branchesLeave(text, block);
  const range = new vscode.Range(position.line, 0, position.line, position.character);
  for (const summary of rankSwitchCatalogs(block, recognizer, doc).slice(0, MAX_CATALOG_ITEMS)) {
    const { catalog } = summary;
    if (generationProblem(catalog)) {
      continue;
    }
    const labels = caseLabelsFor(catalog.id, generator.id);
    const handled = handledCodes(block, catalog);
    const missing = missingBranchCount(catalog, handled);
    if (missing === 0) {
      continue;
    }
    const cases = generateCases(catalog, generator, { ...caseOptionsFor(block, leave, handled, labels), indent: block.indentUnit });
    const title = hasLabels ? `Add the ${missing} missing ${catalog.title} cases` : `Handle all ${catalog.title} codes`;
    const item = new vscode.CompletionItem({ label: title, description: providerLabel(catalog) }, vscode.CompletionItemKind.Snippet);
    item.insertText = new vscode.SnippetString(indentForBlock(cases.snippet, block));
    item.range = range;
    // The block's indentation is already in the text; the editor must not add the cursor line's on top.
    item.keepWhitespace = true;
    item.filterText = `case ${title}`;
    item.detail = `${cases.branches} branches grouped by outcome${block.defaultCase ? '' : ', with a fallback'}`;
    item.documentation = untrusted(codeBlockMarkdown(cases.plain, generator.id));
    item.sortText = `0${items.length}`;
    item.preselect = items.length === 0;
    items.push(item);
  }
  return items;
}

/** Single codes of one catalog, for `case |` and `statusCode === |`; codes the block handles are left out. */
function codeItems(catalog: Catalog, handled: ReadonlySet<number>, position: vscode.Position, linePrefix: string): vscode.CompletionItem[] {
  const typed = typedCode(linePrefix);
  const range = new vscode.Range(position.line, position.character - typed.length, position.line, position.character);
  const entries = catalog.entries.filter((entry) => !entry.reserved && !handled.has(entry.code)).sort((a, b) => a.code - b.code);
  return entries.map((entry, i) => codeItem(catalog, entry, range, i));
}

function codeItem(catalog: Catalog, entry: CatalogEntry, range: vscode.Range, order: number): vscode.CompletionItem {
  // The literal a program compares with: `23`, `0x0000000B`, or the quoted word `"UNDELIV"`.
  const code = codeLiteral(catalog, entry);
  const label = codeLabel(catalog, entry);
  const name = shownName(catalog, entry);
  const item = new vscode.CompletionItem({ label, ...(name ? { detail: ` ${name}` } : {}), description: catalog.title }, vscode.CompletionItemKind.EnumMember);
  item.insertText = code;
  item.range = range;
  item.filterText = `${code} ${name ?? ''} ${entry.description}`;
  item.detail = name ? `${name}: ${entry.description}` : entry.description;
  item.documentation = untrusted(renderDetailMarkdown({ catalog, entry }));
  item.sortText = String(order).padStart(6, '0');
  return item;
}

/** Catalog text is data: never trusted, no HTML, no command links. */
function untrusted(markdown: string): vscode.MarkdownString {
  const result = new vscode.MarkdownString(markdown, false);
  result.isTrusted = false;
  result.supportHtml = false;
  return result;
}
