import * as assert from 'node:assert/strict';
import { lastLine, realIndex, recognizeText, recognizerFor, topOf } from './catalogs';

/** Idioms of the messaging and WebSocket families: close handlers, quoted Graph error codes, lists of word labels. */
const recognizer = recognizerFor(realIndex());


describe('ranking beside a clearly named catalog', () => {
  const socket = "const socket = new WebSocket(url);\nsocket.addEventListener('close', (event: CloseEvent) => {\n";

  it('reads a close event code as a WebSocket close code, not as a catalog that only shares the key `code`', () => {
    assert.deepEqual(lastLine(`${socket}  if (event.code === 1008) return;`, 'typescript'), ['websocket-close-codes:1008']);
    assert.deepEqual(lastLine(`${socket}  if (code === 1001) metrics.increment('navigated_away');`, 'typescript'), ['websocket-close-codes:1001']);
  });

  it("gives `err.code === 14` in a grpc-js file a lens: gRPC has one table, so an error's code is its status", () => {
    const [found] = recognizeText(recognizer, "import * as grpc from '@grpc/grpc-js';\n  if (err?.code === 14) retry();", 'typescript').filter((recognition) => recognition.line === 1);
    assert.equal(topOf(found), 'grpc-status:14');
    assert.ok((found?.candidates[0]?.confidence ?? 0) >= 0.5, String(found?.candidates[0]?.confidence));
  });

  it('does not read a gRPC error code as a Vonage receipt error through the key `err.code`', () => {
    const found = lastLine("import * as grpc from '@grpc/grpc-js';\n  if (err?.code === 14) retry();", 'typescript');
    assert.ok(!found.includes('vonage-sms-dlr-errors:14'), String(found));
  });
});

describe('a code quoted after a number sign', () => {
  it("reads Meta's `(#131009)` in a Graph error message as the code the same line gives in `code`", () => {
    const line =
      '{"level":"error","error":{"message":"(#131009) Parameter value is not valid","type":"OAuthException","code":131009,"fbtrace_id":"AbC1"}}';
    const found = recognizeText(recognizer, `${line}\n`, 'log').filter((recognition) => recognition.text === '131009');
    assert.deepEqual(
      found.map((recognition) => [recognition.start, topOf(recognition)]),
      [
        [line.indexOf('#131009') + 1, 'whatsapp-cloud-api-errors:131009'],
        [line.lastIndexOf('131009'), 'whatsapp-cloud-api-errors:131009'],
      ],
    );
  });

  it('leaves a `#` number alone when the line holds no code with the same digits', () => {
    const line = '{"level":"error","error":{"message":"(#131008) Required parameter is missing","code":131009,"fbtrace_id":"AbC1"}}';
    assert.deepEqual(
      recognizeText(recognizer, `${line}\n`, 'log').map((recognition) => recognition.text),
      ['131009'],
    );
  });
});

describe('word labels after the first', () => {
  const vonage = '// Vonage delivery receipt: status and err-code\n';

  it('reads every quoted status word of a PHP match arm and a Ruby when', () => {
    assert.deepEqual(lastLine(`<?php\n${vonage}$state = match ($status) {\n    'expired', 'failed', 'rejected' => 'failed',`, 'php'), [
      'vonage-sms-dlr-status:4',
      'vonage-sms-dlr-status:5',
      'vonage-sms-dlr-status:6',
    ]);
    assert.deepEqual(lastLine(`${vonage}case params[:status]\n    when "expired", "failed"`, 'ruby'), ['vonage-sms-dlr-status:4', 'vonage-sms-dlr-status:5']);
  });

  it('still reads no label after an unquoted word', () => {
    assert.deepEqual(lastLine(`${vonage}case params[:status]\n    when foo, "failed"`, 'ruby'), []);
  });
});

describe('a key converted to a number before the comparison', () => {
  const twilio = "const twilio = require('twilio');\n";

  it('reads `Number(ErrorCode) === 30034` and `parseInt(req.body.ErrorCode) === 30007` as Twilio errors', () => {
    assert.deepEqual(lastLine(`${twilio}if (Number(ErrorCode) === 30034) page();`, 'javascript'), ['twilio-errors:30034']);
    assert.deepEqual(lastLine(`${twilio}if (parseInt(req.body.ErrorCode) === 30007) page();`, 'javascript'), ['twilio-errors:30007']);
  });

  it('reads nothing when the function is no conversion or the key says nothing', () => {
    assert.deepEqual(lastLine(`${twilio}if (lookup(ErrorCode) === 30034) page();`, 'javascript'), []);
    assert.deepEqual(lastLine(`${twilio}if (Number(total) === 30034) page();`, 'javascript'), []);
  });
});

