import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { runSuite, type EditorResults } from './report';

/** The environment variable that names the results file; set by the scripts that start the editor. */
export const RESULTS_ENV = 'SCL_EDITOR_RESULTS';

function resultsFile(): string {
  // Without the variable (e.g. a run started by hand) the report lands beside the compiled suite.
  return process.env[RESULTS_ENV] || path.resolve(__dirname, '..', '..', 'editor-results.json');
}

function testFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...testFiles(full));
    else if (entry.name.endsWith('.test.js')) files.push(full);
  }
  return files.sort();
}

function writeResults(results: EditorResults): void {
  const file = resultsFile();
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Written to a side file and renamed, so a watcher never reads half a report.
  fs.writeFileSync(`${file}.partial`, JSON.stringify(results, null, 2));
  fs.renameSync(`${file}.partial`, file);
}

/**
 * The entry point VS Code calls inside the Node extension host when it is
 * started with `extensionTestsPath`. It runs every `*.test.js` under this
 * folder with mocha and reports through the results file (see report.ts).
 */
export function run(): Promise<void> {
  return runSuite({
    start: (done) => {
      const mocha = new Mocha({ ui: 'bdd', timeout: 20_000, color: false, reporter: 'spec' });
      for (const file of testFiles(__dirname)) mocha.addFile(file);
      return mocha.run(done);
    },
    write: writeResults,
  });
}
