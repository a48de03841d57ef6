import { hexText } from '../catalog/codeFormat';
import type { Catalog, CatalogEntry } from '../catalog/types';
import { validateCatalogValue } from '../catalog/validate';

/** What the user is asked for when a catalog file is created. */
export interface CatalogIdentity {
  readonly id: string;
  readonly title: string;
  readonly provider: string;
}

type JsonObject = Record<string, unknown>;

/** How an imported table writes its codes (`ImportedTable`'s `codeFormat` and `codeWidth`). */
export type CodeWriting = Pick<Catalog, 'codeFormat' | 'codeWidth'>;

/**
 * A new catalog built from the template file (`resources/catalog-template.json`):
 * the template's fields in its order, with the user's id, title and provider,
 * the provider as a hint word, and the template's example entries unless
 * `entries` (e.g. an imported table) replace them. `writing` declares how the
 * entries' codes are written, right after `kind` as the built-in catalogs
 * place it; a decimal table declares nothing, decimal being the default.
 */
export function scaffoldCatalog(template: unknown, identity: CatalogIdentity, entries?: readonly CatalogEntry[], writing?: CodeWriting): JsonObject {
  const base: JsonObject = template !== null && typeof template === 'object' && !Array.isArray(template) ? (template as JsonObject) : {};
  let catalog: JsonObject = { ...structuredClone(base), id: identity.id, title: identity.title, provider: identity.provider };
  const hint = identity.provider.trim();
  if (hint.length >= 2 && hint.length <= 60) {
    catalog.hints = [hint];
  } else {
    delete catalog.hints;
  }
  if (writing) {
    catalog = withWriting(catalog, writing);
  }
  if (entries) {
    catalog.entries = fileEntries(entries, writing?.codeFormat);
  }
  return catalog;
}

/** `catalog` with `codeFormat` and `codeWidth` as `writing` says, placed after `kind`. */
function withWriting(catalog: JsonObject, writing: CodeWriting): JsonObject {
  const { codeFormat: _format, codeWidth: _width, ...rest } = catalog;
  const declared: JsonObject = {};
  if (writing.codeFormat !== undefined && writing.codeFormat !== 'decimal') {
    declared.codeFormat = writing.codeFormat;
  }
  if (writing.codeWidth !== undefined) {
    declared.codeWidth = writing.codeWidth;
  }
  const keys = Object.keys(rest);
  const at = keys.includes('kind') ? keys.indexOf('kind') + 1 : keys.length;
  return Object.fromEntries([...keys.slice(0, at).map((key) => [key, rest[key]]), ...Object.entries(declared), ...keys.slice(at).map((key) => [key, rest[key]])]) as JsonObject;
}

/**
 * The entries as the catalog file writes them: numbers in a decimal catalog,
 * and otherwise each code as its `codeText` (`"0x0000000B"`, `"UNDELIV"`,
 * `"X.1.1"`), the end of a hex range with as many digits as its start.
 */
function fileEntries(entries: readonly CatalogEntry[], format: CodeWriting['codeFormat']): JsonObject[] {
  return entries.map(({ codeText, ...entry }) => {
    if (codeText === undefined) {
      return { ...entry };
    }
    const to = entry.to === undefined ? {} : { to: format === 'hex' ? hexText(entry.to, codeText.length - 2) : entry.to };
    return { ...entry, code: codeText, ...to };
  });
}

/**
 * Why `value` cannot be the catalog's `field` (id, title or provider), in the
 * schema's own words, or undefined when it can. The template is validated
 * with the value in place, so the rules stay those of `catalogs/schema.json`.
 */
export function identityProblem(template: unknown, field: keyof CatalogIdentity, value: string, takenIds: ReadonlySet<string> = new Set()): string | undefined {
  if (field === 'id' && takenIds.has(value)) {
    return `"${value}" is already the id of another catalog.`;
  }
  const identity: CatalogIdentity = { id: 'placeholder', title: 'Placeholder', provider: 'Placeholder', [field]: value };
  const { findings } = validateCatalogValue(scaffoldCatalog(template, identity));
  const finding = findings.find((f) => f.path === `/${field}`);
  // The finding names the field ("\"id\" must …"); the input box asking for it needs only the rule.
  return finding ? `${capitalise(finding.text.replace(/^"[^"]*" /, ''))}.` : undefined;
}

/** A catalog id made from a title or file name: `Acme Payments – Errors` → `acme-payments-errors`. */
export function suggestId(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|(?<!-)-+$/g, '')
    .slice(0, 60)
    .replace(/(?<!-)-+$/, '');
}

/**
 * The text of a catalog file: two-space indentation, and one line per entry
 * so that a table of hundreds of codes stays readable and diffs line by line.
 */
export function formatCatalog(catalog: JsonObject): string {
  const entries = Array.isArray(catalog.entries) ? (catalog.entries as unknown[]) : [];
  const marker = '\u0000entries\u0000';
  const text = JSON.stringify({ ...catalog, entries: marker }, null, 2);
  const lines = entries.map((entry) => `    ${compactObject(entry)}`);
  const list = lines.length === 0 ? '[]' : `[\n${lines.join(',\n')}\n  ]`;
  return `${text.replace(JSON.stringify(marker), () => list)}\n`;
}

function compactObject(value: unknown): string {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return JSON.stringify(value);
  }
  const members = Object.entries(value).map(([key, member]) => `${JSON.stringify(key)}: ${JSON.stringify(member)}`);
  return `{ ${members.join(', ')} }`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
