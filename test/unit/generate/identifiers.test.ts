import * as assert from 'node:assert/strict';
import { camel, entryWords, pascal, snake, splitWords, uniqueNames, upperSnake } from '../../../src/core/generate/identifiers';

describe('identifier making', () => {
  it('splits names in any style into lower-case words', () => {
    assert.deepEqual(splitWords('DELIVERY_FAILURE'), ['delivery', 'failure']);
    assert.deepEqual(splitWords('deliveryFailure'), ['delivery', 'failure']);
    assert.deepEqual(splitWords('HTTPStatus code'), ['http', 'status', 'code']);
    assert.deepEqual(splitWords('ERROR_2FA'), ['error', '2fa']);
  });

  it('strips accents and treats other non-ASCII letters as separators', () => {
    assert.deepEqual(splitWords('Réponse refusée'), ['reponse', 'refusee']);
    assert.deepEqual(splitWords('状态'), []);
  });

  it('derives words from the first clause of the description when there is no usable name', () => {
    assert.deepEqual(entryWords({ code: 1, description: 'The message was not found: (id)' }), ['message', 'was', 'not', 'found']);
    assert.deepEqual(entryWords({ code: 2, name: '状态', description: 'Status in Chinese' }), ['status', 'in', 'chinese']);
    assert.deepEqual(entryWords({ code: 7307, description: '' }), ['code', '7307']);
    assert.deepEqual(entryWords({ code: -5, description: '...' }), ['code', 'm5']);
  });

  it('puts a word in front of names that start with a digit', () => {
    assert.deepEqual(entryWords({ code: 25, name: '2FA_REQUIRED', description: '' }), ['code', '2fa', 'required']);
  });

  it('cases words for each naming style', () => {
    const words = ['delivery', 'failure', '2fa'];
    assert.equal(upperSnake(words), 'DELIVERY_FAILURE_2FA');
    assert.equal(snake(words), 'delivery_failure_2fa');
    assert.equal(pascal(words), 'DeliveryFailure2fa');
    assert.equal(camel(words), 'deliveryFailure2fa');
  });

  it('suffixes duplicate names and keywords with the code, and counts when that still clashes', () => {
    const members = [
      { words: ['read'], first: 1 },
      { words: ['read'], first: 2 },
      { words: ['self'], first: 3 },
      { words: ['read', '2'], first: 4 },
    ];
    assert.deepEqual(uniqueNames(members, { casing: pascal, reserved: new Set(['Self']) }), ['Read1', 'Read2', 'Self3', 'Read24']);
  });

  it('compares keywords without case where the language does', () => {
    const names = uniqueNames([{ words: ['class'], first: 3 }], { casing: pascal, reserved: new Set(['class']), caseInsensitive: true });
    assert.deepEqual(names, ['Class3']);
  });

  it('keeps names unique when they differ only in case', () => {
    const names = uniqueNames(
      [
        { words: ['ok'], first: 1 },
        { words: ['OK'], first: 2 },
      ],
      { casing: (w) => w.join('_'), reserved: new Set() },
    );
    assert.equal(new Set(names.map((n) => n.toLowerCase())).size, 2);
  });
});
