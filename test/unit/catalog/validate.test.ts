import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { MAX_CATALOG_BYTES, parseCatalog, parseCatalogBytes, firstInvalidUtf8, type CatalogProblem, type ParseResult } from '../../../src/core/catalog/parse';
import { catalogsDir, repoRoot } from '../paths';

const brokenDir = path.join(repoRoot, 'test', 'unit', 'catalog', 'broken');

function parseBroken(name: string, reservedIds?: ReadonlyMap<string, string>): ParseResult {
  return parseCatalog(readFileSync(path.join(brokenDir, name), 'utf8'), { file: `codes/${name}`, reservedIds });
}

/** The one problem of a file, which must not yield a catalog. */
function onlyProblem(result: ParseResult): CatalogProblem {
  assert.equal(result.catalog, undefined, 'a broken file must not yield a catalog');
  assert.equal(result.problems.length, 1, result.problems.map((p) => p.message).join('\n'));
  return result.problems[0]!;
}

const minimal = {
  id: 'acme-errors',
  title: 'Acme errors',
  provider: 'Acme',
  kind: 'error',
  source: { url: 'https://example.com/errors' },
  context: ['errorCode'],
  entries: [
    { code: 1, name: 'BAD_REQUEST', description: 'Bad request' },
    { code: 30, to: 39, description: 'Reserved' },
  ],
};

