import * as assert from 'node:assert/strict';
import { SeedParseError, cellText, unescapeMarkdown } from './cellText';
import { parseHtmlTable } from './htmlTable';
import { parseLineList } from './lineList';
import { parsePipeTable } from './pipeTable';
import { splitRunTogether } from './runTogether';
import { parseVerticalList } from './verticalList';

describe('seed table parsers', () => {
  describe('cell text', () => {
    it('decodes character references, keeps emphasised and linked text and drops the tags', () => {
      assert.equal(cellText('A&#x20;&amp;&#8217;b <em>(note)</em> see <a href="https://x.test/">here </a>for more. '), 'A &’b (note) see here for more.');
    });

    it('turns paragraphs and list items into lines, list items starting with a dash', () => {
      assert.equal(cellText('<p></p><p>Causes:</p><ul><li>One.</li><li>Two <em>b</em>.</li></ul>'), 'Causes:\n- One.\n- Two b.');
    });

    it('fails on a character reference it does not know instead of keeping it as text', () => {
      assert.throws(() => cellText('a &bogus; b'), SeedParseError);
    });

    it('removes Markdown escapes', () => {
      assert.equal(unescapeMarkdown('ENCRYPTION\\_ACCESS\\_DENIED \\| x'), 'ENCRYPTION_ACCESS_DENIED | x');
    });
  });

  describe('HTML tables', () => {
    const head = '<table><thead><tr><th width="9">Code</th><th>Name</th></tr></thead><tbody>';

    it('reads the header and every row, counting rows with only empty cells', () => {
      const table = parseHtmlTable(`${head}<tr><td>1</td><td>ONE</td></tr><tr><td></td><td> </td></tr><tr><td>30 </td><td><em>Reserved</em></td></tr></tbody></table>`);
      assert.deepEqual(table.header, ['Code', 'Name']);
      assert.deepEqual(table.rows, [
        ['1', 'ONE'],
        ['30', 'Reserved'],
      ]);
      assert.equal(table.emptyRows, 1);
    });

    it('fails on a row with a missing cell', () => {
      assert.throws(() => parseHtmlTable(`${head}<tr><td>1</td></tr></tbody></table>`), /1 cells, the header has 2/);
    });

    it('fails on text between rows, where a row would be lost', () => {
      assert.throws(() => parseHtmlTable(`${head}<tr><td>1</td><td>A</td></tr>2 B</tbody></table>`), SeedParseError);
    });
  });

  describe('pipe tables', () => {
    it('reads escaped names and inline HTML, and counts empty rows', () => {
      const table = parsePipeTable([
        '| Code | Name | Details |',
        '| ---- | ---- | ------- |',
        '| 60   | ENCRYPTION\\_ACCESS\\_DENIED | <p>Why:</p><ul><li>x</li></ul> |',
        '|      |      |         |',
      ]);
      assert.deepEqual(table.rows, [['60', 'ENCRYPTION_ACCESS_DENIED', 'Why:\n- x']]);
      assert.equal(table.emptyRows, 1);
    });

    it('fails on a row with too many cells', () => {
      assert.throws(() => parsePipeTable(['| A | B |', '| - | - |', '| 1 | 2 | 3 |']), SeedParseError);
    });

    it('fails without a separator line', () => {
      assert.throws(() => parsePipeTable(['| A | B |', '| 1 | 2 |']), /separator/);
    });
  });

  describe('one-cell-per-line lists', () => {
    const shape = {
      columns: 3,
      startsRow: (line: string) => /^\d+$/.test(line),
      checkRow: ([, name = '']: readonly string[]) => (/^[A-Z_]+$/.test(name) ? undefined : 'no name'),
      isHeading: (line: string) => !/^[A-Z_]+$/.test(line),
    };

    it('reads rows of three lines with the heading above them, ignoring blank lines', () => {
      const rows = parseVerticalList(['1', '', 'ONE', '', 'First', '', 'Later ones', '2', 'TWO', 'Second'], shape);
      assert.deepEqual(rows, [
        { cells: ['1', 'ONE', 'First'], heading: '' },
        { cells: ['2', 'TWO', 'Second'], heading: 'Later ones' },
      ]);
    });

    it('fails on a name whose code line is missing', () => {
      assert.throws(() => parseVerticalList(['1', 'ONE', 'First', 'TWO', 'Second'], shape), /neither a row nor a heading/);
    });

    it('fails on a row cut short', () => {
      assert.throws(() => parseVerticalList(['1', 'ONE'], shape), /ends inside the row/);
    });
  });

  describe('one-row-per-line lists', () => {
    const patterns = [/^(\d+) ([A-Z_]+) (.+)$/, /^()([A-Z]+_[A-Z_]+) (.+)$/];
    const isHeading = (line: string) => !/^\d/.test(line) && !/^[A-Z]+_/.test(line);

    it('reads rows with and without a code, and headings between them', () => {
      const rows = parseLineList(['1 ONE First one', 'SMS Related', 'NO_CODE Has no code'], patterns, isHeading);
      assert.deepEqual(rows, [
        { cells: ['1', 'ONE', 'First one'], heading: '' },
        { cells: ['', 'NO_CODE', 'Has no code'], heading: 'SMS Related' },
      ]);
    });

    it('fails on a line that starts with a code but is no row', () => {
      assert.throws(() => parseLineList(['12'], patterns, isHeading), SeedParseError);
    });
  });

  describe('run-together cells', () => {
    it('splits the code from text that follows it directly', () => {
      assert.deepEqual(splitRunTogether('0Success'), { code: 0, text: 'Success' });
      assert.deepEqual(splitRunTogether('131001Message length exceeds 4096 characters'), { code: 131001, text: 'Message length exceeds 4096 characters' });
    });

    it('fails when the text itself starts with a digit, because the split would be a guess', () => {
      assert.throws(() => splitRunTogether('51001 retries allowed'), /ambiguous/);
      assert.throws(() => splitRunTogether('Success'), SeedParseError);
    });
  });
});
