import { itReadsEach, type LiteralCase } from '../recognize/catalogs';

/**
 * The context keys and hints of the Twilio and WhatsApp Cloud API catalogs
 * against the other catalogs: each wins in documents of its provider, and
 * neither takes a code from a document of another provider. Snippets are
 * written in the idioms of status callbacks, REST responses and webhooks.
 */


const cases: readonly LiteralCase[] = [
  {
    title: 'a Twilio status callback read in Python',
    languageId: 'python',
    text: ['from twilio.request_validator import RequestValidator', '', 'def on_status(form):', '    error_code = form.get("ErrorCode")', '    if error_code == "30003":', '        schedule_retry(form["MessageSid"])', ''].join('\n'),
    literal: '30003',
    expected: 'twilio-errors:30003',
  },
  {
    title: "a Message resource's error_code",
    languageId: 'json',
    text: '{"sid":"SM0a1b2c","account_sid":"AC9f8e7d","status":"undelivered","error_code":30007,"error_message":null}',
    literal: '30007',
    expected: 'twilio-errors:30007',
  },
  {
    title: "a twilio-node exception's code",
    languageId: 'typescript',
    text: ["import twilio from 'twilio';", '', 'try {', '  await client.messages.create({ to, from, body });', '} catch (err) {', '  if (err.code === 21211) markInvalid(to);', '}', ''].join('\n'),
    literal: '21211',
    expected: 'twilio-errors:21211',
  },
  {
    title: 'a Graph API error response',
    languageId: 'json',
    text: '{"error":{"message":"(#131047) Re-engagement message","type":"OAuthException","code":131047,"error_data":{"messaging_product":"whatsapp","details":"outside the window"},"fbtrace_id":"AbC1"}}',
    literal: '131047',
    expected: 'whatsapp-cloud-api-errors:131047',
  },
  {
    title: 'a failed status in a messages webhook',
    languageId: 'json',
    text: '{"object":"whatsapp_business_account","entry":[{"changes":[{"value":{"messaging_product":"whatsapp","statuses":[{"id":"wamid.HBgL","status":"failed","errors":[{"code":131026,"title":"Message undeliverable"}]}]}}]}]}',
    literal: '131026',
    expected: 'whatsapp-cloud-api-errors:131026',
  },
  {
    title: 'a small Graph API code that Clickatell also defines',
    languageId: 'typescript',
    text: ['const res = await fetch(`https://graph.facebook.com/v21.0/${phoneId}/messages`, init);', 'const body = await res.json();', 'if (body.error?.code === 100) throw new BadParameter(body.error.error_data?.details);', ''].join('\n'),
    literal: '100',
    expected: 'whatsapp-cloud-api-errors:100',
  },
  {
    title: "Clickatell's error code in a log of WhatsApp messages",
    languageId: 'json',
    text: [
      '{"integrationName":"wa-support","channel":"whatsapp","statusCode":6,"status":"READ"}',
      '{"messages":[],"error":{"code":1,"description":"Invalid or missing integration API Key","documentation":"https://docs.clickatell.com/errors"}}',
    ].join('\n'),
    literal: '1',
    expected: 'clickatell-one-api-errors:1',
  },
  {
    title: 'an HTTP status under a generic key, which the range 200-299 does not take',
    languageId: 'json',
    text: '{"code": 204, "message": "no content"}',
    literal: '204',
    expected: 'http:204',
  },
];

describe('Twilio and WhatsApp Cloud API codes among the other catalogs', () => {
  itReadsEach(cases);
});
