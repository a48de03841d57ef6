import { normalizeKey } from '../catalog/normalize';
import grpcNames from '../../../catalogs/names/grpc-status-constants.json';
import smppNames from '../../../catalogs/names/smpp-command-status-constants.json';
import websocketNames from '../../../catalogs/names/websocket-close-constants.json';

/**
 * The names protocol libraries other than HTTP's give the codes of a catalog,
 * read from `catalogs/names/*-constants.json` (HTTP's own file is read by
 * `httpConstants.ts`, which also knows its prefixed spellings): Go's
 * `codes.Unavailable`, Python's `grpc.StatusCode.UNAVAILABLE`, grpc-js's
 * `status.UNAVAILABLE`.
 *
 * Qualifiers such as `StatusCode`, `Status` and `status` are also HTTP
 * libraries' own, so a qualified name is read as one of these constants when
 * its qualifier is written in full (`grpc.StatusCode`) or the document names
 * the catalog; the caller decides with what the document says. A library may
 * also write the catalog's own names behind a prefix (jsmpp's
 * `SMPPConstant.STAT_ESME_ROK`, smpplib's `consts.SMPP_ESME_ROK`).
 */

interface NamesFile {
  readonly catalog: string;
  readonly libraries: readonly {
    readonly id: string;
    readonly qualifiers: readonly string[];
    /** The library's names and their codes, when they are its own. */
    readonly names?: Readonly<Record<string, number>>;
    /** Or: the library writes the catalog's own names behind this prefix (jsmpp's `STAT_ESME_ROK`). */
    readonly prefix?: string;
  }[];
}

/** The code of the entry of catalog `catalogId` whose name (ignoring case and punctuation) is `name`. */
export type CatalogNameCode = (catalogId: string, name: string) => number | undefined;

/** A reading of a qualified constant: the catalog and code it stands for, and how many qualifier segments matched. */
export interface LibraryReading {
  readonly catalogId: string;
  readonly code: number;
  /** Segments of the library's qualifier that the written qualifier matched (`grpc.StatusCode` is 2, `StatusCode` 1). */
  readonly specificity: number;
}

const FILES: readonly NamesFile[] = [grpcNames as unknown as NamesFile, smppNames, websocketNames as unknown as NamesFile];

interface Library {
  readonly catalogId: string;
  /** Each qualifier as its normalised segments, e.g. `['grpc', 'statuscode']`. */
  readonly qualifiers: readonly (readonly string[])[];
  readonly names: ReadonlyMap<string, number>;
  /** The normalised prefix before the catalog's names, for a library that writes them so; empty otherwise. */
  readonly prefix: string;
}

const LIBRARIES: readonly Library[] = FILES.flatMap((file) =>
  file.libraries.map((library) => ({
    catalogId: file.catalog,
    qualifiers: library.qualifiers.map((qualifier) => qualifier.split(/\.|::/).map(normalizeKey)),
    names: new Map(Object.entries(library.names ?? {}).map(([name, code]) => [normalizeKey(name), code])),
    prefix: normalizeKey(library.prefix ?? ''),
  })),
);

/** The last segment of every qualifier, normalised: a member under one of these may be such a constant. */
const LAST_SEGMENTS = new Set(LIBRARIES.flatMap((library) => library.qualifiers.map((segments) => segments[segments.length - 1] as string)));

/** Whether `qualifier` (normalised, one identifier) is the last segment of a library's qualifier (`codes`, `statuscode`). */
export function isLibraryQualifier(qualifier: string): boolean {
  return LAST_SEGMENTS.has(qualifier);
}

/**
 * Every reading of `name` under the written qualifier chain (`segments`,
 * normalised, outermost first: `['grpc', 'statuscode']`), most specific first.
 */
export function libraryReadings(name: string, segments: readonly string[], catalogName: CatalogNameCode): LibraryReading[] {
  const key = normalizeKey(name);
  const readings: LibraryReading[] = [];
  for (const library of LIBRARIES) {
    const code = codeIn(library, key, catalogName);
    if (code === undefined) {
      continue;
    }
    let best = 0;
    for (const qualifier of library.qualifiers) {
      const matched = matchedTail(qualifier, segments);
      if (matched > best) {
        best = matched;
      }
    }
    if (best > 0 && !readings.some((reading) => reading.catalogId === library.catalogId && reading.specificity >= best)) {
      readings.push({ catalogId: library.catalogId, code, specificity: best });
    }
  }
  return readings.sort((a, b) => b.specificity - a.specificity);
}

/** The code `key` (normalised) stands for in `library`: one of its own names, or the catalog's name behind its prefix. */
function codeIn(library: Library, key: string, catalogName: CatalogNameCode): number | undefined {
  if (library.prefix === '') {
    return library.names.get(key);
  }
  return key.startsWith(library.prefix) ? catalogName(library.catalogId, key.slice(library.prefix.length)) : undefined;
}

/** How many segments the library qualifier has when the written chain ends with all of them; 0 otherwise. */
function matchedTail(qualifier: readonly string[], written: readonly string[]): number {
  if (qualifier.length > written.length) {
    return 0;
  }
  for (let i = 1; i <= qualifier.length; i++) {
    if (qualifier[qualifier.length - i] !== written[written.length - i]) {
      return 0;
    }
  }
  return qualifier.length;
}

/**
 * Every catalog one of whose libraries spells `name`, with the code it
 * stands for there, whatever qualifier it had: a switch label keeps only
 * the last segment of a constant (Go's `codes.Canceled` is `Canceled`,
 * gorilla's `websocket.CloseGoingAway` is `CloseGoingAway`, jsmpp's
 * `SMPPConstant.STAT_ESME_ROK` is `STAT_ESME_ROK`), and a block over the
 * catalog's codes handles that code. Specificity is 0.
 */
export function librarySpellings(name: string, catalogName: CatalogNameCode): LibraryReading[] {
  const key = normalizeKey(name);
  const readings: LibraryReading[] = [];
  for (const library of LIBRARIES) {
    const code = codeIn(library, key, catalogName);
    if (code !== undefined && !readings.some((reading) => reading.catalogId === library.catalogId)) {
      readings.push({ catalogId: library.catalogId, code, specificity: 0 });
    }
  }
  return readings;
}

/**
 * A library's own spelling of a code under no qualifier at all, as its logs
 * print it (`"grpc.code":"Canceled"`, Go's spelling of CANCELLED): the first
 * library with that name; its specificity is 0.
 */
export function spelledByLibrary(name: string): LibraryReading | undefined {
  const key = normalizeKey(name);
  for (const library of LIBRARIES) {
    const code = library.names.get(key);
    if (code !== undefined) {
      return { catalogId: library.catalogId, code, specificity: 0 };
    }
  }
  return undefined;
}
