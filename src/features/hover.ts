import vscode = require('vscode');
import { errorDetail } from '../services/commands';
import type { Config } from '../config';
import { isIgnoredRecognition } from '../core/annotate/channels';
import { Recognizer } from '../core/recognize/recognizer';
import { renderHover } from '../core/render/hover';
import type { CatalogStore } from '../services/catalogStore';
import { documentContextFor, exclusionReason } from '../services/documentContext';
import { RECOGNITION_SELECTOR } from '../services/selectors';

/**
 * The hover over a code literal: its meaning in the best catalog, then the
 * other plausible ones. Recognition reads only the hovered line (and, for a
 * `case` label, the lines up to its `switch`), so a hover costs the same in
 * a 20 MB log as in a small file.
 */
export function registerHover(config: Config, catalogs: CatalogStore, log: vscode.LogOutputChannel): vscode.Disposable {
  const provider: vscode.HoverProvider = {
    provideHover: async (document, position, token) => {
      try {
        return await provideHover(document, position, token, config, catalogs);
      } catch (error) {
        log.error(`Hover failed in ${document.uri.toString(true)}:${position.line + 1}: ${errorDetail(error)}`);
        return undefined;
      }
    },
  };
  return vscode.languages.registerHoverProvider(RECOGNITION_SELECTOR, provider);
}

async function provideHover(
  document: vscode.TextDocument,
  position: vscode.Position,
  token: vscode.CancellationToken,
  config: Config,
  catalogs: CatalogStore,
): Promise<vscode.Hover | undefined> {
  const settings = config.get(document);
  if (!settings.hoverEnabled || exclusionReason(document, settings) !== undefined) {
    return undefined;
  }
  const index = await catalogs.index();
  if (token.isCancellationRequested || index.size === 0) {
    return undefined;
  }
  const recognizer = Recognizer.for(index, settings);
  const context = documentContextFor(document, recognizer, settings);
  const lineAt = (line: number) => (line >= 0 && line < document.lineCount ? document.lineAt(line).text : undefined);
  const recognition = recognizer.recognizeAt(document.lineAt(position.line).text, position.line, position.character, context, { lineAt });
  if (!recognition || token.isCancellationRequested || isIgnoredRecognition(recognition, settings.ignoreCodes)) {
    return undefined;
  }
  // Catalog text is data: no trusted content, no HTML, no command links.
  const markdown = new vscode.MarkdownString(renderHover(recognition, { index }), false);
  markdown.isTrusted = false;
  markdown.supportHtml = false;
  const range = new vscode.Range(recognition.line, recognition.start, recognition.line, recognition.end);
  return new vscode.Hover(markdown, range);
}