describe('small numbers under a key no catalog declares', () => {
  const sdkOnly = "import { Vonage } from '@vonage/server-sdk';\nconst vonage = new Vonage(credentials);\n";
  const receipts = '// Vonage delivery receipts: status, err-code, network-code, message-timestamp\n';

  it('reads `app-error=1` as no Vonage receipt error where the document names Vonage only by its name', () => {
    assert.deepEqual(lastLine(`${sdkOnly}const url = \`https://notify.example.com/unsubscribe?app-error=1\`;`, 'typescript'), []);
  });

  it('still reads such a key where the document names the receipt fields', () => {
    assert.deepEqual(lastLine(`${receipts}const url = \`https://notify.example.com/unsubscribe?app-error=1\`;`, 'typescript'), ['vonage-sms-dlr-errors:1']);
  });
});

describe('constants of four or more digits', () => {
  const twilio = 'from twilio.rest import Client\n# Twilio status callbacks post MessageSid and ErrorCode\n';
  const socket = "const socket = new WebSocket(url);\nsocket.onclose = (event: CloseEvent) => console.log(event.code);\n";

  it('reads a five-digit code of a catalog the document names, whatever the constant is called', () => {
    assert.deepEqual(lastLine(`${twilio}CARRIER_FILTERED = 30007`, 'python'), ['twilio-errors:30007']);
  });

  it('reads a private-use close code under a name that starts with a word of the catalog keys', () => {
    assert.deepEqual(lastLine(`${socket}const CLOSE_TOKEN_EXPIRED = 4001;`, 'typescript'), ['websocket-close-codes:4000']);
  });

  it('reads a private-use close code whose comment names a key of the catalog', () => {
    assert.deepEqual(lastLine('import websockets\n# WebSocket client of the quotes stream (ws)\nAUTH_FAILED = 4003  # the exchange\'s own close code', 'python'), ['websocket-close-codes:4000']);
    assert.deepEqual(lastLine('import websockets\n# WebSocket client of the quotes stream (ws)\nAUTH_FAILED = 4003  # the exchange\'s own reason', 'python'), []);
  });

  it('leaves quantities, other names and undocumented providers alone', () => {
    assert.deepEqual(lastLine(`${socket}const MAX_PAYLOAD = 4096;`, 'typescript'), []);
    assert.deepEqual(lastLine(`${socket}const CLOSE_TIMEOUT_MS = 4000;`, 'typescript'), []);
    assert.deepEqual(lastLine(`${twilio}SEND_LIMIT = 30007`, 'python'), []);
    assert.deepEqual(lastLine('CARRIER_FILTERED = 30007', 'python'), []);
  });
});

describe('close code constants of Go WebSocket libraries', () => {
  const gorilla = 'import "github.com/gorilla/websocket"\n';

  it("reads gorilla's websocket.CloseGoingAway and coder's websocket.StatusPolicyViolation as their close codes", () => {
    assert.deepEqual(lastLine(`${gorilla}if websocket.IsUnexpectedCloseError(err, websocket.CloseGoingAway, websocket.CloseNormalClosure) {`, 'go'), [
      'websocket-close-codes:1001',
      'websocket-close-codes:1000',
    ]);
    assert.deepEqual(lastLine('import "github.com/coder/websocket"\nc.Close(websocket.StatusPolicyViolation, "bad token")', 'go'), ['websocket-close-codes:1008']);
  });

  it('reads other members of the websocket package as nothing', () => {
    assert.deepEqual(lastLine(`${gorilla}_ = c.conn.WriteControl(websocket.CloseMessage, msg, deadline)`, 'go'), []);
  });
});

