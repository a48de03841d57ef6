import { realIndex, recognizerFor } from '../unit/recognize/catalogs';
import { corpusCoverageProblems, readCorpus } from './corpus';
import { evaluateCorpus, figuresOf, type Tally } from './evaluate';
import { evaluationTable, failureLines } from './table';

/**
 * `npm run eval`: scores the recogniser on the labelled corpus of
 * test/eval/corpus and prints the table; `--verbose` also lists every wrong
 * lens or hover and every obvious code missed; `--json` prints the tallies and
 * figures as JSON instead, for comparing two runs; `--only <prefix>` scores only
 * the fixtures whose path starts with the prefix (`--only heldout/`). Exits non-zero when a fixture
 * has unlabelled numbers, so a table is never printed from stale labels.
 */
function main(): void {
  const verbose = process.argv.includes('--verbose');
  const onlyAt = process.argv.indexOf('--only');
  const only = onlyAt >= 0 ? (process.argv[onlyAt + 1] ?? '') : '';
  const corpus = readCorpus().filter((file) => file.path.startsWith(only));
  const problems = corpusCoverageProblems(corpus);
  if (problems.length > 0) {
    console.error(`${problems.length} unlabelled number(s) in the corpus:\n${problems.join('\n')}`);
    process.exitCode = 1;
    return;
  }
  const evaluation = evaluateCorpus(recognizerFor(realIndex()), corpus);
  if (process.argv.includes('--json')) {
    const entry = (tally: Tally) => ({ ...tally, ...figuresOf(tally) });
    const group = (map: ReadonlyMap<string, Tally>) => Object.fromEntries([...map].map(([key, tally]) => [key, entry(tally)]));
    console.log(JSON.stringify({ overall: entry(evaluation.overall), byKind: group(evaluation.byKind), byFamily: group(evaluation.byFamily), byGroup: group(evaluation.byGroup) }, null, 2));
    return;
  }
  console.log(evaluationTable(evaluation));
  if (verbose) {
    const failures = evaluation.files.flatMap((result) => result.failures);
    console.log(`\n${failures.length} failure(s):`);
    console.log(failureLines(failures).join('\n'));
  }
}

main();
