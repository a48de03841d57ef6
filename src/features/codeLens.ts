import * as vscode from 'vscode';
import type { Config } from '../config';
import type { Settings } from '../core/settings';
import { isDataLanguage, Recognizer } from '../core/recognize/recognizer';
import { findSwitchBlocks, type SwitchBlock } from '../core/recognize/switchBlocks';
import { summarizeSwitch } from '../core/recognize/switchSummary';
import type { DocumentContext, LineRange, Recognition } from '../core/recognize/types';
import { lensTitle, switchLensTitle } from '../core/render/lens';
import type { CatalogStore } from './catalogStore';
import { documentContextFor, documentLength, exclusionReason } from './documentContext';
import { RECOGNITION_SELECTOR } from './hover';

/** Lenses shown above one line at most; more codes on a line are left to the hover. */
const MAX_LENSES_PER_LINE = 3;
/** Lines around the visible part of a large document that also get lenses, so scrolling a little shows them at once. */
const VISIBLE_MARGIN = 30;
/** Scrolling a large document refreshes its lenses once the scrolling pauses this long. */
const SCROLL_REFRESH_MS = 150;
/** The longest the scan of one document runs before it lets the extension host handle other events. */
const SLICE_MS = 10;

/** What a lens click passes to `statusCodeLens.explain`. */
export interface ExplainArguments {
  readonly uri: vscode.Uri;
  readonly line: number;
  readonly character: number;
}

/** What a switch lens click passes to `statusCodeLens.addMissingCases`. */
export interface AddMissingCasesArguments {
  readonly uri: vscode.Uri;
  readonly line: number;
  readonly catalogId: string;
}

export function registerCodeLens(config: Config, catalogs: CatalogStore, log: vscode.LogOutputChannel): vscode.Disposable {
  const provider = new StatusCodeLensProvider(config, catalogs, log);
  return vscode.Disposable.from(provider, vscode.languages.registerCodeLensProvider(RECOGNITION_SELECTOR, provider));
}

interface CachedLenses {
  readonly version: number;
  readonly recognizer: Recognizer;
  readonly settings: Settings;
  readonly lenses: vscode.CodeLens[];
}

/**
 * Lenses above lines with recognised codes and above `switch` blocks over
 * codes. Results are cached per document URI and version; settings and
 * catalog changes drop the cache and ask VS Code to fetch lenses again.
 * Documents over `largeFileThreshold` get lenses only around their visible
 * ranges, refreshed as they scroll.
 */
class StatusCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changeEmitter.event;
  private readonly cache = new Map<string, CachedLenses>();
  private readonly largeDocuments = new Set<string>();
  private readonly disposables: vscode.Disposable[] = [];
  private scrollTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly config: Config,
    private readonly catalogs: CatalogStore,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.disposables.push(
      this.changeEmitter,
      config.onDidChange(() => this.refresh()),
      catalogs.onDidChange(() => this.refresh()),
      vscode.workspace.onDidCloseTextDocument((document) => {
        const key = document.uri.toString();
        this.cache.delete(key);
        this.largeDocuments.delete(key);
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        if (this.largeDocuments.has(event.textEditor.document.uri.toString())) {
          this.scheduleScrollRefresh();
        }
      }),
    );
  }

  async provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    try {
      return await this.lensesFor(document, token);
    } catch (error) {
      this.log.error(`CodeLens failed in ${document.uri.toString(true)}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return [];
    }
  }

  dispose(): void {
    if (this.scrollTimer !== undefined) {
      clearTimeout(this.scrollTimer);
    }
    for (const disposable of this.disposables) {
      disposable.dispose();
    }
  }

  private refresh(): void {
    this.cache.clear();
    this.changeEmitter.fire();
  }

  private scheduleScrollRefresh(): void {
    if (this.scrollTimer !== undefined) {
      clearTimeout(this.scrollTimer);
    }
    this.scrollTimer = setTimeout(() => {
      this.scrollTimer = undefined;
      this.changeEmitter.fire();
    }, SCROLL_REFRESH_MS);
  }

  private async lensesFor(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    const settings = this.config.get(document);
    if (!settings.codeLensEnabled || settings.codeLensMaxPerDocument === 0 || exclusionReason(document, settings) !== undefined) {
      return [];
    }
    const index = await this.catalogs.index();
    if (token.isCancellationRequested || index.size === 0) {
      return [];
    }
    const recognizer = Recognizer.for(index, settings);
    const key = document.uri.toString();
    const length = documentLength(document);
    if (length > settings.largeFileThreshold) {
      return this.largeDocumentLenses(document, key, length, recognizer, settings, token);
    }
    this.largeDocuments.delete(key);
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version && cached.recognizer === recognizer && cached.settings === settings) {
      return cached.lenses;
    }
    const context = documentContextFor(document, recognizer, settings);
    const text = document.getText();
    const blocks = isDataLanguage(document.languageId) ? [] : findSwitchBlocks(text, { languageId: document.languageId });
    const lenses: vscode.CodeLens[] = [];
    const switchLenses = settings.codeLensSwitchSummary ? this.switchLenses(document, blocks, recognizer, context, settings) : [];
    let nextSwitch = 0;
    const cap = settings.codeLensMaxPerDocument;
    let sliceStart = Date.now();
    for (const { line, recognitions } of recognizer.recognizeDocument(text, context, {
      switchBlocks: blocks,
      isCancelled: () => token.isCancellationRequested,
    })) {
      if (Date.now() - sliceStart > SLICE_MS) {
        // A long document is scanned in slices, so hovers and typing are not held up behind it.
        await yieldToEventLoop();
        if (token.isCancellationRequested) {
          return [];
        }
        sliceStart = Date.now();
      }
      while (nextSwitch < switchLenses.length && lenses.length < cap && (switchLenses[nextSwitch]?.range.start.line ?? 0) <= line) {
        lenses.push(switchLenses[nextSwitch++] as vscode.CodeLens);
      }
      this.pushLineLenses(lenses, document.uri, recognitions, settings, cap);
      if (lenses.length >= cap) {
        break;
      }
    }
    while (nextSwitch < switchLenses.length && lenses.length < cap) {
      lenses.push(switchLenses[nextSwitch++] as vscode.CodeLens);
    }
    if (token.isCancellationRequested) {
      return [];
    }
    this.cache.set(key, { version: document.version, recognizer, settings, lenses });
    return lenses;
  }

  /** Lenses for the visible part of a document too large to scan whole. */
  private largeDocumentLenses(
    document: vscode.TextDocument,
    key: string,
    length: number,
    recognizer: Recognizer,
    settings: Settings,
    token: vscode.CancellationToken,
  ): vscode.CodeLens[] {
    if (!this.largeDocuments.has(key)) {
      this.largeDocuments.add(key);
      this.log.info(
        `${document.uri.toString(true)} has ${length} characters, more than statusCodeLens.largeFileThreshold (${settings.largeFileThreshold}): lenses are shown for the visible lines only.`,
      );
    }
    const ranges: LineRange[] = [];
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document !== document) {
        continue;
      }
      for (const range of editor.visibleRanges) {
        ranges.push({ start: Math.max(0, range.start.line - VISIBLE_MARGIN), end: Math.min(document.lineCount - 1, range.end.line + VISIBLE_MARGIN) });
      }
    }
    if (ranges.length === 0) {
      return [];
    }
    const context = documentContextFor(document, recognizer, settings);
    const lineAt = (line: number) => (line >= 0 && line < document.lineCount ? document.lineAt(line).text : undefined);
    const lenses: vscode.CodeLens[] = [];
    const cap = settings.codeLensMaxPerDocument;
    ranges.sort((a, b) => a.start - b.start);
    let done = -1;
    for (const range of ranges) {
      for (let line = Math.max(range.start, done + 1); line <= range.end && lenses.length < cap; line++) {
        if (token.isCancellationRequested) {
          return [];
        }
        this.pushLineLenses(lenses, document.uri, recognizer.recognizeLine(document.lineAt(line).text, line, context, { lineAt }), settings, cap);
        done = line;
      }
    }
    return lenses;
  }

  private pushLineLenses(lenses: vscode.CodeLens[], uri: vscode.Uri, recognitions: readonly Recognition[], settings: Settings, cap: number): void {
    let onLine = 0;
    for (const recognition of recognitions) {
      const top = recognition.candidates[0];
      if (!top || top.confidence < settings.codeLensMinConfidence) {
        continue;
      }
      if (lenses.length >= cap || onLine >= MAX_LENSES_PER_LINE) {
        return;
      }
      const range = new vscode.Range(recognition.line, recognition.start, recognition.line, recognition.end);
      const args: ExplainArguments = { uri, line: recognition.line, character: recognition.start };
      lenses.push(
        new vscode.CodeLens(range, {
          title: lensTitle(recognition),
          tooltip: 'Explain this code',
          command: 'statusCodeLens.explain',
          arguments: [args],
        }),
      );
      onLine++;
    }
  }

  private switchLenses(
    document: vscode.TextDocument,
    blocks: readonly SwitchBlock[],
    recognizer: Recognizer,
    context: DocumentContext,
    settings: Settings,
  ): vscode.CodeLens[] {
    const lenses: vscode.CodeLens[] = [];
    for (const block of blocks) {
      const summary = summarizeSwitch(block, recognizer, context);
      if (!summary || summary.confidence < settings.codeLensMinConfidence) {
        continue;
      }
      const header = document.lineAt(block.headerLine).range;
      const title = switchLensTitle(summary.handled.length, summary.total, summary.catalog);
      const args: AddMissingCasesArguments = { uri: document.uri, line: block.headerLine, catalogId: summary.catalog.id };
      lenses.push(
        new vscode.CodeLens(
          header,
          summary.missing.length > 0
            ? { title, tooltip: `Add the ${summary.missing.length} missing cases`, command: 'statusCodeLens.addMissingCases', arguments: [args] }
            : { title, command: '' },
        ),
      );
    }
    return lenses;
  }
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
