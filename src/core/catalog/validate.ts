import type * as Generated from './generated/validateCatalog';
import type { SchemaError } from './generated/validateCatalog';
import { normalizeCodes, writtenCode } from './codeFormat';
import type { Catalog } from './types';

let generated: typeof Generated | undefined;

/**
 * The checks compiled from the schema, loaded on first use: the extension
 * bundle keeps them in a file of their own (see esbuild.mjs), so activation
 * does not compile them and a session without catalog files to read never does.
 */
function compiledSchema(): typeof Generated {
  return (generated ??= require('./generated/validateCatalog') as typeof Generated);
}

/** What is wrong with a parsed catalog value, before positions in the text are known. */
export interface Finding {
  readonly kind: 'schema' | 'duplicate' | 'range';
  /** JSON pointer to the value the finding is about, e.g. `/entries/3/code`. */
  readonly path: string;
  /** The problem in words, without file or position; e.g. `"code" of entry 3 must be an integer`. */
  readonly text: string;
  /** Another value the finding refers to, e.g. the first entry that defines a duplicated code. */
  readonly relatedPath?: string;
}

/** Findings in a list beyond this are counted, not described: one is usually enough to fix a file. */
export const MAX_FINDINGS = 20;

export interface Findings {
  readonly findings: readonly Finding[];
  /** How many findings there were in all, including those left out of `findings`. */
  readonly total: number;
}

export interface CatalogFindings extends Findings {
  /** The catalog with its codes as numbers (see `normalizeCodes`), when there is no finding. */
  readonly catalog?: Catalog;
}

/**
 * Checks `value` against the catalog schema (through the validator compiled
 * from `catalogs/schema.json` at build time) and, when it passes, the rules a
 * schema cannot express: codes that fit the catalog's `codeFormat`, ranges
 * that end before they start and codes that two entries both define.
 */
export function validateCatalogValue(value: unknown): CatalogFindings {
  const { validateCatalog } = compiledSchema();
  if (!validateCatalog(value)) {
    const errors = validateCatalog.errors ?? [];
    return { findings: errors.slice(0, MAX_FINDINGS).map(describeSchemaError), total: errors.length };
  }
  const normalized = normalizeCodes(value as Catalog);
  if (!normalized.catalog) {
    const findings = normalized.problems.map((problem): Finding => ({ kind: 'schema', ...problem }));
    return { findings: findings.slice(0, MAX_FINDINGS), total: findings.length };
  }
  const rules = entryFindings(normalized.catalog);
  return rules.total > 0 ? rules : { ...rules, catalog: normalized.catalog };
}

/**
 * Ranges that end before they start, and codes defined by more than one entry.
 * A single code inside a range is not a duplicate: providers document "other
 * 1000-series codes" next to the specific ones, and the index serves the
 * specific entry first. Two entries for the same single code, or two ranges
 * that share a code, are.
 */
export function entryFindings(catalog: Catalog): Findings {
  const findings: Finding[] = [];
  let total = 0;
  const add = (finding: Finding): void => {
    total++;
    if (findings.length < MAX_FINDINGS) {
      findings.push(finding);
    }
  };
  const singles: Span[] = [];
  const ranges: Span[] = [];
  catalog.entries.forEach((entry, index) => {
    const last = entry.to ?? entry.code;
    if (last < entry.code) {
      add({ kind: 'range', path: `/entries/${index}/to`, text: `entry ${index} ends ("to": ${writtenCode(catalog, last)}) before it starts ("code": ${writtenCode(catalog, entry.code)})` });
    } else {
      (last === entry.code ? singles : ranges).push({ first: entry.code, last, index });
    }
  });
  if (catalog.codeFormat === 'name') {
    // Words are numbered by their place, so two entries for one word would never share a number: compare the words.
    const seen = new Map<string, number>();
    catalog.entries.forEach((entry, index) => {
      const word = (entry.codeText ?? '').toLowerCase();
      const earlier = seen.get(word);
      if (earlier === undefined) {
        seen.set(word, index);
      } else {
        add({ kind: 'duplicate', path: `/entries/${index}/code`, relatedPath: `/entries/${earlier}`, text: `duplicate code ${entry.codeText ?? ''}: entry ${index} and entry ${earlier} both define it` });
      }
    });
  }
  for (const spans of [singles, ranges]) {
    // Sorting by first code lets one sweep find every overlap against the span that reaches furthest so far.
    spans.sort((a, b) => a.first - b.first || a.index - b.index);
    let reach: Span | undefined;
    for (const span of spans) {
      if (reach && span.first <= reach.last) {
        const [earlier, later] = reach.index < span.index ? [reach, span] : [span, reach];
        add({
          kind: 'duplicate',
          path: `/entries/${later.index}/code`,
          relatedPath: `/entries/${earlier.index}`,
          text: `duplicate code ${writtenCode(catalog, span.first, catalog.entries[span.index]?.codeText)}: entry ${later.index}${rangeText(catalog, later)} and entry ${earlier.index}${rangeText(catalog, earlier)} both define it`,
        });
      }
      if (!reach || span.last > reach.last) {
        reach = span;
      }
    }
  }
  return { findings, total };
}

