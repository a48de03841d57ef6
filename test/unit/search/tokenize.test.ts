import * as assert from 'node:assert/strict';
import { stem, words } from '../../../src/core/search/tokenize';

describe('search tokenizer', () => {
  it('splits names, camelCase and prose into lower-case words', () => {
    assert.deepEqual(words('WHATSAPP_TEMPLATE_PAUSED'), ['whatsapp', 'template', 'paused']);
    assert.deepEqual(words('statusCode=7000'), ['status', 'code', '7000']);
    assert.deepEqual(words('Invalid input details(JSON not correct)'), ['invalid', 'input', 'details', 'json', 'not', 'correct']);
    assert.deepEqual(words('Re-engagement — Zustellung fehlgeschlagen'), ['re', 'engagement', 'zustellung', 'fehlgeschlagen']);
    assert.deepEqual(words(''), []);
  });

  it('folds plural and tense endings onto one stem', () => {
    assert.equal(stem('paused'), stem('pause'));
    assert.equal(stem('pauses'), stem('paused'));
    assert.equal(stem('limits'), 'limit');
    assert.equal(stem('limited'), 'limit');
    assert.equal(stem('templates'), stem('template'));
    assert.equal(stem('messages'), stem('message'));
    assert.equal(stem('statuses'), stem('status'));
    assert.equal(stem('deliveries'), stem('delivery'));
  });

  it('leaves short words, numbers and words ending in -ss or -us alone', () => {
    assert.equal(stem('by'), 'by');
    assert.equal(stem('7000'), '7000');
    assert.equal(stem('access'), 'access');
    assert.equal(stem('status'), 'status');
  });
});
