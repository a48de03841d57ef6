/**
 * Key normalisation shared by every index, so that `statusCode`, `status_code`
 * and `STATUS-CODE` meet in one bucket and `STOPPED_BY_ADMIN` is found whether
 * the user typed it in upper or lower case.
 */
export function normalizeKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Codes covered by an entry, as an inclusive pair. */
export function entryRange(entry: { readonly code: number; readonly to?: number }): readonly [number, number] {
  return [entry.code, entry.to ?? entry.code];
}

/** Whether the codes `[first, last]` take in any code of `entry` (one code, or a range of its own). */
export function entryOverlaps(entry: { readonly code: number; readonly to?: number }, first: number, last: number): boolean {
  const [from, to] = entryRange(entry);
  return from <= last && to >= first;
}
