import * as assert from 'node:assert/strict';
import { columnAt, readColumnLayout } from '../../../src/core/recognize/logColumns';
import type { Recognition } from '../../../src/core/recognize/types';
import { realIndex, recognizeText, recognizerFor, topOf } from './catalogs';

/** `text@n → meaning` for every recognition, in order, for compact assertions. */
function summary(found: readonly Recognition[]): string[] {
  return found.map((r) => `${r.line}:${r.text} ${topOf(r)}`);
}

/** Recognitions of the whole document, and the hover's reading of each line with the lines above it. */
function bothWays(text: string, languageId: string): { scan: string[]; hover: string[] } {
  const recognizer = recognizerFor(realIndex());
  const doc = recognizer.buildDocumentContext(text, languageId);
  const lines = text.split('\n');
  const hover = lines.flatMap((line, n) => recognizer.recognizeLine(line, n, doc, { lineAt: (k) => lines[k] }));
  return { scan: summary(recognizeText(recognizer, text, languageId)), hover: summary(hover) };
}

describe('log fields known by position', () => {
  it('reads the status column an IIS header names, and nothing from the sub-status, win32 status or port', () => {
    const text = [
      '#Software: Microsoft Internet Information Services 10.0',
      '#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status sc-substatus sc-win32-status time-taken',
      '2024-03-01 08:15:02 10.1.0.4 GET /health - 443 - 10.9.8.7 Pingdom/1.0 200 0 0 15',
      '2024-03-01 08:15:09 10.1.0.4 POST /api/login - 443 - 10.9.8.7 okhttp/4.12 401 1 64 31',
    ].join('\n');
    const { scan, hover } = bothWays(text, 'log');
    assert.deepEqual(scan, ['2:200 http:200', '3:401 http:401']);
    assert.deepEqual(hover, scan);
  });

  it('reads CloudFront lines, tab-separated under the same kind of header', () => {
    const text = [
      '#Version: 1.0',
      '#Fields: date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status cs-protocol cs-bytes time-taken',
      '2024-05-02\t10:00:00\tLHR62-C2\t404\t198.51.100.7\tGET\td1.cloudfront.net\t/a.png\t304\thttps\t502\t0.012',
    ].join('\n');
    const { scan, hover } = bothWays(text, 'log');
    assert.deepEqual(scan, ['2:304 http:304']);
    assert.deepEqual(hover, scan);
  });

  it('reads the status_code column of a Zeek http.log, and only of an http log', () => {
    const header = ['#separator \\x09', '#path\thttp', '#fields\tts\tuid\tmethod\thost\ttrans_depth\tstatus_code\tstatus_msg\tresponse_body_len'];
    const row = '1718000000.123\tCx1\tGET\texample.org\t1\t503\tService Unavailable\t404';
    const { scan, hover } = bothWays([...header, row].join('\n'), 'log');
    assert.deepEqual(scan, ['3:503 http:503']);
    assert.deepEqual(hover, scan);
    const dns = bothWays(['#separator \\x09', '#path\tdns', '#fields\tts\tuid\tquery\trcode\tttl', '1718000000.1\tCx2\texample.org\t3\t404'].join('\n'), 'log');
    assert.deepEqual(dns.scan, []);
  });

  it('reads a CSV header row, quoted commas included, and leaves other columns alone', () => {
    const text = ['ts,route,"status",latency_ms,retries', '2024-06-01T10:00:00Z,"/v1/a,b",503,200,3', '2024-06-01T10:00:01Z,/v1/c,200,404,1'].join('\n');
    const { scan, hover } = bothWays(text, 'csv');
    assert.deepEqual(scan, ['1:503 http:503', '2:200 http:200']);
    assert.deepEqual(hover, scan);
  });

  it('reads names in a TSV code column by the provider the file names', () => {
    const text = ['sent_at\tprovider\tstatus\tparts', '2024-06-01 10:00\tclickatell\tDELIVERY_FAILURE\t2', '2024-06-01 10:01\tclickatell\tQUEUED\t1'].join('\n');
    const { scan } = bothWays(text, 'tsv');
    assert.deepEqual(scan, ['1:DELIVERY_FAILURE clickatell-one-api-message-status:23', '2:QUEUED clickatell-one-api-message-status:2']);
  });

  it('takes no header from a file whose first line holds values', () => {
    assert.equal(readColumnLayout('2024-06-01,503,200\n2024-06-02,200,404', 'csv'), undefined);
    assert.equal(readColumnLayout('status,code,name\n1,2,3', 'typescript'), undefined);
    assert.deepEqual(readColumnLayout('a;b;status\n1;2;3', 'csv')?.names, ['a', 'b', 'status']);
    assert.equal(columnAt('a,"x,y",c', 0, 8, 44), 2);
    assert.equal(columnAt('a  b\tc', 0, 5, 32), 2);
  });

  it('reads the status after haproxy timers, and not after other slashed numbers', () => {
    const line = 'Jun 14 09:00:00 lb-01 haproxy[2281]: 10.0.0.5:21115 [14/Jun/2025:09:00:00.512] fe~ be/api-2 33/3/6/499/541 302 1299 - - ---- 181/291/10/17/0 0/0 "GET / HTTP/1.1"';
    assert.deepEqual(bothWays(line, 'log').scan, ['0:302 http:302']);
    assert.deepEqual(bothWays('ratio 3/4/5 404 items', 'log').scan, []);
  });

  it('reads both statuses of an AWS load balancer line, and not numbers after fewer times', () => {
    const line =
      'https 2024-06-12T10:00:00.578442Z app/shop/50dc6c 10.0.3.9:31273 10.0.0.195:8080 0.000 0.417 0.000 502 - 313 48656 "GET https://shop.example.com:443/x HTTP/1.1" "curl/8.0"';
    assert.deepEqual(bothWays(line, 'log').scan, ['0:502 http:502']);
    const both = line.replace('502 -', '404 429');
    assert.deepEqual(bothWays(both, 'log').scan, ['0:404 http:404', '0:429 http:429']);
    assert.deepEqual(bothWays('took 0.000 0.417 seconds for 404 rows', 'log').scan, []);
    assert.deepEqual(bothWays('load 0.51 0.40 0.33 200 procs', 'log').scan, []);
  });

  it("reads ingress-nginx's upstream status after the upstream address, length and time", () => {
    const line =
      '10.49.102.146 - - [14/Jun/2025:08:00:00 +0000] "GET /api HTTP/2.0" 413 5858 "-" "curl/8.0" 409 1.256 [shop-8080] [] 10.244.1.182:8080 8285 1.256 502 86d0cd56';
    assert.deepEqual(bothWays(line, 'log').scan, ['0:413 http:413', '0:502 http:502']);
  });
});
