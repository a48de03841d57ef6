import * as assert from 'node:assert/strict';
import { codeText } from '../../../src/core/catalog/codeFormat';
import type { Recognition } from '../../../src/core/recognize/types';
import { realIndex, recognizeText, recognizerFor } from './catalogs';

/** `literal → catalog:code as written` for each recognition of `text`, its best meaning only. */
function read(text: string, languageId: string): string[] {
  const recognizer = recognizerFor(realIndex());
  return recognizeText(recognizer, text, languageId).map(summarize);
}

function summarize(recognition: Recognition): string {
  const top = recognition.candidates[0];
  return top ? `${recognition.text} → ${top.catalog.id}:${codeText(top.catalog, top.entry)}` : `${recognition.text} → nothing`;
}

describe('codes that are not plain decimal numbers', () => {
  describe('hex numbers', () => {
    it('reads an SMPP command_status written in hex, short or to the full width, and the decimal after its key', () => {
      const log = [
        '2025-06-12 10:01:02 smpp submit_sm_resp command_status=0x0000000B seq=41',
        '2025-06-12 10:01:03 smpp submit_sm_resp command_status=0x58 seq=42',
        '2025-06-12 10:01:04 smpp submit_sm_resp command_status: 20 seq=43',
      ].join('\n');
      assert.deepEqual(read(log, 'log'), [
        '0x0000000B → smpp-command-status:0x0000000B',
        '0x58 → smpp-command-status:0x00000058',
        '20 → smpp-command-status:0x00000014',
      ]);
    });

    it('gives the hex form of a dump the key of the decimal it repeats', () => {
      assert.deepEqual(read('2025-06-12 10:01:02 [3121] DEBUG smpp:   command_status: 11 = 0x0000000B', 'log'), [
        '11 → smpp-command-status:0x0000000B',
        '0x0000000B → smpp-command-status:0x0000000B',
      ]);
    });

    it('never reads a hex number as a decimal catalog code, nor a zero-padded decimal as a hex catalog code', () => {
      assert.deepEqual(read('const colour = { status: 0x194, mask: 0xff }; // 0x194 is 404', 'typescript'), []);
      assert.deepEqual(read('smpp deliver_sm text="id:5f3a sub:001 dlvrd:001 stat:DELIVRD err:000"', 'log'), ['DELIVRD → smpp-receipt-stat:DELIVRD']);
    });
  });

  describe('dotted codes', () => {
    it('reads an enhanced status code and the basic reply it details, in a Postfix log line', () => {
      const line =
        'Jun 12 10:00:06 mx-1 postfix/smtp[14051]: 4VzK1x3Ht2z9sWq: to=<ana@client.example>, relay=mx1.client.example[192.0.2.25]:25, delay=1.2, dsn=5.1.1, status=bounced (host mx1.client.example[192.0.2.25] said: 550 5.1.1 <ana@client.example>: Recipient address rejected)';
      assert.deepEqual(read(line, 'log'), [
        '5.1.1 → smtp-enhanced-status-codes:X.1.1',
        '550 → smtp-reply-codes:550',
        '5.1.1 → smtp-enhanced-status-codes:X.1.1',
      ]);
    });

    it('reads the reply of a multi-line SMTP answer and the class-specific row where the registry has one', () => {
      assert.deepEqual(read('S: 250-2.0.0 Ok: queued as 4VzL0q6Hn2', 'log'), ['250 → smtp-reply-codes:250', '2.0.0 → smtp-enhanced-status-codes:X.0.0']);
    });

    it('reads the reply that opens a quoted SMTP answer in an Exim log', () => {
      assert.deepEqual(read('2025-06-12 10:02:15 1uPq3M-000Kx2-1d => dev@ridgeback.example R=dnslookup T=remote_smtp C="250 2.0.0 Ok: queued as 4VzL0q6Hn2"', 'log'), [
        '250 → smtp-reply-codes:250',
        '2.0.0 → smtp-enhanced-status-codes:X.0.0',
      ]);
    });

    it("reads a quoted code tested for in a reply, `b\"5.7.1\" in e.smtp_error`, as the key's, but no number in prose before `in`", () => {
      const mailer = 'import smtplib\nif e.smtp_code == 554 and b"5.7.1" in e.smtp_error:\n    if "5.1.1" not in e.smtp_error: pass\n';
      assert.deepEqual(read(mailer, 'python'), ['554 → smtp-reply-codes:554', '5.7.1 → smtp-enhanced-status-codes:X.7.1', '5.1.1 → smtp-enhanced-status-codes:X.1.1']);
      assert.deepEqual(read('2025-06-12 10:00:01 relay said 550 in response to RCPT TO', 'log'), []);
    });

    it("reads a code compared with a variable spelled from the catalog's keys (`enhanced`, of `enhancedCode`) where the document clearly names SMTP", () => {
      const mailer = "const nodemailer = require('nodemailer');\nconst transport = nodemailer.createTransport({ host: 'smtp.relay.example' });\n";
      assert.deepEqual(read(`${mailer}if (enhanced === '5.7.1') log.warn('refused by policy');`, 'javascript'), ['5.7.1 → smtp-enhanced-status-codes:X.7.1']);
      assert.deepEqual(read(`${mailer}if (version === '5.1.1') upgrade();`, 'javascript'), []);
      assert.deepEqual(read("if (enhanced === '5.7.1') log.warn('refused by policy');", 'javascript'), []);
    });

    it('leaves versions, addresses and decimals that look like dotted codes alone', () => {
      const text = [
        'version = "5.1.1"',
        'server 10.5.1.1 port 25 (v2.4.1) took 4.2.1 seconds',
        'Release 5.7.1 of the mail relay is out',
        '250 1.2.3.4 accepted',
      ].join('\n');
      assert.deepEqual(read(text, 'plaintext'), []);
    });
  });

  describe('words that are codes', () => {
    it("reads a delivery receipt word after its key, not the receipt's own err field, and a Vonage status word only where the document is about Vonage", () => {
      const receipts = [
        '2025-06-12 10:00:07 INFO SMS-MT submit_sm [smpp-msgid:34b9f2c6] [status:ESME_ROK]',
        '2025-06-12 10:00:14 INFO DLR deliver_sm [smpp-msgid:34b9f2c6] [status:UNDELIV] [err:001]',
      ].join('\n');
      assert.deepEqual(read(receipts, 'log'), ['ESME_ROK → smpp-command-status:0x00000000', 'UNDELIV → smpp-receipt-stat:UNDELIV']);
      const vonage = ['// Vonage SMS delivery receipt webhook', "if (req.body.status === 'delivered' && req.body['err-code'] === '0') ok();"].join('\n');
      assert.ok(read(vonage, 'typescript').includes('delivered → vonage-sms-dlr-status:delivered'));
      assert.deepEqual(read("if (job.status === 'delivered' || job.status === 'failed') done();", 'typescript'), []);
    });

    it('does not read an identifier that only spells a provider title as that provider code', () => {
      assert.deepEqual(read('throw new ApiError(RATE_LIMIT_EXCEEDED);', 'typescript'), []);
    });
  });

  describe('library constants of other protocols', () => {
    it("reads gRPC's constants as each library spells them", () => {
      assert.deepEqual(read('if status.Code(err) == codes.Unavailable {\n\treturn retry(codes.ResourceExhausted)\n}', 'go'), [
        'Unavailable → grpc-status:14',
        'ResourceExhausted → grpc-status:8',
      ]);
      assert.deepEqual(read('if e.code() == grpc.StatusCode.NOT_FOUND:\n    pass', 'python'), ['NOT_FOUND → grpc-status:5']);
      assert.deepEqual(read('if (e.getStatus().getCode() == Status.Code.UNAVAILABLE) {}', 'java'), ['UNAVAILABLE → grpc-status:14']);
    });

    it('keeps a JAX-RS Response.Status constant HTTP unless the document is about gRPC', () => {
      assert.deepEqual(read('return Response.status(Response.Status.NOT_FOUND).build();', 'java'), ['NOT_FOUND → http:404']);
      assert.deepEqual(read('import io.grpc.Status;\nthrow Status.NOT_FOUND.asRuntimeException();', 'java'), ['NOT_FOUND → grpc-status:5']);
    });

    it('reads camel-case gRPC names in logs after a key, never bare in prose', () => {
      assert.deepEqual(read('{"level":"error","grpc.service":"stock.v2.Stock","grpc.code":"Unavailable","grpc.time_ms":"2137.27"}', 'jsonl'), [
        'Unavailable → grpc-status:14',
      ]);
      assert.deepEqual(read('The service is Unavailable until NotFound pages are fixed.', 'plaintext'), []);
      assert.deepEqual(read('{"level":"warn","grpc.method":"Reserve","grpc.code":"Canceled"}', 'jsonl'), ['Canceled → grpc-status:1'], "Go's own spelling of CANCELLED");
    });

    it('reads SMPP constants written behind a library prefix', () => {
      assert.deepEqual(read('if (status == SMPPConstant.STAT_ESME_RTHROTTLED) retry();', 'java'), ['STAT_ESME_RTHROTTLED → smpp-command-status:0x00000058']);
      assert.deepEqual(read('    return smpplib.consts.SMPP_ESME_ROK', 'python'), ['SMPP_ESME_ROK → smpp-command-status:0x00000000']);
    });
  });

  describe('families kept apart', () => {
    it('reads 1008 as a WebSocket close code in a close handler and never in a Twilio status callback', () => {
      const socket = ["import WebSocket from 'ws';", "ws.on('close', (code) => { if (code === 1008) reauth(); });", "ws.close(1008, 'policy');"].join('\n');
      assert.deepEqual(read(socket, 'javascript'), ['1008 → websocket-close-codes:1008', '1008 → websocket-close-codes:1008']);
      const twilio = [
        '// Twilio status callback (MessageSid, MessageStatus, ErrorCode)',
        "app.post('/twilio/status', (req, res) => {",
        "  if (req.body.ErrorCode === '1008') retryLater(req.body.MessageSid);",
        '});',
      ].join('\n');
      const recognizer = recognizerFor(realIndex());
      const found = recognizeText(recognizer, twilio, 'javascript').find((recognition) => recognition.text === '1008');
      assert.ok(!found || ((found.candidates[0]?.confidence ?? 0) < 0.5 && found.candidates[0]?.catalog.id !== 'websocket-close-codes'), 'no lens, and never a close code');
    });
  });
});

