import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Catalog } from '../../../src/core/catalog/types';
import { repoRoot } from '../paths';

export const goldenDir = path.join(repoRoot, 'test', 'golden');

/** The catalog with tricky names and hostile text that every golden file is generated from. */
export function trickyCatalog(): Catalog {
  return JSON.parse(readFileSync(path.join(goldenDir, 'tricky.catalog.json'), 'utf8')) as Catalog;
}

/**
 * Compares `actual` with the checked-in file, or rewrites the file when
 * UPDATE_GOLDEN=1 (then review the diff before committing it).
 */
export function assertGolden(relativePath: string, actual: string): void {
  const file = path.join(goldenDir, relativePath);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  assert.ok(existsSync(file), `Golden file ${relativePath} is missing; run the tests with UPDATE_GOLDEN=1 to create it.`);
  assert.equal(actual, readFileSync(file, 'utf8'), `Output differs from ${relativePath}; if the change is intended, rerun with UPDATE_GOLDEN=1 and review the diff.`);
}

/**
 * Reads a snippet back as VS Code's snippet parser would and returns the
 * text it inserts with every placeholder accepted, dropping lines that held
 * only an empty tab stop (as the plain form does). Escapes `\\`, `\$`, `\}`;
 * tab stops `$1`, `${1}`, `${1:text}`.
 */
export function snippetToPlain(snippet: string): { text: string; stops: number[] } {
  const stops: number[] = [];
  const lines = snippet.split('\n').map((line) => {
    let out = '';
    let onlyEmptyStops = true;
    let sawStop = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (ch === '\\' && i + 1 < line.length && '\\$}'.includes(line[i + 1] ?? '')) {
        out += line[++i];
        onlyEmptyStops = false;
        continue;
      }
      if (ch === '$') {
        const simple = /^\$(\d+)/.exec(line.slice(i));
        const braced = /^\$\{(\d+)(?::((?:\\.|[^\\}])*))?\}/.exec(line.slice(i));
        const match = braced ?? simple;
        assert.ok(match, `Unescaped $ in snippet line: ${line}`);
        stops.push(Number(match[1]));
        const placeholder = (braced?.[2] ?? '').replace(/\\(.)/g, '$1');
        out += placeholder;
        sawStop = true;
        if (placeholder !== '') {
          onlyEmptyStops = false;
        }
        i += match[0].length - 1;
        continue;
      }
      assert.notEqual(ch, '}', `Unescaped } in snippet line: ${line}`);
      out += ch;
      if (ch !== ' ' && ch !== '\t') {
        onlyEmptyStops = false;
      }
    }
    return sawStop && onlyEmptyStops ? undefined : out;
  });
  return { text: lines.filter((line) => line !== undefined).join('\n'), stops };
}
