import * as assert from 'node:assert/strict';
import type { Recognition } from '../../../src/core/recognize/types';
import { realIndex, recognizeText, recognizerFor, topOf } from './catalogs';

/**
 * Idioms that state a status without an operator before it: expected values
 * of assertions, mocks and fake servers, response helpers that take the
 * status after the body, returned tuples, and prose about HTTP. Each row is
 * `catalog:code` at one literal, or null where nothing may be recognised;
 * `lens` asks for a confidence that earns a lens (0.5 by default).
 */
interface Row {
  readonly lang: string;
  readonly line: string;
  readonly at?: string;
  readonly expect: string | null;
  /** true: the top meaning earns a lens; false: it must not. */
  readonly lens?: boolean;
}

const LENS = 0.5;

const rows: readonly Row[] = [
  // Expected value first, or as a later argument, with no operator.
  { lang: 'ruby', line: '    assert_equal 302, status', at: '302', expect: 'http:302', lens: true },
  { lang: 'ruby', line: '    assert_equal 201, last_response.status', at: '201', expect: 'http:201', lens: true },
  { lang: 'ruby', line: '    assert_equal 3, items.size', expect: null },
  { lang: 'ruby', line: '    expect(last_response.status).to eq 404', at: '404', expect: 'http:404', lens: true },
  { lang: 'ruby', line: '    expect(response.status).not_to eq 500', at: '500', expect: 'http:500', lens: true },
  { lang: 'ruby', line: '    expect(cart.items.count).to eq 404', expect: null },
  { lang: 'go', line: '\tassert.Equal(t, 200, w.Code)', at: '200', expect: 'http:200', lens: true },
  { lang: 'go', line: '\trequire.Equal(t, 404, rr.Code, "unknown id")', at: '404', expect: 'http:404', lens: true },
  { lang: 'go', line: '\tassert.EqualValues(t, 503, resp.StatusCode)', at: '503', expect: 'http:503', lens: true },
  { lang: 'go', line: '\tassert.Equal(t, 200, len(items))', expect: null },
  { lang: 'go', line: '\tassert.Equal(t, 404, cfg.Width)', expect: null },
  { lang: 'php', line: '        self::assertSame(202, $response->getStatusCode());', at: '202', expect: 'http:202', lens: true },
  { lang: 'php', line: '        $this->assertEquals(404, $client->getResponse()->getStatusCode());', at: '404', expect: 'http:404', lens: true },
  { lang: 'php', line: '        return 200 === $this->statusCode;', at: '200', expect: 'http:200', lens: true },
  { lang: 'php', line: '        return 200 === $this->width;', expect: null },
  { lang: 'php', line: '        self::assertSame(200, $this->count);', expect: null },
  { lang: 'javascript', line: '  t.is(response.status, 400);', at: '400', expect: 'http:400', lens: true },
  { lang: 'javascript', line: '  t.is(res.statusCode, 201)', at: '201', expect: 'http:201', lens: true },
  { lang: 'javascript', line: '  t.is(list.length, 404);', expect: null },
  { lang: 'java', line: '        assertThat(resp.code()).isEqualTo(404);', at: '404', expect: 'http:404', lens: true },
  { lang: 'csharp', line: '        Assert.Equal(HttpStatusCode.OK, response.StatusCode);', at: 'OK', expect: 'http:200', lens: true },
  // Mocks and fake servers.
  { lang: 'javascript', line: "nock('https://api.example.com').get('/v1/users/7').reply(200, { id: 7 });", at: '200', expect: 'http:200', lens: true },
  { lang: 'javascript', line: "  mock.onPost('/login').reply(401, { error: 'bad credentials' });", at: '401', expect: 'http:401', lens: true },
  { lang: 'javascript', line: '  scope.reply(503)', at: '503', expect: 'http:503', lens: true },
  { lang: 'javascript', line: '  await message.reply(3);', expect: null },
  { lang: 'javascript', line: "  bot.reply(23, 'thanks');", expect: null },
  { lang: 'java', line: '        server.enqueue(new MockResponse().setResponseCode(404));', at: '404', expect: 'http:404', lens: true },
  { lang: 'java', line: '        stubFor(get("/x").willReturn(aResponse().withStatus(503)));', at: '503', expect: 'http:503', lens: true },
  { lang: 'php', line: "        $I->seeResponseCodeIs(200);", at: '200', expect: 'http:200', lens: true },
  { lang: 'php', line: "        $response->assertStatus(422);", at: '422', expect: 'http:422', lens: true },
  { lang: 'javascript', line: '      .assertCode(200)', at: '200', expect: 'http:200', lens: true },
  { lang: 'python', line: '    respx.get("https://api.example.com/v1").respond(404)', at: '404', expect: 'http:404', lens: true },
  { lang: 'python', line: '    responses.add(responses.GET, url, json={"error": "gone"}, status=410)', at: '410', expect: 'http:410', lens: true },
  { lang: 'python', line: '    httpretty.register_uri(httpretty.POST, url, body="{}", status=503)', at: '503', expect: 'http:503', lens: true },
  { lang: 'go', line: '\trr := httptest.NewRecorder()', expect: null },
  { lang: 'go', line: '\tif rr.Code != 404 {', at: '404', expect: 'http:404', lens: true },
  // Response helpers with the status after the body.
  { lang: 'typescript', line: "  return c.text('Internal error', 500)", at: '500', expect: 'http:500', lens: true },
  { lang: 'typescript', line: '  return c.json({ error: "not found" }, 404)', at: '404', expect: 'http:404', lens: true },
  { lang: 'typescript', line: "  return c.body(null, 204)", at: '204', expect: 'http:204', lens: true },
  { lang: 'typescript', line: "  const label = doc.text('chapter', 5)", expect: null },
  { lang: 'python', line: '    return make_response(jsonify(error="missing"), 404)', at: '404', expect: 'http:404', lens: true },
  { lang: 'python', line: '    return jsonify(error="gone"), 410', at: '410', expect: 'http:410', lens: true },
  { lang: 'python', line: '    return {"error": "conflict"}, 409, {"Retry-After": "5"}', at: '409', expect: 'http:409', lens: true },
  { lang: 'python', line: '    return body, 404', at: '404', expect: 'http:404', lens: true },
  { lang: 'python', line: '    return width, 404', expect: null },
  { lang: 'python', line: '    return "x", 3', expect: null },
  { lang: 'python', line: '    return total, 200.5', expect: null },
  { lang: 'ruby', line: '    halt 404', at: '404', expect: 'http:404', lens: true },
  { lang: 'ruby', line: '    halt 403, { error: "forbidden" }.to_json', at: '403', expect: 'http:403', lens: true },
  { lang: 'ruby', line: '    assert_response 201', at: '201', expect: 'http:201', lens: true },
  { lang: 'ruby', line: '    halt 3', expect: null },
  { lang: 'go', line: '\thttp.Error(w, "upstream failed", 502)', at: '502', expect: 'http:502', lens: true },
  { lang: 'go', line: '\tlog.Error(w, "retry", 502)', at: '502', expect: 'http:502', lens: false },
  { lang: 'javascript', line: "  ctx.throw(404, 'user not found');", at: '404', expect: 'http:404', lens: true },
  { lang: 'javascript', line: '  worker.throw(23);', expect: null },
  { lang: 'csharp', line: '        return Results.StatusCode(429);', at: '429', expect: 'http:429', lens: true },
  // Prose about HTTP: a hover, never a lens.
  { lang: 'typescript', line: '// returns 404 when the user is missing', at: '404', expect: 'http:404' },
  { lang: 'go', line: '\t// The proxy responds with 503 while draining.', at: '503', expect: 'http:503' },
  { lang: 'python', line: '    # Upstream answers HTTP 429 under load', at: '429', expect: 'http:429' },
  { lang: 'typescript', line: '// returns 3 items per page', expect: null },
  { lang: 'typescript', line: '// returns 200 ms after the first byte', at: '200', expect: 'http:200' },
  { lang: 'typescript', line: '// responds with 2 retries', expect: null },
  { lang: 'typescript', line: '// the loop returns 1000 rows', expect: null },
];

