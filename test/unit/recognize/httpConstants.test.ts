import * as assert from 'node:assert/strict';
import { HTTP_CONSTANT_LIBRARIES } from '../../../src/core/recognize/httpConstants';
import { findSwitchBlocks } from '../../../src/core/switch/switchBlocks';
import { summarizeSwitch } from '../../../src/core/switch/switchSummary';
import { realIndex, recognizeText, recognizerFor, topOf } from './catalogs';

/** How each library's code qualifies its constants. */
const SEPARATOR: Record<string, string> = { 'rust-http-status-code': '::', 'symfony-response': '::' };
const LANGUAGE: Record<string, string> = {
  'go-net-http': 'go',
  'dotnet-http-status-code': 'csharp',
  'aspnetcore-status-codes': 'csharp',
  'java-http-url-connection': 'java',
  'spring-http-status': 'java',
  'python-http-status': 'python',
  'symfony-response': 'php',
  'ktor-http-status-code': 'kotlin',
  'rust-http-status-code': 'rust',
};

describe('HTTP status constants of the common libraries', () => {
  const index = realIndex();
  const httpCodes = new Set(index.catalogs.find((c) => c.id === 'http')?.entries.map((e) => e.code));

  for (const library of HTTP_CONSTANT_LIBRARIES) {
    it(`resolves every member of ${library.library} to its code`, () => {
      const recognizer = recognizerFor(index);
      const qualifier = library.qualifiers[0] as string;
      const wrong: string[] = [];
      for (const [name, code] of Object.entries(library.names)) {
        const line = `    respond(${qualifier}${SEPARATOR[library.id] ?? '.'}${name});`;
        const found = recognizeText(recognizer, line, LANGUAGE[library.id] ?? 'plaintext').find((r) => r.text === name);
        const expected = httpCodes.has(code) ? `http:${code}` : undefined;
        if (topOf(found) !== expected) {
          wrong.push(`${name}: ${topOf(found) ?? 'nothing'} instead of ${expected ?? 'nothing'}`);
        }
      }
      assert.deepEqual(wrong, []);
    });
  }

  it('names only codes the HTTP catalog holds, but for the drafts libraries kept', () => {
    const outside = HTTP_CONSTANT_LIBRARIES.flatMap((l) => Object.entries(l.names).filter(([, code]) => !httpCodes.has(code)).map(([name]) => name));
    assert.deepEqual(outside.sort(), ['INSUFFICIENT_SPACE_ON_RESOURCE', 'METHOD_FAILURE', 'Status419AuthenticationTimeout'].sort());
  });

  it('gives no name two codes across libraries', () => {
    const seen = new Map<string, number>();
    for (const library of HTTP_CONSTANT_LIBRARIES) {
      for (const [name, code] of Object.entries(library.names)) {
        const key = name.toLowerCase().replace(/[^a-z0-9]/g, '');
        assert.ok(seen.get(key) === undefined || seen.get(key) === code, `${name} is ${code} in ${library.id} and ${seen.get(key)} elsewhere`);
        seen.set(key, code);
      }
    }
  });

  it('reads a plain name as HTTP only under an HTTP qualifier', () => {
    const recognizer = recognizerFor(index);
    assert.equal(topOf(recognizeText(recognizer, 'if (order.state == Shipment.Redirect) {', 'java')[0]), undefined);
    assert.equal(topOf(recognizeText(recognizer, 'x = Geometry.Moved;', 'csharp')[0]), undefined);
    assert.equal(topOf(recognizeText(recognizer, 'x = HttpStatusCode.Moved;', 'csharp')[0]), 'http:301');
  });

  it('reads a declaration named for an HTTP status as one, and a look-alike name as nothing', () => {
    const recognizer = recognizerFor(index);
    assert.equal(topOf(recognizeText(recognizer, '    public const HTTP_OK = 200;', 'php')[0]), 'http:200');
    assert.equal(topOf(recognizeText(recognizer, '\tStatusTeapot = 418 // RFC 9110', 'go')[0]), 'http:418');
    assert.deepEqual(recognizeText(recognizer, '    public const HTTP_TIMEOUT_MS = 200;', 'php'), []);
    assert.deepEqual(recognizeText(recognizer, '    const OK_RETRIES = 404;', 'typescript'), []);
  });
});

describe('switch summaries over HTTP library constants', () => {
  const summaryOf = (text: string, languageId: string) => {
    const recognizer = recognizerFor(realIndex());
    const [block] = findSwitchBlocks(text, { languageId });
    assert.ok(block);
    return summarizeSwitch(block, recognizer, recognizer.buildDocumentContext(text, languageId));
  };

  it('counts .NET members and aliases in a switch over a status code', () => {
    const text = ['switch (response.StatusCode)', '{', '    case HttpStatusCode.Redirect:', '        break;', '    case HttpStatusCode.NotFound:', '        break;', '    case HttpStatusCode.RedirectKeepVerb:', '        break;', '}'].join('\n');
    const found = summaryOf(text, 'csharp');
    assert.equal(found?.catalog.id, 'http');
    assert.deepEqual(found?.handled.map((e) => e.code), [302, 307, 404]);
  });

  it('counts prefixed Java constants whatever the switch is over', () => {
    const text = ['switch (conn.getResponseCode()) {', '    case HttpURLConnection.HTTP_MOVED_TEMP:', '        break;', '    case HttpURLConnection.HTTP_PROXY_AUTH:', '        break;', '}'].join('\n');
    const found = summaryOf(text, 'java');
    assert.equal(found?.catalog.id, 'http');
    assert.deepEqual(found?.handled.map((e) => e.code), [302, 407]);
  });

  it('reads plain names over a key that is no HTTP status as nothing', () => {
    const text = ['switch (shape.kind) {', '  case Shape.Redirect:', '    break;', '  case Shape.Moved:', '    break;', '}'].join('\n');
    assert.equal(summaryOf(text, 'typescript'), undefined);
  });
});
