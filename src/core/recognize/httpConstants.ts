import { normalizeKey } from '../catalog/normalize';
import data from '../../../catalogs/names/http-status-constants.json';

/**
 * The names HTTP libraries give their status constants, read from
 * `catalogs/names/http-status-constants.json`: `HttpURLConnection.HTTP_MOVED_TEMP`,
 * `HttpStatusCode.Redirect`, `StatusCodes.Status404NotFound`, `http.StatusTeapot`.
 *
 * Many of them are no catalog name or alias (`MOVED_TEMP`, `Redirect`,
 * `Teapot`), so they are resolved here to the code the library defines.
 * A name that carries its library's HTTP prefix (`HTTP_`, `Status`) says
 * "HTTP" on its own; a plain one (`OK`, `Redirect`, `FOUND`) only under an
 * HTTP qualifier, since `MessageStatus.FOUND` belongs to someone else.
 */

export interface HttpConstantLibrary {
  readonly id: string;
  readonly library: string;
  readonly qualifiers: readonly string[];
  /** Whether every name carries the library's HTTP prefix. */
  readonly prefixed: boolean;
  readonly example: string;
  readonly names: Readonly<Record<string, number>>;
}

export const HTTP_CONSTANT_LIBRARIES: readonly HttpConstantLibrary[] = (data as unknown as { libraries: HttpConstantLibrary[] }).libraries;

/** Normalised name → code, for names with an HTTP prefix and for plain ones. */
const prefixedCodes = new Map<string, number>();
const plainCodes = new Map<string, number>();
/** Normalised qualifiers of the libraries: under them a plain name is an HTTP status. */
const httpQualifiers = new Set<string>();

for (const library of HTTP_CONSTANT_LIBRARIES) {
  const target = library.prefixed ? prefixedCodes : plainCodes;
  for (const [name, code] of Object.entries(library.names)) {
    target.set(normalizeKey(name), code);
  }
  for (const qualifier of library.qualifiers) {
    httpQualifiers.add(normalizeKey(qualifier.slice(qualifier.lastIndexOf('.') + 1).replace(/^.*::/, '')));
  }
}

/**
 * The code a library constant stands for: `name` as written after its
 * qualifier, `qualifier` normalised (`httpurlconnection`). Undefined when no
 * library defines the name under such a qualifier.
 */
export function httpConstantCode(name: string, qualifier: string): number | undefined {
  const key = normalizeKey(name);
  const prefixed = prefixedHttpConstantCode(key);
  if (prefixed !== undefined) {
    return prefixed;
  }
  return httpQualifiers.has(qualifier) ? plainCodes.get(key) : undefined;
}

/**
 * Names that carry their code after an HTTP prefix, as Starlette, Django REST
 * framework and ASP.NET spell them: `HTTP_404_NOT_FOUND`, `Status404NotFound`
 * (normalised: `http404notfound`, `status404notfound`).
 */
const EMBEDDED_CODE = /^(?:http|status)([1-5]\d\d)[a-z]/;

/** The code of a constant whose name alone says HTTP status (`HTTP_OK`, `StatusNotFound`, `HTTP_404_NOT_FOUND`), for `const HTTP_OK = 200`. */
export function prefixedHttpConstantCode(normalizedName: string): number | undefined {
  const known = prefixedCodes.get(normalizedName);
  if (known !== undefined) {
    return known;
  }
  const embedded = EMBEDDED_CODE.exec(normalizedName);
  return embedded ? Number(embedded[1]) : undefined;
}

/** Whether `qualifier` (normalised) is the type of some library's HTTP constants. */
export function isHttpConstantQualifier(qualifier: string): boolean {
  return httpQualifiers.has(qualifier);
}

/** The code any library gives a constant name (normalised), with or without its HTTP prefix. */
export function anyHttpConstantCode(normalizedName: string): number | undefined {
  return prefixedHttpConstantCode(normalizedName) ?? plainCodes.get(normalizedName);
}

/** Every constant name as the libraries spell them. */
export function httpConstantNames(): string[] {
  return HTTP_CONSTANT_LIBRARIES.flatMap((library) => Object.keys(library.names));
}
