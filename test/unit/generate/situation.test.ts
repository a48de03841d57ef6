import * as assert from 'node:assert/strict';
import type { Catalog } from '../../../src/core/catalog/types';
import { caseOptionsFor, handledCodes, indentForBlock } from '../../../src/core/generate/blockInsertion';
import { branchesLeave } from '../../../src/core/switch/branchExits';
import { situationAt } from '../../../src/core/generate/situation';

/** The situation at the `|` in `source`. */
function at(source: string, languageId: string) {
  const offset = source.indexOf('|');
  assert.ok(offset >= 0, 'the source marks the cursor with |');
  return situationAt(unmarked(source), offset, languageId);
}

function unmarked(source: string): string {
  return source.replace('|', '');
}

describe('completion situations', () => {
  it('finds an empty TypeScript switch body', () => {
    const s = at('function f(statusCode: number) {\n  switch (statusCode) {\n    |\n  }\n}\n', 'typescript');
    assert.equal(s?.kind, 'branches');
    assert.equal(s?.kind === 'branches' ? s.block.subject : '', 'statusCode');
  });

  it('finds a blank line before the next label of a partial switch', () => {
    const s = at('switch (msg.status) {\n  case 1:\n    break;\n  |\n  case 2:\n    break;\n}\n', 'javascript');
    assert.equal(s?.kind, 'branches');
  });

  it('offers nothing in the middle of a case body, where new labels would take over its remaining statements', () => {
    assert.equal(at('switch (status) {\n  case 1:\n    a();\n    |\n    b();\n    break;\n}\n', 'typescript'), undefined);
  });

  it('offers nothing inside a nested block of a case', () => {
    assert.equal(at('switch (status) {\n  case 1: {\n    |\n  }\n}\n', 'typescript'), undefined);
  });

  it('finds the spot after `case `', () => {
    assert.equal(at('switch (status) {\n  case |\n}\n', 'typescript')?.kind, 'caseLabel');
    assert.equal(at('match status:\n    case 2|\n', 'python')?.kind, 'caseLabel');
  });

  it('finds a Python match body, empty or between cases', () => {
    assert.equal(at('def f(status):\n    match status:\n        |\n', 'python')?.kind, 'branches');
    assert.equal(at('match status:\n    case 1:\n        pass\n    |\n    case _:\n        pass\n', 'python')?.kind, 'branches');
  });

  it('finds Rust match and Kotlin when bodies', () => {
    assert.equal(at('match status_code {\n    |\n}\n', 'rust')?.kind, 'branches');
    assert.equal(at('when (statusCode) {\n    1 -> {}\n    |\n}\n', 'kotlin')?.kind, 'branches');
  });

  it('finds comparisons and reads their key', () => {
    const s = at('if (event.statusCode === |) {}', 'typescript');
    assert.deepEqual(s, { kind: 'comparison', subject: 'event.statusCode', key: 'statusCode', parentKey: 'event' });
    assert.equal(at('if $status == |', 'php')?.kind, 'comparison');
  });

  it('offers nothing outside any switch', () => {
    assert.equal(at('const x = 1;\n|\n', 'typescript'), undefined);
  });
});

describe('block details for generation', () => {
  const catalog: Catalog = {
    id: 'c',
    title: 'C',
    provider: 'P',
    kind: 'status',
    source: { url: 'https://example.com' },
    context: ['status'],
    entries: [
      { code: 1, name: 'QUEUED', description: 'q' },
      { code: 2, name: 'SENT', description: 's' },
    ],
  };

  it('counts labels by code and by name as handled', () => {
    const s = at('switch (status) {\n  case 7:\n  case Status.SENT:\n    break;\n  |\n}\n', 'typescript');
    assert.equal(s?.kind, 'branches');
    if (s?.kind === 'branches') {
      assert.deepEqual([...handledCodes(s.block, catalog)].sort(), [2, 7]);
    }
  });

  it('leaves out the codes a range label already handles', () => {
    const s = at('match status {\n    1..=1 => queued(),\n    |\n}\n', 'rust');
    assert.equal(s?.kind, 'branches');
    if (s?.kind === 'branches') {
      assert.deepEqual([...handledCodes(s.block, catalog)].sort(), [1]);
    }
  });

  it('keeps Java colon labels when the switch has them and uses arrows in an empty one', () => {
    const colonText = 'switch (status) {\n    case 1:\n        break;\n    |\n}\n';
    const emptyText = 'switch (status) {\n    |\n}\n';
    const colon = at(colonText, 'java');
    const empty = at(emptyText, 'java');
    assert.ok(colon?.kind === 'branches' && empty?.kind === 'branches');
    assert.equal(caseOptionsFor(colon.block, branchesLeave(unmarked(colonText), colon.block), new Set()).colonLabels, true);
    assert.equal(caseOptionsFor(empty.block, branchesLeave(unmarked(emptyText), empty.block), new Set()).colonLabels, false);
  });

  it('adds a fallback only when the block has none, and indents lines like the existing labels', () => {
    const text = '  switch (status) {\n    case 1:\n      break;\n    default:\n      break;\n    |\n  }\n';
    const s = at(text, 'typescript');
    assert.ok(s?.kind === 'branches');
    assert.equal(caseOptionsFor(s.block, branchesLeave(unmarked(text), s.block), new Set()).includeDefault, false);
    assert.equal(indentForBlock('case 2:\n  break;\n', s.block), '    case 2:\n      break;');
  });

  it('finds an empty C# switch expression and writes throwing arms and a discard arm for it', () => {
    const text = 'static string Title(int statusCode) => statusCode switch\n{\n    |\n};\n';
    const s = at(text, 'csharp');
    assert.ok(s?.kind === 'branches');
    const leave = branchesLeave(unmarked(text), s.block);
    assert.equal(leave, true, 'a switch expression is a value');
    const options = caseOptionsFor(s.block, leave, new Set());
    assert.equal(options.expressionArms, true);
    assert.equal(options.leave, true);
  });
});
