import vscode = require('vscode');
import { annotationChannels, inlayHintsAllowed, type AnnotationChannels } from '../core/annotate/channels';
import type { Settings } from '../core/settings';

/**
 * The annotation channels of a document: the mode settings crossed with the
 * editor's own `editor.codeLens` and `editor.inlayHints.enabled` for its
 * language, so the providers agree on what each of them shows.
 */
export function channelsFor(document: vscode.TextDocument, settings: Settings): AnnotationChannels {
  const editor = vscode.workspace.getConfiguration('editor', { uri: document.uri, languageId: document.languageId });
  return annotationChannels(settings, {
    codeLens: editor.get<boolean>('codeLens') !== false,
    inlayHints: inlayHintsAllowed(editor.get('inlayHints.enabled')),
  });
}

/** Fires when one of the editor settings `channelsFor` reads changes. */
export function onDidChangeEditorChannels(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('editor.codeLens') || event.affectsConfiguration('editor.inlayHints.enabled')) {
      listener();
    }
  });
}
