import * as assert from 'node:assert/strict';
import { buildCorpusFile } from '../../eval/corpusFile';
import { familyOfCatalog, familyOfFile } from '../../eval/evaluate';

describe('the code family of an evaluation fixture', () => {
  it('names the family of a catalog by the start of its id, classes included', () => {
    assert.equal(familyOfCatalog('smpp-command-status'), 'SMPP');
    assert.equal(familyOfCatalog('smtp-reply-codes-class'.replace(/-class$/, '')), 'SMTP');
    assert.equal(familyOfCatalog('whatsapp-cloud-api-errors'), 'WhatsApp Cloud API');
    assert.equal(familyOfCatalog('webex-connect-whatsapp'), 'Webex Connect');
    assert.equal(familyOfCatalog('http'), 'HTTP');
    assert.equal(familyOfCatalog('acme-errors'), 'other');
  });

  it('files a fixture under the family its labels name most, HTTP only when no other is named', () => {
    const twilio = buildCorpusFile('code/python/callback.py', 'if code == 30003 or status == 400 or status == 500:\n', '1\t30003\ttwilio-errors:30003\tobvious\n1\t400\thttp:400\n1\t500\thttp:500\n');
    assert.equal(familyOfFile(twilio), 'Twilio');
    const http = buildCorpusFile('code/python/app.py', 'return body, 404\n', '1\t404\thttp:404\tobvious\n');
    assert.equal(familyOfFile(http), 'HTTP');
    const none = buildCorpusFile('nocode/config.yaml', 'port: 8080\n', 'nocode\n');
    assert.equal(familyOfFile(none), 'no codes');
  });
});
