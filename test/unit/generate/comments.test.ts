import * as assert from 'node:assert/strict';
import { commentText } from '../../../src/core/generate/comments';

describe('comment text from catalog text', () => {
  it('keeps ordinary text as it is', () => {
    assert.equal(commentText('Message has expired.'), 'Message has expired.');
  });

  it('folds every kind of line break into spaces so the comment cannot end early', () => {
    assert.equal(commentText('one\ntwo\r\nthree\u2028four\u2029five\u0085six'), 'one two three four five six');
  });

  it('breaks up block comment ends and starts, and PHP close tags', () => {
    const text = commentText('a */ b /* c ?> d');
    assert.ok(!text.includes('*/') && !text.includes('/*') && !text.includes('?>'), text);
  });

  it('removes backslashes, which Java decodes as \\u escapes even inside comments', () => {
    assert.ok(!commentText('bad \\u000a code').includes('\\'));
  });

  it('removes bidirectional control characters', () => {
    assert.equal(commentText('safe\u202e txt.exe\u2066'), 'safe txt.exe');
  });

  it('cuts long text at a word boundary with an ASCII ellipsis', () => {
    const text = commentText('word '.repeat(100), 40);
    assert.ok(text.length <= 40, text);
    assert.match(text, /word\.\.\.$/);
  });
});
