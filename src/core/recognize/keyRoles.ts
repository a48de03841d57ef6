import type { CodeRole } from './types';

/**
 * The generic vocabulary of code-holding keys, independent of any catalog.
 *
 * Catalogs declare the exact keys their codes travel under (`context`); this
 * module covers what no catalog can list: the role a key's own words give it
 * (`deliveryStatus` is a status, `lastErrorCode` an error) and the HTTP idioms
 * of web frameworks (`res.status(…)`, `response.status_code`). A key that
 * matches none of this and no catalog's context is not a code key: that is
 * what keeps `width = 404` and `port = 8080` quiet.
 *
 * Every function takes keys already normalised by `normalizeKey` (lower case,
 * letters and digits only).
 */

const REASON = /reason(code|id)?$/;
// `failure` alone counts failures (a probe's `#failure=3`, a threshold); a failure code says so, `failureCode`.
const ERROR = /(?:error|err|errno|fault)(?:code|no|num|number|id)?$|failure(?:code|no|num|number|id)$/;
const RESPONSE = /(response|resp)(code|status)?$|(result|return)code$/;
const STATUS = /(status|state)(code|id)?$/;

/** Objects whose `status`/`statusCode` is an HTTP status in the common web frameworks. */
const HTTP_OBJECTS = new Set([
  'res',
  'resp',
  'response',
  'req',
  'request',
  'r',
  'w',
  'ctx',
  'c',
  'xhr',
  'http',
  'httpresponse',
  'httpresp',
  'reply',
  'exchange',
  'axioserror',
  // Go's `httptest.ResponseRecorder`, by its usual names.
  'rr',
  'rec',
  'recorder',
]);

/**
 * Calls whose (first or only) numeric argument is a code. The generic ones
 * here are web idioms; catalogs can name more through their context words.
 */
const CODE_CALLS = new Set([
  'status',
  'sendstatus',
  'setstatus',
  'withstatus',
  'writeheader',
  'writehead',
  'abort',
  'statuscode',
  'setstatuscode',
  'httpresponse',
  'httpresponsecode',
  'responseentity',
  'httpexception',
  'httperror',
  'createerror',
  'halt',
  'head',
  // supertest's `.expect(401)`; the scanner passes over Jest's bare `expect(…)`.
  'expect',
  // Assertions of test clients: Laravel `assertStatus`, Codeception `seeResponseCodeIs`, Symfony
  // `assertResponseStatusCodeSame`, Rails `assert_response`, MockMvc-style `hasStatus`, jest matchers.
  'assertstatus',
  'assertstatuscode',
  'assertcode',
  'assertresponse',
  'assertresponsecode',
  'assertresponsestatus',
  'assertresponsestatuscodesame',
  'asserthttpstatus',
  'asserthttpcode',
  'seeresponsecodeis',
  'expectstatus',
  'hasstatus',
  'hasstatuscode',
  'tohavestatus',
  'tohavestatuscode',
  'tohavehttpstatus',
  // Mocks and fake servers: nock and axios-mock-adapter `.reply(404, …)`, respx `.respond(404)`,
  // OkHttp MockWebServer `setResponseCode(404)`, the servlet API's `sendError(404)`.
  'reply',
  'respond',
  'setresponsecode',
  'senderror',
  // Response factories whose status follows the body: Flask `make_response(body, 404)`, JAX-RS, ASP.NET.
  'makeresponse',
  'webapplicationexception',
  'statuscoderesult',
  // ASP.NET's `[ProducesResponseType(typeof(T), 201)]` and minimal APIs' `.ProducesProblem(409)`; status types built
  // from a number: `HTTPStatus(404)`.
  'producesresponsetype',
  'producesproblem',
  // NestJS `@HttpCode(204)`; Laravel's `abort_if($gone, 410)` and `abort_unless($allowed, 403)`, whose status follows the condition.
  'httpcode',
  'abortif',
  'abortunless',
  'httpstatus',
  'httpstatuscode',
  // Constructors and factories of HTTP response objects: PSR-7/Guzzle's `new Response(301, …)`,
  // Starlette's and Symfony's `Response(…, 404)`, `new JsonResponse(…, 410)`.
  'response',
  'jsonresponse',
  'htmlresponse',
  'plaintextresponse',
  'redirectresponse',
  'streamingresponse',
  'streamedresponse',
  'fileresponse',
  'binaryfileresponse',
]);