interface Span {
  readonly first: number;
  readonly last: number;
  readonly index: number;
}

function rangeText(catalog: Catalog, span: { first: number; last: number }): string {
  return span.first === span.last ? '' : ` (${writtenCode(catalog, span.first)}–${writtenCode(catalog, span.last)})`;
}

function describeSchemaError(error: SchemaError): Finding {
  const params = error.params;
  const at = subject(error.instancePath);
  const path = error.instancePath;
  switch (error.keyword) {
    case 'required':
      return { kind: 'schema', path, text: `${at} is missing the required property "${String(params.missingProperty)}"` };
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      return { kind: 'schema', path: `${path}/${escapePointer(name)}`, text: `${at} has an unknown property "${name}"` };
    }
    case 'type':
      return { kind: 'schema', path, text: `${at} must be ${typeText(String(params.type))}` };
    case 'enum': {
      const allowed = Array.isArray(params.allowedValues) ? params.allowedValues.map((v) => JSON.stringify(v)).join(', ') : '';
      return { kind: 'schema', path, text: `${at} must be one of ${allowed}` };
    }
    case 'pattern':
      return { kind: 'schema', path, text: `${at} ${patternText(error.schemaPath, String(params.pattern))}` };
    case 'minLength':
      return { kind: 'schema', path, text: params.limit === 1 ? `${at} must not be empty` : `${at} must be at least ${String(params.limit)} characters long` };
    case 'maxLength':
      return { kind: 'schema', path, text: `${at} must be at most ${String(params.limit)} characters long` };
    case 'minimum':
      return { kind: 'schema', path, text: `${at} must be at least ${String(params.limit)}` };
    case 'maximum':
      return { kind: 'schema', path, text: `${at} must be at most ${String(params.limit)}` };
    case 'minItems':
      return { kind: 'schema', path, text: `${at} must have at least ${String(params.limit)} item${params.limit === 1 ? '' : 's'}` };
    case 'maxItems':
      return { kind: 'schema', path, text: `${at} must have at most ${String(params.limit)} items` };
    case 'uniqueItems':
      return { kind: 'schema', path, text: `${at} lists the same value twice (items ${String(params.j)} and ${String(params.i)})` };
    default:
      return { kind: 'schema', path, text: `${at} breaks the schema rule "${error.keyword}"` };
  }
}

/** Names the value at `pointer` the way a person reads the file: `"code" of entry 3`, `item 2 of "context"`. */
function subject(pointer: string): string {
  if (pointer === '') {
    return 'the catalog';
  }
  const segments = pointer.split('/').slice(1).map(unescapePointer);
  if (segments[0] === 'entries' && segments[1] !== undefined) {
    const rest = segments.slice(2);
    return rest.length === 0 ? `entry ${segments[1]}` : `${valueName(rest)} of entry ${segments[1]}`;
  }
  return valueName(segments);
}

function valueName(segments: readonly string[]): string {
  const last = segments[segments.length - 1] ?? '';
  return /^\d+$/.test(last) ? `item ${last} of "${segments.slice(0, -1).join('.')}"` : `"${segments.join('.')}"`;
}

/** The schema's own wording for a pattern (written for the editor as a sentence), or the pattern itself. */
function patternText(schemaPath: string, pattern: string): string {
  const messages = compiledSchema().schemaMessages;
  // An own-property check: the table is a plain object, and a path must not find what its prototype holds.
  const sentence = Object.prototype.hasOwnProperty.call(messages, schemaPath) ? messages[schemaPath] : undefined;
  return typeof sentence === 'string' ? sentence.charAt(0).toLowerCase() + sentence.slice(1).replace(/\.$/, '') : `must match the pattern ${pattern}`;
}

function typeText(types: string): string {
  const words = types.split(',').map((type) => (type === 'integer' ? 'an integer' : type === 'object' || type === 'array' ? `an ${type}` : `a ${type}`));
  return words.join(' or ');
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
