import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { afterEvent, hoverText, openText, positionOf, ready } from './helpers';

/**
 * The light bulb's actions at a position. The built-in TypeScript support also
 * answers, and it cancels its answer when the document changed moments
 * before (as after a fix), which cancels the whole request: it is asked again.
 */
async function actionsAt(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CodeAction[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(position, position));
    } catch (error) {
      if (attempt >= 5 || !(error instanceof Error) || !/Canceled/.test(error.message)) throw error;
    }
  }
}

/**
 * The action titled `title` at a position. In the web worker host the first
 * request for a document just opened in an editor can come back empty, with
 * no provider asked (the workbench cancels it while the editor settles), so
 * the request is made again until the action is there or the tries run out.
 */
async function actionAt(document: vscode.TextDocument, position: vscode.Position, title: RegExp): Promise<vscode.CodeAction> {
  let actions: vscode.CodeAction[] = [];
  for (let attempt = 1; attempt <= 20; attempt++) {
    actions = await actionsAt(document, position);
    if (actions.some((a) => title.test(a.title))) {
      break;
    }
  }
  return find(actions, title);
}

function find(actions: readonly vscode.CodeAction[], title: RegExp): vscode.CodeAction {
  const action = actions.find((a) => title.test(a.title));
  assert.ok(action, `an action matching ${title} among: ${actions.map((a) => a.title).join(' | ')}`);
  return action;
}

/** Runs what choosing the action in the light bulb runs: its edit, then its command. */
async function apply(action: vscode.CodeAction): Promise<void> {
  if (action.edit) {
    assert.ok(await vscode.workspace.applyEdit(action.edit), 'the edit applies');
  }
  if (action.command) {
    await vscode.commands.executeCommand(action.command.command, ...((action.command.arguments ?? []) as unknown[]));
  }
}

const SWITCH = [
  '// Clickatell One API message status callbacks.',
  'export function onStatus(statusCode: number): string {',
  '  switch (statusCode) {',
  '    case 2:',
  "      return 'queued';",
  '    case 23:',
  "      return 'failed';",
  '    default:',
  "      return 'other';",
  '  }',
  '}',
  '',
].join('\n');