/**
 * Calls whose status comes after the body, `http.Error(w, msg, 502)`,
 * `c.text('…', 500)`, `make_response(body, 404)`: a literal later argument
 * of theirs is the status itself, not a weaker guess.
 */
const STATUS_LATER_CALLS = new Set(['error', 'text', 'json', 'body', 'html', 'newresponse', 'makeresponse', 'senderror', 'reply', 'respond', 'producesresponsetype', 'abortif', 'abortunless']);

/**
 * Response writers whose first argument is the status when they are called
 * on a web framework's request or response object: gin's and Echo's
 * `c.JSON(400, …)`, `c.String(200, …)`, `c.AbortWithStatusJSON(401, …)`,
 * Express's `res.redirect(301, …)`. On other objects they are ordinary calls.
 */
const RESPONSE_WRITERS = new Set([
  'json',
  'string',
  'xml',
  'yaml',
  'html',
  'jsonp',
  'indentedjson',
  'securejson',
  'purejson',
  'asciijson',
  'abortwithstatus',
  'abortwithstatusjson',
  'nocontent',
  'redirect',
  'data',
  // Hono `c.text('…', 500)` and `c.body(null, 204)`, Go's `http.Error(w, msg, 502)`, Koa's `ctx.throw(404)`.
  'text',
  'body',
  'newresponse',
  'error',
  'throw',
]);

/**
 * Qualifiers of symbolic HTTP names: `HttpStatus.NOT_FOUND`, `HTTPStatus.NOT_FOUND`, Rust's `StatusCode::CREATED`,
 * `http.StatusNotFound`, `HttpServletResponse.SC_NOT_FOUND`, `HttpURLConnection.HTTP_NOT_FOUND`.
 */
const HTTP_QUALIFIERS = new Set([
  'httpstatus',
  'httpstatuscode',
  'httpstatuses',
  'statuscode',
  'statuscodes',
  'http',
  'status',
  'httpservletresponse',
  'httpurlconnection',
  'httpsurlconnection',
]);

/**
 * Code words whose letters rarely end an unrelated word: in a key written in
 * one case without separators (`laststatus`, `smserror`) they still count
 * when they do not start it. The short ones (`fault` in `default`, `state` in
 * `estate`, `err`, `resp`) count there only at the start.
 */
const LONG_WORDS = /^(status|error|reason|response|failure)/;

/**
 * Where the words of a key start, as offsets into its normalised form:
 * `lastErrorCode` → 0, 4, 9; `make_default` → 0, 4; `status` → 0. A key
 * written in one case without separators has the single start 0.
 */
export function wordStarts(rawKey: string): number[] {
  const starts: number[] = [0];
  let at = 0;
  let previous = -1;
  for (let i = 0; i < rawKey.length; i++) {
    const ch = rawKey.charCodeAt(i);
    const upper = ch >= 65 && ch <= 90;
    const lower = ch >= 97 && ch <= 122;
    const digit = ch >= 48 && ch <= 57;
    if (!upper && !lower && !digit) {
      previous = -1;
      if (at > 0 && starts[starts.length - 1] !== at) starts.push(at);
      continue;
    }
    const next = i + 1 < rawKey.length ? rawKey.charCodeAt(i + 1) : -1;
    // `statusCode` (lower then upper) and `HTTPStatus` (the last capital of a run before a lower-case letter).
    const camel = upper && (previous === 0 || (previous === 1 && next >= 97 && next <= 122));
    if (camel && at > 0 && starts[starts.length - 1] !== at) starts.push(at);
    previous = lower || digit ? 0 : 1;
    at++;
  }
  return starts;
}

