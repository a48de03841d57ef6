import type { CatalogEntry } from '../catalog/types';
import { validateCatalogValue } from '../catalog/validate';

/** What the user is asked for when a catalog file is created. */
export interface CatalogIdentity {
  readonly id: string;
  readonly title: string;
  readonly provider: string;
}

type JsonObject = Record<string, unknown>;

/**
 * A new catalog built from the template file (`resources/catalog-template.json`):
 * the template's fields in its order, with the user's id, title and provider,
 * the provider as a hint word, and the template's example entries unless
 * `entries` (e.g. an imported table) replace them.
 */
export function scaffoldCatalog(template: unknown, identity: CatalogIdentity, entries?: readonly CatalogEntry[]): JsonObject {
  const base: JsonObject = template !== null && typeof template === 'object' && !Array.isArray(template) ? (template as JsonObject) : {};
  const catalog: JsonObject = { ...structuredClone(base), id: identity.id, title: identity.title, provider: identity.provider };
  const hint = identity.provider.trim();
  if (hint.length >= 2 && hint.length <= 60) {
    catalog.hints = [hint];
  } else {
    delete catalog.hints;
  }
  if (entries) {
    catalog.entries = entries.map((entry) => ({ ...entry }));
  }
  return catalog;
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
    .split('-')
    .filter((part) => part !== '')
    .join('-')
    .slice(0, 60)
    .replace(/-$/, '');
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
