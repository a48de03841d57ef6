import vscode = require('vscode');
import type { Settings } from '../core/settings';
import { matchesAnyGlob, preferredCatalogsFor } from '../core/globs';
import { HINT_SCAN_CHARS, type Recognizer } from '../core/recognize/recognizer';
import type { DocumentContext } from '../core/recognize/types';

/**
 * Per-document state shared by the hover and the lenses: whether the
 * settings exclude the document, and its DocumentContext (provider hints and
 * preferred catalogs), built once per document version, recogniser and
 * settings. Entries are keyed by the document object, so they go away with it.
 */

/** How much of a document is read for provider hints; the same limit the recogniser applies. */

interface CachedContext {
  readonly version: number;
  readonly recognizer: Recognizer;
  readonly settings: Settings;
  readonly context: DocumentContext;
}

const contexts = new WeakMap<vscode.TextDocument, CachedContext>();

/** The document's path relative to its workspace folder, with `/`; undefined outside any folder or when untitled. */
export function workspaceRelativePath(document: vscode.TextDocument): string | undefined {
  if (document.isUntitled) {
    return undefined;
  }
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  if (!folder) {
    return undefined;
  }
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  return document.uri.path.startsWith(base) ? document.uri.path.slice(base.length) : undefined;
}

/** Why the extension shows nothing in a document, or undefined when it may show things. */
export function exclusionReason(document: vscode.TextDocument, settings: Settings): string | undefined {
  if (settings.excludeLanguages.includes(document.languageId)) {
    return `language "${document.languageId}" is excluded`;
  }
  const relative = workspaceRelativePath(document);
  if (relative !== undefined && matchesAnyGlob(relative, settings.excludeFiles)) {
    return `"${relative}" matches statusCodeLens.exclude.files`;
  }
  return undefined;
}

/** The document's context for `recognizer`, rebuilt only when the document, recogniser or settings changed. */
export function documentContextFor(document: vscode.TextDocument, recognizer: Recognizer, settings: Settings): DocumentContext {
  const cached = contexts.get(document);
  if (cached && cached.version === document.version && cached.recognizer === recognizer && cached.settings === settings) {
    return cached.context;
  }
  const text = documentHead(document);
  const preferred = preferredCatalogsFor(workspaceRelativePath(document), settings.preferCatalogs);
  const context = recognizer.buildDocumentContext(text, document.languageId, preferred);
  contexts.set(document, { version: document.version, recognizer, settings, context });
  return context;
}

/** The head of the document that hints are read from, without copying a larger document whole. */
function documentHead(document: vscode.TextDocument): string {
  if (documentLength(document) <= HINT_SCAN_CHARS) {
    return document.getText();
  }
  return document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(HINT_SCAN_CHARS)));
}

/** The document's length in characters, without building its text. */
export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}
