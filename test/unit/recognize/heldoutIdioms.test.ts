import * as assert from 'node:assert/strict';
import { realIndex, recognizeText, recognizerFor, topOf } from './catalogs';

/**
 * Idioms the held-out part of the evaluation corpus (test/eval/corpus/heldout,
 * written from real projects before the recogniser was looked at) found
 * unread or misread. Each case is one literal on the last line of a snippet
 * and the meaning it must get (null: none), with a lens where one is asked.
 */
interface Case {
  readonly lang: string;
  readonly text: string;
  readonly at: string;
  readonly expect: string | null;
  /** true: the top meaning earns a lens (confidence 0.5 or more). */
  readonly lens?: boolean;
}

const LENS = 0.5;

function check(cases: readonly Case[]): void {
  for (const { lang, text, at, expect, lens } of cases) {
    it(`${lang}: ${text.split('\n').pop()?.trim()} → ${expect ?? 'no code'}`, () => {
      const lastLine = text.split('\n').length - 1;
      const found = recognizeText(recognizerFor(realIndex()), text, lang).find((r) => r.line === lastLine && r.text === at);
      assert.equal(topOf(found), expect ?? undefined);
      if (lens) {
        assert.ok((found?.candidates[0]?.confidence ?? 0) >= LENS, `confidence ${found?.candidates[0]?.confidence}`);
      }
    });
  }
}

describe('a status followed by its own reason phrase', () => {
  check([
    { lang: 'log', text: 'I, [2025-06-12T09:14:05 #2819]  INFO -- : Completed 422 Unprocessable Content in 36ms (Views: 0.4ms)', at: '422', expect: 'http:422', lens: true },
    { lang: 'log', text: 'INFO -- : Completed 200 OK in 1ms (Views: 0.3ms | Allocations: 301)', at: '200', expect: 'http:200', lens: true },
    { lang: 'log', text: 'INFO -- : Completed 200 OK in 1ms (Views: 0.3ms | Allocations: 301)', at: '301', expect: null },
    { lang: 'log', text: 'Resolved [org.springframework.web.server.ResponseStatusException: 404 NOT_FOUND "no subscription 88121"]', at: '404', expect: 'http:404', lens: true },
    { lang: 'log', text: 'capture of inv_0044 failed with 503 SERVICE_UNAVAILABLE, retry 2 of 4 in 1600 ms', at: '503', expect: 'http:503', lens: true },
    { lang: 'log', text: 'E        +  where 201 = <Response [201 Created]>.status_code', at: '201', expect: 'http:201', lens: true },
    { lang: 'log', text: 'npm error 404 Not Found - GET https://registry.npmjs.org/@acme%2fcharts - Not found', at: '404', expect: 'http:404', lens: true },
    { lang: 'python', text: '    log.warning("refund call gave %s", "<Response [409]>")', at: '409', expect: 'http:409', lens: true },
    { lang: 'log', text: "AssertionError: assert <Response [500 Internal Server Error]> is None", at: '500', expect: 'http:500', lens: true },
    { lang: 'python', text: '    return totals[404]', at: '404', expect: null },
    // A number before a word that is no name of it, or a name in lower case, which prose is full of.
    { lang: 'log', text: 'imported 201 Accepted orders from the feed', at: '201', expect: null },
    { lang: 'log', text: 'imported 302 created users and 410 gone ones', at: '302', expect: null },
    { lang: 'log', text: 'Page 404 Not', at: '404', expect: null },
  ]);
});

describe('a response code is an HTTP status unless the document is about mail', () => {
  check([
    { lang: 'log', text: 'level=WARN msg="webhook retry" target=https://hooks.example.test/ledger response_code=502 attempt=2', at: '502', expect: 'http:502', lens: true },
    { lang: 'java', text: 'int responseCode = conn.getResponseCode();\nif (responseCode == 503) retryLater();', at: '503', expect: 'http:503', lens: true },
    { lang: 'javascript', text: '// relays through the smtp server of the office\nif (responseCode === 421) retryLater();', at: '421', expect: 'smtp-reply-codes:421' },
    { lang: 'javascript', text: 'const transporter = nodemailer.createTransport(options);\nif (err.responseCode === 550) suppress(address);', at: '550', expect: 'smtp-reply-codes:550', lens: true },
  ]);
});

