import vscode = require('vscode');
import { errorDetail } from '../services/commands';
import { showError, showInfo } from '../services/notifier';
import type { CatalogMatch } from '../core/catalog/types';
import { renderDetailMarkdown } from '../core/render/detail';
import { isHttpUrl, parseDetailMessage, renderDetailPage, type DetailMessage } from '../core/render/detailHtml';
import { detailPanelState } from '../core/render/detailState';
import { codeText } from '../core/catalog/codeFormat';
import { uiText } from '../core/render/uiText';
import { codeLabel, entryLabel } from '../core/render/labels';

/** The panel type, also named in package.json's `onWebviewPanel:` activation event. */
export const DETAIL_VIEW_TYPE = 'statusCodeLens.detail';

// Scripts only for the page's own button handler; no local files, no command links.
const WEBVIEW_OPTIONS: vscode.WebviewOptions = { enableScripts: true, enableCommandUris: false, localResourceRoots: [] };

/** What the view shows now, for the actions and for tests. */
export interface DetailState {
  readonly matches: readonly CatalogMatch[];
  readonly selected: number;
  readonly markdown: string;
  readonly html: string;
}

/**
 * The detail view: one webview panel beside the editor showing everything a
 * catalog knows about a code, reused for every code shown. The page carries
 * no links and no catalog-controlled script; its buttons post messages that
 * are checked here, and any address opened comes from the catalog in memory,
 * never from the page.
 */
