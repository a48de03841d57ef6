// A mocha reporter: the usual dots, then one closing line "<label>: N passed, N failed"
// (", N skipped" when tests were skipped, each reason on a line above it), the same
// shape the in-editor run prints, so every test layer reports its counts alike.
// The label comes from `--reporter-option label=unit`.
const Mocha = require('mocha');

const { Dot } = Mocha.reporters;
const { EVENT_RUN_END } = Mocha.Runner.constants;

class Summary extends Dot {
  /**
   * @param {import('mocha').Runner} runner
   * @param {{ reporterOption?: { label?: string }, reporterOptions?: { label?: string } }} [options]
   */
  constructor(runner, options) {
    super(runner, options);
    const label = options?.reporterOption?.label ?? options?.reporterOptions?.label ?? 'tests';
    runner.once(EVENT_RUN_END, () => {
      const skipped = this.stats.pending;
      // Tests that skip themselves leave their reason here (test/unit/sharedDocuments.ts).
      for (const reason of /** @type {{ __sclSkipReasons?: string[] }} */ (globalThis).__sclSkipReasons ?? []) {
        process.stdout.write(`skipped: ${reason}\n`);
      }
      const tail = skipped > 0 ? `, ${skipped} skipped` : '';
      process.stdout.write(`${label}: ${this.stats.passes} passed, ${this.stats.failures} failed${tail}\n`);
    });
  }
}

module.exports = Summary;