describe('Quick fixes', function () {
  // The first fix of a run loads the case generator and opens untitled editors; on a loaded machine that takes a while.
  this.timeout(60_000);

  before(async () => {
    await ready();
  });

  it('adds the missing cases from the light bulb on the switch, before its default, each throwing since the switch returns', async () => {
    const document = await openText(SWITCH, 'typescript');
    await vscode.window.showTextDocument(document);
    const action = await actionAt(document, positionOf(document, 'switch', 2), /^Add the (\d+) missing cases \(Clickatell One API message statuses\)$/);
    assert.equal(action.kind?.value, vscode.CodeActionKind.QuickFix.value);
    const count = Number(/\d+/.exec(action.title)?.[0]);
    await apply(action);
    const text = document.getText();
    const labels = [...text.matchAll(/^\s*case (\d+):/gm)].map((m) => Number(m[1]));
    assert.equal(labels.length, 2 + count, `${count} cases were added`);
    assert.ok(labels.includes(4) && labels.includes(20));
    assert.ok(text.lastIndexOf('case ') < text.indexOf('default:'), 'before the default');
    assert.equal(new Set(labels).size, labels.length, 'no label twice');
    // Every branch of this switch returns, so a new one that breaks would end the function without a value.
    assert.doesNotMatch(text, /break;/);
    assert.match(text, /^ {4}case 4:\n {6}throw new Error\(`Status code \$\{statusCode\} is not handled yet`\);$/m);
  });

  it('adds throwing arms to a C# switch expression over HTTP statuses, before its discard arm', async () => {
    const source = [
      'public static class Problems',
      '{',
      '    public static string TitleFor(int statusCode) => statusCode switch',
      '    {',
      '        404 => "Nothing lives here",',
      '        >= 500 and < 600 => "Our fault",',
      '        _ => "Something went wrong",',
      '    };',
      '}',
      '',
    ].join('\n');
    const document = await openText(source, 'csharp');
    await vscode.window.showTextDocument(document);
    const action = await actionAt(document, positionOf(document, 'switch', 2), /^Add the (\d+) missing cases \(HTTP status codes\)$/);
    await apply(action);
    const text = document.getText();
    assert.match(text, /^ {8}200 => throw new System\.NotImplementedException\("Status code " \+ statusCode \+ " is not handled yet"\),$/m);
    assert.ok(text.indexOf('200 => throw') < text.indexOf('_ => "Something went wrong"'), 'before the discard arm');
    assert.doesNotMatch(text, /^ {8}(404|50\d) => throw/m, 'codes the switch handles are not added again');
    const discard = source.indexOf('        _ =>');
    assert.ok(text.startsWith(source.slice(0, discard)) && text.endsWith(source.slice(discard)), 'the original text is kept around the new arms');
  });

  it('silences a line with the ignore comment, and the line loses its lens', async () => {
    const ts = await openText('// Clickatell One API status callback\nfunction f(s: { statusCode: number }) {\n  if (s.statusCode === 23) {}\n}\n', 'typescript');
    await vscode.window.showTextDocument(ts);
    await apply(await actionAt(ts, positionOf(ts, '=== 23', 4), /^Silence status-code-lens here$/));
    assert.equal(ts.lineAt(2).text, '  // status-code-lens-ignore-next-line');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', ts.uri);
    assert.ok(!lenses.some((lens) => lens.range.start.line === 3), 'the silenced line has no lens');
  });

  it('writes the ignore comment in Python’s comment syntax', async () => {
    const py = await openText('# Clickatell One API status callback\ndef f(status_code):\n    if status_code == 23:\n        pass\n', 'python');
    await vscode.window.showTextDocument(py);
    await apply(await actionAt(py, positionOf(py, '== 23', 3), /^Silence status-code-lens here$/));
    assert.equal(py.lineAt(2).text, '    # status-code-lens-ignore-next-line');
  });

  it('replaces a code with the constant the file declares for it, and offers nothing where none is declared', async () => {
    const source = '// Clickatell One API status callback\nexport const DELIVERY_FAILURE = 23;\nexport function f(s: { statusCode: number }) {\n  return s.statusCode === 23;\n}\n';
    const document = await openText(source, 'typescript');
    const action = find(await actionsAt(document, positionOf(document, '=== 23', 4)), /^Replace 23 with DELIVERY_FAILURE$/);
    await apply(action);
    assert.equal(document.lineAt(3).text, '  return s.statusCode === DELIVERY_FAILURE;');
    assert.equal(document.lineAt(1).text, 'export const DELIVERY_FAILURE = 23;', 'the declaration keeps its value');

    const without = await openText(source.replace('export const DELIVERY_FAILURE = 23;\n', ''), 'typescript');
    const titles = (await actionsAt(without, positionOf(without, '=== 23', 4))).map((a) => a.title);
    assert.ok(!titles.some((t) => t.startsWith('Replace')), titles.join(' | '));
  });

  it('replaces a status with the constant of the HTTP library the file imports, and offers none without the import', async () => {
    const source = 'package api\n\nimport (\n\t"net/http"\n)\n\nfunc notFound(w http.ResponseWriter) {\n\tw.WriteHeader(404)\n}\n';
    const document = await openText(source, 'go');
    await apply(find(await actionsAt(document, positionOf(document, '404', 1)), /^Replace 404 with http\.StatusNotFound$/));
    assert.equal(document.lineAt(7).text, '\tw.WriteHeader(http.StatusNotFound)');

    const without = await openText(source.replace('\t"net/http"\n', '\t"fmt"\n'), 'go');
    const titles = (await actionsAt(without, positionOf(without, '404', 1))).map((a) => a.title);
    assert.ok(!titles.some((t) => t.startsWith('Replace')), titles.join(' | '));
  });

  it('never annotates a code again once the workspace says so', async () => {
    const document = await openText('// Clickatell One API status callback\nif (s.statusCode === 23) {}\n', 'typescript');
    const position = positionOf(document, '=== 23', 4);
    const action = find(await actionsAt(document, position), /^Never annotate code 23 in this workspace$/);
    const section = () => vscode.workspace.getConfiguration('statusCodeLens');
    const changed = (e: vscode.ConfigurationChangeEvent) => e.affectsConfiguration('statusCodeLens.ignoreCodes');
    try {
      await afterEvent(vscode.workspace.onDidChangeConfiguration, () => apply(action), changed);
      assert.deepEqual(section().inspect('ignoreCodes')?.workspaceValue, [23]);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
      assert.doesNotMatch(hoverText(hovers), /DELIVERY_FAILURE/);
    } finally {
      await afterEvent(vscode.workspace.onDidChangeConfiguration, () => section().update('ignoreCodes', undefined, vscode.ConfigurationTarget.Workspace), changed);
    }
  });
});
