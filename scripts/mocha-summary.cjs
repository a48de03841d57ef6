// A mocha reporter: the usual dots, then one closing line "<label>: N passed, N failed",
// the same shape the in-editor run prints, so every test layer reports its counts alike.
// The label comes from `--reporter-option label=unit`.
const Mocha = require('mocha');

const { Dot } = Mocha.reporters;
const { EVENT_RUN_END } = Mocha.Runner.constants;

class Summary extends Dot {
  constructor(runner, options) {
    super(runner, options);
    const label = options?.reporterOption?.label ?? options?.reporterOptions?.label ?? 'tests';
    runner.once(EVENT_RUN_END, () => {
      process.stdout.write(`${label}: ${this.stats.passes} passed, ${this.stats.failures} failed\n`);
    });
  }
}

module.exports = Summary;
