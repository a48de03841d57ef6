import * as assert from 'node:assert/strict';
import { codeText } from '../../../src/core/catalog/codeFormat';
import { corpusCoverageProblems, languageIdFor, readCorpus } from '../../eval/corpus';
import { accepts, coverageProblems, hexRuns, labelledSpans, numberRuns, parseLabels, sameMeaning } from '../../eval/labels';
import { realCatalogs } from '../recognize/catalogs';

describe('Evaluation labels', () => {
  it('reads a label with several acceptable meanings, an occurrence and the obvious flag', () => {
    const file = parseLabels('# a comment\n3  23@2  clickatell-one-api-message-status:23|clickatell-one-api-errors:23  obvious\n4 * none\n', 'x.labels');
    assert.equal(file.labels.length, 1);
    const [label] = file.labels;
    assert.deepEqual(
      { line: label?.line, literal: label?.literal, occurrence: label?.occurrence, obvious: label?.obvious, expected: label?.expected },
      { line: 2, literal: '23', occurrence: 2, obvious: true, expected: ['clickatell-one-api-message-status:23', 'clickatell-one-api-errors:23'] },
    );
    assert.deepEqual([...file.restNone], [3]);
  });

  it('rejects an obvious label that expects nothing, and a malformed meaning', () => {
    assert.throws(() => parseLabels('1 0 none obvious', 'x.labels'), /cannot be obvious/);
    assert.throws(() => parseLabels('1 404 http/404', 'x.labels'), /neither "none" nor "catalogId:code"/);
    assert.throws(() => parseLabels('1 * http:200', 'x.labels'), /can only expect "none"/);
  });

  it('reads codes written as the catalog writes them: hex, dotted, a word, a name', () => {
    const file = parseLabels(
      [
        '1 0x0000000B smpp-command-status:0x0000000B obvious',
        '2 5.1.1 smtp-enhanced-status-codes:X.1.1|smtp-enhanced-status-codes:5.1.1 obvious',
        '3 delivered vonage-sms-dlr-status:delivered obvious',
        '4 ESME_RTHROTTLED smpp-command-status:0x00000058',
        '5 codes.Unavailable grpc-status:14 obvious',
      ].join('\n'),
      'x.labels',
    );
    assert.deepEqual(
      file.labels.map((label) => [label.literal, ...label.expected]),
      [
        ['0x0000000B', 'smpp-command-status:0x0000000B'],
        ['5.1.1', 'smtp-enhanced-status-codes:X.1.1', 'smtp-enhanced-status-codes:5.1.1'],
        ['delivered', 'vonage-sms-dlr-status:delivered'],
        ['ESME_RTHROTTLED', 'smpp-command-status:0x00000058'],
        ['codes.Unavailable', 'grpc-status:14'],
      ],
    );
    assert.throws(() => parseLabels('1 5.1.1 smtp-enhanced-status-codes:X..1', 'x.labels'), /neither "none" nor "catalogId:code"/);
    assert.throws(() => parseLabels('1 5.1.1 smtp-enhanced-status-codes:X.1.1.', 'x.labels'), /neither "none" nor "catalogId:code"/);
  });

  it('takes a hex code as the number it writes, and compares every other code as written', () => {
    assert.ok(sameMeaning('smpp-command-status:0x0000000B', 'smpp-command-status:0x0000000b'));
    assert.ok(sameMeaning('smpp-command-status:0x0000000B', 'smpp-command-status:0x0B'));
    assert.ok(sameMeaning('smpp-command-status:0x0000000B', 'smpp-command-status:11'));
    assert.ok(!sameMeaning('smpp-command-status:0x0000000B', 'smpp-command-status:0x0000000C'));
    assert.ok(!sameMeaning('smpp-command-status:0x0000000B', 'grpc-status:11'));
    assert.ok(!sameMeaning('smtp-enhanced-status-codes:X.1.1', 'smtp-enhanced-status-codes:5.1.1'));
    assert.ok(!sameMeaning('vonage-sms-dlr-status:delivered', 'vonage-sms-dlr-status:Delivered'));
    assert.ok(!sameMeaning('http:404', 'http:0404'));
    assert.ok(accepts(['none', 'smpp-command-status:0x00000058'], 'smpp-command-status:88'));
    assert.ok(!accepts(['smpp-command-status:0x00000058'], undefined));
  });

  it('counts free-standing hex literals apart from digit runs', () => {
    const text = 'command_status=0x0000000B seq=0x1f2e id=ab0x12 0x12ab_c 12';
    assert.deepEqual(
      hexRuns(text).map((run) => text.slice(run.start, run.end)),
      ['0x0000000B', '0x1f2e'],
    );
  });

  it('reports an unlabelled hex literal, and accepts a dotted code labelled as one token', () => {
    const lines = ['SMSC returned error code 0x00000058 after 3 tries', 'said: 550 5.1.1 <ana@example.net>'];
    const partial = parseLabels('1 3 none\n2 550 smtp-reply-codes:550 obvious\n2 5.1.1 smtp-enhanced-status-codes:X.1.1 obvious', 'f.log.labels');
    assert.deepEqual(coverageProblems(lines, partial, labelledSpans(lines, partial, 'f.log'), 'f.log'), [
      'f.log:1: "0x00000058" has no label ("SMSC returned error code 0x00000058 after 3 tries")',
    ]);
    const full = parseLabels(`1 0x00000058 smpp-command-status:0x00000058 obvious\n${'1 3 none'}\n2 550 smtp-reply-codes:550 obvious\n2 5.1.1 smtp-enhanced-status-codes:X.1.1 obvious`, 'f.log.labels');
    assert.deepEqual(coverageProblems(lines, full, labelledSpans(lines, full, 'f.log'), 'f.log'), []);
  });

  it('counts free-standing digit runs only, not digits inside names, hex literals or 2xx', () => {
    const text = 'if (res.status === 404 && Status404NotFound && mask == 0x1F && kind == "2xx") retry(3);';
    assert.deepEqual(
      numberRuns(text).map((run) => text.slice(run.start, run.end)),
      ['404', '3'],
    );
  });

  it('reports a fixture line whose number has no label, and accepts it once labelled', () => {
    const lines = ['const limit = 50;', 'if (res.status === 404) {', '}'];
    const partial = parseLabels('2 404 http:404 obvious', 'f.ts.labels');
    const problems = coverageProblems(lines, partial, labelledSpans(lines, partial, 'f.ts'), 'f.ts');
    assert.deepEqual(problems, ['f.ts:1: "50" has no label ("const limit = 50;")']);
    const full = parseLabels('1 * none\n2 404 http:404 obvious', 'f.ts.labels');
    assert.deepEqual(coverageProblems(lines, full, labelledSpans(lines, full, 'f.ts'), 'f.ts'), []);
  });

  it('fails a label whose literal is no longer on its line', () => {
    const file = parseLabels('2 404 http:404', 'f.ts.labels');
    assert.throws(() => labelledSpans(['a', 'res.status(410)'], file, 'f.ts'), /"404" is not on line 2/);
  });

  it('maps file names to the language ids VS Code gives them', () => {
    assert.deepEqual(
      ['a.ts', 'b.py', 'c.cs', 'd.kt', 'e.log', 'f.jsonl', 'g.csv', 'Makefile', 'h.rs'].map(languageIdFor),
      ['typescript', 'python', 'csharp', 'kotlin', 'log', 'jsonl', 'plaintext', 'makefile', 'rust'],
    );
  });

  describe('the corpus', () => {
    const corpus = readCorpus();

    it('labels every free-standing number of every fixture', () => {
      assert.deepEqual(corpusCoverageProblems(corpus), []);
    });

    it('names only codes that the shipped catalogs hold (or a class of one, such as http-class:4xx)', () => {
      const known = realCatalogs().flatMap((catalog) => [
        ...catalog.entries.map((entry) => `${catalog.id}:${codeText(catalog, entry)}`),
        ...(catalog.classes ?? []).map((entry) => `${catalog.id}-class:${entry.name ?? entry.code}`),
      ]);
      const unknown = corpus.flatMap((file) =>
        file.labels.labels.flatMap((label) =>
          label.expected
            .filter((meaning) => meaning !== 'none' && !accepts(known, meaning))
            .map((meaning) => `${file.path}.labels:${label.sourceLine}: ${meaning}`),
        ),
      );
      assert.deepEqual(unknown, []);
    });

    it('is as large and as varied as the evaluation needs', () => {
      const expected = corpus.reduce((sum, file) => sum + file.spans.filter((span) => span.label.expected.some((m) => m !== 'none')).length, 0);
      const languages = new Set(corpus.filter((file) => file.kind === 'code').map((file) => file.languageId));
      const logFormats = new Set(corpus.filter((file) => file.kind === 'logs').map((file) => file.group));
      const nocode = corpus.filter((file) => file.labels.nocode).length;
      assert.ok(expected >= 400, `${expected} expected codes, want at least 400`);
      assert.ok(languages.size >= 10, `${languages.size} languages, want at least 10`);
      assert.ok(logFormats.size >= 8, `${logFormats.size} log formats, want at least 8`);
      assert.ok(nocode >= 10, `${nocode} files without codes, want at least 10`);
    });
  });
});
