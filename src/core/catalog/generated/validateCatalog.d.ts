/**
 * Declaration of the validator that the build compiles from
 * `catalogs/schema.json` with Ajv's standalone code generator (see the schema
 * step in `esbuild.mjs`). The JavaScript is never checked in: the bundle is
 * served it by an esbuild plugin and the test build writes it beside the
 * transpiled files, so it cannot drift from the schema.
 */

/** One schema violation, as Ajv reports it (messages are built in `validate.ts`). */
export interface SchemaError {
  /** JSON pointer to the offending value, e.g. `/entries/3/code`; empty for the root. */
  readonly instancePath: string;
  /** Pointer into the schema to the failing keyword, e.g. `#/definitions/entry/properties/code/type`. */
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
}

export interface CatalogValidator {
  (data: unknown): boolean;
  /** The violations found by the last call; null or undefined when it passed. */
  errors?: readonly SchemaError[] | null;
}

export declare const validateCatalog: CatalogValidator;

/** Friendly texts from the schema (`patternErrorMessage`), keyed by the schema path of the failing keyword. */
export declare const schemaMessages: Readonly<Record<string, string>>;
