import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Catalog } from '../../src/core/catalog/types';
import { openFixture, openText, ready } from './helpers';

const CATALOG_ID = 'clickatell-one-api-message-status';

/** The position at the end of the line after the first line containing `header`: the blank line of an empty block. */
function blankLineAfter(document: vscode.TextDocument, header: string): vscode.Position {
  const headerLine = document.getText().split('\n').findIndex((line) => line.includes(header));
  assert.ok(headerLine >= 0, `"${header}" is in ${document.uri.path}`);
  return document.lineAt(headerLine + 1).range.end;
}

function insertText(item: vscode.CompletionItem): string {
  return typeof item.insertText === 'string' ? item.insertText : (item.insertText?.value ?? '');
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

async function completions(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.CompletionItem[]> {
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position);
  return list.items;
}

/** Codes the generated branches must list: every code of the catalog except reserved ones, ranges code by code. */
function expectedCodes(catalog: Catalog): number[] {
  const codes: number[] = [];
  for (const entry of catalog.entries) {
    if (entry.reserved) continue;
    for (let code = entry.code; code <= (entry.to ?? entry.code); code++) codes.push(code);
  }
  return codes;
}

describe('Completion of exhaustive branches', () => {
  let catalog: Catalog;

  before(async () => {
    const api = await ready();
    const found = (await api.catalogs.index()).catalog(CATALOG_ID);
    assert.ok(found, `the ${CATALOG_ID} catalog is loaded`);
    catalog = found;
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('offers every Clickatell status as case branches inside an empty TypeScript switch over statusCode', async () => {
    const document = await openFixture('generate/statusSwitch.ts');
    const items = await completions(document, blankLineAfter(document, 'switch (statusCode) {'));
    const handleAll = items.filter((item) => labelOf(item).startsWith('Handle all '));
    assert.ok(handleAll.length > 0, `a "Handle all" item is offered among: ${items.slice(0, 20).map(labelOf).join(' | ')}`);
    const best = handleAll.find((item) => item.preselect);
    assert.ok(best, 'the best catalog is preselected');
    assert.equal(labelOf(best), `Handle all ${catalog.title} codes`, 'the document names Clickatell, so its statuses come first');
    const text = insertText(best);
    for (const code of expectedCodes(catalog)) {
      assert.match(text, new RegExp(`^\\s*case ${code}:$`, 'm'), `case ${code} is inserted`);
    }
    assert.match(text, /^\s*default:\n\s*throw new Error\(`Unhandled status code: \\\$\{statusCode\\\}`\);$/m, 'a fallback throws with the code');
    assert.match(text, /\$\{1\}/, 'the branches have tab stops');
  });

  it('offers every Clickatell status as case branches inside an empty Python match', async () => {
    const document = await openFixture('generate/status_match.py');
    const items = await completions(document, blankLineAfter(document, 'match status_code:'));
    const best = items.find((item) => item.preselect && labelOf(item).startsWith('Handle all '));
    assert.ok(best, `a preselected "Handle all" item is offered among: ${items.slice(0, 20).map(labelOf).join(' | ')}`);
    assert.equal(labelOf(best), `Handle all ${catalog.title} codes`);
    const text = insertText(best);
    const listed = new Set([...text.matchAll(/^\s*case ([-\d| ]+):$/gm)].flatMap((m) => (m[1] ?? '').split('|').map((code) => Number(code.trim()))));
    for (const code of expectedCodes(catalog)) {
      assert.ok(listed.has(code), `code ${code} has a case`);
    }
    assert.match(text, /^\s*case _:\n\s*raise ValueError/m, 'a fallback raises with the code');
  });

  it('offers single codes with their names after `case `, also when typing the space triggers it', async () => {
    const document = await openFixture('generate/caseLabel.ts');
    const line = document.getText().split('\n').findIndex((text) => text.trim() === 'case');
    const position = document.lineAt(line).range.end;
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position, ' ');
    const queued = list.items.find((item) => labelOf(item) === '2');
    assert.ok(queued, 'code 2 is offered');
    assert.equal(insertText(queued), '2');
    assert.match(String(queued.detail), /QUEUED/);
    assert.ok(!list.items.some((item) => labelOf(item).startsWith('Handle all ')), 'no whole-block item after `case `');
  });

  it('inserts only the missing cases with the addMissingCases command, before the default', async () => {
    const fixture = await openFixture('generate/partialSwitch.ts');
    const document = await openText(fixture.getText(), 'typescript');
    const editor = await vscode.window.showTextDocument(document);
    const headerLine = document.getText().split('\n').findIndex((line) => line.includes('switch (statusCode) {'));
    const inserted = await vscode.commands.executeCommand<boolean>('statusCodeLens.addMissingCases', { uri: document.uri, line: headerLine, catalogId: CATALOG_ID });
    assert.equal(inserted, true);
    const text = editor.document.getText();
    const labels = [...text.matchAll(/^\s*case (\d+):$/gm)].map((m) => Number(m[1]));
    assert.equal(labels.filter((code) => code === 2).length, 1, 'the handled code 2 is not added again');
    assert.equal(labels.filter((code) => code === 23).length, 1, 'the handled code 23 is not added again');
    for (const code of expectedCodes(catalog)) {
      assert.ok(labels.includes(code), `code ${code} is handled after the command`);
    }
    assert.equal((text.match(/default:/g) ?? []).length, 1, 'no second default is added');
    assert.ok(text.lastIndexOf('case ') < text.indexOf('default:'), 'the new cases go before the default');
  });

  it('generates the type and the exhaustive handler into a new document when no editor is open', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const generated = await vscode.commands.executeCommand<boolean>('statusCodeLens.generateHandler', { catalogId: CATALOG_ID, languageId: 'python' });
    assert.equal(generated, true);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor, 'the new document is shown');
    assert.equal(editor.document.languageId, 'python');
    const text = editor.document.getText();
    assert.match(text, /^class ClickatellStatus\(IntEnum\):$/m);
    assert.match(text, /^def handle_clickatell_status\(status: ClickatellStatus\) -> None:$/m);
    for (const entry of catalog.entries.filter((e) => !e.reserved)) {
      assert.match(text, new RegExp(`^ {4}[A-Z0-9_]+ = ${entry.code}$`, 'm'), `code ${entry.code} is a member`);
    }
    assert.match(text, /^ {12}assert_never\(status\)$/m);
  });
});