/**
 * Whether `pattern` (anchored at the end) matches the key from the start of
 * one of its words: `lastErrorCode` ends in the word `error`+`code`,
 * `make_default` does not end in the word `fault`.
 */
function endsInWord(key: string, starts: readonly number[] | undefined, pattern: RegExp): boolean {
  const match = pattern.exec(key);
  if (!match) {
    return false;
  }
  if (starts === undefined || starts.includes(match.index)) {
    return true;
  }
  if (starts.length === 1 && LONG_WORDS.test(match[0])) {
    return true;
  }
  // A later word may match on its own: `hyperstate_error` ends in the word `error`.
  for (const start of starts) {
    if (start > match.index && pattern.exec(key.slice(start))?.index === 0) {
      return true;
    }
  }
  return false;
}

/**
 * The role a key's words give it, or undefined when the key says nothing about codes.
 * `starts` are the key's word starts (see `wordStarts`); role words count only
 * at a word start. Without them every position counts.
 */
export function roleOfKey(key: string, parent: string | undefined, starts?: readonly number[]): CodeRole | undefined {
  // Java's getter `getCode()` is the key `code`.
  const generic = key === 'getcode' ? 'code' : key;
  if (generic === 'code' || generic === 'value') {
    if (parent === undefined) {
      return generic === 'code' ? 'code' : undefined;
    }
    // `response.code`, `res.code`: the HTTP status in Ruby's Net::HTTP, Express and others,
    // although `response` alone reads as a response-code word.
    if (HTTP_OBJECTS.has(parent)) {
      return 'http';
    }
    const parentRole = roleOfKey(parent, undefined);
    if (parentRole !== undefined && parentRole !== 'code') {
      return parentRole;
    }
    return generic === 'code' ? 'code' : undefined;
  }
  if (endsInWord(key, starts, REASON)) {
    return 'reason';
  }
  if (endsInWord(key, starts, ERROR)) {
    return 'error';
  }
  if (endsInWord(key, starts, STATUS)) {
    if (key.startsWith('http') || (parent !== undefined && HTTP_OBJECTS.has(parent))) {
      return 'http';
    }
    return 'status';
  }
  if (endsInWord(key, starts, RESPONSE)) {
    return 'response';
  }
  return undefined;
}

/** The role of a call whose argument is the literal, e.g. `res.status(404)` and `c.JSON(400, …)` are HTTP. */
export function roleOfCall(callee: string, object?: string): CodeRole | undefined {
  return CODE_CALLS.has(callee) || (object !== undefined && HTTP_OBJECTS.has(object) && RESPONSE_WRITERS.has(callee)) ? 'http' : undefined;
}

/** Whether a call's meaning depends on the object it is called on (`c.JSON(…)` yes, `JSON(…)` alone no). */
export function callWantsObject(callee: string): boolean {
  return RESPONSE_WRITERS.has(callee);
}

/** Whether `qualifier.NAME` names HTTP statuses by framework convention. */
export function isHttpQualifier(qualifier: string): boolean {
  return HTTP_QUALIFIERS.has(qualifier);
}

/** Calls that Ruby and Perl code writes without parentheses: `halt 404`, `abort 403`, `assert_response 201`. */
const PAREN_FREE_STATUS_CALLS = new Set(['halt', 'abort', 'assert_response']);

/** Whether `word` (lower case) is a call that takes a status without parentheses. */
export function isParenFreeStatusCall(word: string): boolean {
  return PAREN_FREE_STATUS_CALLS.has(word);
}

/**
 * Calls (normalised) that take a status as a symbol in Ruby and Elixir: Rails' `head :not_found` and
 * `assert_response :created`, rspec-rails' `have_http_status(:ok)`, Plug's `put_status(conn, :not_found)`
 * and `send_resp(conn, :no_content, "")`, Sinatra's `halt`. An application's own `status :created`
 * or `update(status: :accepted)` is a state of its own, not an HTTP status.
 */
