import vscode = require('vscode');
import { showWarning } from './notifier';
import { uiText } from '../core/render/uiText';
import type { CatalogProblem } from '../core/catalog/parse';
import { ProblemNoticePolicy } from '../core/catalog/problemNotices';

/**
 * Tells the user about broken catalog files without nagging: problems go to
 * the log, and a single non-modal warning with "Show details" appears as
 * `ProblemNoticePolicy` decides.
 */
export class CatalogProblemNotice {
  private readonly policy = new ProblemNoticePolicy();

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /**
   * Takes the complete list of current problems after each load.
   * `stillServed` tells whether a last good version of the file is still in use.
   */
  update(problems: readonly CatalogProblem[], stillServed: (file: string) => boolean): void {
    const { log, notify } = this.policy.update(problems);
    for (const problem of log) {
      this.log.warn(problem.message);
    }
    const first = notify[0];
    if (first === undefined) {
      return;
    }
    const text =
      notify.length === 1
        ? `Status Code Lens: the catalog file ${uiText(baseName(first), 120)} has a problem; ${stillServed(first) ? 'its last good version stays in use' : 'it is not used'} until it is fixed.`
        : `Status Code Lens: ${notify.length} catalog files have problems and are not used as they are until fixed.`;
    void showWarning(text, 'Show details').then(
      (choice) => {
        this.policy.closed();
        if (choice) {
          this.log.show(true);
        }
      },
      () => this.policy.closed(),
    );
  }
}

function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}