describe('codes a catalog with classes does not list', () => {
  const mailer = "const nodemailer = require('nodemailer');\n";
  /** `literal → catalog:class` for each recognition, the class by its name (`5xx`), other entries by their code. */
  const classes = (text: string, languageId: string) =>
    recognizeText(recognizerFor(realIndex()), text, languageId).map((recognition) => {
      const top = recognition.candidates[0];
      return `${recognition.text} → ${top?.catalog.id ?? ''}:${top?.entry.to !== undefined ? (top.entry.name ?? '') : codeText(top!.catalog, top!.entry)}`;
    });

  it("reads SMTP's 535 (an AUTH reply RFC 5321 does not list) as the 5xx class, tested against its key or before its enhanced code", () => {
    assert.deepEqual(classes(`${mailer}if (err.code === 'EAUTH' && err.responseCode === 535) throw err;`, 'javascript'), ['535 → smtp-reply-codes:5xx']);
    assert.deepEqual(classes(`${mailer}throw new Error('SMTP credentials rejected (535 5.7.8)');`, 'javascript'), ['535 → smtp-reply-codes:5xx', '5.7.8 → smtp-enhanced-status-codes:X.7.8']);
  });

  it('reads an HTTP status the registry does not list as its class under a key only HTTP declares', () => {
    assert.deepEqual(classes('if (res.status === 420) return backOff();', 'javascript'), ['420 → http:4xx']);
  });

  it('leaves such a number alone under a key many catalogs share, given to a key, or at the end of a range label', () => {
    assert.deepEqual(classes(`${mailer}if (status === 535) retry();`, 'javascript'), []);
    assert.deepEqual(classes('2025-06-12 10:00:01 smtp worker latency_ms=523 smtp_code=535 queue_depth=431', 'log'), []);
    assert.deepEqual(classes('match resp.status().as_u16() {\n    400..=499 => client_error(),\n}', 'rust'), ['400 → http:4xx']);
  });
});