describe('a count of failures is no error code', () => {
  check([
    { lang: 'log', text: '    Startup:    http-get http://:8000/healthz delay=0s timeout=1s period=5s #success=1 #failure=30', at: '30', expect: null },
    { lang: 'yaml', text: 'probe:\n  failure: 30', at: '30', expect: null },
    { lang: 'javascript', text: '// Clickatell One API callback\nif (body.failureCode === 30) reroute(body);', at: '30', expect: 'clickatell-one-api-errors:30' },
  ]);
});

describe("Rack's and Plug's status symbols where a response is written or asserted", () => {
  check([
    { lang: 'ruby', text: '      rescue_from ActiveRecord::RecordNotFound do\n        head :not_found', at: 'not_found', expect: 'http:404', lens: true },
    { lang: 'ruby', text: '          render json: { errors: membership.errors }, status: :unprocessable_entity', at: 'unprocessable_entity', expect: 'http:422', lens: true },
    { lang: 'ruby', text: '        render json: MembershipSerializer.new(memberships), status: :ok', at: 'ok', expect: 'http:200', lens: true },
    { lang: 'ruby', text: '        return head :gone if invite.created_at < INVITE_TTL.ago', at: 'gone', expect: 'http:410', lens: true },
    { lang: 'ruby', text: '      expect(response).to have_http_status(:created)', at: 'created', expect: 'http:201', lens: true },
    { lang: 'ruby', text: '    assert_response :too_many_requests', at: 'too_many_requests', expect: 'http:429', lens: true },
    { lang: 'elixir', text: '    conn |> put_status(:not_found) |> json(%{error: "no such club"})', at: 'not_found', expect: 'http:404', lens: true },
    { lang: 'elixir', text: '    send_resp(conn, :no_content, "")', at: 'no_content', expect: 'http:204', lens: true },
    // The same words as an application's own states and symbols.
    { lang: 'ruby', text: '  state :created, initial: true', at: 'created', expect: null },
    { lang: 'ruby', text: '    Order.where(status: :accepted).find_each(&:ship!)', at: 'accepted', expect: null },
    { lang: 'ruby', text: '    order.update!(status: :created)', at: 'created', expect: null },
    { lang: 'ruby', text: '    transitions from: :created, to: :accepted', at: 'accepted', expect: null },
    { lang: 'ruby', text: '    expect(response).to have_http_status(:success)', at: 'success', expect: null },
    { lang: 'typescript', text: 'const label = cond ? :not_found : x;', at: 'not_found', expect: null },
  ]);
});

describe('the statuses of API documentation tags in comments', () => {
  check([
    { lang: 'go', text: '// GetAccount godoc\n// @Success  200 {object} accounts.Account', at: '200', expect: 'http:200', lens: true },
    { lang: 'go', text: '// @Failure  404 {object} ErrorResponse', at: '404', expect: 'http:404', lens: true },
    { lang: 'go', text: '// @Success  202', at: '202', expect: 'http:202', lens: true },
    { lang: 'php', text: '     * @response 422 {"message": "The given data was invalid."}', at: '422', expect: 'http:422', lens: true },
    { lang: 'go', text: '// @Param    page_size query int false "page size" default(50) maximum(500)', at: '500', expect: null },
    { lang: 'java', text: '     * @since 200', at: '200', expect: null },
  ]);
});

describe('short and bare lists of statuses under a name that says so', () => {
  check([
    { lang: 'typescript', text: 'export const priceFeed = ky.create({\n  retry: { limit: 4, afterStatusCodes: [429, 503] },', at: '503', expect: 'http:503', lens: true },
    { lang: 'ruby', text: "  f.request :retry, max: 3, retry_statuses: [429, 503]", at: '429', expect: 'http:429', lens: true },
    { lang: 'log', text: '      PAYOUT_RETRY_STATUSES: 502,503,504', at: '503', expect: 'http:503', lens: true },
    { lang: 'properties', text: 'gateway.retry.status-codes=502, 503, 504', at: '504', expect: 'http:504', lens: true },
    // Pairs of numbers that are sizes, and lists under names that are no codes.
    { lang: 'typescript', text: "  thumbnail.resize([400, 409]);", at: '409', expect: null },
    { lang: 'typescript', text: "  const viewport = { sizes: [404, 500] };", at: '404', expect: null },
    { lang: 'log', text: '      ALLOWED_PORTS: 404,502,503', at: '502', expect: null },
    { lang: 'python', text: '# Twilio status callbacks\nRETRY_ERRORS = {1, 3}', at: '3', expect: null },
  ]);
});

