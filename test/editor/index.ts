import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

/**
 * What the in-editor suite writes when it is done. The script that started the
 * editor cannot see the extension host's console, so this file is the only
 * report it gets; `done` tells a finished run from one that died half way.
 */
export interface EditorResults {
  readonly done: boolean;
  readonly passed: number;
  readonly failed: number;
  readonly tests: readonly { readonly title: string; readonly state: 'passed' | 'failed'; readonly durationMs?: number }[];
  readonly failures: readonly { readonly title: string; readonly message: string; readonly stack?: string }[];
  readonly durationMs: number;
}

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
 * The entry point VS Code calls inside the extension host when it is started
 * with `extensionTestsPath`. It runs every `*.test.js` under this folder with
 * mocha and reports through the results file; it never throws, so the report
 * is written even when loading a test file fails.
 */
export async function run(): Promise<void> {
  const started = Date.now();
  const tests: { title: string; state: 'passed' | 'failed'; durationMs?: number }[] = [];
  const failures: { title: string; message: string; stack?: string }[] = [];
  try {
    const mocha = new Mocha({ ui: 'bdd', timeout: 20_000, color: false, reporter: 'spec' });
    for (const file of testFiles(__dirname)) mocha.addFile(file);
    await new Promise<void>((resolve) => {
      const runner = mocha.run(() => resolve());
      runner.on('pass', (test) => {
        tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 });
      });
      runner.on('fail', (test, error: unknown) => {
        const title = test.fullTitle();
        tests.push({ title, state: 'failed', durationMs: test.duration ?? 0 });
        const failure: { title: string; message: string; stack?: string } = { title, message: messageOf(error) };
        if (error instanceof Error && error.stack) failure.stack = error.stack;
        failures.push(failure);
      });
    });
  } catch (error) {
    failures.push({ title: 'loading the in-editor suite', message: messageOf(error) });
  }
  // Every failing test or hook, and a suite that could not load, is one failure.
  const failed = failures.length;
  writeResults({
    done: true,
    passed: tests.filter((t) => t.state === 'passed').length,
    failed,
    tests,
    failures,
    durationMs: Date.now() - started,
  });
  if (failed > 0) {
    // VS Code reports a rejected run as a failed test run; the results file already holds the details.
    throw new Error(`${failed} in-editor test(s) failed.`);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
