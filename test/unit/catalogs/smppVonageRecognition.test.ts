import { itReadsEach, type LiteralCase } from '../recognize/catalogs';

/**
 * The context keys and hints of the SMPP message_state and Vonage delivery
 * receipt catalogs against the other catalogs: each wins under its own keys in
 * documents of its protocol or provider, and Vonage's `err-code` takes no code
 * from Clickatell's `errCode`. Snippets are written in the idioms of SMPP
 * clients and DLR webhook handlers.
 */


const cases: readonly LiteralCase[] = [
  {
    title: "an smpplib query_sm_resp's message_state",
    languageId: 'python',
    text: ['import smpplib.client', '', 'def on_query_resp(pdu):', '    if pdu.message_state == 5:', '        mark_undeliverable(pdu.message_id)', ''].join('\n'),
    literal: '5',
    expected: 'smpp-message-state:5',
    key: 'message_state',
  },
  {
    title: "a cloudhopper QuerySmResp's getMessageState()",
    languageId: 'java',
    text: ['import com.cloudhopper.smpp.SmppSession;', '', 'QuerySmResp resp = session.querySm(query, 10000);', 'if (resp.getMessageState() == 8) {', '    reject(resp.getMessageId());', '}', ''].join('\n'),
    literal: '8',
    expected: 'smpp-message-state:8',
    key: 'getMessageState',
  },
  {
    title: 'a Vonage delivery receipt webhook body',
    languageId: 'json',
    text: '{"err-code": "2", "messageId": "0B00000127FDBC63", "msisdn": "447700900000", "network-code": "23410", "status": "expired", "to": "Vonage"}',
    literal: '2',
    expected: 'vonage-sms-dlr-errors:2',
    key: 'err-code',
  },
  {
    title: 'a DLR handler that reads err-code',
    languageId: 'javascript',
    text: ["app.post('/webhooks/delivery-receipt', (req, res) => {", "  const errCode = Number(req.body['err-code']);", '  if (errCode === 3) removeNumber(req.body.msisdn);', '  res.end();', '});', ''].join('\n'),
    literal: '3',
    expected: 'vonage-sms-dlr-errors:3',
    key: 'errCode',
  },
  {
    title: "Clickatell's errCode, which Vonage's err-code spells alike",
    languageId: 'typescript',
    text: ["import { Clickatell } from './clickatell';", 'const { errCode } = await clickatell.send(payload);', "if (errCode === 7) throw new Error('IP lockdown');", ''].join('\n'),
    literal: '7',
    expected: 'clickatell-one-api-errors:7',
    key: 'errCode',
  },
];

describe('SMPP message states and Vonage receipt errors among the other catalogs', () => {
  itReadsEach(cases);
});