function recognitions(row: Row): { found: Recognition | undefined; all: Recognition[] } {
  const all = recognizeText(recognizerFor(realIndex()), row.line, row.lang);
  const found = row.at === undefined ? all[0] : all.find((r) => row.line.slice(r.start, r.end) === row.at || r.text === row.at);
  return { found, all };
}

describe('statuses stated without an operator', () => {
  for (const row of rows) {
    it(`${row.lang}: ${row.line.trim()} → ${row.expect ?? 'no code'}${row.lens ? ' (lens)' : ''}`, () => {
      const { found, all } = recognitions(row);
      if (row.expect === null) {
        assert.deepEqual(
          all.map((r) => `${r.text} (${topOf(r)})`),
          [],
        );
        return;
      }
      assert.ok(found, `nothing recognised; recognitions: ${all.map((r) => r.text).join(', ') || 'none'}`);
      const top = found.candidates[0];
      assert.equal(topOf(found), row.expect, `candidates: ${found.candidates.map((c) => `${c.catalog.id}@${c.confidence}`).join(', ')}`);
      if (row.lens === true) {
        assert.ok((top?.confidence ?? 0) >= LENS, `confidence ${top?.confidence} is below the lens threshold`);
      } else if (row.lens === false) {
        assert.ok((top?.confidence ?? 1) < LENS, `a lens at ${top?.confidence}`);
      } else if (row.line.trimStart().startsWith('//') || row.line.trimStart().startsWith('#')) {
        assert.ok((top?.confidence ?? 1) < LENS, `prose got a lens at ${top?.confidence}`);
      }
    });
  }
});

