import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { afterEvent, openFixture, openText, positionOf, ready, withSetting } from './helpers';

async function lensesOf(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, 100);
  return lenses.filter((lens) => lens.command?.command.startsWith('statusCodeLens.') || /^handles \d+ of \d+/.test(lens.command?.title ?? ''));
}

function onLine(lenses: readonly vscode.CodeLens[], line: number): vscode.CodeLens[] {
  return lenses.filter((lens) => lens.range.start.line === line);
}

describe('CodeLens', () => {
  before(async () => {
    await ready();
  });

  it('shows the meaning above a line comparing a code, and opens the explanation on click', async () => {
    const document = await openFixture('recognize/handler.ts');
    const line = positionOf(document, '=== 23').line;
    const [lens] = onLine(await lensesOf(document), line);
    assert.ok(lens?.command, 'a lens above the comparison');
    assert.equal(lens.command.title, '23 DELIVERY_FAILURE · Error delivering message · Clickatell');
    assert.equal(lens.command.command, 'statusCodeLens.explain');
    const [args] = lens.command.arguments as { uri: vscode.Uri; line: number; character: number }[];
    assert.equal(args?.uri.toString(), document.uri.toString());
    assert.equal(args?.line, line);
    assert.equal(args?.character, positionOf(document, '=== 23', 4).character);
  });

  it('summarises a switch over codes and offers to add the missing cases', async () => {
    const document = await openFixture('recognize/handler.ts');
    const header = positionOf(document, 'switch (callback.statusCode)').line;
    const [summary] = onLine(await lensesOf(document), header);
    assert.ok(summary?.command);
    assert.match(summary.command.title, /^handles 3 of \d+ Clickatell One API message statuses$/);
    assert.equal(summary.command.command, 'statusCodeLens.addMissingCases');
    const [args] = summary.command.arguments as { uri: vscode.Uri; line: number; catalogId: string }[];
    assert.equal(args?.catalogId, 'clickatell-one-api-message-status');
    assert.equal(args?.line, header);
  });

  it('puts no lens on numbers that are not codes, nor on ignored lines', async () => {
    const document = await openFixture('recognize/handler.ts');
    const lenses = await lensesOf(document);
    for (const needle of ['setTimeout', 'width = 404', '=== 25']) {
      assert.deepEqual(onLine(lenses, positionOf(document, needle).line), [], needle);
    }
  });

  it('shows lenses in a log file: JSON lines, key=value lines, access-log lines', async () => {
    const document = await openFixture('recognize/webhooks.log');
    const lenses = await lensesOf(document);
    const titles = (needle: string) => onLine(lenses, positionOf(document, needle).line).map((lens) => lens.command?.title ?? '');
    // `"statusCode":23` and `"status":"DELIVERY_FAILURE"` say one thing: one lens.
    assert.deepEqual(titles('"statusCode":23'), ['23 DELIVERY_FAILURE · Error delivering message · Clickatell']);
    assert.match(titles('"code":101')[0] ?? '', /^101 /);
    assert.match(titles('status=7203')[0] ?? '', /^7203 .*Webex Connect SMS$/);
    assert.match(titles('" 503')[0] ?? '', /^503 Service Unavailable/);
    assert.deepEqual(titles('pid=4312'), []);
  });

  it('honours codeLens.enabled, the cap and the confidence threshold', async () => {
    const document = await openFixture('recognize/webhooks.log');
    assert.ok((await lensesOf(document)).length > 3);
    const restoreCap = await withSetting('codeLens.maxPerDocument', 2);
    try {
      const capped = await lensesOf(document);
      assert.equal(capped.length, 2);
      assert.equal(capped[0]?.range.start.line, 0, 'the first lenses from the top are kept');
    } finally {
      await restoreCap();
    }
    const restoreConfidence = await withSetting('codeLens.minConfidence', 1);
    try {
      assert.deepEqual(await lensesOf(document), []);
    } finally {
      await restoreConfidence();
    }
    const restoreEnabled = await withSetting('codeLens.enabled', false);
    try {
      assert.deepEqual(await lensesOf(document), []);
    } finally {
      await restoreEnabled();
    }
  });

  it('toggles lenses with the command, in the settings where they are decided', async () => {
    const document = await openFixture('recognize/handler.ts');
    await vscode.window.showTextDocument(document);
    const read = () => vscode.workspace.getConfiguration('statusCodeLens', document).get<boolean>('codeLens.enabled');
    const restore = await withSetting('codeLens.enabled', true);
    try {
      await afterEvent(vscode.workspace.onDidChangeConfiguration, () => vscode.commands.executeCommand('statusCodeLens.toggleCodeLens'), (e) =>
        e.affectsConfiguration('statusCodeLens.codeLens.enabled'),
      );
      assert.equal(read(), false);
      assert.equal(vscode.workspace.getConfiguration('statusCodeLens').inspect('codeLens.enabled')?.workspaceValue, false, 'flipped where it was set');
      assert.deepEqual(await lensesOf(document), []);
      await afterEvent(vscode.workspace.onDidChangeConfiguration, () => vscode.commands.executeCommand('statusCodeLens.toggleCodeLens'), (e) =>
        e.affectsConfiguration('statusCodeLens.codeLens.enabled'),
      );
      assert.equal(read(), true);
      assert.ok((await lensesOf(document)).length > 0);
    } finally {
      await restore();
    }
  });

  it('shows lenses only around the visible part of a large document', async () => {
    const line = '2026-11-22T10:15:07Z WARN clickatell callback {"messageId":"a1f3","statusCode":23,"status":"DELIVERY_FAILURE"}';
    const document = await openText(Array.from({ length: 5000 }, () => line).join('\n'), 'log');
    await vscode.window.showTextDocument(document);
    const restoreThreshold = await withSetting('largeFileThreshold', 4096);
    const restoreCap = await withSetting('codeLens.maxPerDocument', 10000);
    try {
      const lenses = await lensesOf(document);
      assert.ok(lenses.length > 0, 'lenses arrive');
      const lastLine = Math.max(...lenses.map((lens) => lens.range.start.line));
      assert.ok(lastLine < 500, `lenses stop near the visible range (last on line ${lastLine})`);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, new vscode.Position(4000, line.indexOf(':23') + 1));
      assert.ok(hovers.length > 0, 'hover answers anywhere in the document');
    } finally {
      await restoreCap();
      await restoreThreshold();
    }
  });
});
