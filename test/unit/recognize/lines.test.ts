import * as assert from 'node:assert/strict';
import type { Recognition } from '../../../src/core/recognize/types';
import { realIndex, recognizeText, recognizerFor, topOf } from './catalogs';

/**
 * Real-looking lines, each with the meaning a reader expects at one literal
 * (`catalog-id:code`) or `null` for "not a code". A row's `doc` is the text
 * above the line in the same file (imports, comments, a switch header), so
 * that document hints and enclosing blocks count as they do in an editor.
 */
interface Row {
  readonly lang: string;
  readonly line: string;
  /** The literal to check; when absent with `expect: null`, the whole line must hold no code. */
  readonly at?: string;
  readonly expect: string | null;
  readonly doc?: string;
}

const CLICKATELL_TS = "import { Clickatell } from '@clickatell/sdk';";
const CLICKATELL_PY = '# Clickatell One API callback handler';
const CLICKATELL_C = '// Clickatell One API callbacks';
const WEBEX_WHATSAPP = '// Webex Connect WhatsApp delivery receipts';
const GENIQTECH = '// GeniqTech RESTful API client (api.geniqtech.com)';

const rows: readonly Row[] = [
  // TypeScript and JavaScript
  { lang: 'typescript', doc: CLICKATELL_TS, line: 'if (body.statusCode === 23) {', expect: 'clickatell-one-api-message-status:23' },
  { lang: 'typescript', doc: CLICKATELL_TS, line: 'if (23 === body.statusCode) retry();', expect: 'clickatell-one-api-message-status:23' },
  { lang: 'typescript', doc: CLICKATELL_TS, line: 'if (payload.error?.code === 101) {', expect: 'clickatell-one-api-errors:101' },
  { lang: 'typescript', doc: CLICKATELL_TS, line: "if (msg.status === 'DELIVERY_FAILURE') {", at: 'DELIVERY_FAILURE', expect: 'clickatell-one-api-message-status:23' },
  { lang: 'typescript', doc: CLICKATELL_TS, line: 'const sent = status === MessageStatus.SENT_TO_SUPPLIER;', at: 'SENT_TO_SUPPLIER', expect: 'clickatell-one-api-message-status:4' },
  { lang: 'typescript', doc: CLICKATELL_TS, line: 'const message = { to, status: 25 };', at: '25', expect: 'clickatell-one-api-message-status:25' },
  { lang: 'typescript', line: "res.status(404).json({ error: 'not found' });", expect: 'http:404' },
  { lang: 'typescript', line: 'res.sendStatus(503);', expect: 'http:503' },
  { lang: 'typescript', line: 'return reply.code(429).send();', expect: 'http:429' },
  { lang: 'typescript', line: 'if (err.response?.status === 429) {', expect: 'http:429' },
  { lang: 'typescript', line: "throw new HttpException('gone', HttpStatus.NOT_FOUND);", at: 'NOT_FOUND', expect: 'http:404' },
  { lang: 'typescript', line: 'setTimeout(flush, 1000);', expect: null },
  { lang: 'typescript', line: 'for (let i = 0; i < 404; i++) {', expect: null },
  { lang: 'typescript', line: 'const width = 404;', expect: null },
  { lang: 'typescript', line: 'const port = 8080;', expect: null },
  { lang: 'typescript', line: 'const sizes = [100, 200, 404];', expect: null },
  { lang: 'typescript', doc: CLICKATELL_TS, line: 'const total = retries * 23 + 25;', expect: null },
  { lang: 'typescript', line: "const version = '2.0.1';", expect: null },
  { lang: 'typescript', line: 'const due = new Date(2025, 10, 23);', expect: null },
  { lang: 'javascript', line: "app.get('/x', (req, res) => res.status(201).send(body));", expect: 'http:201' },
  { lang: 'javascript', line: 'const { statusCode = 200 } = res;', expect: 'http:200' },
  { lang: 'javascript', line: "console.log('took', 23, 'ms');", expect: null },
  { lang: 'javascript', line: 'server.listen(3000);', expect: null },
  // Python
  { lang: 'python', doc: CLICKATELL_PY, line: '    if payload["status"] == 23:', expect: 'clickatell-one-api-message-status:23' },
  { lang: 'python', doc: CLICKATELL_PY, line: '    if payload.get("statusCode") == 25:', expect: 'clickatell-one-api-message-status:25' },
  { lang: 'python', doc: CLICKATELL_PY, line: '    error = {"error": {"code": 101, "description": "Invalid"}}', at: '101', expect: 'clickatell-one-api-errors:101' },
  { lang: 'python', line: '    if response.status_code == 404:', expect: 'http:404' },
  { lang: 'python', line: '    return HttpResponse(status=201)', expect: 'http:201' },
  { lang: 'python', line: '    abort(403)', expect: 'http:403' },
  { lang: 'python', line: '    time.sleep(5)', expect: null },
  { lang: 'python', line: '    for i in range(0, 23):', expect: null },
  { lang: 'python', line: '    os.kill(pid, 9)', expect: null },
  { lang: 'python', line: '    elif r.status_code in (500, 502, 503):', at: '502', expect: 'http:502' },
  { lang: 'python', line: '    elif r.status_code in (500, 502, 503):', at: '500', expect: 'http:500' },
  { lang: 'python', doc: CLICKATELL_PY, line: '    if status not in (23, 25):', at: '25', expect: 'clickatell-one-api-message-status:25' },
  { lang: 'python', line: '    for retries in (1, 2, 3):', expect: null },
  { lang: 'python', line: '    if port in (8080, 8443):', expect: null },
  { lang: 'python', line: '    retries = 3', expect: null },
  // Go
  { lang: 'go', line: '\tif resp.StatusCode == 404 {', expect: 'http:404' },
  { lang: 'go', line: '\tw.WriteHeader(http.StatusNotFound)', at: 'StatusNotFound', expect: 'http:404' },
  { lang: 'go', line: '\tw.WriteHeader(500)', expect: 'http:500' },
  { lang: 'go', line: '\tc.JSON(400, gin.H{"error": "missing to"})', at: '400', expect: 'http:400' },
  { lang: 'go', line: '\tc.AbortWithStatusJSON(401, gin.H{})', at: '401', expect: 'http:401' },
  { lang: 'go', line: '\treturn c.String(http.StatusTooManyRequests, "slow down")', at: 'StatusTooManyRequests', expect: 'http:429' },
  { lang: 'go', line: '\tbody, _ := json.Marshal(404)', expect: null },
  { lang: 'typescript', line: 'const text = JSON.stringify(404);', expect: null },
  { lang: 'typescript', line: 'const out = payload.json(404);', expect: null },
  { lang: 'javascript', line: "  res.redirect(301, '/v2/messages');", at: '301', expect: 'http:301' },
  { lang: 'go', line: '\ttime.Sleep(100 * time.Millisecond)', expect: null },
  { lang: 'go', line: '\thttp.ListenAndServe(":8080", nil)', expect: null },
  { lang: 'go', doc: WEBEX_WHATSAPP, line: '\tif dr.StatusCode == 7500 {', expect: 'webex-connect-whatsapp:7500' },
  // Java
  { lang: 'java', doc: CLICKATELL_C, line: '    if (statusCode == 23) {', expect: 'clickatell-one-api-message-status:23' },
  { lang: 'java', doc: CLICKATELL_C, line: '    int errorCode = 101;', expect: 'clickatell-one-api-errors:101' },
  { lang: 'java', line: '    return new ResponseEntity<>(HttpStatus.NOT_FOUND);', at: 'NOT_FOUND', expect: 'http:404' },
  { lang: 'java', line: '    response.setStatus(404);', expect: 'http:404' },
  { lang: 'java', line: '    response.setStatus(HttpServletResponse.SC_NOT_FOUND);', at: 'SC_NOT_FOUND', expect: 'http:404' },
  { lang: 'java', line: '    resp.sendError(HttpServletResponse.SC_BAD_REQUEST, "missing to");', at: 'SC_BAD_REQUEST', expect: 'http:400' },
  { lang: 'java', line: '    if (conn.getResponseCode() == HttpURLConnection.HTTP_UNAUTHORIZED) {', at: 'HTTP_UNAUTHORIZED', expect: 'http:401' },
  { lang: 'java', line: '    static final int SC_LIMIT = Limits.SC_MAX_ITEMS;', at: 'SC_MAX_ITEMS', expect: null },
  { lang: 'java', doc: CLICKATELL_C, line: '    if (resp.getStatus() == 23) {', at: '23', expect: 'clickatell-one-api-message-status:23' },
  { lang: 'java', line: '    return ResponseEntity.status(409).build();', expect: 'http:409' },
  { lang: 'rust', line: '        404 => return None,', doc: 'match resp.status().as_u16() {', expect: 'http:404' },
  { lang: 'ruby', line: 'when 503 then retry', doc: 'case response.code', expect: 'http:503' },
  // Range labels: each end is read as a label of the block; a range that spans one class is the class (see noise.test.ts).
  { lang: 'kotlin', line: '        in 500..503 -> retryLater()', doc: 'when (response.code) {', at: '500', expect: 'http:500' },
  { lang: 'kotlin', line: '        in 500..599 -> retryLater()', doc: 'when (response.code) {', at: '599', expect: null },
  { lang: 'rust', line: '        500..=503 => retry(),', doc: 'match resp.status().as_u16() {', at: '503', expect: 'http:503' },
  { lang: 'swift', line: '    case 200..<204:', doc: 'switch response.statusCode {', at: '200', expect: 'http:200' },
  { lang: 'ruby', line: 'when 400...404 then fail', doc: 'case response.code', at: '404', expect: 'http:404' },
  { lang: 'kotlin', line: '    for (attempt in 1..404) {', doc: 'when (response.code) {', expect: null },
  { lang: 'kotlin', line: '    val window = 200..404', expect: null },
  // Test assertions compare without an operator.
  { lang: 'typescript', line: 'expect(res.status).toBe(404);', expect: 'http:404' },
  { lang: 'typescript', line: 'expect(response.statusCode).not.toEqual(500);', expect: 'http:500' },
  { lang: 'javascript', line: 'expect(res.status).to.equal(201);', expect: 'http:201' },
  { lang: 'javascript', line: "await request(app).post('/hooks').send(body).expect(401);", expect: 'http:401' },
  { lang: 'typescript', doc: CLICKATELL_TS, line: 'expect(callback.status).toBe(23);', expect: 'clickatell-one-api-message-status:23' },
  { lang: 'typescript', line: 'expect(items.length).toBe(404);', expect: null },
  { lang: 'typescript', line: 'expect(404).toBe(total);', expect: null },
  { lang: 'python', line: '        self.assertEqual(resp.status_code, 404)', expect: 'http:404' },
  { lang: 'java', line: '    assertEquals(404, resp.getStatus());', expect: 'http:404' },
  { lang: 'java', line: '    assertThat(response.getStatusCode()).isEqualTo(503);', expect: 'http:503' },
  { lang: 'csharp', line: '    Assert.AreEqual(404, (int)response.StatusCode);', expect: 'http:404' },
  { lang: 'rust', doc: CLICKATELL_C, line: '    assert_eq!(callback.status, 23);', expect: 'clickatell-one-api-message-status:23' },
  { lang: 'python', line: '        self.assertEqual(len(items), 404)', expect: null },
  { lang: 'java', line: '    Thread.sleep(1000);', expect: null },
  { lang: 'java', line: '    for (int i = 0; i < 23; i++) {', expect: null },
  // C#
  { lang: 'csharp', doc: WEBEX_WHATSAPP, line: '    if (dr.StatusCode == 7500) {', expect: 'webex-connect-whatsapp:7500' },
  { lang: 'csharp', line: '    return StatusCode(500);', expect: 'http:500' },
  { lang: 'csharp', line: '    return StatusCode((int)HttpStatusCode.NotFound);', at: 'NotFound', expect: 'http:404' },
  { lang: 'csharp', line: '    await Task.Delay(1000);', expect: null },
  { lang: 'csharp', line: '    var timeout = TimeSpan.FromSeconds(30);', expect: null },
  // PHP
  { lang: 'php', doc: CLICKATELL_C, line: "if ($data['status'] == 23) {", expect: 'clickatell-one-api-message-status:23' },
  { lang: 'php', line: 'http_response_code(404);', expect: 'http:404' },
  { lang: 'php', doc: CLICKATELL_C, line: "$arr = ['status' => 23, 'width' => 404];", at: '23', expect: 'clickatell-one-api-message-status:23' },
  { lang: 'php', doc: CLICKATELL_C, line: "$arr = ['status' => 23, 'width' => 404];", at: '404', expect: null },
  { lang: 'php', line: 'usleep(500);', expect: null },
  // Ruby
  { lang: 'ruby', line: '    render json: {}, status: 404', expect: 'http:404' },
  { lang: 'ruby', line: '    head 404', expect: 'http:404' },
  { lang: 'ruby', doc: '# clickatell', line: '    if message.status == 23', expect: 'clickatell-one-api-message-status:23' },
  { lang: 'ruby', line: '    sleep 5', expect: null },
  // Rust and Kotlin
  { lang: 'rust', doc: CLICKATELL_C, line: '    if status_code == 23 {', expect: 'clickatell-one-api-message-status:23' },
  { lang: 'kotlin', doc: CLICKATELL_C, line: '    if (msg.statusCode == 23) retry()', expect: 'clickatell-one-api-message-status:23' },
  // Case labels take the key of their switch.
  { lang: 'typescript', doc: `${CLICKATELL_TS}\nswitch (event.status) {`, line: '  case 23:', expect: 'clickatell-one-api-message-status:23' },
  { lang: 'typescript', doc: `${CLICKATELL_TS}\nswitch (event.status) {`, line: "  case 'EXPIRED':", at: 'EXPIRED', expect: 'clickatell-one-api-message-status:20' },
  { lang: 'typescript', doc: 'switch (action) {', line: '  case 23:', expect: null },
  { lang: 'python', doc: `${CLICKATELL_PY}\nmatch payload["status"]:`, line: '    case 23 | 25:', at: '25', expect: 'clickatell-one-api-message-status:25' },
  { lang: 'go', doc: 'switch err.Code {', line: '\tcase 101, 102:', at: '101', expect: 'clickatell-one-api-errors:101' },
  { lang: 'rust', doc: 'match response.status {', line: '    404 => not_found(),', expect: 'http:404' },
  // Mail providers' webhooks report the receiving server's SMTP reply; their send APIs answer in HTTP.
  { lang: 'javascript', doc: "// Mailgun's failed events\nconst code = ev['delivery-status']?.code;", line: '} else if (code === 421 || code === 451) {', at: '451', expect: 'smtp-reply-codes:451' },
  { lang: 'javascript', doc: "const sgMail = require('@sendgrid/mail'); // SendGrid", line: 'if (err.response.statusCode === 503) retry();', expect: 'http:503' },
  // C#'s switch expression: the subject before the keyword, patterns joined by `or`.
  { lang: 'csharp', doc: 'public static bool ShouldRetry(HttpResponseMessage response) =>\n    (int)response.StatusCode switch\n    {', line: '        502 or 503 or 504 => true,', at: '503', expect: 'http:503' },
  { lang: 'csharp', doc: 'string TitleFor(int statusCode) => statusCode switch\n{', line: '    404 => "Nothing lives here",', expect: 'http:404' },
  { lang: 'csharp', doc: 'int PageSize(int requested) => requested switch\n{', line: '    > 100 => 100,', expect: null },
  { lang: 'python', doc: 'retries = 0', line: 'ok = attempts > 3 or 404', at: '404', expect: null },
  { lang: 'kotlin', doc: `${CLICKATELL_C}\nwhen (msg.statusCode) {`, line: '    23, 25 -> retry()', at: '23', expect: 'clickatell-one-api-message-status:23' },
  { lang: 'php', doc: '$label = match ($reasonCode) {', line: "    8 => 'absent',", expect: 'geniqtech-reason-codes:8' },
  { lang: 'ruby', doc: '# clickatell\ncase params[:status]', line: 'when 23, 25', at: '23', expect: 'clickatell-one-api-message-status:23' },
  // JSON logs and webhook payloads
  {
    lang: 'log',
    line: '{"integrationId":"f2c1","messageId":"a1b2","statusCode":4,"status":"SENT_TO_SUPPLIER","timestamp":1760000000123}',
    at: '4',
    expect: 'clickatell-one-api-message-status:4',
  },
  {
    lang: 'log',
    line: '{"integrationId":"f2c1","messageId":"a1b2","statusCode":4,"status":"SENT_TO_SUPPLIER","timestamp":1760000000123}',
    at: 'SENT_TO_SUPPLIER',
    expect: 'clickatell-one-api-message-status:4',
  },
  {
    lang: 'log',
    line: '{"integrationId":"f2c1","messageId":"a1b2","statusCode":4,"status":"SENT_TO_SUPPLIER","timestamp":1760000000123}',
    at: '1760000000123',
    expect: null,
  },
  {
    lang: 'log',
    line: '2026-11-22T10:00:00Z WARN clickatell send failed {"messages":[{"apiMessageId":null,"accepted":false,"to":"27999001234","error":{"code":101,"description":"Invalid or missing parameter"}}],"error":null}',
    at: '101',
    expect: 'clickatell-one-api-errors:101',
  },
  {
    lang: 'log',
    line: '{"messages":[],"error":{"description":"Invalid or missing authentication","code":7}}',
    at: '7',
    expect: 'clickatell-one-api-errors:7',
  },
  {
    lang: 'jsonl',
    line: '{"deliveryInfoNotification":{"deliveryInfo":{"code":"7501","description":"Submitted","channel":"whatsapp","tid":"tx-8841"}}}',
    at: '7501',
    expect: 'webex-connect-whatsapp:7501',
  },
  {
    lang: 'jsonl',
    line: '{"deliveryInfoNotification":{"deliveryInfo":{"code":"7500","description":"Delivered","channel":"sms","tid":"tx-8842"}}}',
    at: '7500',
    expect: 'webex-connect-sms:7500',
  },
  { lang: 'json', doc: GENIQTECH, line: '{"responseCode":0,"responseMessage":"Success","messageId":"98231"}', at: '0', expect: 'geniqtech-response-codes:0' },
  { lang: 'json', line: '{"responseCode":5,"reasonCode":8}', at: '8', expect: 'geniqtech-reason-codes:8' },
  // key=value and key: value logs
  {
    lang: 'log',
    line: '2026-11-22T10:00:01Z INFO webex-connect dr channel=sms tid=ab12 status=7203 attempts=1 latency_ms=412',
    at: '7203',
    expect: 'webex-connect-sms:7203',
  },
  {
    lang: 'log',
    line: '2026-11-22T10:00:01Z INFO webex-connect dr channel=whatsapp tid=ab13 status=7000 attempts=2',
    at: '7000',
    expect: 'webex-connect-common:7000',
  },
  {
    lang: 'log',
    line: '2026-11-22T10:00:01Z INFO geniqtech submit responseCode=11 reasonCode=5 msisdn=6591234567 took=120ms',
    at: '11',
    expect: 'geniqtech-response-codes:11',
  },
  {
    lang: 'log',
    line: '2026-11-22T10:00:01Z INFO geniqtech submit responseCode=11 reasonCode=5 msisdn=6591234567 took=120ms',
    at: '5',
    expect: 'geniqtech-reason-codes:5',
  },
  { lang: 'log', line: '2026-11-22T10:00:02Z DEBUG worker pid=4312 queue_depth=25 heap_mb=404 port=8080', expect: null },
  { lang: 'log', line: 'level=warn msg="send failed" provider=clickatell errorCode=101', at: '101', expect: 'clickatell-one-api-errors:101' },
  { lang: 'log', line: '2026-11-22 10:00:03 clickatell status: 23 (DELIVERY_FAILURE)', at: '23', expect: 'clickatell-one-api-message-status:23' },
  { lang: 'log', line: '2026-11-22 10:00:03 clickatell status: 23 (DELIVERY_FAILURE)', at: 'DELIVERY_FAILURE', expect: 'clickatell-one-api-message-status:23' },
  { lang: 'log', line: '[pid 4312] worker started on port 8080 after 23 ms', expect: null },
  // Access logs and HTTP status lines
  {
    lang: 'log',
    line: '10.0.3.7 - - [22/Nov/2026:10:05:07 +0000] "POST /webhooks/clickatell HTTP/1.1" 502 157 "-" "Go-http-client/1.1"',
    at: '502',
    expect: 'http:502',
  },
  {
    lang: 'log',
    line: '10.0.3.7 - - [22/Nov/2026:10:05:07 +0000] "POST /webhooks/clickatell HTTP/1.1" 502 157 "-" "Go-http-client/1.1"',
    at: '157',
    expect: null,
  },
  {
    lang: 'log',
    line: '10.0.3.7 - - [22/Nov/2026:10:05:07 +0000] "POST /webhooks/clickatell HTTP/1.1" 502 157 "-" "Go-http-client/1.1"',
    at: '22',
    expect: null,
  },
  {
    lang: 'log',
    line: '127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326 "http://www.example.com/start.html" "Mozilla/4.08"',
    at: '200',
    expect: 'http:200',
  },
  // A key's enclosing object may open on an earlier line in JSON and code, never in a log.
  { lang: 'json', doc: '{\n  "messages": [\n    {\n      "accepted": false,\n      "error": {', line: '        "code": 23,', expect: 'clickatell-one-api-errors:23' },
  { lang: 'yaml', doc: 'receipt:\n  status:\n    # the delivery state\n    description: Error delivering message', line: '    code: 23', expect: 'clickatell-one-api-message-status:23' },
  { lang: 'yaml', doc: 'receipt:\n  error:\n    description: Invalid or missing parameter', line: '    code: 23', expect: 'clickatell-one-api-errors:23' },
  { lang: 'yaml', doc: 'failures:\n  - error:', line: '      code: 23', expect: 'clickatell-one-api-errors:23' },
  { lang: 'typescript', doc: 'const receipt = {\n  status: {\n    description: "Error delivering message",', line: '    code: 23,', expect: 'clickatell-one-api-message-status:23' },
  // OpenAPI lists responses by status.
  { lang: 'yaml', doc: 'paths:\n  /messages:\n    post:\n      responses:\n        "202":\n          description: Accepted', line: "        '429':", at: '429', expect: 'http:429' },
  { lang: 'json', doc: '{"paths": {"/messages": {"post": {"responses": {', line: '  "503": {"description": "Try again later"},', at: '503', expect: 'http:503' },
  { lang: 'yaml', doc: 'counts:', line: '  200: 5', expect: null },
  { lang: 'log', line: 'HTTP/1.1 429 Too Many Requests', expect: 'http:429' },
  { lang: 'log', line: '< HTTP/2 404', expect: 'http:404' },
  { lang: 'plaintext', line: 'Released 2.0.1 on 2025-10-23 at 10:23', expect: null },
];