/** Rows of tables of codes, each with the text above it (the table's opening line) and the literal to check. */
const tableRows: readonly (Row & { readonly doc?: string })[] = [
  { lang: 'php', doc: '    public static $statusTexts = [', line: "        404 => 'Not Found',", at: '404', expect: 'http:404', lens: true },
  { lang: 'ruby', doc: 'HTTP_STATUS_CODES = {', line: "  503 => 'Service Unavailable',", at: '503', expect: 'http:503', lens: true },
  { lang: 'python', doc: '_codes = {', line: "    200: ('ok', 'okay', 'all_ok', 'all_okay'),", at: '200', expect: 'http:200', lens: true },
  { lang: 'python', doc: '_codes = {', line: "    404: ('not_found', '-o-'),", at: '404', expect: 'http:404', lens: true },
  { lang: 'python', doc: 'class Status(IntEnum):', line: "    NOT_FOUND = (404, 'Not Found', 'Nothing matches the given URI')", at: '404', expect: 'http:404', lens: true },
  { lang: 'javascript', doc: 'const STATUS_TEXT = {', line: "  429: 'Too Many Requests',", at: '429', expect: 'http:429', lens: true },
  { lang: 'go', doc: 'var statusText = map[int]string{', line: '\t418: "I\'m a teapot",', at: '418', expect: 'http:418', lens: true },
  { lang: 'rust', doc: 'status_codes! {', line: '    (404, NOT_FOUND, "Not Found");', at: '404', expect: 'http:404', lens: true },
  { lang: 'java', doc: 'public enum Status {', line: '    NOT_FOUND(404, Series.CLIENT_ERROR, "Not Found"),', at: '404', expect: 'http:404', lens: true },
  { lang: 'java', doc: 'public enum Status {', line: '    MOVED_TEMPORARILY(302, Series.REDIRECTION, "Moved Temporarily"),', at: '302', expect: 'http:302', lens: true },
  { lang: 'kotlin', doc: 'fun reason(code: Int) = when (code) {', line: '    404 -> "Not Found"', at: '404', expect: 'http:404', lens: true },
  { lang: 'csharp', doc: 'static readonly Dictionary<int, string> Names = new() {', line: '    { 23, "DELIVERY_FAILURE" },', at: '23', expect: 'clickatell-one-api-message-status:23', lens: true },
  // A number beside a word that is not its name is no row of codes.
  { lang: 'javascript', doc: 'const sizes = {', line: '  404: "wide",', expect: null },
  { lang: 'python', doc: 'LIMITS = {', line: "    200: ('small', 'medium'),", expect: null },
  { lang: 'php', doc: '    $widths = [', line: "        404 => 'Found',", expect: null },
  { lang: 'java', doc: 'public enum Size {', line: '    LARGE(404, "large"),', expect: null },
];

describe('tables of codes', () => {
  for (const row of tableRows) {
    it(`${row.lang}: ${row.line.trim()} → ${row.expect ?? 'no code'}`, () => {
      const text = `${row.doc}\n${row.line}`;
      const all = recognizeText(recognizerFor(realIndex()), text, row.lang).filter((r) => r.line === 1);
      if (row.expect === null) {
        assert.deepEqual(
          all.map((r) => `${r.text} (${topOf(r)})`),
          [],
        );
        return;
      }
      const found = all.find((r) => r.text === row.at);
      assert.ok(found, `nothing recognised; recognitions: ${all.map((r) => r.text).join(', ') || 'none'}`);
      assert.equal(topOf(found), row.expect);
      assert.ok((found.candidates[0]?.confidence ?? 0) >= LENS, `confidence ${found.candidates[0]?.confidence}`);
    });
  }
});