describe("frameworks' own calls that take a status", () => {
  check([
    { lang: 'php', text: "        abort_unless(Gate::allows('view', $shipment), 403);", at: '403', expect: 'http:403', lens: true },
    { lang: 'php', text: "        abort_if($shipment->cancelled_at !== null, 410, 'Shipment was cancelled.');", at: '410', expect: 'http:410', lens: true },
    { lang: 'typescript', text: '  @Delete(\':id\')\n  @HttpCode(204)', at: '204', expect: 'http:204', lens: true },
    { lang: 'csharp', text: '        .ProducesProblem(409);', at: '409', expect: 'http:409', lens: true },
    { lang: 'ruby', text: '      expect(response.status).to eq(409)', at: '409', expect: 'http:409', lens: true },
    { lang: 'ruby', text: '      expect(json["data"].size).to eq(2)', at: '2', expect: null },
    { lang: 'php', text: '        abort_if($items->count() > 500, 422);', at: '500', expect: null },
  ]);
});

describe('the branches of a conditional expression under a status key', () => {
  check([
    { lang: 'typescript', text: '  return new NextResponse(null, { status: count === 1 ? 204 : 404 });', at: '204', expect: 'http:204', lens: true },
    { lang: 'typescript', text: '  return new NextResponse(null, { status: count === 1 ? 204 : 404 });', at: '404', expect: 'http:404', lens: true },
    { lang: 'javascript', text: '  res.status(found ? 200 : 404).json(body);', at: '404', expect: 'http:404', lens: true },
    { lang: 'php', text: '        $status = $user->isAdmin() ? 200 : 403;', at: '403', expect: 'http:403', lens: true },
    { lang: 'typescript', text: '  const width = wide ? 404 : 200;', at: '404', expect: null },
    { lang: 'typescript', text: '  const label = user?.name ?? (count > 2 ? 404 : 500);', at: '500', expect: null },
  ]);
});

describe("HTTP clients' own log lines", () => {
  check([
    { lang: 'log', text: '2025-06-12T10:03:08.8801244Z curl: (22) The requested URL returned error: 401', at: '401', expect: 'http:401', lens: true },
    { lang: 'log', text: '2025-06-12T10:03:08.8801244Z curl: (22) The requested URL returned error: 401', at: '22', expect: null },
    { lang: 'log', text: '06-12 10:15:35.377  4410  4462 I okhttp.OkHttpClient: <-- 401 https://api.example.app/v1/cart/items (375ms)', at: '401', expect: 'http:401', lens: true },
    { lang: 'log', text: 'I okhttp.OkHttpClient: <-- 200 OK https://api.example.app/v1/catalog (391ms, 18233-byte body)', at: '200', expect: 'http:200', lens: true },
    { lang: 'log', text: 'WARNING worker[7]: attempt 1/4 failed: 503 Server Error: Service Unavailable for url: https://partner.example.com/v2', at: '503', expect: 'http:503', lens: true },
    { lang: 'log', text: 'requests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://partner.example.com/v2', at: '429', expect: 'http:429', lens: true },
    { lang: 'log', text: 'E RecoFragment: load failed: retrofit2.HttpException: HTTP 503 Service Unavailable', at: '503', expect: 'http:503', lens: true },
    { lang: 'log', text: 'migrate: 404 Client Error: skipped', at: '404', expect: null },
    { lang: 'log', text: 'layout: x <-- 200 px', at: '200', expect: null },
  ]);
});

describe('a status keyed to an OpenAPI response object outside `responses`', () => {
  check([
    { lang: 'python', text: 'NOT_FOUND = {404: {"description": "No such payout for this merchant"}}', at: '404', expect: 'http:404', lens: true },
    { lang: 'python', text: 'COMMON = {\n    409: {"model": ConflictError},', at: '409', expect: 'http:409', lens: true },
    { lang: 'python', text: 'BUCKETS = {404: {"count": 3}}', at: '404', expect: null },
  ]);
});

describe('a list of statuses that a status is tested to be one of', () => {
  check([
    { lang: 'javascript', text: '    expect([400, 409]).toContain(res.status);', at: '409', expect: 'http:409', lens: true },
    { lang: 'javascript', text: '  if ([400, 409].includes(res.status)) retry();', at: '400', expect: 'http:400', lens: true },
    { lang: 'ruby', text: '    expect([301, 302]).to include(response.status)', at: '302', expect: 'http:302', lens: true },
    { lang: 'typescript', text: '  if ([400, 409].includes(box.width)) shrink();', at: '400', expect: null },
  ]);
});
