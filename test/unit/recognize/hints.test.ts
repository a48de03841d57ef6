import * as assert from 'node:assert/strict';
import { HintMatcher, hintWords, triePattern } from '../../../src/core/recognize/hints';
import { matchesAnyGlob, preferredCatalogsFor } from '../../../src/core/recognize/globs';
import { fakeCatalog } from './catalogs';

const sms = fakeCatalog('chat-sms', 'status', [{ code: 1 }], { provider: 'Chat Connect', channel: 'sms', hints: ['chatconnect.io'] });
const whatsapp = fakeCatalog('chat-whatsapp', 'status', [{ code: 1 }], { provider: 'Chat Connect', channel: 'whatsapp' });
const common = fakeCatalog('chat-common', 'error', [{ code: 1 }], { provider: 'Chat Connect', channel: 'all channels' });
const matcher = new HintMatcher([sms, whatsapp, common]);

describe('document hints', () => {
  it('takes hint words from hints, provider and one-word channels', () => {
    assert.deepEqual(hintWords(sms), ['chatconnect.io', 'Chat Connect', 'Chat', 'sms']);
    assert.deepEqual(hintWords(common), ['Chat Connect', 'Chat']);
  });

  it('matches words in any case, across camel-case boundaries, but not inside other words', () => {
    for (const text of ['send an SMS', 'sendSms(to)', 'SmsClient', 'SMSClient', 'SMS_API', 'sms-gateway', 'WhatsApp']) {
      assert.ok(matcher.weights(text).size > 0, text);
    }
    for (const text of ['smsc', 'transmission', 'sms2x'.replace('2x', 'cx')]) {
      const weights = matcher.weights(text);
      assert.equal(weights.get('chat-sms'), undefined, text);
    }
  });

  it('weighs distinct words above repetitions', () => {
    const weights = matcher.weights('// Chat Connect WhatsApp webhooks via chatconnect.io\nchat chat chat');
    const wa = weights.get('chat-whatsapp') ?? 0;
    const smsWeight = weights.get('chat-sms') ?? 0;
    const commonWeight = weights.get('chat-common') ?? 0;
    assert.ok(wa > commonWeight, `${wa} > ${commonWeight}`);
    assert.ok(smsWeight > commonWeight, 'the host is an SMS hint');
    assert.ok([...weights.values()].every((w) => w > 0 && w <= 1));
  });

  it('compiles many words into one pattern that finds the longest word', () => {
    const pattern = new RegExp(triePattern(['webex', 'webexconnect', 'web.io', 'sms']), 'g');
    assert.deepEqual('webexconnect webex web.io webio sms'.match(pattern), ['webexconnect', 'webex', 'web.io', 'sms']);
  });

  it('reads only the given part of the text', () => {
    const text = 'nothing here\nwhatsapp';
    assert.equal(matcher.weights(text, 0, 12).size, 0);
    assert.ok(matcher.weights(text, 13).has('chat-whatsapp'));
  });
});

describe('globs of the settings', () => {
  it('matches workspace-relative paths, dot folders included', () => {
    assert.equal(matchesAnyGlob('test/fixtures/a.log', ['**/fixtures/**']), true);
    assert.equal(matchesAnyGlob('.github/ci.log', ['**/*.log']), true);
    assert.equal(matchesAnyGlob('src/a.ts', ['**/*.log']), false);
    assert.equal(matchesAnyGlob('src\\sms\\a.ts', ['src/sms/**']), true);
    assert.equal(matchesAnyGlob('src/a.ts', []), false);
  });

  it('never throws on a malformed glob', () => {
    assert.equal(matchesAnyGlob('a', ['[']), false);
  });

  it('collects the preferred catalogs of every matching glob, in order, without repeats', () => {
    const preferences = { 'src/sms/**': ['chat-sms', 'http'], '**/*.ts': ['http', 'chat-common'] };
    assert.deepEqual(preferredCatalogsFor('src/sms/send.ts', preferences), ['chat-sms', 'http', 'chat-common']);
    assert.deepEqual(preferredCatalogsFor('lib/x.py', preferences), []);
    assert.deepEqual(preferredCatalogsFor(undefined, preferences), []);
  });
});
