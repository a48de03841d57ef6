import * as vscode from 'vscode';
import type { StatusCodeLensApi } from '../../src/extension';

export const EXTENSION_ID = 'status-code-lens.status-code-lens';

/**
 * Activates the extension and returns its API. Activation is explicit because
 * the provider commands (`vscode.executeHoverProvider` and friends) do not
 * trigger `onLanguage` activation by themselves in every host.
 */
export async function activate(): Promise<StatusCodeLensApi> {
  const extension = vscode.extensions.getExtension<StatusCodeLensApi>(EXTENSION_ID);
  if (!extension) throw new Error(`Extension ${EXTENSION_ID} is not installed in this editor.`);
  return extension.activate();
}

/**
 * Activates the extension and waits until its catalogs are loaded, so the
 * first provider call of a test sees the real data instead of an empty index.
 */
export async function ready(): Promise<StatusCodeLensApi> {
  const api = await activate();
  await api.catalogs.index();
  return api;
}

/** The fixture workspace folder the suite runs in. */
export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('The in-editor suite must run with the fixture workspace open.');
  return folder;
}

/** The URI of a fixture file, given by its path relative to the workspace, e.g. `src/handler.ts`. */
export function fixtureUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, ...relativePath.split('/'));
}

/** Opens a fixture file as a document (not shown in an editor). */
export async function openFixture(relativePath: string): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument(fixtureUri(relativePath));
}

/** Opens a fixture file in an editor, for tests that need a visible editor or a selection. */
export async function showFixture(relativePath: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await openFixture(relativePath));
}

/** Opens an untitled document with the given text and language, for inputs that need no file. */
export async function openText(content: string, language: string): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument({ content, language });
}

/**
 * The position of the `occurrence`-th (0-based) appearance of `needle` in the
 * document, plus `offset` characters into it, so tests point at code by its
 * text instead of by line numbers that shift when a fixture is edited.
 */
export function positionOf(document: vscode.TextDocument, needle: string, offset = 0, occurrence = 0): vscode.Position {
  const text = document.getText();
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" occurs fewer than ${occurrence + 1} time(s) in ${document.uri.path}.`);
  }
  return document.positionAt(index + offset);
}

/**
 * Resolves with the first event that satisfies `accept`, or rejects after
 * `timeoutMs`. Tests wait on events this way instead of sleeping.
 */
export function waitForEvent<T>(event: vscode.Event<T>, accept: (value: T) => boolean = () => true, timeoutMs = 5000): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`The awaited event did not fire within ${timeoutMs} ms.`));
    }, timeoutMs);
    const subscription = event((value) => {
      if (!accept(value)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(value);
    });
  });
}

/**
 * Runs `action` and resolves with the first event after it that `accept`s.
 * The subscription starts before the action, so an event fired synchronously
 * by the action is not missed.
 */
export async function afterEvent<T>(
  event: vscode.Event<T>,
  action: () => unknown,
  accept: (value: T) => boolean = () => true,
  timeoutMs = 5000,
): Promise<T> {
  const waiting = waitForEvent(event, accept, timeoutMs);
  await action();
  return waiting;
}

/** The plain text of a hover's contents, for assertions on what the user reads. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n');
}

/** A settings write goes through the workspace's settings file; on a loaded machine its event can take several seconds. */
const SETTING_TIMEOUT_MS = 15_000;

/**
 * Sets a `statusCodeLens.*` setting for the workspace, waits until the
 * configuration reports the change, and returns a function that restores the
 * previous value and waits for that change too.
 */
export async function withSetting(name: string, value: unknown): Promise<() => Promise<void>> {
  const section = vscode.workspace.getConfiguration('statusCodeLens');
  const previous = section.inspect(name)?.workspaceValue;
  const changed = (event: vscode.ConfigurationChangeEvent) => event.affectsConfiguration(`statusCodeLens.${name}`);
  const update = (next: unknown) => () => vscode.workspace.getConfiguration('statusCodeLens').update(name, next, vscode.ConfigurationTarget.Workspace);
  try {
    await afterEvent(vscode.workspace.onDidChangeConfiguration, update(value), changed, SETTING_TIMEOUT_MS);
  } catch (error) {
    // The value may have been written even though its event came late: put the old one back so later tests do not inherit it.
    await update(previous)();
    throw error;
  }
  return async () => {
    await afterEvent(vscode.workspace.onDidChangeConfiguration, update(previous), changed, SETTING_TIMEOUT_MS);
  };
}
