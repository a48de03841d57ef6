import vscode = require('vscode');
import { showError } from './notifier';

/** An error as the log shows it: the stack when there is one, which names the place it came from. */
export function errorDetail(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/**
 * Registers a command whose failures are handled in one way: the error goes
 * to the log with its stack, the user gets one message pointing there, and
 * the command resolves to `onFailure` instead of rejecting.
 * `what` names the work in a sentence, e.g. "Reloading the catalogs".
 */
export function registerCommand<A extends unknown[], R>(
  id: string,
  what: string,
  log: vscode.LogOutputChannel,
  run: (...args: A) => R | Promise<R>,
  onFailure?: R,
): vscode.Disposable {
  return vscode.commands.registerCommand(id, async (...args: A): Promise<R | undefined> => {
    try {
      return await run(...args);
    } catch (error) {
      log.error(`${what} failed: ${errorDetail(error)}`);
      void showError(`Status Code Lens: ${what.charAt(0).toLowerCase()}${what.slice(1)} failed. See the log for details.`, 'Show Log').then((choice) => {
        if (choice) {
          log.show(true);
        }
      });
      return onFailure;
    }
  });
}
