import type { CorpusFile } from './corpusFile';
import { tokenOccurrences } from './labels';

/**
 * Labelled lines of the corpus that the in-editor suite checks through the
 * real hover and CodeLens providers: a spread of languages, log formats and
 * hard negatives. `needle` finds the line (its first occurrence in the file)
 * and `literal` the number or name on it. `today` is what the user sees now
 * and must keep seeing: a lens with the labelled meaning, or nothing at all.
 * The in-editor suite opens them in its copy of the fixture workspace, into
 * which the test scripts copy the corpus (`copyWorkspace` in scripts/lib/build.mjs).
 */
/** Where the in-editor suite's workspace holds the corpus, under its corpus paths. */
export const SAMPLE_FOLDER = 'eval';

export interface SampleLine {
  readonly file: string;
  readonly needle: string;
  readonly literal: string;
  readonly today: 'lens' | 'nothing';
}

export const EDITOR_SAMPLE: readonly SampleLine[] = [
  { file: 'code/typescript/orders-router.ts', needle: 'res.status(404)', literal: '404', today: 'lens' },
  { file: 'code/typescript/clickatell-webhook.ts', needle: 'cb.statusCode === 23', literal: '23', today: 'lens' },
  { file: 'code/javascript/koa-app.js', needle: 'ctx.status = 204', literal: '204', today: 'lens' },
  { file: 'code/python/flask_views.py', needle: 'abort(403', literal: '403', today: 'lens' },
  { file: 'code/python/test_accounts.py', needle: 'self.assertEqual(response.status_code, 200)', literal: '200', today: 'lens' },
  { file: 'code/go/handlers.go', needle: 'http.StatusNotFound', literal: 'http.StatusNotFound', today: 'lens' },
  { file: 'code/java/InvoiceController.java', needle: 'HttpStatus.NOT_FOUND', literal: 'HttpStatus.NOT_FOUND', today: 'lens' },
  // Kotlin is left out: VS Code has no built-in Kotlin mode, so without an extension a .kt file opens as plain text.
  { file: 'code/ruby/app.rb', needle: "halt 403, 'private widget'", literal: '403', today: 'lens' },
  { file: 'code/swift/APIClient.swift', needle: 'statusCode == 304', literal: '304', today: 'lens' },
  { file: 'code/csharp/ShipmentsController.cs', needle: 'StatusCode(413', literal: '413', today: 'lens' },
  { file: 'code/php/ClickatellCallback.php', needle: 'case 21:', literal: '21', today: 'lens' },
  { file: 'logs/nginx/access.log', needle: 'HEAD /products/sku-40211 HTTP/1.1" 304', literal: '304', today: 'lens' },
  { file: 'logs/jsonl/webex-connect-events.jsonl', needle: '"code":7207', literal: '7207', today: 'lens' },
  { file: 'logs/syslog/messages.log', needle: 'errorCode=25', literal: '25', today: 'lens' },
  { file: 'openapi/inventory.openapi.yaml', needle: "'429':", literal: '429', today: 'lens' },
  { file: 'code/typescript/orders-router.ts', needle: 'const PAGE_SIZE = 25', literal: '25', today: 'nothing' },
  { file: 'code/go/handlers_test.go', needle: 'newTestServer(t, 3)', literal: '3', today: 'nothing' },
  { file: 'nocode/theme.css', needle: '--z-modal: 1000', literal: '1000', today: 'nothing' },
  { file: 'nocode/Makefile', needle: 'LOG_LEVEL=2', literal: '2', today: 'nothing' },
  { file: 'logs/haproxy/haproxy.log', needle: 'haproxy[2281]', literal: '2281', today: 'nothing' },
];

/** Where a sample's literal is in its fixture, and the meanings its label accepts (`none` when it expects nothing). */
export interface SampleSpot {
  /** 0-based. */
  readonly line: number;
  readonly start: number;
  readonly end: number;
  readonly expected: readonly string[];
}

export function locateSample(file: CorpusFile, sample: SampleLine): SampleSpot {
  const line = file.lines.findIndex((text) => text.includes(sample.needle));
  if (line < 0) {
    throw new Error(`${sample.file}: no line contains "${sample.needle}"`);
  }
  const text = file.lines[line] as string;
  const from = text.indexOf(sample.needle);
  const start = tokenOccurrences(text, sample.literal).find((at) => at >= from - sample.literal.length);
  if (start === undefined) {
    throw new Error(`${sample.file}:${line + 1}: "${sample.literal}" is not on the line of "${sample.needle}"`);
  }
  const end = start + sample.literal.length;
  const span = file.spans.find((s) => s.line === line && s.start <= start && end <= s.end);
  const covered = span !== undefined || file.labels.nocode || file.labels.restNone.has(line);
  if (!covered) {
    throw new Error(`${sample.file}:${line + 1}: "${sample.literal}" has no label`);
  }
  return { line, start, end, expected: span ? span.label.expected : ['none'] };
}
