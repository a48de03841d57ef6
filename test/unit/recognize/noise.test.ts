import * as assert from 'node:assert/strict';
import type { Recognition } from '../../../src/core/recognize/types';
import { realIndex, recognizeText, recognizerFor } from './catalogs';

/**
 * Lines where a number or name looks like a code to a careless reader but is
 * not one (or is one of another table), next to near misses that must stay
 * recognised. Each row names the literal it checks (`at`) and the meaning a
 * reader expects (`catalog-id:code`, `catalog-id:first-last` for the class a
 * bound starts) or `null` for "no code here". `doc` is the text above the line.
 */
interface Row {
  readonly lang: string;
  readonly line: string;
  readonly at?: string;
  readonly expect: string | null;
  readonly doc?: string;
}

const CLICKATELL = "import { Clickatell } from '@clickatell/sdk';";
const GENIQTECH = '// GeniqTech RESTful API client (api.geniqtech.com)';
const VONAGE = "import { Vonage } from '@vonage/server-sdk';";
const TWILIO_OPENAPI = 'openapi: 3.0.1\ninfo:\n  title: Twilio - Api\n  description: This is the public Twilio REST API.\nservers:\n- url: https://api.twilio.com';
const LEGACY = '# Clickatell HTTP API: https://api.clickatell.com/http/sendmsg';

const keyWordsInsideWords: readonly Row[] = [
  { lang: 'python', line: '    value = make_default(32)', at: '32', expect: null },
  { lang: 'yaml', line: '# Default: 1', at: '1', expect: null },
  { lang: 'typescript', line: ' * @default 2', at: '2', expect: null },
  { lang: 'javascript', line: 'const options = { isDefault: 5, estate: 4, interstate: 26 };', expect: null },
  { lang: 'go', line: '\tsetDefault(31)', at: '31', expect: null },
  // Near misses: the role word starts a word of the key.
  { lang: 'typescript', doc: CLICKATELL, line: 'if (lastErrorCode === 101) {', at: '101', expect: 'clickatell-one-api-errors:101' },
  { lang: 'python', doc: CLICKATELL, line: '    if last_error_code == 101:', at: '101', expect: 'clickatell-one-api-errors:101' },
  { lang: 'typescript', doc: CLICKATELL, line: 'if (deliveryStatus === 23) {', at: '23', expect: 'clickatell-one-api-message-status:23' },
  { lang: 'typescript', doc: CLICKATELL, line: 'if (msg.dlrstatus === 23) {', at: '23', expect: 'clickatell-one-api-message-status:23' },
  { lang: 'typescript', line: 'if (upstreamHTTPStatus === 503) {', at: '503', expect: 'http:503' },
];

const proseInLogs: readonly Row[] = [
  { lang: 'log', line: '[Sun Dec 04 04:47:44 2005] [error] mod_jk child workerEnv in error state 6', at: '6', expect: null },
  { lang: 'log', line: '[Sun Dec 04 04:51:52 2005] [error] mod_jk child workerEnv in error state 7', at: '7', expect: null },
  { lang: 'log', line: 'kernel: usb 1-1: device descriptor read/64, error 71', at: '71', expect: null },
  { lang: 'log', line: 'WARN worker pool reached state 4 after restart', at: '4', expect: null },
  { lang: 'log', line: 'dhcpd: lease renewal failed, error state 4 on eth0', at: '4', expect: null },
  { lang: 'tsv', doc: 'sent_at\tprovider\tstatus\tparts', line: '2025-06-12 08:20:29\tclickatell\tDELIVERY_FAILURE\t3', at: '3', expect: null },
  // Near misses: key=value and key: value are code-shaped; so is a field a catalog names, and an identifier of several words.
  { lang: 'ruby', line: '    assert_response 404', at: '404', expect: 'http:404' },
  { lang: 'log', line: '2026-11-22T10:00:01Z INFO clickatell callback status=23 id=abc', at: '23', expect: 'clickatell-one-api-message-status:23' },
  { lang: 'log', line: '2026-11-22T10:00:01Z INFO clickatell callback statusCode: 23 id=abc', at: '23', expect: 'clickatell-one-api-message-status:23' },
  { lang: 'log', line: '2026-11-22T10:00:01Z INFO clickatell callback with status 23 for abc', at: '23', expect: 'clickatell-one-api-message-status:23' },
];

