import * as assert from 'node:assert/strict';
import type { CatalogEntry } from '../../../src/core/catalog/types';
import type { ParsedTable } from '../seeds/htmlTable';
import { parsePipeTable } from '../seeds/pipeTable';

/**
 * Small readers shared by the cross-checks of the newer catalogs against
 * their source documents (`../shared/sources/`).
 */

/** An entry's code as a number, whether the file writes it as a number or as a hex string (`"0x0000000B"`). */
export function entryNumber(entry: Pick<CatalogEntry, 'code'>): number {
  const code: unknown = entry.code;
  if (typeof code === 'number') {
    return code;
  }
  assert.ok(typeof code === 'string' && /^0x[0-9a-f]{1,8}$/i.test(code), `${String(code)} is a number or a hex code`);
  return Number(code);
}

/** An entry's code as the word it is in a catalog of names (`"DELIVRD"`). */
export function entryWord(entry: Pick<CatalogEntry, 'code'>): string {
  const code: unknown = entry.code;
  assert.equal(typeof code, 'string', `${String(code)} is a word`);
  return code as string;
}

/** `text` from the first `start` up to the next `end` after it; fails when either is missing. */
export function sourceBlock(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  assert.ok(from >= 0, `"${start}" is in the source`);
  const to = text.indexOf(end, from + start.length);
  assert.ok(to >= 0, `"${end}" follows "${start}"`);
  return text.slice(from, to);
}

/** The Markdown pipe table that follows `heading` (the first run of lines starting with `|` after it). */
export function markdownTableAfter(text: string, heading: string): ParsedTable {
  const lines = sourceBlock(text, heading, '\n#').split('\n');
  const first = lines.findIndex((line) => line.startsWith('|'));
  assert.ok(first >= 0, `a table follows "${heading}"`);
  const rest = lines.slice(first);
  const after = rest.findIndex((line) => !line.startsWith('|'));
  return parsePipeTable(after < 0 ? rest : rest.slice(0, after));
}
