import * as assert from 'node:assert/strict';
import type { CatalogEntry } from '../../../src/core/catalog/types';
import type { ParsedTable } from '../seeds/htmlTable';
import { parsePipeTable } from '../seeds/pipeTable';

/**
 * Small readers shared by the cross-checks of the newer catalogs against
 * their source documents (`../shared/sources/`).
 */

/** The word a name catalog's entry is (`"DELIVRD"`), as the file writes it; the index holds it under a number of its own. */
export function entryWord(entry: Pick<CatalogEntry, 'codeText'>): string {
  assert.equal(typeof entry.codeText, 'string', 'the entry of a name catalog keeps its word');
  return entry.codeText as string;
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
