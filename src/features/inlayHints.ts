import vscode = require('vscode');
import { errorDetail } from '../services/commands';
import type { Config } from '../config';
import { Recognizer } from '../core/recognize/recognizer';
import { inlayOptions, inlayPlan, type InlayPlan } from '../core/render/inlayPlan';
import { channelsFor, onDidChangeEditorChannels } from './annotationChannels';
import type { CatalogStore } from '../services/catalogStore';
import type { ExplainArguments } from './codeLens';
import { documentContextFor, exclusionReason } from '../services/documentContext';
import type { CursorFocus } from './followCursor';
import { RECOGNITION_SELECTOR } from '../services/selectors';

/**
 * Inlay hints: the name of a recognised code written after it, with its
 * meaning in the tooltip and a click that opens the detail view. Which codes
 * get one is decided by `statusCodeLens.annotate.*` (see annotationChannels).
 * Only the requested range is read, so hints cost the same in a large log.
 */
export function registerInlayHints(config: Config, catalogs: CatalogStore, log: vscode.LogOutputChannel, focus?: CursorFocus): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.InlayHintsProvider = {
    onDidChangeInlayHints: changed.event,
    provideInlayHints: async (document, range, token) => {
      try {
        return await hintsFor(document, range, token, config, catalogs, focus);
      } catch (error) {
        log.error(`Inlay hints failed in ${document.uri.toString(true)}: ${errorDetail(error)}`);
        return [];
      }
    },
  };
  const fire = () => changed.fire();
  return vscode.Disposable.from(
    changed,
    config.onDidChange(fire),
    catalogs.onDidChange(fire),
    onDidChangeEditorChannels(fire),
    ...(focus ? [focus.onDidChange(fire)] : []),
    vscode.languages.registerInlayHintsProvider(RECOGNITION_SELECTOR, provider),
  );
}

async function hintsFor(
  document: vscode.TextDocument,
  range: vscode.Range,
  token: vscode.CancellationToken,
  config: Config,
  catalogs: CatalogStore,
  focus: CursorFocus | undefined,
): Promise<vscode.InlayHint[]> {
  const settings = config.get(document);
  const channels = channelsFor(document, settings);
  if ((!channels.codes.inlay && !channels.caseLabels.inlay) || exclusionReason(document, settings) !== undefined) {
    return [];
  }
  let lines = { start: range.start.line, end: range.end.line };
  const focused = focus?.linesFor(document);
  if (focused) {
    lines = { start: Math.max(lines.start, focused.start), end: Math.min(lines.end, focused.end) };
    if (lines.start > lines.end) {
      return [];
    }
  }
  const index = await catalogs.index();
  if (token.isCancellationRequested || index.size === 0) {
    return [];
  }
  const recognizer = Recognizer.for(index, settings);
  const context = documentContextFor(document, recognizer, settings);
  const lineAt = (line: number) => (line >= 0 && line < document.lineCount ? document.lineAt(line).text : undefined);
  const options = inlayOptions(channels.codes, channels.caseLabels, settings.codeLensMinConfidence, settings.ignoreCodes);
  const plans = inlayPlan(recognizer, lineAt, lines, context, options, () => token.isCancellationRequested);
  return token.isCancellationRequested ? [] : plans.map((plan) => toInlayHint(plan, document));
}

function toInlayHint(plan: InlayPlan, document: vscode.TextDocument): vscode.InlayHint {
  const args: ExplainArguments = { uri: document.uri, line: plan.line, character: plan.start };
  const tooltip = new vscode.MarkdownString(plan.tooltip, false);
  // Catalog text is data: no trusted content, no HTML, no command links.
  tooltip.isTrusted = false;
  tooltip.supportHtml = false;
  const part = new vscode.InlayHintLabelPart(plan.label);
  part.tooltip = tooltip;
  part.command = { title: 'Explain this code', command: 'statusCodeLens.explain', arguments: [args] };
  const hint = new vscode.InlayHint(new vscode.Position(plan.line, plan.end), [part]);
  hint.paddingLeft = true;
  return hint;
}
