import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { hoverText, openFixture, openText, positionOf, ready, withSetting } from './helpers';

async function hoversAt(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover[]> {
  return vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
}

/** Our hovers only: other extensions of the host (none in the test editor, but maybe on a desktop) are left out. */
function ours(hovers: readonly vscode.Hover[]): vscode.Hover[] {
  return hovers.filter((hover) => /Clickatell|Webex|IETF|GeniqTech|HTTP/.test(hoverText([hover])));
}

describe('Hover', () => {
  before(async () => {
    await ready();
  });

  it('explains a status compared in a TypeScript handler, over the literal only', async () => {
    const document = await openFixture('recognize/handler.ts');
    const position = positionOf(document, '=== 23', 4);
    const hovers = ours(await hoversAt(document, position));
    assert.equal(hovers.length, 1);
    const text = hoverText(hovers);
    assert.match(text, /DELIVERY_FAILURE/);
    assert.match(text, /Clickatell/);
    assert.match(text, /Also means/);
    const range = hovers[0]?.range;
    assert.ok(range);
    assert.equal(document.getText(range), '23');
  });

  it('explains a case label from the switch it belongs to', async () => {
    const document = await openFixture('recognize/handler.ts');
    const text = hoverText(ours(await hoversAt(document, positionOf(document, 'case 20', 5))));
    assert.match(text, /EXPIRED/);
  });

  it('shows nothing over numbers that are not codes', async () => {
    const document = await openFixture('recognize/handler.ts');
    assert.deepEqual(ours(await hoversAt(document, positionOf(document, '1000', 1))), []);
    assert.deepEqual(ours(await hoversAt(document, positionOf(document, '404', 1))), []);
  });

  it('honours the ignore comment', async () => {
    const document = await openFixture('recognize/handler.ts');
    assert.deepEqual(ours(await hoversAt(document, positionOf(document, '=== 25', 4))), []);
  });

  it('explains codes and names in a Python match', async () => {
    const document = await openFixture('recognize/callback.py');
    assert.match(hoverText(ours(await hoversAt(document, positionOf(document, '== 23', 3)))), /DELIVERY_FAILURE/);
    assert.match(hoverText(ours(await hoversAt(document, positionOf(document, '"QUEUED"', 2)))), /Message is queued/);
  });

  it('explains JSON lines, key=value lines and access-log statuses in a log file', async () => {
    const document = await openFixture('recognize/webhooks.log');
    assert.match(hoverText(ours(await hoversAt(document, positionOf(document, '"statusCode":23', 14)))), /DELIVERY_FAILURE/);
    assert.match(hoverText(ours(await hoversAt(document, positionOf(document, '"code":101', 8)))), /Clickatell One API errors/);
    assert.match(hoverText(ours(await hoversAt(document, positionOf(document, 'status=7203', 8)))), /Webex Connect/);
    assert.match(hoverText(ours(await hoversAt(document, positionOf(document, '" 503', 3)))), /Service Unavailable/);
    assert.deepEqual(ours(await hoversAt(document, positionOf(document, 'pid=4312', 5))), []);
  });

  it('reads a code under the object it sits in when the object opens on an earlier line of a JSON file', async () => {
    const document = await openFixture('recognize/delivery-receipt.json');
    const status = hoverText(ours(await hoversAt(document, positionOf(document, '"code": 23', 9, 0))));
    const error = hoverText(ours(await hoversAt(document, positionOf(document, '"code": 23', 9, 1))));
    assert.match(status.split('Also means')[0] ?? '', /DELIVERY_FAILURE/);
    assert.match(error.split('Also means')[0] ?? '', /Clickatell One API errors/);
  });

  it('works in an untitled document', async () => {
    const document = await openText('if (res.statusCode === 429) { backOff(); }\n', 'javascript');
    assert.match(hoverText(ours(await hoversAt(document, positionOf(document, '429', 1)))), /Too Many Requests/);
  });

  it('is never trusted Markdown', async () => {
    const document = await openFixture('recognize/handler.ts');
    const [hover] = ours(await hoversAt(document, positionOf(document, '=== 23', 4)));
    for (const content of hover?.contents ?? []) {
      if (content instanceof vscode.MarkdownString) {
        assert.notEqual(content.isTrusted, true);
        assert.notEqual(content.supportHtml, true);
      }
    }
  });

  it('stays silent when hovers are disabled', async () => {
    const document = await openFixture('recognize/handler.ts');
    const restore = await withSetting('hover.enabled', false);
    try {
      assert.deepEqual(ours(await hoversAt(document, positionOf(document, '=== 23', 4))), []);
    } finally {
      await restore();
    }
    assert.equal(ours(await hoversAt(document, positionOf(document, '=== 23', 4))).length, 1);
  });

  it('stays silent in excluded languages and files', async () => {
    const document = await openFixture('recognize/webhooks.log');
    const position = positionOf(document, '"statusCode":23', 14);
    const restoreLanguages = await withSetting('exclude.languages', [document.languageId]);
    try {
      assert.deepEqual(ours(await hoversAt(document, position)), []);
    } finally {
      await restoreLanguages();
    }
    const restoreFiles = await withSetting('exclude.files', ['recognize/*.log']);
    try {
      assert.deepEqual(ours(await hoversAt(document, position)), []);
    } finally {
      await restoreFiles();
    }
    assert.equal(ours(await hoversAt(document, position)).length, 1);
  });
});
