import * as assert from 'node:assert/strict';
import { caseLineMap, findSwitchBlocks, findSwitchForCaseLine } from '../../../src/core/switch/switchBlocks';
import { subjectKey } from '../../../src/core/switch/switchLabels';
import type { SwitchBlock } from '../../../src/core/switch/types';

function only(text: string, languageId: string): SwitchBlock {
  const blocks = findSwitchBlocks(text, { languageId });
  assert.equal(blocks.length, 1, `blocks: ${blocks.map((b) => b.subject).join(', ')}`);
  return blocks[0] as SwitchBlock;
}

function lineOf(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length - 1;
}

describe('switch blocks', () => {
  it('reads a TypeScript switch: subject, key, labels, default, positions', () => {
    const text = [
      'function on(event: Event) {',
      '  switch (event.status) {',
      '    case 1:',
      '    case 23: {',
      '      retry();',
      '      break;',
      '    }',
      "    case 'DELIVERY_FAILURE':",
      '    case MessageStatus.EXPIRED: return;',
      '    default:',
      "      throw new Error('x');",
      '  }',
      '}',
    ].join('\n');
    const block = only(text, 'typescript');
    assert.equal(block.keyword, 'switch');
    assert.equal(block.syntax, 'case-colon');
    assert.equal(block.subject, 'event.status');
    assert.equal(block.key, 'status');
    assert.equal(block.parentKey, 'event');
    assert.deepEqual(block.handledCodes, [1, 23]);
    assert.deepEqual(block.handledNames, ['DELIVERY_FAILURE', 'EXPIRED']);
    assert.equal(block.headerLine, 1);
    assert.equal(block.bodyLine, 2);
    assert.equal(block.endLine, 11);
    assert.equal(text.charAt(block.endOffset), '}');
    assert.equal(block.closed, true);
    assert.equal(block.headerIndent, '  ');
    assert.equal(block.caseIndent, '    ');
    assert.equal(block.indentUnit, '  ');
    assert.equal(block.defaultCase?.line, 9);
    assert.equal(block.insertLine, 9, 'new cases go before default');
    assert.equal(block.insertAtLineStart, true);
    assert.deepEqual(
      block.cases.map((c) => c.line),
      [2, 3, 7, 8, 9],
    );
  });

  it('inserts before the closing brace when there is no default', () => {
    const text = 'switch (status) {\n  case 1:\n    break;\n}\n';
    const block = only(text, 'javascript');
    assert.equal(block.insertLine, 3);
    assert.equal(text.slice(block.insertOffset), '}\n');
  });

  it('guesses the case indentation of an empty block from the language', () => {
    const text = '\tswitch (statusCode) {\n\t}';
    const block = only(text, 'java');
    assert.deepEqual(block.cases, []);
    assert.equal(block.caseIndent, '\t\t');
    const go = only('\tswitch statusCode {\n\t}', 'go');
    assert.equal(go.caseIndent, '\t', 'gofmt puts case at the switch indentation');
  });

  it('skips braces in strings and comments', () => {
    const text = ['switch (s) {', "  case 1: log('}'); // }", '  /* } */', '  case 2:', '}', 'after();'].join('\n');
    const block = only(text, 'typescript');
    assert.deepEqual(block.handledCodes, [1, 2]);
    assert.equal(block.endLine, 4);
  });

  it('reads several labels on one line and C# `or` patterns', () => {
    const block = only('switch (code) {\n  case 1: case 2:\n  case 3 or 4:\n    break;\n}', 'csharp');
    assert.deepEqual(block.handledCodes, [1, 2, 3, 4]);
  });

  it('puts the brace on the next line (Allman style)', () => {
    const block = only('switch (dr.Status)\n{\n    case 7500:\n        break;\n}', 'csharp');
    assert.equal(block.key, 'Status');
    assert.deepEqual(block.handledCodes, [7500]);
  });

  it('reads Java switch rules', () => {
    const block = only('switch (statusCode) {\n  case 23 -> retry();\n  case 4, 5 -> ok();\n  default -> {}\n}', 'java');
    assert.equal(block.syntax, 'case-arrow');
    assert.deepEqual(block.handledCodes, [23, 4, 5]);
    assert.ok(block.defaultCase);
  });

  it('reads a Go switch with an init statement', () => {
    const block = only('switch s := msg.Status; s {\ncase 23, 25:\n\tretry()\ncase 4:\n}', 'go');
    assert.equal(block.subject, 's');
    assert.deepEqual(block.handledCodes, [23, 25, 4]);
    assert.equal(block.caseIndent, '');
  });

  it('reads a Python match by indentation', () => {
    const text = [
      'def on(payload):',
      '    match payload["status"]:',
      '        case 1 | 2:',
      '            pass',
      '        case 23 if retryable:',
      '            retry()',
      '        case Status.EXPIRED:',
      '            pass',
      '        case _:',
      '            pass',
      '    return None',
    ].join('\n');
    const block = only(text, 'python');
    assert.equal(block.syntax, 'python');
    assert.equal(block.key, 'status');
    assert.equal(block.parentKey, 'payload');
    assert.deepEqual(block.handledCodes, [1, 2, 23]);
    assert.deepEqual(block.handledNames, ['EXPIRED']);
    assert.equal(block.defaultCase?.line, 8);
    assert.equal(block.insertLine, 8);
    assert.equal(block.endLine, 9);
    assert.equal(block.caseIndent, '        ');
    assert.equal(block.closed, true);
  });

  it('inserts after the last line of a Python match without default', () => {
    const text = 'match status:\n    case 1:\n        pass\nprint(1)\n';
    const block = only(text, 'python');
    assert.equal(block.insertLine, 3);
    assert.equal(block.insertAtLineStart, true);
    const atEnd = only('match status:\n    case 1:\n        pass', 'python');
    assert.equal(atEnd.insertAtLineStart, false);
    assert.equal(atEnd.closed, false);
  });

  it('does not take Python’s re.match or a variable for a block', () => {
    assert.deepEqual(findSwitchBlocks('m = re.match(r"x", s)\nmatch = 3\n', { languageId: 'python' }), []);
  });

  it('reads a Rust match with arms', () => {
    const block = only('let s = match status_code {\n    23 | 25 => retry(),\n    4 => {\n        ok()\n    }\n    _ => {}\n};', 'rust');
    assert.equal(block.syntax, 'fat-arrow');
    assert.equal(block.key, 'status_code');
    assert.deepEqual(block.handledCodes, [23, 25, 4]);
    assert.ok(block.defaultCase);
  });

  it('reads range labels with each language’s idea of whether the end is in', () => {
    const cases: [string, string, number[][]][] = [
      ['kotlin', 'when (status) {\n    in 1..3, in 40..<45 -> retry()\n    23 -> ok()\n    else -> {}\n}', [[1, 3], [40, 44]]],
      ['rust', 'match status {\n    1..3 => a(),\n    5..=7 | 23 => b(),\n    _ => {}\n}', [[1, 2], [5, 7]]],
      ['swift', 'switch status {\ncase 1..<3:\n    a()\ncase 5...7, 23:\n    b()\ndefault:\n    break\n}', [[1, 2], [5, 7]]],
      ['ruby', 'case status\nwhen 1...3 then a\nwhen 5..7, 23 then b\nend', [[1, 2], [5, 7]]],
    ];
    for (const [languageId, text, ranges] of cases) {
      const block = only(text, languageId);
      assert.deepEqual(block.handledRanges, ranges, languageId);
      assert.deepEqual(block.handledCodes, [23], languageId);
    }
    assert.deepEqual(only('when (status) {\n    in 9..3 -> never()\n}', 'kotlin').handledRanges, [], 'a range that ends before it starts holds nothing');
  });

  it('reads negative codes in match arms and when branches, so a second fix does not write them again', () => {
    assert.deepEqual(only('match status {\n    -1 => a(),\n    0 | -2 => b(),\n    -10..=-5 => c(),\n    _ => {}\n}', 'rust').handledCodes, [-1, 0, -2]);
    assert.deepEqual(only('match status {\n    -10..=-5 => c(),\n    _ => {}\n}', 'rust').handledRanges, [[-10, -5]]);
    assert.deepEqual(only('when (status) {\n    -1 -> a()\n    0, -2 -> b()\n    else -> {}\n}', 'kotlin').handledCodes, [-1, 0, -2]);
    assert.deepEqual(only('match status {\n    x - 1 => a(),\n    _ => {}\n}', 'rust').handledCodes, [], 'a minus between operands is no sign');
  });

  it('reads a Kotlin when', () => {
    const block = only('when (msg.statusCode) {\n    23, 25 -> retry()\n    4 -> ok()\n    else -> {}\n}', 'kotlin');
    assert.equal(block.syntax, 'thin-arrow');
    assert.equal(block.key, 'statusCode');
    assert.deepEqual(block.handledCodes, [23, 25, 4]);
    assert.ok(block.defaultCase);
  });

  it('ignores a Kotlin when without subject', () => {
    assert.deepEqual(findSwitchBlocks('when {\n    x > 1 -> a()\n}', { languageId: 'kotlin' }), []);
  });

  it('reads a PHP match and a PHP switch', () => {
    const match = only("$label = match ($status) {\n    23, 25 => 'failed',\n    default => 'other',\n};", 'php');
    assert.equal(match.syntax, 'fat-arrow');
    assert.equal(match.key, 'status');
    assert.deepEqual(match.handledCodes, [23, 25]);
    const sw = only("switch ($data['status']) {\n    case 23:\n        break;\n}", 'php');
    assert.equal(sw.key, 'status');
    assert.equal(sw.parentKey, 'data');
  });

  it('reads a Ruby case/when', () => {
    const text = 'case params[:status]\nwhen 23, 25\n  retry\nwhen 4 then ok\nelse\n  nil\nend\n';
    const block = only(text, 'ruby');
    assert.equal(block.syntax, 'ruby');
    assert.equal(block.key, 'status');
    assert.deepEqual(block.handledCodes, [23, 25, 4]);
    assert.equal(block.defaultCase?.line, 4);
    assert.equal(block.endLine, 6);
    assert.equal(block.closed, true);
  });

  it('reads a Scala match', () => {
    const block = only('status match {\n  case 23 => retry()\n  case _ => ()\n}', 'scala');
    assert.equal(block.syntax, 'case-fat-arrow');
    assert.equal(block.subject, 'status');
    assert.deepEqual(block.handledCodes, [23]);
  });

  it('reads a C# switch expression: the subject before the keyword, arms joined by `or`, relational ranges, the brace on the next line', () => {
    const text = [
      'public static bool ShouldRetry(HttpResponseMessage response) =>',
      '    (int)response.StatusCode switch',
      '    {',
      '        408 or 429 => true,',
      '        >= 500 and < 600 => true,',
      '        _ => false,',
      '    };',
      '',
    ].join('\n');
    const block = only(text, 'csharp');
    assert.equal(block.keyword, 'switch');
    assert.equal(block.syntax, 'fat-arrow');
    assert.equal(block.subject, '(int)response.StatusCode');
    assert.equal(block.key, 'StatusCode');
    assert.deepEqual(block.handledCodes, [408, 429]);
    assert.deepEqual(block.handledRanges, [[500, 599]]);
    assert.equal(block.defaultCase?.line, 5);
    assert.equal(block.insertLine, 5, 'new arms go before the discard arm');
    assert.equal(block.caseIndent, '        ');
  });

  it('reads the subject of a C# switch expression after `=>`, `return` and `=`, and a relational range in a case label', () => {
    assert.equal(only('string Title(int statusCode) => statusCode switch\n{\n    404 => "missing",\n};', 'csharp').subject, 'statusCode');
    assert.equal(only('return e.Status switch\n{\n    1 => "a",\n};', 'csharp').subject, 'e.Status');
    assert.equal(only('var label = GetCode(id) switch { 1 => "a" };', 'csharp').subject, 'GetCode(id)');
    assert.deepEqual(only('switch (code)\n{\n    case > 499 and <= 599:\n        break;\n}', 'csharp').handledRanges, [[500, 599]]);
  });

  it('reads `x switch {` only in C#: a Go switch without a subject is no block', () => {
    assert.deepEqual(findSwitchBlocks('func f() {\n\tx := 1; switch {\n\tcase x > 1:\n\t}\n}\n', { languageId: 'go' }), []);
  });

  it('reports an unfinished block as not closed', () => {
    const text = 'switch (status) {\n  case 23:\n  ';
    const block = only(text, 'typescript');
    assert.equal(block.closed, false);
    assert.equal(block.endOffset, text.length);
    assert.deepEqual(block.handledCodes, [23]);
  });

  it('gives nested blocks their own labels', () => {
    const text = ['switch (status) {', '  case 23:', '    switch (reasonCode) {', '      case 8:', '    }', '    break;', '}'].join('\n');
    const blocks = findSwitchBlocks(text, { languageId: 'typescript' });
    assert.equal(blocks.length, 2);
    assert.deepEqual(blocks[0]?.handledCodes, [23]);
    assert.deepEqual(blocks[1]?.handledCodes, [8]);
    const byLine = caseLineMap(blocks);
    assert.equal(byLine.get(1)?.key, 'status');
    assert.equal(byLine.get(3)?.key, 'reasonCode');
  });

  it('ignores switch words in comments and member names', () => {
    assert.deepEqual(findSwitchBlocks('// switch (status) {\nobj.switch(x) {\n', { languageId: 'typescript' }), []);
  });

  it('finds the block of a label by reading lines upwards', () => {
    const lines = ['const x = 1;', 'switch (msg.status) {', '  case 1:', '    break;', '  case 23:', '}'];
    const block = findSwitchForCaseLine((n) => lines[n], 4, 'typescript');
    assert.equal(block?.key, 'status');
    assert.equal(block?.headerLine, 1);
    assert.deepEqual(
      block?.cases.map((c) => c.line),
      [2, 4],
    );
    assert.equal(findSwitchForCaseLine((n) => lines[n], 3, 'typescript'), undefined, 'a body line is no label');
  });

  it('keeps offsets and lines consistent', () => {
    const text = 'x();\nswitch (status) {\n  case 23:\n}\n';
    const block = only(text, 'typescript');
    assert.equal(lineOf(text, block.headerOffset), block.headerLine);
    assert.equal(lineOf(text, block.endOffset), block.endLine);
    assert.equal(lineOf(text, block.insertOffset), block.insertLine);
    for (const label of block.cases) {
      assert.equal(lineOf(text, label.offset), label.line);
    }
  });

  it('reads the key of subject expressions', () => {
    assert.deepEqual(subjectKey('message.status'), { key: 'status', parentKey: 'message' });
    assert.deepEqual(subjectKey('int(data["status"])'), { key: 'status', parentKey: 'data' });
    assert.deepEqual(subjectKey('event.error?.code'), { key: 'code', parentKey: 'error' });
    assert.deepEqual(subjectKey('status as number'), { key: 'status' });
    assert.deepEqual(subjectKey('$this->status'), { key: 'status' });
    assert.deepEqual(subjectKey('self.status_code'), { key: 'status_code' });
    assert.deepEqual(subjectKey('Number(statusCode)'), { key: 'statusCode' });
    assert.deepEqual(subjectKey('42'), {});
  });
});
