import * as fs from 'node:fs';
import { seedsDir, sourcesDir } from './paths';

/**
 * Tests that cross-check catalogs against the provider documents read them
 * from outside the repository (`paths.ts`). A fresh clone has no such folder:
 * there these tests are skipped, and the reporter prints one line saying why
 * and where the documents were looked for. In CI (`CI` set) the documents
 * must be there: a missing folder fails the run instead of skipping.
 */
export type SharedFolder = 'seeds' | 'sources';

const folders: Record<SharedFolder, string> = { seeds: seedsDir, sources: sourcesDir };

/** Reasons for skipped tests, printed once each by `scripts/mocha-summary.cjs`. */
const reasons: Set<string> = ((globalThis as { __sclSkipReasons?: Set<string> }).__sclSkipReasons ??= new Set<string>());

function presentFolder(folder: SharedFolder): string | undefined {
  const dir = folders[folder];
  return fs.existsSync(dir) && fs.statSync(dir).isDirectory() ? dir : undefined;
}

function missingReason(folder: SharedFolder): string {
  return `the provider documents are not in ${folders[folder]} (set SCL_SHARED_DIR to the folder that holds ${folder}/)`;
}

function inCi(): boolean {
  const ci = process.env.CI;
  return ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0';
}

/** `describe(title, body)` when the documents are present; skipped with a reason (or failing, in CI) when not. */
export function describeWithShared(folder: SharedFolder, title: string, body: (dir: string) => void): void {
  const dir = presentFolder(folder);
  if (dir !== undefined) {
    describe(title, () => body(dir));
  } else if (inCi()) {
    describe(title, () => {
      it('finds the provider documents it checks against', () => {
        throw new Error(`CI must run the cross-checks, but ${missingReason(folder)}`);
      });
    });
  } else {
    reasons.add(missingReason(folder));
    describe.skip(title, () => body(folders[folder]));
  }
}

/** `it(title, body)` when the documents are present; skipped with a reason (or failing, in CI) when not. */
export function itWithShared(folder: SharedFolder, title: string, body: (dir: string) => void): void {
  const dir = presentFolder(folder);
  if (dir !== undefined) {
    it(title, () => body(dir));
  } else if (inCi()) {
    it(title, () => {
      throw new Error(`CI must run the cross-checks, but ${missingReason(folder)}`);
    });
  } else {
    reasons.add(missingReason(folder));
    it.skip(title);
  }
}
