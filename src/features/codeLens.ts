import vscode = require('vscode');
import { errorDetail } from '../services/commands';
import type { Config } from '../config';
import type { Settings } from '../core/settings';
import { Recognizer } from '../core/recognize/recognizer';
import type { LineRange } from '../core/recognize/types';
import { documentLensPlan, visibleLensPlan, type LensPlan } from '../core/render/lensPlan';
import type { CatalogStore } from '../services/catalogStore';
import { documentContextFor, documentLength, exclusionReason } from '../services/documentContext';
import { RECOGNITION_SELECTOR } from '../services/selectors';
import { Delayer } from '../core/util/delayer';
import { Disposable } from '../core/util/disposable';

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
class StatusCodeLensProvider extends Disposable implements vscode.CodeLensProvider {
  private readonly changeEmitter = this.register(new vscode.EventEmitter<void>());
  readonly onDidChangeCodeLenses = this.changeEmitter.event;
  private readonly cache = new Map<string, CachedLenses>();
  private readonly largeDocuments = new Set<string>();
  private readonly scrollRefresh = this.register(new Delayer(SCROLL_REFRESH_MS));

  constructor(
    private readonly config: Config,
    private readonly catalogs: CatalogStore,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this.registerAll(
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
      this.log.error(`CodeLens failed in ${document.uri.toString(true)}: ${errorDetail(error)}`);
      return [];
    }
  }

  private refresh(): void {
    this.cache.clear();
    this.changeEmitter.fire();
  }

  private scheduleScrollRefresh(): void {
    this.scrollRefresh.trigger(() => this.changeEmitter.fire());
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
    const isCancelled = () => token.isCancellationRequested;
    const lenses: vscode.CodeLens[] = [];
    let sliceStart = Date.now();
    for (const batch of documentLensPlan(recognizer, document.getText(), context, settings, isCancelled)) {
      for (const plan of batch) {
        lenses.push(toCodeLens(plan, document));
      }
      if (Date.now() - sliceStart > SLICE_MS) {
        // A long document is scanned in slices, so hovers and typing are not held up behind it.
        await yieldToEventLoop();
        if (token.isCancellationRequested) {
          return [];
        }
        sliceStart = Date.now();
      }
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
      if (editor.document === document) {
        ranges.push(...editor.visibleRanges.map((range) => ({ start: range.start.line, end: range.end.line })));
      }
    }
    if (ranges.length === 0) {
      return [];
    }
    const context = documentContextFor(document, recognizer, settings);
    const lineAt = (line: number) => (line >= 0 && line < document.lineCount ? document.lineAt(line).text : undefined);
    const plans = visibleLensPlan(recognizer, lineAt, document.lineCount, ranges, context, settings, () => token.isCancellationRequested);
    return token.isCancellationRequested ? [] : plans.map((plan) => toCodeLens(plan, document));
  }
}

/** The editor's lens for a plan: a code lens explains its code, a switch lens adds the missing cases. */
function toCodeLens(plan: LensPlan, document: vscode.TextDocument): vscode.CodeLens {
  if (plan.kind === 'code') {
    const args: ExplainArguments = { uri: document.uri, line: plan.line, character: plan.start };
    return new vscode.CodeLens(new vscode.Range(plan.line, plan.start, plan.line, plan.end), {
      title: plan.title,
      tooltip: 'Explain this code',
      command: 'statusCodeLens.explain',
      arguments: [args],
    });
  }
  const header = document.lineAt(plan.line).range;
  if (plan.missing === 0) {
    return new vscode.CodeLens(header, { title: plan.title, command: '' });
  }
  const args: AddMissingCasesArguments = { uri: document.uri, line: plan.line, catalogId: plan.catalogId };
  return new vscode.CodeLens(header, {
    title: plan.title,
    tooltip: `Add the ${plan.missing} missing cases`,
    command: 'statusCodeLens.addMissingCases',
    arguments: [args],
  });
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
