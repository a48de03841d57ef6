import type { CatalogIndex } from '../catalog/catalogIndex';

/** The settings recognition depends on; a subset of `Settings`. */
export interface RecognizerOptions {
  /** Characters of each line that are scanned; the rest of a longer line is ignored. */
  readonly maxLineLength: number;
  /** The marker that silences its line; `<marker>-next-line` silences the line below. */
  readonly ignoreComment: string;
}

/**
 * One value per catalog index and per recognition settings, made on first
 * use and shared until either changes. Weakly keyed by the index, so a
 * replaced index takes its recognisers with it.
 */
export class RecognizerCache<T> {
  private readonly byIndex = new WeakMap<CatalogIndex, Map<string, T>>();

  constructor(private readonly make: (index: CatalogIndex, options: RecognizerOptions) => T) {}

  get(index: CatalogIndex, options: RecognizerOptions): T {
    let byOptions = this.byIndex.get(index);
    if (!byOptions) {
      byOptions = new Map();
      this.byIndex.set(index, byOptions);
    }
    const key = `${options.maxLineLength}\u0000${options.ignoreComment}`;
    let value = byOptions.get(key);
    if (!value) {
      value = this.make(index, options);
      byOptions.set(key, value);
    }
    return value;
  }
}
