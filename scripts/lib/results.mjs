// Waits for and prints the report the in-editor suite writes, in the Node and the web extension host alike.
import { existsSync, readFileSync, watch } from 'node:fs';
import { join } from 'node:path';
import { say } from './codeServer.mjs';

/** Resolves with the parsed report once the results file says it is done, or with undefined at the deadline. */
export function waitForResults(file, deadlineMs, stopEarly) {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (value) => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      clearTimeout(timer);
      watcher?.close();
      resolve(value);
    };
    const check = () => {
      if (!existsSync(file)) return;
      try {
        const report = JSON.parse(readFileSync(file, 'utf8'));
        if (report.done === true) finish(report);
      } catch {
        // Not complete yet; the next change or poll reads it again.
      }
    };
    // A file-system watch answers at once; the short poll covers file systems where watching misses events.
    let watcher;
    try {
      watcher = watch(join(file, '..'), () => check());
    } catch {
      watcher = undefined;
    }
    const poll = setInterval(check, 250);
    const timer = setTimeout(() => finish(undefined), deadlineMs);
    stopEarly.then((reason) => {
      check();
      if (!settled) finish({ aborted: reason });
    });
    check();
  });
}

export function printReport(report) {
  for (const test of report.tests) {
    const slow = test.durationMs >= 1000 ? ` (${(test.durationMs / 1000).toFixed(1)} s)` : '';
    say(`  ${test.state === 'passed' ? 'ok  ' : 'FAIL'} ${test.title}${slow}`);
  }
  for (const failure of report.failures) {
    say(`\n  ✗ ${failure.title}\n    ${failure.message.split('\n').join('\n    ')}`);
  }
}