const zeroAndSentinels: readonly Row[] = [
  { lang: 'typescript', line: 'const initial = { status: 0, items: [] };', at: '0', expect: null },
  { lang: 'json', line: '{"CacheResponseStatus":0,"Hits":12}', at: '0', expect: null },
  { lang: 'csharp', line: '    { 34, new ResponseError(34, 0, "Unknown") },', at: '0', expect: null },
  { lang: 'python', line: '    response_code = 0', at: '0', expect: null },
  { lang: 'log', line: 'sync finished status=0 errors=0', at: '0', expect: null },
  // Near misses: a document about the provider that defines 0.
  { lang: 'python', doc: GENIQTECH, line: '    if data["responseCode"] == 0:', at: '0', expect: 'geniqtech-response-codes:0' },
  { lang: 'log', doc: GENIQTECH, line: 'geniqtech submit responseCode=0 reasonCode=0', at: '0', expect: 'geniqtech-response-codes:0' },
];

const smallIntegers: readonly Row[] = [
  { lang: 'go', line: '\tid := c.Value(1)', at: '1', expect: null },
  { lang: 'typescript', line: "const url = 'https://example.com/login?app-error=1&next=/home';", at: '1', expect: null },
  { lang: 'log', line: '11-22 10:00:01.123  1234  1250 I ActivityManager: Killing proc reason = 1', at: '1', expect: null },
  { lang: 'javascript', line: 'const color = colorForStatus(2);', at: '2', expect: null },
  { lang: 'python', line: '    retry_reason = 3', at: '3', expect: null },
  { lang: 'java', line: '    setResponseCode(5);', at: '5', expect: null },
  { lang: 'typescript', doc: 'switch (res.status) {\n  case 404:\n    return missing();', line: '  case 2:', at: '2', expect: null },
  { lang: 'log', line: 'job=export status=2 http_status=200 took=31ms', at: '2', expect: null },
  // Near misses: a provider hint, a key its catalog qualifies, or siblings from the same catalog.
  { lang: 'typescript', doc: CLICKATELL, line: 'if (message.statusCode === 4) {', at: '4', expect: 'clickatell-one-api-message-status:4' },
  { lang: 'python', doc: GENIQTECH, line: '    if reason_code == 3:', at: '3', expect: 'geniqtech-reason-codes:3' },
  { lang: 'log', line: '{"messages":[],"error":{"description":"Invalid or missing authentication","code":7}}', at: '7', expect: 'clickatell-one-api-errors:7' },
  {
    lang: 'log',
    line: '{"integrationId":"f2c1","statusCode":4,"status":"SENT_TO_SUPPLIER"}',
    at: '4',
    expect: 'clickatell-one-api-message-status:4',
  },
  { lang: 'typescript', doc: 'switch (msg.statusCode) {\n  case 23:\n    retry();\n    break;', line: '  case 4:', at: '4', expect: 'clickatell-one-api-message-status:4' },
];

const invalidHttp: readonly Row[] = [
  { lang: 'javascript', line: "  it('rejects 1000', () => res.status(1000));", at: '1000', expect: null },
  { lang: 'javascript', line: '    res.sendStatus(7000);', at: '7000', expect: null },
  { lang: 'python', line: '    abort(1001)', at: '1001', expect: null },
  // Near misses: a real status in the same idiom, and a provider status under a response object's key.
  { lang: 'javascript', line: '    res.status(418).end();', at: '418', expect: 'http:418' },
  { lang: 'java', doc: '// Clickatell One API callbacks', line: '    if (resp.getStatus() == 23) {', at: '23', expect: 'clickatell-one-api-message-status:23' },
];

const responseConstructors: readonly Row[] = [
  { lang: 'php', line: "        return new Response(301, ['Location' => $url]);", at: '301', expect: 'http:301' },
  { lang: 'python', line: "    return Response('missing', status_code=404)", at: '404', expect: 'http:404' },
  { lang: 'python', line: '    return Response(404, headers=headers)', at: '404', expect: 'http:404' },
  { lang: 'php', line: "        return new JsonResponse(['error' => 'gone'], 410);", at: '410', expect: 'http:410' },
  { lang: 'typescript', line: "return new Response('nope', { status: 403 });", at: '403', expect: 'http:403' },
  { lang: 'php', line: "        return new Response('', 204);", at: '204', expect: 'http:204' },
  // Near miss: GeniqTech's own response codes under their key.
  { lang: 'python', doc: GENIQTECH, line: '    if result["responseCode"] == 11:', at: '11', expect: 'geniqtech-response-codes:11' },
];

