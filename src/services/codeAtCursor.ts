import vscode = require('vscode');
import type { CatalogIndex } from '../core/catalog/catalogIndex';
import type { CatalogMatch } from '../core/catalog/types';
import { Recognizer } from '../core/recognize/recognizer';
import type { DocumentContext } from '../core/recognize/types';
import type { Config } from '../config';
import { documentContextFor, exclusionReason } from './documentContext';
import { searchModule } from './lazyCore';

/** What stands at a position: the literal and its meanings, best first. */
export interface CodeAt {
  readonly range: vscode.Range;
  /** The literal as written, e.g. `23` or `DELIVERY_FAILURE`. */
  readonly text: string;
  /** Never empty. */
  readonly matches: readonly CatalogMatch[];
  /** Whether the recogniser took the literal for a code in its context; false for a known code or name merely under the cursor. */
  readonly recognised: boolean;
}

/** A hex or dotted code, a number or an identifier under the cursor, for the fallback when the recogniser sees no code. */
const WORD_AT_CURSOR = /0[xX][0-9A-Fa-f]{1,8}|(?:\d{1,3}|X)\.(?:\d{1,3}|X)\.(?:\d{1,3}|X)|-?\d+|[A-Za-z_][A-Za-z0-9_]*/;

/**
 * Finds the code at a position for the lookup, explain and context-key
 * features, and the document context that ranks catalogs for a document.
 * Contexts are cached per document version (with the hover's), so moving the
 * cursor costs one line's recognition.
 */
export class CodeFinder {
  constructor(private readonly config: Config) {}

  /** The provider hints and preferred catalogs of `document`, shared with the hover and the lenses. */
  contextOf(document: vscode.TextDocument, index: CatalogIndex): DocumentContext {
    return documentContextFor(document, this.recognizer(document, index), this.config.get(document));
  }

  /** Whether the settings silence the extension in `document` (excluded language or file). */
  isExcluded(document: vscode.TextDocument): boolean {
    return exclusionReason(document, this.config.get(document)) !== undefined;
  }

  /**
   * The code the recogniser sees at `position`; with `fallback`, otherwise
   * any number or name under the cursor that some catalog defines, its
   * meanings ranked for the document.
   */
  at(document: vscode.TextDocument, position: vscode.Position, index: CatalogIndex, fallback: boolean): CodeAt | undefined {
    if (index.size === 0 || position.line >= document.lineCount) {
      return undefined;
    }
    const context = this.contextOf(document, index);
    const lineText = document.lineAt(position.line).text;
    const lineAt = (line: number): string | undefined => (line >= 0 && line < document.lineCount ? document.lineAt(line).text : undefined);
    const recognition = this.recognizer(document, index).recognizeAt(lineText, position.line, position.character, context, { lineAt });
    if (recognition && recognition.candidates.length > 0) {
      return {
        range: new vscode.Range(position.line, recognition.start, position.line, recognition.end),
        text: recognition.text,
        matches: recognition.candidates.map(({ catalog, entry }) => ({ catalog, entry })),
        recognised: true,
      };
    }
    if (!fallback) {
      return undefined;
    }
    const wordRange = document.getWordRangeAtPosition(position, WORD_AT_CURSOR);
    if (!wordRange) {
      return undefined;
    }
    const word = document.getText(wordRange);
    // Only a code or name a catalog lists itself; a number that merely falls in a range (a duration, a size) is not taken for a code.
    const exact = searchModule().search(word, index, context).filter((r) => r.match === 'code' || r.match === 'name' || r.match === 'alias');
    if (exact.length === 0) {
      return undefined;
    }
    return { range: wordRange, text: word, matches: exact.map(({ catalog, entry }) => ({ catalog, entry })), recognised: false };
  }

  private recognizer(document: vscode.TextDocument, index: CatalogIndex): Recognizer {
    const settings = this.config.get(document);
    return Recognizer.for(index, { maxLineLength: settings.maxLineLength, ignoreComment: settings.ignoreComment });
  }
}