/** The recognition of the literal `at` (or the only one) on the last line of the row's document. */
function check(row: Row): { found: Recognition | undefined; all: Recognition[] } {
  const text = row.doc ? `${row.doc}\n${row.line}` : row.line;
  const lastLine = text.split('\n').length - 1;
  const all = recognizeText(recognizerFor(realIndex()), text, row.lang).filter((r) => r.line === lastLine);
  const found = row.at === undefined ? all[0] : all.find((r) => row.line.slice(r.start, r.end) === row.at || r.text === row.at);
  return { found, all };
}

describe('recognition of real-looking lines against the shipped catalogs', () => {
  for (const row of rows) {
    const title = `${row.lang}: ${row.line.trim()}${row.at ? ` [${row.at}]` : ''} → ${row.expect ?? 'no code'}`;
    it(title, () => {
      const { found, all } = check(row);
      if (row.expect === null) {
        if (row.at === undefined) {
          assert.deepEqual(
            all.map((r) => `${r.text} (${topOf(r)})`),
            [],
          );
        } else {
          assert.equal(found, undefined, `"${row.at}" was taken for ${topOf(found)}`);
        }
        return;
      }
      assert.ok(found, `nothing recognised; recognitions: ${all.map((r) => r.text).join(', ') || 'none'}`);
      assert.equal(topOf(found), row.expect, `candidates: ${found.candidates.map((c) => `${c.catalog.id}@${c.confidence}`).join(', ')}`);
    });
  }

  it('covers every negative the issue names', () => {
    // Each named negative has a row, and the recogniser finds no code anywhere on that row's line.
    for (const needle of ['setTimeout(flush, 1000)', 'for (let i = 0;', 'port = 8080', 'width = 404', 'pid=4312']) {
      const named = rows.filter((r) => r.expect === null && r.line.includes(needle));
      assert.ok(named.length > 0, `no "not a code" row holds ${needle}`);
      for (const row of named) {
        assert.deepEqual(
          check(row).all.map((r) => `${r.text} (${topOf(r)})`),
          [],
          `${needle} in ${row.line}`,
        );
      }
    }
  });

  it('reads the object of a subscript and of a getter', () => {
    for (const line of ['if payload["statusCode"] == 23:', "if payload.get('statusCode') == 23:"]) {
      const [found] = recognizeText(recognizerFor(realIndex()), line, 'python');
      assert.equal(found?.key, 'statusCode', line);
      assert.equal(found?.parentKey, 'payload', line);
    }
  });

  it('reports the position of the literal without its quotes', () => {
    const line = '{"deliveryInfo":{"code":"7501","channel":"whatsapp"}}';
    const [found] = recognizeText(recognizerFor(realIndex()), line, 'json');
    assert.ok(found);
    assert.equal(line.slice(found.start, found.end), '7501');
    assert.equal(found.code, 7501);
    assert.equal(found.key, 'code');
    assert.equal(found.parentKey, 'deliveryInfo');
  });
});