const namesAcrossProviders: readonly Row[] = [
  { lang: 'typescript', doc: VONAGE, line: 'if (update.status === UpdateMessageStatus.READ) {', at: 'READ', expect: null },
  { lang: 'yaml', doc: TWILIO_OPENAPI, line: '          status: ACCEPTED', at: 'ACCEPTED', expect: null },
  { lang: 'python', line: '    if job.state == JobStatus.QUEUED:', at: 'QUEUED', expect: null },
  // Near misses: the catalog's qualifier or a provider hint is evidence.
  { lang: 'typescript', doc: CLICKATELL, line: "if (msg.status === 'READ') {", at: 'READ', expect: 'clickatell-one-api-message-status:6' },
  { lang: 'java', line: '    return ResponseEntity.status(HttpStatus.ACCEPTED).build();', at: 'ACCEPTED', expect: 'http:202' },
  { lang: 'rust', line: '    (StatusCode::CREATED, Json(book)).into_response()', at: 'CREATED', expect: 'http:201' },
  { lang: 'typescript', line: "if (msg.status === 'DELIVERY_FAILURE') {", at: 'DELIVERY_FAILURE', expect: 'clickatell-one-api-message-status:23' },
];

const rangeBounds: readonly Row[] = [
  { lang: 'typescript', line: 'if (res.status >= 400 && res.status < 500) {', at: '400', expect: 'http:400-499' },
  { lang: 'typescript', line: 'if (res.status >= 400 && res.status < 500) {', at: '500', expect: 'http:500-599' },
  { lang: 'python', line: '    if response.status_code >= 500:', at: '500', expect: 'http:500-599' },
  { lang: 'go', line: '\tif resp.StatusCode > 299 {', at: '299', expect: null },
  { lang: 'javascript', line: '  validateStatus: (status) => status >= 200 && status < 300,', at: '300', expect: 'http:300-399' },
  { lang: 'typescript', line: 'return this.status >= 500 && this.status <= 599;', at: '500', expect: 'http:500-599' },
  { lang: 'typescript', line: 'return this.status >= 500 && this.status <= 599;', at: '599', expect: null },
  { lang: 'java', line: '    if (statusCode <= 299) {', at: '299', expect: null },
  { lang: 'java', line: '    if (statusCode < 300) {', at: '300', expect: 'http:300-399' },
  { lang: 'python', line: '    if 400 <= response.status_code < 500:', at: '400', expect: null },
  { lang: 'typescript', line: 'if (res.status >= 404) {', at: '404', expect: null },
  { lang: 'typescript', line: '  if (code < 100 || code > 599) throw new RangeError(`invalid status ${code}`);', at: '100', expect: null },
  // A range label that spans one class is the class; other ranges keep their ends' statuses.
  { lang: 'kotlin', doc: 'when (response.code) {', line: '        in 500..599 -> retryLater()', at: '500', expect: 'http:500-599' },
  { lang: 'swift', doc: 'switch response.statusCode {', line: '    case 200..<300:', at: '200', expect: 'http:200-299' },
  { lang: 'swift', doc: 'switch response.statusCode {', line: '    case 200..<300:', at: '300', expect: null },
  { lang: 'rust', doc: 'match resp.status().as_u16() {', line: '        400..=499 => client_error(),', at: '400', expect: 'http:400-499' },
  { lang: 'rust', doc: 'match resp.status().as_u16() {', line: '        400..=499 => client_error(),', at: '499', expect: null },
  { lang: 'kotlin', doc: 'when (response.code) {', line: '        in 500..599 -> retryLater()', at: '599', expect: null },
  { lang: 'ruby', doc: 'case response.code', line: 'when 500...599 then retry', at: '500', expect: 'http:500-599' },
  { lang: 'rust', doc: 'match resp.status().as_u16() {', line: '        500..=503 => retry(),', at: '500', expect: 'http:500' },
  // Near miss: equality is a single status.
  { lang: 'typescript', line: 'if (res.status === 404) {', at: '404', expect: 'http:404' },
];

