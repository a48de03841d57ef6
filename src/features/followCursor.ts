import vscode = require('vscode');
import { focusLines } from '../core/annotate/focus';
import { isDataLanguage } from '../core/recognize/languages';
import { findSwitchBlocks } from '../core/switch/switchBlocks';
import type { SwitchBlock } from '../core/switch/types';
import type { LineRange } from '../core/recognize/types';
import type { Config } from '../config';
import { Delayer } from '../core/util/delayer';
import { Disposable } from '../core/util/disposable';

/** Cursor moves settle for this long before annotations move, so holding an arrow key does not redraw every line. */
const SETTLE_MS = 120;
/** A range no line is in: the document is in no editor, so nothing follows a cursor there. */
const NOWHERE: LineRange = { start: -1, end: -1 };

interface CachedBlocks {
  readonly version: number;
  readonly blocks: readonly SwitchBlock[];
}

/**
 * `statusCodeLens.annotate.followCursor`: which lines of a document are
 * annotated when annotations follow the cursor, and an event when that
 * changes, for the lens and inlay hint providers to refresh on.
 */
export class CursorFocus extends Disposable {
  private readonly changeEmitter = this.register(new vscode.EventEmitter<vscode.TextDocument>());
  /** Fires, once cursor moves settle, for a document whose annotated lines changed. */
  readonly onDidChange = this.changeEmitter.event;
  private readonly blocks = new WeakMap<vscode.TextDocument, CachedBlocks>();
  private readonly shown = new WeakMap<vscode.TextDocument, string>();
  private readonly settle = this.register(new Delayer(SETTLE_MS));

  constructor(private readonly config: Config) {
    super();
    this.registerAll(
      vscode.window.onDidChangeTextEditorSelection((event) => this.schedule(event.textEditor)),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor) {
          this.schedule(editor);
        }
      }),
    );
  }

  /** The lines of `document` to annotate, or undefined when every line is (the option is off). */
  linesFor(document: vscode.TextDocument): LineRange | undefined {
    if (!this.config.get(document).annotateFollowCursor) {
      return undefined;
    }
    const range = this.compute(document);
    this.shown.set(document, key(range));
    return range;
  }

  private compute(document: vscode.TextDocument): LineRange {
    const active = vscode.window.activeTextEditor;
    const editor = active?.document === document ? active : vscode.window.visibleTextEditors.find((e) => e.document === document);
    return editor ? focusLines(this.blocksOf(document), editor.selection.active.line) : NOWHERE;
  }

  private blocksOf(document: vscode.TextDocument): readonly SwitchBlock[] {
    const cached = this.blocks.get(document);
    if (cached && cached.version === document.version) {
      return cached.blocks;
    }
    const blocks = isDataLanguage(document.languageId) ? [] : findSwitchBlocks(document.getText(), { languageId: document.languageId });
    this.blocks.set(document, { version: document.version, blocks });
    return blocks;
  }

  private schedule(editor: vscode.TextEditor): void {
    if (!this.config.get(editor.document).annotateFollowCursor) {
      return;
    }
    this.settle.trigger(() => {
      const document = editor.document;
      // Only a move to other lines (another line, or out of the switch) redraws anything.
      if (!document.isClosed && this.shown.get(document) !== key(this.compute(document))) {
        this.changeEmitter.fire(document);
      }
    });
  }
}

function key(range: LineRange): string {
  return `${range.start}:${range.end}`;
}
