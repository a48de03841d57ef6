/**
 * Case labels named by a library's constants. A program switches over the
 * type its library gives a code, not over a number: Java's `Status.Code` is
 * an enum (`case UNAVAILABLE ->`), Python's `grpc.StatusCode` members never
 * equal `14`, Go's `codes.Unavailable` is how Go code reads. The constants
 * come from `catalogs/names/` files; this module knows only how each
 * language writes a label with them, and which library's names it uses.
 */

/** A names file of `catalogs/names/`: the constants libraries give the codes of one catalog. */
export interface LibraryNames {
  /** The catalog the names are for, e.g. `grpc-status`. */
  readonly catalog?: string;
  readonly libraries: readonly {
    readonly id: string;
    /** Absent for a library that writes the catalog's own names behind a prefix (jsmpp's `STAT_ESME_ROK`): no labels of its own. */
    readonly names?: Readonly<Record<string, number>>;
  }[];
}

/** For a generated language: the library whose names it uses, and how a label is written with one. */
interface LabelStyle {
  readonly library: string;
  readonly label: (name: string) => string;
}

/**
 * By generator id. TypeScript, JavaScript and PHP are left out: grpc-js's
 * `status` is a numeric enum that `case 14:` compiles against without an
 * import, and PHP's gRPC code is a plain integer.
 */
const STYLES: ReadonlyMap<string, LabelStyle> = new Map([
  ['go', { library: 'go-grpc-codes', label: (name: string) => `codes.${name}` }],
  // A switch over an enum takes the bare constant in Java before version 21.
  ['java', { library: 'java-grpc-status-code', label: (name: string) => name }],
  ['kotlin', { library: 'java-grpc-status-code', label: (name: string) => `Status.Code.${name}` }],
  ['python', { library: 'python-grpc-status-code', label: (name: string) => `grpc.StatusCode.${name}` }],
  ['csharp', { library: 'csharp-grpc-core-status-code', label: (name: string) => `StatusCode.${name}` }],
  ['rust', { library: 'rust-tonic-code', label: (name: string) => `tonic::Code::${name}` }],
]);

/**
 * The label of each code of a catalog in `generatorId`'s language, from the
 * library constants in `names`; undefined when the language has none of them.
 */
export function libraryCaseLabels(names: LibraryNames | undefined, generatorId: string): ReadonlyMap<number, string> | undefined {
  const style = STYLES.get(generatorId);
  const library = style && names?.libraries.find((candidate) => candidate.id === style.library);
  if (!style || !library) {
    return undefined;
  }
  const labels = new Map<number, string>();
  for (const [name, code] of Object.entries(library.names ?? {})) {
    // The first name of a code is the library's own; later ones are older spellings it keeps.
    if (Number.isSafeInteger(code) && !labels.has(code) && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      labels.set(code, style.label(name));
    }
  }
  return labels;
}