export class DetailView implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private state: DetailState | undefined;
  /** The editor the user came from, where "Insert" puts the code. */
  private origin: vscode.TextEditor | undefined;

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** What is shown, or undefined when the view is closed. */
  get current(): DetailState | undefined {
    return this.panel ? this.state : undefined;
  }

  /**
   * Shows `matches[selected]` with the other matches as other meanings and
   * returns the Markdown of the same content.
   */
  show(matches: readonly CatalogMatch[], selected = 0, origin: vscode.TextEditor | undefined = vscode.window.activeTextEditor): string {
    this.origin = origin ?? this.origin;
    const index = selected >= 0 && selected < matches.length ? selected : 0;
    const panel = this.ensurePanel();
    const main = matches[index];
    const others = matches.filter((_, i) => i !== index);
    const markdown = main ? renderDetailMarkdown(main, others) : '';
    const html = renderDetailPage(matches, index, {
      cspSource: panel.webview.cspSource,
      nonce: webviewNonce(),
      canInsert: this.origin !== undefined,
      state: detailPanelState(matches, index),
    });
    this.state = { matches, selected: index, markdown, html };
    panel.title = main ? entryLabel(main.catalog, main.entry) : 'Status Code Lens';
    panel.webview.html = html;
    panel.reveal(undefined, true);
    return markdown;
  }

  /**
   * Takes over a panel VS Code restored after a reload and shows `matches`
   * in it; a view already open keeps its place and the restored one closes.
   */
  restore(panel: vscode.WebviewPanel, matches: readonly CatalogMatch[], selected: number): void {
    if (this.panel || matches.length === 0) {
      panel.dispose();
      return;
    }
    panel.webview.options = WEBVIEW_OPTIONS;
    this.wire(panel);
    this.show(matches, selected, undefined);
  }

  private ensurePanel(): vscode.WebviewPanel {
    if (this.panel) {
      return this.panel;
    }
    // Beside the code and without taking the focus: the reader stays in the editor they came from.
    const panel = vscode.window.createWebviewPanel(DETAIL_VIEW_TYPE, 'Status Code Lens', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, WEBVIEW_OPTIONS);
    return this.wire(panel);
  }

  private wire(panel: vscode.WebviewPanel): vscode.WebviewPanel {
    const subscriptions = [
      panel.webview.onDidReceiveMessage((message: unknown) => {
        void this.handle(parseDetailMessage(message));
      }),
      panel.onDidDispose(() => {
        for (const subscription of subscriptions) {
          subscription.dispose();
        }
        this.panel = undefined;
        this.state = undefined;
      }),
    ];
    this.panel = panel;
    return panel;
  }

  private async handle(message: DetailMessage | undefined): Promise<void> {
    const state = this.state;
    const match = state?.matches[state.selected];
    if (!message || !state || !match) {
      if (!message) {
        this.log.warn('The detail view sent a message that is not one of its actions; ignored.');
      }
      return;
    }
    const { catalog, entry } = match;
    try {
      switch (message.action) {
        case 'copyCode':
          await vscode.env.clipboard.writeText(codeText(catalog, entry));
          vscode.window.setStatusBarMessage(`Copied ${uiText(codeText(catalog, entry), 60)}`, 3000);
          break;
        case 'copyName':
          if (entry.name) {
            await vscode.env.clipboard.writeText(entry.name);
            vscode.window.setStatusBarMessage(`Copied ${entry.name}`, 3000);
          }
          break;
        case 'insertCode':
          await this.insert(codeText(catalog, entry));
          break;
        case 'insertName':
          if (entry.name) {
            await this.insert(entry.name);
          }
          break;
        case 'openSource':
          await this.openSource(match, message.index ?? 0);
          break;
        case 'generateHandler':
          await this.generateHandler(catalog.id);
          break;
        case 'show':
          if (message.index !== undefined && message.index < state.matches.length) {
            this.show(state.matches, message.index, this.origin);
          }
          break;
      }
    } catch (error) {
      this.log.error(`Detail view action "${message.action}" for ${codeLabel(catalog, entry)} (${catalog.id}) failed: ${errorDetail(error)}`);
      void showError(`Status Code Lens: the action failed. See the log for details.`);
    }
  }

  /** Inserts `text` at every cursor of the editor the user came from, replacing selected text. */
  private async insert(text: string): Promise<void> {
    const origin = this.origin;
    if (!origin || origin.document.isClosed) {
      void showInfo('Status Code Lens: there is no editor to insert into. Open a file and try again.');
      return;
    }
    const editor = vscode.window.visibleTextEditors.includes(origin)
      ? origin
      : await vscode.window.showTextDocument(origin.document, { viewColumn: origin.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
    const selections = editor.selections;
    const done = await editor.edit((builder) => {
      for (const selection of selections) {
        builder.replace(selection, text);
      }
    });
    if (!done) {
      this.log.warn(`Inserting ${text} into ${editor.document.uri.toString()} was refused by the editor.`);
    }
  }

  private async openSource({ catalog }: CatalogMatch, index: number): Promise<void> {
    const source = catalog.source;
    const url = index === 0 ? source?.url : source?.otherVersions?.[index - 1]?.url;
    if (typeof url !== 'string' || !isHttpUrl(url)) {
      this.log.warn(`Catalog ${catalog.id} has no http(s) source address at position ${index}; nothing opened.`);
      return;
    }
    await vscode.env.openExternal(vscode.Uri.parse(url, true));
  }

  /** Runs the handler generator for the catalog, in the editor the user came from so the code lands there. */
  private async generateHandler(catalogId: string): Promise<void> {
    const commands = await vscode.commands.getCommands(true);
    if (!commands.includes('statusCodeLens.generateHandler')) {
      void showInfo('Status Code Lens: generating handlers is not available in this version.');
      return;
    }
    const origin = this.origin && !this.origin.document.isClosed ? this.origin : undefined;
    if (origin) {
      await vscode.window.showTextDocument(origin.document, { viewColumn: origin.viewColumn ?? vscode.ViewColumn.One, selection: origin.selection });
      await vscode.commands.executeCommand('statusCodeLens.generateHandler', { catalogId, languageId: origin.document.languageId });
    } else {
      await vscode.commands.executeCommand('statusCodeLens.generateHandler', { catalogId });
    }
  }

  dispose(): void {
    this.panel?.dispose();
  }
}

/** A fresh nonce for the webview's script policy; `crypto.getRandomValues` exists in the Node and the web worker extension hosts. */
function webviewNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
