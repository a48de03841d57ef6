import * as assert from 'node:assert/strict';
import { CodeWriter, escapeSnippet, tabStop } from '../../../src/core/generate/template';

describe('code writer', () => {
  const writer = new CodeWriter().line(0, 'case 1:').line(1, tabStop()).line(1, 'x = "${a} \\ }";').line(0, 'case 2:').line(1, tabStop('pass'));

  it('numbers tab stops in order and escapes text in the snippet form', () => {
    assert.equal(writer.render('snippet', '\t'), 'case 1:\n\t${1}\n\tx = "\\${a\\} \\\\ \\}";\ncase 2:\n\t${2:pass}\n');
  });

  it('drops lines holding only an empty tab stop and keeps placeholders in the plain form', () => {
    assert.equal(writer.render('plain', '  '), 'case 1:\n  x = "${a} \\ }";\ncase 2:\n  pass\n');
  });

  it('escapes the three characters a snippet parser acts on', () => {
    assert.equal(escapeSnippet('$1 ${x} \\'), '\\$1 \\${x\\} \\\\');
  });
});