const SYMBOL_STATUS_CALLS = new Set(['head', 'halt', 'assertresponse', 'havehttpstatus', 'putstatus', 'sendresp', 'resp']);

/** Whether a call (normalised) takes an HTTP status symbol. */
export function takesStatusSymbol(callee: string): boolean {
  return SYMBOL_STATUS_CALLS.has(callee);
}

/** Tags of API documentation comments followed by a status: swaggo's `@Success 200 {object} T`, `@Failure 404`, apidoc's `@response 422 {…}`. */
const RESPONSE_DOC_TAGS = new Set(['success', 'failure', 'response']);

/** Whether `word` (lower case), written after `@` in a comment, is a tag that a status follows. */
export function isResponseDocTag(word: string): boolean {
  return RESPONSE_DOC_TAGS.has(word);
}

/** Verbs of prose about HTTP responses: `returns 404`, `responds with 503`, `HTTP 429`. */
const PROSE_HTTP_WORDS = new Set(['returns', 'returned', 'respond', 'responds', 'responded', 'replies', 'replied', 'http', 'https']);

/** Whether a word (lower case) before a number in prose says "HTTP status". */
export function isProseHttpWord(word: string): boolean {
  return PROSE_HTTP_WORDS.has(word);
}

/**
 * Whether a later literal argument of `callee` (normalised) on `object` is its status:
 * `http.Error(w, msg, 502)` and `make_response(body, 404)` yes, `log.Error(w, msg, 502)` no.
 */
export function takesStatusLater(callee: string, object: string | undefined): boolean {
  if (!STATUS_LATER_CALLS.has(callee)) {
    return false;
  }
  return RESPONSE_WRITERS.has(callee) ? object !== undefined && HTTP_OBJECTS.has(object) : true;
}

/** Calls with everyday names (`reply`, `text`, `error`) that mean an HTTP status only when given one (100–599). */
const HTTP_ONLY_CALLS = new Set(['reply', 'respond', 'error', 'throw', 'text', 'body', 'json', 'senderror', 'newresponse', 'makeresponse', 'halt']);

/** Whether a number passed to `callee` (normalised) is a code only when it is a valid HTTP status. */
export function isHttpOnlyCall(callee: string): boolean {
  return HTTP_ONLY_CALLS.has(callee);
}

/** Names of tables keyed by HTTP status (letters only, lower case): `REASONS`, `STATUS_TEXT`, `HTTP_STATUS_CODES`, `_codes`. */
const STATUS_TABLE_NAMES = new Set([
  'reasons',
  'reasonphrases',
  'statuses',
  'statuscodes',
  'statustext',
  'statustexts',
  'statusmessages',
  'statusnames',
  'httpstatuses',
  'httpstatuscodes',
  'httpcodes',
  'httpreasons',
  'httpstatustext',
  'codes',
]);

/** Whether a table with this name (letters only, lower case) is keyed by HTTP status. */
export function isStatusTableName(name: string): boolean {
  return STATUS_TABLE_NAMES.has(name);
}

/** Words of a name that holds quantities, not codes: `BACKOFF_MS = [1, 2, 5]`, `PORTS`, `RETRY_DELAYS`, `SIZES`. */
const QUANTITY_WORDS = new Set(
  (
    'delay delays backoff timeout timeouts interval intervals ms millis sec secs seconds minutes hours days port ports size sizes ' +
    'width height limit limits version versions attempt attempts retries count counts percent percentiles ratio weight weights ' +
    'bucket buckets step steps tick ticks level levels dims shape range coord coords point points offset offsets index indices ids'
  ).split(' '),
);

/** Whether a collection named `rawName` holds quantities (sizes, delays, ports), whatever numbers it lists. */
export function isQuantityName(rawName: string): boolean {
  for (const word of rawName.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/)) {
    if (QUANTITY_WORDS.has(word)) {
      return true;
    }
  }
  return false;
}