describe('catalog validation', () => {
  it('accepts a minimal valid catalog, with or without a byte order mark', () => {
    const text = JSON.stringify(minimal, null, 2);
    for (const variant of [text, `\uFEFF${text}`]) {
      const result = parseCatalog(variant, { file: 'acme.json' });
      assert.deepEqual(result.problems, []);
      assert.equal(result.catalog?.id, 'acme-errors');
      assert.equal(result.catalog?.entries.length, 2);
    }
  });

  it('accepts every built-in catalog', () => {
    const names = readdirSync(catalogsDir).filter((name) => name.endsWith('.json') && name !== 'schema.json');
    for (const name of names) {
      const result = parseCatalog(readFileSync(path.join(catalogsDir, name), 'utf8'), { file: name });
      assert.deepEqual(
        result.problems.map((p) => p.message),
        [],
        `${name} should be valid`,
      );
    }
  });

  it('reports a missing comma as invalid JSON with its line and column', () => {
    const problem = onlyProblem(parseBroken('invalid-json-missing-comma.json'));
    assert.equal(problem.kind, 'json');
    assert.equal(problem.line, 4);
    assert.equal(problem.column, 3);
    assert.equal(problem.message, "codes/invalid-json-missing-comma.json:4:3: invalid JSON: expected ',' or '}' after a property value.");
  });

  it('reports a misspelt literal with its line and column even though JSON.parse gives no position for it', () => {
    const problem = onlyProblem(parseBroken('invalid-json-bad-literal.json'));
    assert.equal(problem.kind, 'json');
    assert.equal(problem.line, 9);
    assert.equal(problem.column, 53);
    assert.match(problem.message, /^codes\/invalid-json-bad-literal\.json:9:53: invalid JSON: unexpected character 't'; expected a value\.$/);
  });

  it('reports an empty file and a truncated file as invalid JSON', () => {
    const empty = onlyProblem(parseCatalog('', { file: 'empty.json' }));
    assert.equal(empty.message, 'empty.json:1:1: invalid JSON: unexpected end of the file; expected a value.');
    const truncated = onlyProblem(parseCatalog('{\n  "id": "acme",\n  "entries": [\n', { file: 'cut.json' }));
    assert.equal(truncated.kind, 'json');
    assert.equal(truncated.line, 4);
    assert.match(truncated.message, /unexpected end of the file/);
  });

  it('reports a value of the wrong type with its JSON path and position', () => {
    const problem = onlyProblem(parseBroken('schema-wrong-type.json'));
    assert.equal(problem.kind, 'schema');
    assert.equal(problem.path, '/entries/3/code');
    assert.equal(problem.line, 12);
    assert.equal(problem.message, 'codes/schema-wrong-type.json:12:7: "code" of entry 3 is the text "34", but the catalog\'s codes are decimal numbers: write 34 without quotes (at /entries/3/code).');
  });

  it('reports a missing required property on the entry that lacks it', () => {
    const problem = onlyProblem(parseBroken('schema-missing-description.json'));
    assert.equal(problem.path, '/entries/1');
    assert.equal(problem.line, 10);
    assert.match(problem.message, /entry 1 is missing the required property "description" \(at \/entries\/1\)/);
  });

  it('reports an unknown property at the property itself', () => {
    const problem = onlyProblem(parseBroken('schema-unknown-property.json'));
    assert.equal(problem.path, '/entries/0/descripton');
    assert.equal(problem.line, 9);
    assert.equal(problem.column, 18);
    assert.match(problem.message, /entry 0 has an unknown property "descripton"/);
  });

  it('explains a malformed id in the words the schema gives the editor', () => {
    const problem = onlyProblem(parseBroken('schema-bad-id.json'));
    assert.equal(problem.path, '/id');
    assert.equal(problem.line, 2);
    assert.match(problem.message, /:2:3: "id" must be lower-case letters, digits and hyphens.*\(at \/id\)\.$/);
  });

  it('reports every schema violation of a file, each with its own path', () => {
    const result = parseBroken('schema-bad-kind-and-url.json');
    assert.equal(result.catalog, undefined);
    const byPath = new Map(result.problems.map((p) => [p.path, p]));
    assert.deepEqual([...byPath.keys()].sort(), ['/context', '/kind', '/source/url']);
    assert.match(byPath.get('/kind')!.message, /:5:3: "kind" must be one of "status", "error", "reason", "response"/);
    assert.match(byPath.get('/source/url')!.message, /:6:15: "source\.url" must be an http:\/\/ or https:\/\/ address/);
    assert.match(byPath.get('/context')!.message, /:7:3: "context" must have at least 1 item/);
  });

  it('reports a code defined twice with both entries', () => {
    const problem = onlyProblem(parseBroken('duplicate-code.json'));
    assert.equal(problem.kind, 'duplicate');
    assert.equal(problem.path, '/entries/3/code');
    assert.equal(problem.line, 12);
    assert.equal(problem.message, 'codes/duplicate-code.json:12:7: duplicate code 7: entry 3 and entry 1 both define it; see line 10 (at /entries/3/code).');
  });

  it('counts two ranges sharing codes as duplicates, but not a single code inside a range', () => {
    const problem = onlyProblem(parseBroken('duplicate-range-overlap.json'));
    assert.equal(problem.kind, 'duplicate');
    assert.equal(problem.path, '/entries/2/code');
    assert.equal(problem.line, 11);
    assert.match(problem.message, /duplicate code 35: entry 2 \(35–44\) and entry 0 \(30–39\) both define it; see line 9/);
  });

  it('accepts specific codes inside a range that covers the rest of a series', () => {
    const entries = [
      { code: 1000, to: 1999, description: 'Other 1000-series errors' },
      { code: 1001, description: 'Invalid number' },
      { code: 1999, description: 'Last one' },
    ];
    assert.deepEqual(parseCatalog(JSON.stringify({ ...minimal, entries })).problems, []);
  });

  it('reports a range that ends before it starts', () => {
    const problem = onlyProblem(parseBroken('range-backwards.json'));
    assert.equal(problem.kind, 'range');
    assert.equal(problem.path, '/entries/1/to');
    assert.equal(problem.line, 10);
    assert.match(problem.message, /entry 1 ends \("to": 30\) before it starts \("code": 40\)/);
  });

  it('rejects a catalog whose id is taken, naming who holds it', () => {
    const reserved = new Map([['http', 'a built-in catalog']]);
    const problem = onlyProblem(parseBroken('clash-built-in-id.json', reserved));
    assert.equal(problem.kind, 'clash');
    assert.equal(problem.path, '/id');
    assert.equal(problem.line, 2);
    assert.match(problem.message, /^codes\/clash-built-in-id\.json:2:3: catalog id "http" is already used by a built-in catalog; give this catalog another id/);
    assert.equal(parseBroken('clash-built-in-id.json').catalog?.id, 'http', 'the same file is fine when nothing holds the id');
  });

  it('only parses a catalog that ships with the extension, still refusing what is not JSON or not text', () => {
    // Shipped catalogs are checked against the schema by this suite ("every catalog file"), so the editor skips that work for them.
    const offSchema = JSON.stringify({ ...minimal, kind: 'colour' });
    assert.equal(parseCatalog(offSchema).catalog, undefined);
    assert.equal(parseCatalog(offSchema, { trusted: true }).catalog?.kind, 'colour');
    assert.equal(onlyProblem(parseCatalog('{"id": "x",', { file: 'catalogs/x.json', trusted: true })).kind, 'json');
    // Something that is not a catalog at all still gets the full checks and their message.
    assert.equal(onlyProblem(parseCatalog('[1, 2]', { file: 'catalogs/x.json', trusted: true })).kind, 'schema');
    assert.equal(onlyProblem(parseCatalogBytes(new Uint8Array([0x7b, 0x00, 0x7d]), { file: 'catalogs/x.json', trusted: true })).kind, 'binary');
  });

  it('refuses a file over the size limit without decoding it', () => {
    const bytes = new Uint8Array(MAX_CATALOG_BYTES + 1).fill(0x20);
    const problem = onlyProblem(parseCatalogBytes(bytes, { file: 'huge.json' }));
    assert.equal(problem.kind, 'size');
    assert.equal(problem.message, 'huge.json: the file is 5.1 MiB (5,242,881 bytes), over the limit of 5 MiB for catalog files; it is not read.');
  });

  it('states the size of a much larger file to one decimal, rounded up', () => {
    const problem = onlyProblem(parseCatalogBytes(new Uint8Array(12 * 1024 * 1024 + 100), { file: 'big.json' }));
    assert.match(problem.message, /^big\.json: the file is 12\.1 MiB \(12,583,012 bytes\), over the limit of 5 MiB/);
  });

  it('reports a key written twice in one object, with its place', () => {
    const text = JSON.stringify(minimal, null, 2).replace('"title": "Acme errors",', '"title": "Acme errors",\n  "id": "other",');
    const problem = onlyProblem(parseCatalog(text, { file: 'twice.json' }));
    assert.equal(problem.kind, 'json');
    assert.equal(problem.message, 'twice.json:4:3: the property "id" appears twice in the same object; keep one.');
    const entries = JSON.stringify({ ...minimal, entries: [{ code: 1, description: 'a' }] }).replace('"description":"a"', '"description":"a","code":2');
    assert.match(onlyProblem(parseCatalog(entries, { file: 'e.json' })).message, /the property "code" appears twice/);
    assert.deepEqual(parseCatalog(JSON.stringify(minimal)).problems, [], 'the same key in different objects is fine');
  });

  it('says that comments are not allowed, with their place', () => {
    for (const [text, line, column] of [
      ['// Acme\n{"id": "x"}', 1, 1],
      ['{\n  /* the id */ "id": "x"\n}', 2, 3],
      ['{"id": "x", // the id\n "title": "t"}', 1, 13],
      ['{"id": "x" // the id\n}', 1, 12],
      ['{"id": /* later */ "x"}', 1, 8],
      ['{"id": "x"}\n// end', 2, 1],
    ] as const) {
      const problem = onlyProblem(parseCatalog(text, { file: 'c.json' }));
      assert.equal(problem.message, `c.json:${line}:${column}: invalid JSON: comments are not allowed in catalog files.`, text);
    }
  });

  it('never quotes the text of a file that is not JSON', () => {
    const secret = 'root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n';
    const problem = onlyProblem(parseCatalog(secret, { file: 'passwd.json' }));
    assert.doesNotMatch(problem.message, /root|daemon|bin|bash/, problem.message);
    const problemOfBytes = onlyProblem(parseCatalogBytes(new TextEncoder().encode(secret), { file: 'passwd.json' }));
    assert.doesNotMatch(problemOfBytes.message, /root|daemon|bin|bash/, problemOfBytes.message);
  });

  it('refuses a file with NUL bytes, naming the line and offset', () => {
    const bytes = new TextEncoder().encode('{\n  "id": "a\u0000b"\n}');
    const problem = onlyProblem(parseCatalogBytes(bytes, { file: 'bin.json' }));
    assert.equal(problem.kind, 'binary');
    assert.equal(problem.line, 2);
    assert.equal(problem.message, 'bin.json:2:11: not a text file: NUL byte at offset 12.');
  });

  it('refuses a file that is not valid UTF-8, naming the first bad byte', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('{"title": "caf'), 0xe9, ...new TextEncoder().encode('"}')]);
    const problem = onlyProblem(parseCatalogBytes(bytes, { file: 'latin1.json' }));
    assert.equal(problem.kind, 'binary');
    assert.match(problem.message, /^latin1\.json:1:15: not a text file: the byte at offset 14 is not valid UTF-8/);
  });

  it('refuses a UTF-16 file with a hint to save it as UTF-8', () => {
    const problem = onlyProblem(parseCatalogBytes(Uint8Array.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]), { file: 'wide.json' }));
    assert.equal(problem.kind, 'binary');
    assert.match(problem.message, /UTF-16; save it as UTF-8/);
  });

  it('decodes valid UTF-8 with multi-byte characters and parses it', () => {
    const catalog = { ...minimal, title: 'Fehlercodes für Zahlungen ✓ 😀' };
    const result = parseCatalogBytes(new TextEncoder().encode(JSON.stringify(catalog)), { file: 'de.json' });
    assert.deepEqual(result.problems, []);
    assert.equal(result.catalog?.title, catalog.title);
  });

  it('finds overlong forms, surrogates and truncated sequences as invalid UTF-8', () => {
    assert.equal(firstInvalidUtf8(new TextEncoder().encode('plain ✓ 😀')), -1);
    assert.equal(firstInvalidUtf8(Uint8Array.from([0x41, 0xc0, 0xaf])), 1, 'overlong slash');
    assert.equal(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80])), 0, 'UTF-16 surrogate');
    assert.equal(firstInvalidUtf8(Uint8Array.from([0x41, 0x42, 0xe2, 0x9c])), 2, 'cut short');
    assert.equal(firstInvalidUtf8(Uint8Array.from([0xf4, 0x90, 0x80, 0x80])), 0, 'past U+10FFFF');
  });

  it('lists a bounded number of problems for a file with thousands of them', () => {
    const entries = Array.from({ length: 5000 }, (_, i) => ({ code: String(i), description: 'x' }));
    const result = parseCatalog(JSON.stringify({ ...minimal, entries }), { file: 'many.json' });
    assert.equal(result.catalog, undefined);
    assert.equal(result.problems.length, 21);
    assert.match(result.problems[20]!.message, /^many\.json: 4980 more problems of the same kinds are not listed\.$/);
  });

  it('does not overflow the stack on deeply nested input', () => {
    const deep = '['.repeat(200_000);
    const problem = onlyProblem(parseCatalog(deep, { file: 'deep.json' }));
    assert.equal(problem.kind, 'json');
  });
});
