import * as assert from 'node:assert/strict';
import { HintMatcher, hintWords, triePattern } from '../../../src/core/recognize/hints';
import { matchesAnyGlob, preferredCatalogsFor } from '../../../src/core/globs';
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

  it('gives a line the same signature for the same words, whatever their order, case or repetition', () => {
    // Sixty catalogs with a word each put word indexes on both sides of the 30 and 52 boundaries of the signature.
    const many = Array.from({ length: 60 }, (_, i) => fakeCatalog(`c${i}`, 'status', [{ code: 1 }], { provider: `p${i}x`, hints: [`word${i}x`] }));
    const hints = new HintMatcher(many);
    const same = (a: string, b: string) => assert.equal(hints.signature(a), hints.signature(b), `${a} / ${b}`);
    for (const [a, b] of [
      ['word3x word40x', 'WORD40X and word3x, word3x'],
      ['word29x word30x word51x', 'word51x word30x word29x'],
      ['word5x word55x', 'Word55x word5x word55x'],
    ] as const) {
      same(a, b);
    }
    const distinct = ['', 'word0x', 'word29x', 'word30x', 'word51x', 'word52x', 'word59x', 'word0x word30x', 'word29x word51x', 'word30x word52x'];
    const signatures = distinct.map((text) => hints.signature(text));
    assert.equal(new Set(signatures).size, distinct.length, `distinct word sets share a signature: ${signatures.join(' | ')}`);
    // Lines with the same signature share one weights map, which names the catalogs of their words.
    assert.equal(hints.weightsOf(hints.signature('word40x word3x')), hints.weightsOf(hints.signature('word3x word40x')));
    assert.deepEqual([...hints.weightsOf(hints.signature('word40x word3x word57x')).keys()].sort(), ['c3', 'c40', 'c57']);
  });

  it('keeps a provider\'s other channels below the channel the text names by its own word, however often the provider is named', () => {
    // Each table of the provider shares its words, as Webex Connect's fifteen do.
    const shared = { provider: 'Chat Connect', hints: ['chatconnect', 'chat-api', 'chatconnect.io'] };
    const tables = [
      fakeCatalog('chat-sms', 'status', [{ code: 1 }], { ...shared, channel: 'sms' }),
      fakeCatalog('chat-email', 'status', [{ code: 1 }], { ...shared, channel: 'email' }),
      fakeCatalog('chat-common', 'error', [{ code: 1 }], { ...shared, channel: 'all channels' }),
    ];
    const provider = new HintMatcher(tables);
    const named = '// Sends SMS through Chat Connect (chatconnect.io, the chat-api client of chatconnect)';
    const weights = provider.weights(named);
    assert.equal(weights.get('chat-sms'), 1);
    assert.ok((weights.get('chat-email') ?? 0) < 1, JSON.stringify([...weights]));
    // Without the channel's word the provider's words alone give every channel the full weight.
    const plain = provider.weights(named.replace('SMS', 'messages'));
    assert.equal(plain.get('chat-email'), 1);
    assert.equal(plain.get('chat-sms'), 1);
    // The common table applies to every channel: it is not lowered.
    assert.equal(weights.get('chat-common'), 1);
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