describe('codes among the elements of a collection', () => {
  const smpp = 'import smpplib.client\nimport smpplib.consts\n# delivery receipts from the SMSC\n';

  it('reads receipt words as the keys of a mapping, each beside the others, where the document names SMPP', () => {
    assert.deepEqual(read(`${smpp}FINAL = {"DELIVRD": "delivered", "UNDELIV": "failed", "EXPIRED": "expired"}`, 'python'), [
      'DELIVRD → smpp-receipt-stat:DELIVRD',
      'UNDELIV → smpp-receipt-stat:UNDELIV',
      'EXPIRED → smpp-receipt-stat:EXPIRED',
    ]);
  });

  it('reads a hex code in a tuple beside the library constants of its catalog, but not a tuple of hex flags', () => {
    assert.deepEqual(read(`${smpp}TRANSIENT = (smpplib.consts.SMPP_ESME_RTHROTTLED, 0x00000008)`, 'python'), [
      'SMPP_ESME_RTHROTTLED → smpp-command-status:0x00000058',
      '0x00000008 → smpp-command-status:0x00000008',
    ]);
    assert.deepEqual(read(`${smpp}FLAGS = (0x00000001, 0x00000002, 0x00000004)`, 'python'), []);
  });

  it('reads dotted codes in a tuple constant where the document clearly names SMTP, and versions nowhere', () => {
    const mailer = 'import smtplib\nwith smtplib.SMTP(relay) as smtp:\n    smtp.login(user, password)\n';
    assert.deepEqual(read(`${mailer}DEAD_ADDRESS = ("5.1.1", "5.1.10")`, 'python'), ['5.1.1 → smtp-enhanced-status-codes:X.1.1', '5.1.10 → smtp-enhanced-status-codes:X.1.10']);
    assert.deepEqual(read('SUPPORTED = ("2.0.0", "2.1.0", "4.0.0")', 'python'), []);
  });

  it('reads an element alone on its line as nothing', () => {
    assert.deepEqual(read(`${smpp}outbox.note("UNDELIV")`, 'python'), []);
  });
});
