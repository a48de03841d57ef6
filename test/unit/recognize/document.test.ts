import * as assert from 'node:assert/strict';
import { CatalogIndex } from '../../../src/core/catalog/catalogIndex';
import type { LineRecognitions } from '../../../src/core/recognize/types';
import { fakeCatalog, recognizerFor } from './catalogs';

const catalog = fakeCatalog('acme-status', 'status', [{ code: 23, name: 'DELIVERY_FAILURE' }, { code: 4 }, { code: 25 }], {
  context: ['status', 'statusCode'],
});
const index = new CatalogIndex([catalog]);
const recognizer = recognizerFor(index);

function scan(text: string, options: Parameters<typeof recognizer.recognizeDocument>[2] = {}, languageId = 'log'): LineRecognitions[] {
  const doc = recognizer.buildDocumentContext(text, languageId);
  return [...recognizer.recognizeDocument(text, doc, options)];
}

function lines_(found: Iterable<LineRecognitions>): number[] {
  return [...found].map((l) => l.line);
}

function lines(found: readonly LineRecognitions[]): number[] {
  return found.map((l) => l.line);
}

const log = ['status=23', 'nothing here 23', 'status=4', 'pid=4', 'status=25', '{"statusCode":23}'].join('\n');

describe('whole-document recognition', () => {
  it('yields the lines with codes, top to bottom, with positions on their lines', () => {
    const found = scan(log);
    assert.deepEqual(lines(found), [0, 2, 4, 5]);
    const last = found[3]?.recognitions[0];
    assert.equal(last?.start, '{"statusCode":'.length);
    assert.equal(last?.end, '{"statusCode":23'.length);
  });

  it('finds what the per-line API finds, line by line', () => {
    const doc = recognizer.buildDocumentContext(log, 'log');
    const perLine = log
      .split('\n')
      .map((text, line) => recognizer.recognizeLine(text, line, doc))
      .filter((r) => r.length > 0);
    assert.deepEqual(
      scan(log).map((l) => l.recognitions),
      perLine,
    );
  });

  it('handles CRLF line ends', () => {
    const found = scan('status=23\r\nstatus=4\r\n');
    assert.deepEqual(lines(found), [0, 1]);
    assert.equal(found[0]?.recognitions[0]?.end, 'status=23'.length);
  });

  it('scans only the requested line ranges', () => {
    assert.deepEqual(lines(scan(log, { ranges: [{ start: 2, end: 4 }] })), [2, 4]);
    assert.deepEqual(lines(scan(log, { ranges: [{ start: 5, end: 5 }, { start: 0, end: 0 }] })), [0, 5]);
    assert.deepEqual(lines(scan(log, { ranges: [{ start: 40, end: 50 }] })), []);
  });

  it('stops when the consumer stops, for a cap', () => {
    const doc = recognizer.buildDocumentContext(log, 'log');
    const taken: number[] = [];
    for (const { line } of recognizer.recognizeDocument(log, doc)) {
      taken.push(line);
      if (taken.length === 2) {
        break;
      }
    }
    assert.deepEqual(taken, [0, 2]);
  });

  it('stops when cancelled', () => {
    const big = Array.from({ length: 5000 }, () => 'status=23').join('\n');
    let polls = 0;
    const found = scan(big, {
      isCancelled: () => {
        polls++;
        return polls >= 2;
      },
    });
    assert.ok(found.length > 0 && found.length < 5000, `scanned ${found.length} lines`);
  });

  it('cuts long lines at maxLineLength', () => {
    const short = recognizerFor(index, { maxLineLength: 100 });
    const line = `${'x'.repeat(95)} status=23 status=4`;
    const doc = short.buildDocumentContext(line, 'log');
    assert.deepEqual([...short.recognizeDocument(line, doc)], []);
    assert.equal(recognizer.recognizeLine(line, 0, recognizer.buildDocumentContext(line, 'log')).length, 2);
  });

  it('silences a line with the ignore comment, and the next one with -next-line', () => {
    const text = [
      'status = 23 // status-code-lens-ignore',
      'status = 4',
      '// status-code-lens-ignore-next-line',
      'status = 25',
      'status = 23',
    ].join('\n');
    assert.deepEqual(lines(scan(text, {}, 'typescript')), [1, 4]);
    const doc = recognizer.buildDocumentContext(text, 'typescript');
    const all = text.split('\n');
    const lineAt = (n: number) => all[n];
    assert.deepEqual(recognizer.recognizeLine(all[3]!, 3, doc, { lineAt }), []);
    assert.deepEqual(recognizer.recognizeLine(all[0]!, 0, doc, { lineAt }), []);
    assert.equal(recognizer.recognizeLine(all[4]!, 4, doc, { lineAt }).length, 1);
  });

  it('honours a -next-line comment just above a requested range', () => {
    const text = ['// status-code-lens-ignore-next-line', 'status = 25', 'status = 4'].join('\n');
    assert.deepEqual(lines(scan(text, { ranges: [{ start: 1, end: 2 }] }, 'typescript')), [2]);
  });

  it('uses a custom ignore marker', () => {
    const custom = recognizerFor(index, { ignoreComment: 'nolens' });
    const text = 'status = 23 # nolens\nstatus = 4';
    const doc = custom.buildDocumentContext(text, 'python');
    assert.deepEqual(
      [...custom.recognizeDocument(text, doc)].map((l) => l.line),
      [1],
    );
  });

  it('gives case labels the key of their switch in source documents', () => {
    const text = ['switch (msg.status) {', '  case 23:', '  case 4: return;', '}', 'switch (mode) {', '  case 25:', '}'].join('\n');
    assert.deepEqual(lines(scan(text, {}, 'typescript')), [1, 2]);
  });

  it('finds the recognition under a position, including just after it', () => {
    const line = 'if (status === 23 || status === 4) {';
    const doc = recognizer.buildDocumentContext(line, 'typescript');
    assert.equal(recognizer.recognizeAt(line, 0, line.indexOf('23'), doc)?.code, 23);
    assert.equal(recognizer.recognizeAt(line, 0, line.indexOf('23') + 2, doc)?.code, 23);
    assert.equal(recognizer.recognizeAt(line, 0, line.indexOf('4'), doc)?.code, 4);
    assert.equal(recognizer.recognizeAt(line, 0, 2, doc), undefined);
  });

  it('finds a case label’s switch through lineAt when hovering', () => {
    const all = ['switch (msg.status) {', '  case 23:', '    break;', '  case 4:', '}'];
    const doc = recognizer.buildDocumentContext(all.join('\n'), 'typescript');
    const lineAt = (n: number) => all[n];
    assert.equal(recognizer.recognizeAt(all[3]!, 3, 7, doc, { lineAt })?.key, 'status');
    assert.equal(recognizer.recognizeAt(all[3]!, 3, 7, doc), undefined, 'without lineAt the switch is unknown');
  });

  it('hands over the same lines in batches, each batch resuming where the last one stopped', () => {
    const text = [log, '// status-code-lens-ignore-next-line', 'status=23', 'status=25', log].join('\n');
    const doc = recognizer.buildDocumentContext(text, 'log');
    for (const options of [{}, { ranges: [{ start: 1, end: 3 }, { start: 8, end: 14 }] }]) {
      const whole = [...recognizer.recognizeDocument(text, doc, options)].flatMap((l) => l.recognitions);
      for (const size of [1, 2, 3, 100]) {
        const scan = recognizer.scanDocument(text, doc, options);
        const batched: (typeof whole)[number][] = [];
        for (let batch = scan.next(size); batch.length > 0; batch = scan.next(size)) {
          const lines = new Set(batch.map((r) => r.line)).size;
          assert.ok(lines <= size, `a batch of ${lines} lines when at most ${size} were asked for`);
          batched.push(...batch);
        }
        assert.deepEqual(batched, whole, `batches of ${size}`);
      }
    }
  });

  it('stops a batched scan when cancelled between batches', () => {
    const text = Array.from({ length: 2000 }, () => 'status=23').join('\n');
    const doc = recognizer.buildDocumentContext(text, 'log');
    let cancelled = false;
    const scan = recognizer.scanDocument(text, doc, { isCancelled: () => cancelled });
    assert.equal(new Set(scan.next(10).map((r) => r.line)).size, 10);
    cancelled = true;
    assert.deepEqual(scan.next(10000), []);
  });

  it('never pairs a quote on an earlier line with one on the line being read', () => {
    assert.deepEqual(lines(scan(['{"statusCode', '":23}', "x = 'status", "']=23"].join('\n'))), []);
  });

  it('silences the same lines as the per-line API in a long document with markers far apart', () => {
    // More than a megabyte, so the markers fall into many separate searches, some across their edges.
    const lines = Array.from({ length: 60_000 }, (_, i) => {
      if (i % 7919 === 0) return 'status=23 // status-code-lens-ignore';
      if (i % 10007 === 5) return '// status-code-lens-ignore-next-line';
      if (i % 12503 === 9) return `${'x'.repeat(i % 300)} status-code-lens-ignore-next-line status=4`;
      return i % 3 === 0 ? 'status=23' : `note ${i}`;
    });
    const text = lines.join('\n');
    const doc = recognizer.buildDocumentContext(text, 'log');
    const lineAt = (line: number) => lines[line];
    const expected = lines.flatMap((line, i) => (recognizer.recognizeLine(line, i, doc, { lineAt }).length > 0 ? [i] : []));
    assert.ok(expected.length > 19_000 && expected.length < 20_000, `${expected.length} lines with codes`);
    assert.deepEqual(lines_(recognizer.recognizeDocument(text, doc)), expected);
    assert.deepEqual(lines_(recognizer.recognizeDocument(text, doc, { ranges: [{ start: 10_000, end: 30_000 }] })), expected.filter((l) => l >= 10_000 && l <= 30_000));
  });

  it('finds a key’s enclosing YAML mapping by indentation, as the per-line API does with lineAt', () => {
    const objects = fakeCatalog('acme-errors', 'error', [{ code: 23 }], { context: ['error.code'] });
    const both = recognizerFor(new CatalogIndex([catalog, objects]));
    const lines = ['receipt:', '  error:', '    # what went wrong', '    description: bad', '    code: 23', '  status: 4'];
    const text = lines.join('\n');
    const doc = both.buildDocumentContext(text, 'yaml');
    const whole = [...both.recognizeDocument(text, doc)].flatMap((l) => l.recognitions);
    assert.deepEqual(
      whole.map((r) => [r.line, r.key, r.parentKey]),
      [
        [4, 'code', 'error'],
        [5, 'status', undefined],
      ],
    );
    assert.deepEqual(both.recognizeLine(lines[4] as string, 4, doc, { lineAt: (n) => lines[n] }), whole.slice(0, 1));
  });

  it('finds a key’s enclosing object on earlier lines of JSON, as the per-line API does with lineAt, but not in a log', () => {
    const objects = fakeCatalog('acme-errors', 'error', [{ code: 23 }], { context: ['error.code'] });
    const both = recognizerFor(new CatalogIndex([catalog, objects]));
    const lines = ['{', '  "error": {', '    "description": "bad",', '    "code": 23', '  }', '}'];
    const text = lines.join('\n');
    for (const [languageId, parent] of [['json', 'error'], ['log', undefined]] as const) {
      const doc = both.buildDocumentContext(text, languageId);
      const whole = [...both.recognizeDocument(text, doc)].flatMap((l) => l.recognitions);
      const perLine = both.recognizeLine(lines[3] as string, 3, doc, { lineAt: (n) => lines[n] });
      assert.equal(whole[0]?.parentKey, parent, languageId);
      assert.deepEqual(perLine, whole, languageId);
    }
  });

  it('never throws on odd input', () => {
    const odd = ['', '"', '""', '"status":', ':23', '=23', '23', '-', '((((23', '\u0000\u0001 23', '"status":"', "case '", 'HTTP/', 'é=23 ü 23', '[]{}'];
    const doc = recognizer.buildDocumentContext(odd.join('\n'), 'log');
    for (const line of odd) {
      assert.doesNotThrow(() => recognizer.recognizeLine(line, 0, doc));
    }
    assert.doesNotThrow(() => [...recognizer.recognizeDocument(odd.join('\n'), doc)]);
  });

  it('scans a large log in time proportional to its size', () => {
    const line = '2026-11-22T10:00:00Z INFO [pid 4312] callback {"messageId":"a1b2c3","statusCode":23,"timestamp":1760000000123} took=23ms';
    const text = Array.from({ length: 20000 }, () => line).join('\n');
    const doc = recognizer.buildDocumentContext(text, 'log');
    let count = 0;
    for (const { recognitions } of recognizer.recognizeDocument(text, doc)) {
      count += recognitions.length;
    }
    assert.equal(count, 20000);
  });
});
