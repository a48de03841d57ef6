import * as assert from 'node:assert/strict';
import { ignoreNextLineComment, lineCommentFor } from '../../../src/core/annotate/commentSyntax';

describe('comment syntax for the ignore marker', () => {
  it('writes the comment each language reads', () => {
    assert.deepEqual(
      ['typescript', 'go', 'rust', 'kotlin', 'php', 'csharp', 'python', 'ruby', 'yaml', 'shellscript', 'sql'].map(lineCommentFor),
      ['//', '//', '//', '//', '//', '//', '#', '#', '#', '#', '--'],
    );
  });

  it('offers no comment where the language has none', () => {
    for (const languageId of ['json', 'log', 'plaintext', 'markdown']) {
      assert.equal(ignoreNextLineComment(languageId, 'x', 'status-code-lens-ignore'), undefined, languageId);
    }
  });

  it('indents the comment like the line it silences and uses the next-line form of the marker', () => {
    assert.equal(ignoreNextLineComment('python', '\t    if status == 23:', 'scl-off'), '\t    # scl-off-next-line\n');
    assert.equal(ignoreNextLineComment('typescript', '  if (code === 23) {', 'status-code-lens-ignore'), '  // status-code-lens-ignore-next-line\n');
  });
});
