import { codeFormatOf, codeText } from '../catalog/codeFormat';
import type { Catalog, CatalogEntry } from '../catalog/types';

/**
 * An entry's code as a literal of source code, for completion after `case `:
 * the number (`23`), the hex literal every generated language has
 * (`0x0000000B`), or the word as a double-quoted string (`"UNDELIV"`), which
 * all of them read as a string.
 */
export function codeLiteral(catalog: Catalog, entry: CatalogEntry): string {
  switch (codeFormatOf(catalog)) {
    case 'decimal':
      return String(entry.code);
    case 'hex':
      return codeText(catalog, entry);
    default:
      return JSON.stringify(codeText(catalog, entry));
  }
}
