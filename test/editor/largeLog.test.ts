import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { generateLog } from '../../bench/generate';
import type { StatusCodeLensApi } from '../../src/extension';
import { afterEvent, hoverText, ready, withSetting, workspaceFolder } from './helpers';

/**
 * A generated multi-megabyte webhook log, written into the workspace as a
 * real file: lenses must arrive and a hover must answer deep in the file.
 * Correctness only; how fast they are is the benchmark's business.
 */

const LOG_BYTES = 5 * 1024 * 1024;
const STATUS_KEY = '"statusCode":';

function lensesOf(uri: vscode.Uri): Thenable<vscode.CodeLens[]> {
  return vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 1000);
}

describe('A large generated log', () => {
  let api: StatusCodeLensApi;
  let folder: vscode.Uri;
  let uri: vscode.Uri;
  let text: string;

  before(async () => {
    api = await ready();
    folder = vscode.Uri.joinPath(workspaceFolder().uri, 'generated');
    uri = vscode.Uri.joinPath(folder, 'webhooks-large.log');
    text = generateLog(LOG_BYTES);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  /** The position of the digits of the first `"statusCode":N` at or after `fraction` of the file, and N. */
  function statusCodeAfter(document: vscode.TextDocument, fraction: number): { position: vscode.Position; code: number } {
    const at = text.indexOf(STATUS_KEY, Math.floor(text.length * fraction));
    assert.ok(at >= 0, `the generated log has a ${STATUS_KEY} line after ${fraction * 100}% of it`);
    const start = at + STATUS_KEY.length;
    const digits = /^\d+/.exec(text.slice(start, start + 12))?.[0];
    assert.ok(digits, 'a number follows the key');
    return { position: document.positionAt(start), code: Number(digits) };
  }

  it('gets lenses from the top, capped, with the meaning of each line', async () => {
    const document = await vscode.workspace.openTextDocument(uri);
    assert.ok(document.lineCount > 30_000, `a multi-megabyte log (${document.lineCount} lines)`);
    const cap = vscode.workspace.getConfiguration('statusCodeLens', document).get<number>('codeLens.maxPerDocument') ?? 200;
    const lenses = (await lensesOf(uri)).filter((lens) => lens.command?.command === 'statusCodeLens.explain');
    assert.equal(lenses.length, cap, 'the cap is reached in a log full of codes');
    const { position, code } = statusCodeAfter(document, 0);
    const onLine = lenses.filter((lens) => lens.range.start.line === position.line).map((lens) => lens.command?.title ?? '');
    assert.ok(
      onLine.some((title) => title.startsWith(`${code} `)),
      `a lens for ${code} above line ${position.line + 1}: ${JSON.stringify(onLine)}`,
    );
  });

  it('answers a hover deep in the file with the Clickatell meaning', async () => {
    const document = await vscode.workspace.openTextDocument(uri);
    const { position, code } = statusCodeAfter(document, 0.95);
    assert.ok(position.line > document.lineCount * 0.9, 'the hovered line is near the end');
    const index = await api.catalogs.index();
    const entry = index.byCode(code).find((match) => match.catalog.id === 'clickatell-one-api-message-status')?.entry;
    assert.ok(entry, `the Clickatell message status catalog has ${code}`);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position.translate(0, 1));
    const shown = hoverText(hovers);
    assert.match(shown, new RegExp(`\\b${code}\\b`));
    assert.ok(entry.name === undefined || shown.includes(entry.name), `the hover names ${entry.name}: ${shown.slice(0, 300)}`);
    assert.match(shown, /Clickatell/);
  });

  it('follows the visible part once the log counts as large', async () => {
    const restoreThreshold = await withSetting('largeFileThreshold', 1024 * 1024);
    try {
      const editor = await vscode.window.showTextDocument(uri);
      const { position, code } = statusCodeAfter(editor.document, 0.8);
      if (!editor.visibleRanges.some((range) => range.contains(position))) {
        await afterEvent(
          vscode.window.onDidChangeTextEditorVisibleRanges,
          () => editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenter),
          (event) => event.textEditor === editor && event.visibleRanges.some((range) => range.contains(position)),
        );
      }
      const lenses = (await lensesOf(uri)).filter((lens) => lens.command?.command === 'statusCodeLens.explain');
      assert.ok(lenses.length > 0, 'lenses arrive around the visible lines');
      const lines = lenses.map((lens) => lens.range.start.line);
      assert.ok(Math.min(...lines) > position.line - 500 && Math.max(...lines) < position.line + 500, `lenses only near line ${position.line + 1}: ${Math.min(...lines) + 1}–${Math.max(...lines) + 1}`);
      assert.ok(
        lenses.some((lens) => lens.range.start.line === position.line && lens.command?.title.startsWith(`${code} `)),
        `a lens for ${code} on the revealed line`,
      );
    } finally {
      await restoreThreshold();
    }
  });
});
