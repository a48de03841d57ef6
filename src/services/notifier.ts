import vscode = require('vscode');
import { uiText } from '../core/render/uiText';

export type NotificationSeverity = 'info' | 'warning' | 'error';

/** A message as the user saw it, after neutralising. */
export interface Notification {
  readonly severity: NotificationSeverity;
  readonly text: string;
}

/** Longest notification; file names and catalog text inside are cut shorter by their callers. */
const MAX_MESSAGE = 1000;

const emitter = new vscode.EventEmitter<Notification>();

/** Fires for every message shown; the extension's API passes it on so tests can read what the user was told. */
export const onDidNotify: vscode.Event<Notification> = emitter.event;

/**
 * The one way the extension shows a notification. Messages name files and
 * catalogs, which the workspace chooses, and notifications render
 * `[label](command:…)` as a link: the whole text goes through `uiText`, so
 * nothing in it can act. Our own messages hold no link or icon syntax.
 */
function show(severity: NotificationSeverity, message: string, options: vscode.MessageOptions, actions: readonly string[]): Thenable<string | undefined> {
  const text = uiText(message, MAX_MESSAGE);
  emitter.fire({ severity, text });
  const items = actions.map((action) => uiText(action, 100));
  const chosen =
    severity === 'error'
      ? vscode.window.showErrorMessage(text, options, ...items)
      : severity === 'warning'
        ? vscode.window.showWarningMessage(text, options, ...items)
        : vscode.window.showInformationMessage(text, options, ...items);
  // The caller compares the choice with its own action, not with the neutralised label.
  return chosen.then((choice) => (choice === undefined ? undefined : actions[items.indexOf(choice)]));
}

export function showInfo(message: string, ...actions: string[]): Thenable<string | undefined> {
  return show('info', message, {}, actions);
}

export function showWarning(message: string, ...actions: string[]): Thenable<string | undefined> {
  return show('warning', message, {}, actions);
}

export function showError(message: string, ...actions: string[]): Thenable<string | undefined> {
  return show('error', message, {}, actions);
}

/** A modal question; resolves to the chosen action or undefined. */
export function askModal(message: string, ...actions: string[]): Thenable<string | undefined> {
  return show('warning', message, { modal: true }, actions);
}