describe('positional arguments named by a declaration in the same document', () => {
  const cases: readonly { lang: string; text: string; at: string; expect: string | null }[] = [
    {
      lang: 'csharp',
      text: 'public sealed record ProviderFailure(int ErrorCode, int HttpStatus, string Message);\nvar f = new ProviderFailure(7, 402, "no credit");',
      at: '402',
      expect: 'http:402',
    },
    {
      lang: 'python',
      text: '# Clickatell One API\ndef notify(self, message_id, status_code, note=""):\n    pass\nhook.notify("m-1", 23, note="x")',
      at: '23',
      expect: 'clickatell-one-api-message-status:23',
    },
    {
      lang: 'go',
      text: 'func writeError(w http.ResponseWriter, httpStatus int, msg string) {}\n\twriteError(w, 503, "busy")',
      at: '503',
      expect: 'http:503',
    },
    {
      lang: 'typescript',
      text: 'function paginate(page: number, pageSize: number) {}\npaginate(2, 404);',
      at: '404',
      expect: null,
    },
    {
      lang: 'csharp',
      text: 'public sealed record Box(int Width, int Height);\nvar b = new Box(404, 200);',
      at: '404',
      expect: null,
    },
  ];
  for (const { lang, text, at, expect } of cases) {
    it(`${lang}: ${text.split('\n').pop()?.trim()} → ${expect ?? 'no code'}`, () => {
      const lastLine = text.split('\n').length - 1;
      const found = recognizeText(recognizerFor(realIndex()), text, lang).find((r) => r.line === lastLine && r.text === at);
      assert.equal(topOf(found), expect ?? undefined);
      if (expect !== null) {
        assert.ok((found?.candidates[0]?.confidence ?? 0) >= LENS, `confidence ${found?.candidates[0]?.confidence}`);
      }
    });
  }
});

describe('status constants that carry their code, and tables keyed by status', () => {
  const cases: readonly { lang: string; text: string; at: string; expect: string | null }[] = [
    { lang: 'python', text: '@app.post("/items", status_code=status.HTTP_201_CREATED)', at: 'HTTP_201_CREATED', expect: 'http:201' },
    { lang: 'python', text: 'return Response(serializer.errors, status=status.HTTP_400_BAD_REQUEST)', at: 'HTTP_400_BAD_REQUEST', expect: 'http:400' },
    { lang: 'python', text: 'HTTP_429_TOO_MANY_REQUESTS = 429', at: '429', expect: 'http:429' },
    { lang: 'python', text: 'USE_HTTP_2 = config.HTTP_2_ENABLED', at: 'HTTP_2_ENABLED', expect: null },
    { lang: 'javascript', text: "export const REASONS = {\n  304: 'cached',\n  409: 'edit conflict',\n};", at: '409', expect: 'http:409' },
    { lang: 'ruby', text: "STATUS_TEXT = {\n  503 => 'try later',\n}", at: '503', expect: 'http:503' },
    { lang: 'javascript', text: "const sizes = {\n  304: 'wide',\n};", at: '304', expect: null },
    { lang: 'javascript', text: "const REASONS = {\n  3: 'queued',\n};", at: '3', expect: null },
    { lang: 'php', text: '        return response()->json($article, 201);', at: '201', expect: 'http:201' },
    { lang: 'php', text: '        return collect()->json($article, 201);', at: '201', expect: null },
    { lang: 'csharp', text: '    [ProducesResponseType(typeof(Shipment), 201)]', at: '201', expect: 'http:201' },
  ];
  for (const { lang, text, at, expect } of cases) {
    it(`${lang}: ${text.split('\n').slice(-2).join(' ').trim()} → ${expect ?? 'no code'}`, () => {
      const found = recognizeText(recognizerFor(realIndex()), text, lang).find((r) => r.text === at);
      assert.equal(topOf(found), expect ?? undefined);
      if (expect !== null) {
        assert.ok((found?.candidates[0]?.confidence ?? 0) >= LENS, `confidence ${found?.candidates[0]?.confidence}`);
      }
    });
  }
});