const legacyClickatell: readonly Row[] = [
  { lang: 'javascript', doc: LEGACY, line: "if (body.messageStatus === '004') {", at: '004', expect: 'clickatell-legacy-message-status:4' },
  { lang: 'php', line: "        if ($status['messageStatus'] == \"003\") {", at: '003', expect: 'clickatell-legacy-message-status:3' },
  { lang: 'json', line: '{"apiMsgId":"996f364775e24b8432f45d77da8eca47","messageStatus":"008","charge":"1"}', at: '008', expect: 'clickatell-legacy-message-status:8' },
  { lang: 'python', doc: LEGACY, line: '    if error["code"] == 301:', at: '301', expect: 'clickatell-legacy-errors:301' },
  { lang: 'log', line: 'ERR: 114, Cannot route message (api.clickatell.com/http/sendmsg)', at: '114', expect: 'clickatell-legacy-errors:114' },
  { lang: 'log', line: 'ERR: 001, Authentication failed', at: '001', expect: 'clickatell-legacy-errors:1' },
  { lang: 'ruby', doc: LEGACY, line: "    raise ClickatellError if response['ERR'] == 301", at: '301', expect: 'clickatell-legacy-errors:301' },
  // Near misses: the One API statuses and HTTP stay as they were.
  { lang: 'typescript', doc: CLICKATELL, line: 'if (body.statusCode === 4) {', at: '4', expect: 'clickatell-one-api-message-status:4' },
  { lang: 'python', line: '    if response.status_code == 301:', at: '301', expect: 'http:301' },
  { lang: 'typescript', doc: CLICKATELL, line: 'if (payload.error?.code === 101) {', at: '101', expect: 'clickatell-one-api-errors:101' },
  { lang: 'log', line: '{"messages":[],"error":{"description":"Invalid or missing integration API Key","code":1}}', at: '1', expect: 'clickatell-one-api-errors:1' },
];

const groups: readonly [string, readonly Row[]][] = [
  ['key words count at the starts of words, never inside them', keyWordsInsideWords],
  ['numbers in log prose need a code-shaped context', proseInLogs],
  ['0 needs explicit evidence for a catalog that defines it', zeroAndSentinels],
  ['codes 0–9 need a known key and evidence for their catalog', smallIntegers],
  ['a number in an HTTP idiom that is no HTTP status borrows no other catalog', invalidHttp],
  ['constructors of HTTP responses hold HTTP statuses', responseConstructors],
  ['a name matches a catalog only with evidence for that catalog', namesAcrossProviders],
  ['a bound of a comparison is a class of HTTP statuses or nothing', rangeBounds],
  ["the legacy Clickatell API's codes are told apart by their evidence", legacyClickatell],
];

/** `catalog:code`, or `catalog:first-last` for a class, of the best meaning. */
function meaningOf(recognition: Recognition | undefined): string | undefined {
  const top = recognition?.candidates[0];
  if (!top) {
    return undefined;
  }
  const { entry } = top;
  return entry.to !== undefined && entry.to !== entry.code ? `${top.catalog.id}:${entry.code}-${entry.to}` : `${top.catalog.id}:${entry.code}`;
}

function check(row: Row): { found: Recognition | undefined; all: Recognition[] } {
  const text = row.doc ? `${row.doc}\n${row.line}` : row.line;
  const lastLine = text.split('\n').length - 1;
  const all = recognizeText(recognizerFor(realIndex()), text, row.lang).filter((r) => r.line === lastLine);
  const found = row.at === undefined ? all[0] : all.find((r) => row.line.slice(r.start, r.end) === row.at || r.text === row.at);
  return { found, all };
}

for (const [title, rows] of groups) {
  describe(title, () => {
    for (const row of rows) {
      it(`${row.lang}: ${row.line.trim()}${row.at ? ` [${row.at}]` : ''} → ${row.expect ?? 'no code'}`, () => {
        const { found, all } = check(row);
        const seen = all.map((r) => `${r.text}=${meaningOf(r)}`).join(', ') || 'none';
        if (row.expect === null) {
          assert.equal(found, undefined, `expected no code, got ${meaningOf(found)}; recognitions: ${seen}`);
        } else {
          assert.ok(found, `nothing recognised at ${row.at}; recognitions: ${seen}`);
          assert.equal(meaningOf(found), row.expect, `recognitions: ${seen}`);
        }
      });
    }
  });
}
