import vscode = require('vscode');
import { errorDetail } from '../services/commands';
import type { Config } from '../config';
import type { Settings } from '../core/settings';
import { Recognizer } from '../core/recognize/recognizer';
import type { LineRange } from '../core/recognize/types';
import { documentLensPlan, visibleLensPlan, type LensPlan } from '../core/render/lensPlan';
import { channelsFor, onDidChangeEditorChannels } from './annotationChannels';
import type { CatalogStore } from '../services/catalogStore';
import { documentContextFor, documentLength, exclusionReason } from '../services/documentContext';
import type { CursorFocus } from './followCursor';
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

export function registerCodeLens(config: Config, catalogs: CatalogStore, log: vscode.LogOutputChannel, focus?: CursorFocus): vscode.Disposable {
  const provider = new StatusCodeLensProvider(config, catalogs, log, focus);
  return vscode.Disposable.from(provider, vscode.languages.registerCodeLensProvider(RECOGNITION_SELECTOR, provider));
}

interface CachedLenses {
  readonly version: number;
  readonly recognizer: Recognizer;
  readonly settings: Settings;
  /** Which lenses the annotation mode and the editor allowed, e.g. `true/false`. */
  readonly channels: string;
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
    private readonly focus?: CursorFocus,
  ) {
    super();
    this.registerAll(
      config.onDidChange(() => this.refresh()),
      onDidChangeEditorChannels(() => this.refresh()),
      // Following the cursor only filters the cached lenses: a move costs no scan.
      ...(focus ? [focus.onDidChange(() => this.changeEmitter.fire())] : []),
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
      const lenses = await this.lensesFor(document, token);
      const focused = this.focus?.linesFor(document);
      return focused ? lenses.filter((lens) => lens.range.start.line >= focused.start && lens.range.start.line <= focused.end) : lenses;
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
    const baseSettings = this.config.get(document);
    const { codes, caseLabels } = channelsFor(document, baseSettings);
    const settings = { ...baseSettings, codeLensCodes: codes.lens, codeLensCaseLabels: caseLabels.lens };
    const channels = `${codes.lens}/${caseLabels.lens}`;
    if (
      !baseSettings.codeLensEnabled ||
      settings.codeLensMaxPerDocument === 0 ||
      (!codes.lens && !caseLabels.lens && !settings.codeLensSwitchSummary) ||
      exclusionReason(document, settings) !== undefined
    ) {
      return [];
    }
    const index = await this.catalogs.index();
    if (token.isCancellationRequested || index.size === 0) {
      return [];
    }
    const recognizer = Recognizer.for(index, baseSettings);
    const key = document.uri.toString();
    const length = documentLength(document);
    if (length > settings.largeFileThreshold) {
      return this.largeDocumentLenses(document, key, length, recognizer, settings, token);
    }
    this.largeDocuments.delete(key);
    const cached = this.cache.get(key);
    if (cached && cached.version === document.version && cached.recognizer === recognizer && cached.settings === baseSettings && cached.channels === channels) {
      return cached.lenses;
    }
    const context = documentContextFor(document, recognizer, baseSettings);
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
    this.cache.set(key, { version: document.version, recognizer, settings: baseSettings, channels, lenses });
    return lenses;
  }

  /** Lenses for the visible part of a document too large to scan whole. */
  private largeDocumentLenses(
    document: vscode.TextDocument,
    key: string,
    length: number,
    recognizer: Recognizer,
    settings: Settings & { readonly codeLensCodes: boolean },
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
    // The context is cached per settings object; `settings` here is a copy with the lens channels.
    const context = documentContextFor(document, recognizer, this.config.get(document));
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
