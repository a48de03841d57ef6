import data from '../../../catalogs/names/http-status-constants.json';

/**
 * The library constant a file can write for an HTTP status, for the quick
 * fix "Replace 404 with http.StatusNotFound": the constant of a library the
 * file already imports, whose constants are plain integers, so that the
 * replaced literal means and compiles the same wherever it stood.
 *
 * The libraries, their constants and what a file imports to use them are
 * data (`catalogs/names/http-status-constants.json`: `import`, `languages`,
 * `preferred`); this module knows how each language writes an import and
 * which name it qualifies the constants with then:
 *
 * - Go: `import "net/http"` (or an alias, `nethttp "net/http"`) → `http.StatusNotFound`;
 * - Python: `from http import HTTPStatus` (or `as S`) → `HTTPStatus.NOT_FOUND`; `import http` → `http.HTTPStatus.NOT_FOUND`;
 * - Java and Kotlin: `import java.net.HttpURLConnection` (or `java.net.*`) → `HttpURLConnection.HTTP_NOT_FOUND`;
 * - C#: `using Microsoft.AspNetCore.Http;`, or the file already writing `StatusCodes.` (ASP.NET's implicit usings) → `StatusCodes.Status404NotFound`;
 * - PHP: `use Symfony\Component\HttpFoundation\Response;` (or `as R`) → `Response::HTTP_NOT_FOUND`.
 *
 * Libraries whose constants are enums or objects (Spring's `HttpStatus`,
 * .NET's `HttpStatusCode`, Ktor, Rust's `http`) have no `import` in the data:
 * a literal compared with an `int` cannot become one of them.
 */

interface ImportableLibrary {
  readonly id: string;
  readonly qualifiers: readonly string[];
  readonly import?: string;
  readonly languages?: readonly string[];
  /** For codes with several names: the one every supported version of the library has. */
  readonly preferred?: Readonly<Record<string, string>>;
  readonly names: Readonly<Record<string, number>>;
}

const LIBRARIES = (data as unknown as { readonly libraries: readonly ImportableLibrary[] }).libraries.filter((library) => library.import !== undefined);

export interface ImportedConstant {
  /** The text that replaces the literal, e.g. `http.StatusNotFound`. */
  readonly text: string;
  /** The library's id in the names file. */
  readonly library: string;
}

/** How a file written in `languageId` refers to the library whose import is `module` (as the data writes it); undefined when it does not import it. */
type QualifierReader = (text: string, module: string, library: ImportableLibrary) => string | undefined;

const READERS: Readonly<Record<string, QualifierReader>> = {
  go: goQualifier,
  python: pythonQualifier,
  java: javaQualifier,
  kotlin: javaQualifier,
  csharp: csharpQualifier,
  php: phpQualifier,
};

/**
 * The constant for HTTP status `code` of a library `text` imports, written
 * as `text` can use it; undefined when the file imports no such library or
 * the library has no constant for the code.
 */
export function importedConstantFor(text: string, languageId: string, code: number): ImportedConstant | undefined {
  const read = READERS[languageId];
  if (!read) {
    return undefined;
  }
  for (const library of LIBRARIES) {
    if (!library.languages?.includes(languageId) || library.import === undefined) {
      continue;
    }
    const name = library.preferred?.[String(code)] ?? Object.keys(library.names).find((candidate) => library.names[candidate] === code);
    if (name === undefined) {
      continue;
    }
    const qualifier = read(text, library.import, library);
    if (qualifier !== undefined) {
      return { text: `${qualifier}${languageId === 'php' ? '::' : '.'}${name}`, library: library.id };
    }
  }
  return undefined;
}

/** The lines of `text` up to the first that can no longer be a header line: imports come first in every language here. */
function headerLines(text: string): string[] {
  return text.slice(0, 20_000).split('\n');
}

/** `import "net/http"`, `import ( … nethttp "net/http" … )`: the alias, else the path's last segment. */
function goQualifier(text: string, module: string): string | undefined {
  const quoted = `"${module}"`;
  for (const line of headerLines(text)) {
    const trimmed = line.trim().replace(/^import\s+/, '');
    if (!trimmed.endsWith(quoted) && !trimmed.startsWith(`${quoted} `) && !trimmed.startsWith(`${quoted}\t`) && !trimmed.includes(`${quoted} //`)) {
      continue;
    }
    const alias = trimmed.slice(0, trimmed.indexOf(quoted)).trim();
    if (alias === '') {
      return module.slice(module.lastIndexOf('/') + 1);
    }
    // `_` imports for side effects and `.` into the file's scope write no qualifier; `url := "net/http"` is no import.
    if (/^[A-Za-z]\w*$/.test(alias)) {
      return alias;
    }
  }
  return undefined;
}

/** `from http import HTTPStatus` (or `as S`, or among other names) → `HTTPStatus`; `import http` → `http.HTTPStatus`. */
function pythonQualifier(text: string, module: string): string | undefined {
  const dot = module.lastIndexOf('.');
  const from = module.slice(0, dot);
  const member = module.slice(dot + 1);
  for (const line of headerLines(text)) {
    const trimmed = line.trim();
    if (trimmed.startsWith(`from ${from} import `)) {
      for (const part of trimmed.slice(`from ${from} import `.length).replace(/[()]/g, '').split(',')) {
        const [name, as, alias] = part.trim().split(/\s+/);
        if (name === member) {
          return as === 'as' && alias !== undefined ? alias : member;
        }
      }
    } else if (trimmed === `import ${from}`) {
      return module;
    }
  }
  return undefined;
}

/** `import java.net.HttpURLConnection` or `import java.net.*` (with or without `;`) → `HttpURLConnection`. */
function javaQualifier(text: string, module: string): string | undefined {
  const dot = module.lastIndexOf('.');
  const className = module.slice(dot + 1);
  const accepted = new Set([`import ${module}`, `import ${module.slice(0, dot)}.*`]);
  return headerLines(text).some((line) => accepted.has(line.trim().replace(/;$/, '').trim())) ? className : undefined;
}

/** `using Microsoft.AspNetCore.Http;` (or `global using`), or a file that writes the class already → the library's qualifier, `StatusCodes`. */
function csharpQualifier(text: string, module: string, library: ImportableLibrary): string | undefined {
  const className = library.qualifiers[0];
  if (className === undefined) {
    return undefined;
  }
  const imported = headerLines(text).some((line) => line.trim().replace(/^global\s+/, '') === `using ${module};`);
  return imported || new RegExp(`(?<![\\w.])${className}\\.`).test(text) ? className : undefined;
}

/** `use Symfony\Component\HttpFoundation\Response;` (or `as R`) → `Response` (or `R`). */
function phpQualifier(text: string, module: string): string | undefined {
  const className = module.slice(module.lastIndexOf('\\') + 1);
  for (const line of headerLines(text)) {
    const trimmed = line.trim().replace(/;$/, '').trim();
    if (trimmed === `use ${module}` || trimmed === `use \\${module}`) {
      return className;
    }
    const aliased = trimmed.startsWith(`use ${module} as `) ? trimmed.slice(`use ${module} as `.length).trim() : undefined;
    if (aliased !== undefined && /^[A-Za-z_]\w*$/.test(aliased)) {
      return aliased;
    }
  }
  return undefined;
}