describe('the number of a code object', () => {
  const grpcJava = 'import io.grpc.Status;\nimport io.grpc.StatusRuntimeException;\n';

  it("reads `getCode().value() == 14` as gRPC Java's code, as `getCode() == 14` reads", () => {
    assert.deepEqual(lastLine(`${grpcJava}return e.getStatus().getCode().value() == 14;`, 'java'), ['grpc-status:14']);
    assert.deepEqual(lastLine(`${grpcJava}return e.getStatus().getCode() == 14;`, 'java'), ['grpc-status:14']);
  });

  it("reads `.value()`, `?.value` and protobuf's `getNumber()` as the code before them", () => {
    assert.deepEqual(lastLine('import io.grpc.Status\nif (e.status.code.value() == 14) retry()', 'kotlin'), ['grpc-status:14']);
    assert.deepEqual(lastLine("import { status } from '@grpc/grpc-js';\nif (code?.value === 14) retry();", 'typescript'), ['grpc-status:14']);
    assert.deepEqual(lastLine(`${grpcJava}if (rpcStatus.getCode().getNumber() == 14) retry();`, 'java'), ['grpc-status:14']);
  });

  it('reads the value of anything else as nothing', () => {
    assert.deepEqual(lastLine("import { status } from '@grpc/grpc-js';\nif (input.value === 14) submit();", 'typescript'), []);
    assert.deepEqual(lastLine(`${grpcJava}if (retries.intValue() == 14) giveUp();`, 'java'), []);
  });
});

describe('a lookup with a default', () => {
  it("reads the key of Python's getattr(pdu, \"message_state\", None) and .get(\"status\", 0), Java's getOrDefault and Ruby's fetch", () => {
    assert.deepEqual(lastLine('import smpplib.client\nif getattr(pdu, "message_state", None) == 6:', 'python'), ['smpp-message-state:6']);
    assert.deepEqual(lastLine('if payload.get("status", 0) == 404:', 'python'), ['http:404']);
    assert.deepEqual(lastLine('if (headers.getOrDefault("status", 0) == 503) retry();', 'java'), ['http:503']);
    assert.deepEqual(lastLine("return :gone if body.fetch('status', 0) == 410", 'ruby'), ['http:410']);
  });

  it('reads nothing when the lookup is no lookup or its key says nothing', () => {
    assert.deepEqual(lastLine('import smpplib.client\nif getattr(pdu, "window", None) == 6:', 'python'), []);
    assert.deepEqual(lastLine('if compute(payload, "status", 0) == 404:', 'python'), []);
  });
});

describe("close code constants of Java's and Python's WebSocket libraries", () => {
  it("reads Java's CloseCodes names, its own and the registry's, under the enum and its class", () => {
    const java = 'import jakarta.websocket.CloseReason;\nimport jakarta.websocket.CloseReason.CloseCodes;\n';
    assert.deepEqual(lastLine(`${java}if (reason.getCloseCode() == CloseCodes.GOING_AWAY || reason.getCloseCode() == CloseReason.CloseCodes.TOO_BIG) {`, 'java'), [
      'websocket-close-codes:1001',
      'websocket-close-codes:1009',
    ]);
    assert.deepEqual(lastLine(`${java}session.close(new CloseReason(CloseCodes.VIOLATED_POLICY, "bad token"));`, 'java'), ['websocket-close-codes:1008']);
  });

  it("reads Python websockets' CloseCode names, qualified by the class or by its module path", () => {
    const python = 'from websockets.frames import CloseCode\n';
    assert.deepEqual(lastLine(`${python}await ws.close(CloseCode.INVALID_DATA, "hello without platform")`, 'python'), ['websocket-close-codes:1007']);
    assert.deepEqual(lastLine(`${python}await ws.close(websockets.frames.CloseCode.BAD_GATEWAY)`, 'python'), ['websocket-close-codes:1014']);
  });

  it('reads those names as nothing under another qualifier', () => {
    assert.deepEqual(lastLine('import jakarta.websocket.CloseReason;\nif (quote.size() > Limits.TOO_BIG) return;', 'java'), []);
  });
});

describe('small numbers under a key the catalog does not declare', () => {
  it("reads `status === 0` as no Vonage receipt error where the document names Vonage only by its SDK", () => {
    const sdkOnly = "import { Vonage } from '@vonage/server-sdk';\nconst vonage = new Vonage(credentials);\n";
    assert.deepEqual(lastLine(`${sdkOnly}  return { ok: status === 0, attempts: 1 };`, 'typescript'), []);
  });
});
