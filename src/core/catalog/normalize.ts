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
