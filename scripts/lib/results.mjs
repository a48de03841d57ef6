// Waits for and prints the report the in-editor suite writes, in the Node and the web extension host alike.
import { existsSync, readFileSync, watch } from 'node:fs';
import { join } from 'node:path';
import { say } from './codeServer.mjs';

/** @typedef {import('../../test/editor/report.js').EditorResults} EditorResults */

/**
 * Resolves with the parsed report once the results file says it is done, or
 * with undefined once the run has been quiet for `deadlineMs`: since the
 * start, or since the last sign of life `quietFor` measures.
 * @param {string} file
 * @param {number} deadlineMs
 * @param {Promise<string>} stopEarly resolves with the reason when waiting longer is pointless
 * @param {() => number} [quietFor] milliseconds since the run last showed progress
 * @returns {Promise<EditorResults | { aborted: string } | undefined>}
 */
export function waitForResults(file, deadlineMs, stopEarly, quietFor) {
  const startedAt = Date.now();
  const quiet = quietFor ?? (() => Date.now() - startedAt);
  return new Promise((resolve) => {
    let settled = false;
    /** @param {EditorResults | { aborted: string } | undefined} value */
    const finish = (value) => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      watcher?.close();
      resolve(value);
    };
    const check = () => {
      if (!existsSync(file)) return;
      try {
        const report = /** @type {EditorResults} */ (JSON.parse(readFileSync(file, 'utf8')));
        if (report.done === true) finish(report);
      } catch {
        // Not complete yet; the next change or poll reads it again.
      }
    };
    // A file-system watch answers at once; the short poll covers file systems where watching misses events.
    /** @type {import('node:fs').FSWatcher | undefined} */
    let watcher;
    try {
      watcher = watch(join(file, '..'), () => check());
    } catch {
      watcher = undefined;
    }
    const poll = setInterval(() => {
      check();
      if (quiet() > deadlineMs) finish(undefined);
    }, 250);
    // Settles this promise; `stopEarly` never rejects.
    void stopEarly.then((reason) => {
      check();
      if (!settled) finish({ aborted: reason });
    });
    check();
  });
}

/** @param {EditorResults} report */
export function printReport(report) {
  // Where the suite ran, in the words of the web suite's own check: the evidence that a run was in the host it was meant for.
  if (report.host) say(`  extension host of the suite: worker scope: ${report.host.workerScope}, Node: ${report.host.node ?? 'none'}`);
  for (const test of report.tests) {
    const ms = test.durationMs ?? 0;
    const slow = ms >= 1000 ? ` (${(ms / 1000).toFixed(1)} s)` : '';
    say(`  ${test.state === 'passed' ? 'ok  ' : 'FAIL'} ${test.title}${slow}`);
  }
  for (const failure of report.failures) {
    say(`\n  ✗ ${failure.title}\n    ${failure.message.split('\n').join('\n    ')}`);
  }
}
