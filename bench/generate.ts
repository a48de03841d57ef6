/**
 * Deterministic generators for the benchmark's inputs: webhook logs of a
 * given size that look like what integrators read (JSON callbacks, key=value
 * lines, access-log lines) with the noise numbers real logs carry
 * (timestamps, pids, sizes, latencies), and a source file with handlers.
 */

/** A small, fast, seeded PRNG so every run measures the same text. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CLICKATELL_STATUSES = [1, 2, 3, 4, 5, 6, 20, 21, 22, 23, 25, 26, 130, 139, 171];
const CLICKATELL_ERRORS = [1, 7, 20, 21, 23, 25, 26, 101, 110];
const WEBEX_CODES = [7000, 7001, 7302, 7303, 7500, 7501, 7871, 7203, 9001];
const HTTP = [200, 201, 202, 204, 301, 304, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function hex(rand: () => number, length: number): string {
  let out = '';
  while (out.length < length) {
    out += Math.floor(rand() * 0xffffffff).toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
}

function timestamp(rand: () => number, i: number): string {
  const seconds = 1_760_000_000 + i * 3 + Math.floor(rand() * 3);
  return new Date(seconds * 1000).toISOString();
}

/** One log line of a randomly chosen kind. */
export function logLine(rand: () => number, i: number): string {
  const ts = timestamp(rand, i);
  const pid = 1000 + Math.floor(rand() * 60000);
  switch (Math.floor(rand() * 6)) {
    case 0:
      return `${ts} INFO [pid ${pid}] clickatell callback {"messageId":"${hex(rand, 32)}","statusCode":${pick(rand, CLICKATELL_STATUSES)},"status":"QUEUED","timestamp":${1_760_000_000_000 + i},"to":"2799900${Math.floor(rand() * 10000)}"}`;
    case 1:
      return `${ts} WARN [pid ${pid}] clickatell send failed {"messages":[{"apiMessageId":null,"accepted":false,"to":"27999001234","error":{"code":${pick(rand, CLICKATELL_ERRORS)},"description":"Invalid recipient address"}}],"error":null}`;
    case 2:
      return `${ts} INFO webex-connect dr channel=whatsapp tid=${hex(rand, 24)} status=${pick(rand, WEBEX_CODES)} attempts=${1 + Math.floor(rand() * 3)} latency_ms=${Math.floor(rand() * 900)} bytes=${Math.floor(rand() * 40000)}`;
    case 3:
      return `10.0.${Math.floor(rand() * 255)}.${Math.floor(rand() * 255)} - - [22/Nov/2026:10:${String(i % 60).padStart(2, '0')}:07 +0000] "POST /webhooks/sms/${hex(rand, 8)} HTTP/1.1" ${pick(rand, HTTP)} ${Math.floor(rand() * 5000)} "-" "Go-http-client/1.1"`;
    case 4:
      return `${ts} DEBUG [pid ${pid}] worker loop iteration=${i} queue_depth=${Math.floor(rand() * 500)} heap_mb=${Math.floor(rand() * 2048)} gc_pause_us=${Math.floor(rand() * 9000)} port=8080`;
    default:
      return `${ts} INFO geniqtech submit responseCode=${pick(rand, [0, 1, 5, 6, 11, 88, 99])} reasonCode=${pick(rand, [0, 5, 8, 9, 10])} msisdn=6591234${String(Math.floor(rand() * 1000)).padStart(3, '0')} took=${Math.floor(rand() * 300)}ms`;
  }
}

/** A log of at least `bytes` characters. */
export function generateLog(bytes: number, seed = 42): string {
  const rand = prng(seed);
  const lines: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = logLine(rand, i);
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}

/** One handler module's worth of TypeScript: switches over codes, comparisons, HTTP replies and the numbers code is full of. */
function handlerFunction(rand: () => number, i: number): string {
  const statuses = [...new Set([pick(rand, CLICKATELL_STATUSES), pick(rand, CLICKATELL_STATUSES), pick(rand, CLICKATELL_STATUSES)])].sort((a, b) => a - b);
  const cases = statuses.map((code) => `    case ${code}:\n      metrics.count('status_${code}');\n      break;`).join('\n');
  return `
export async function onStatus${i}(callback: StatusCallback, res: Response): Promise<void> {
  if (callback.statusCode === ${pick(rand, CLICKATELL_STATUSES)}) {
    await retryLater(callback.messageId, ${1000 + Math.floor(rand() * 9000)});
  }
  switch (callback.statusCode) {
${cases}
    default:
      break;
  }
  if (callback.error?.code === ${pick(rand, CLICKATELL_ERRORS)}) {
    log.warn('rejected', { attempts: ${1 + Math.floor(rand() * 5)} });
  }
  for (let attempt = 0; attempt < ${2 + Math.floor(rand() * 8)}; attempt++) {
    await sleep(${100 + Math.floor(rand() * 900)});
  }
  const webex = { status: ${pick(rand, WEBEX_CODES)}, timeoutMs: ${Math.floor(rand() * 30000)} };
  res.status(${pick(rand, HTTP)}).json({ ok: webex.status === ${pick(rand, WEBEX_CODES)}, port: 8080 });
}
`;
}

/** A TypeScript source file of at least `bytes` characters, made of webhook handlers. */
export function generateSource(bytes: number, seed = 7): string {
  const rand = prng(seed);
  const parts = [
    `// Clickatell One API and Webex Connect webhook handlers for the SMS and WhatsApp gateway.
import type { Response } from 'express';
import { log, metrics, retryLater, sleep } from './runtime';

export interface StatusCallback {
  messageId: string;
  statusCode: number;
  status: string;
  error?: { code: number; description: string };
}
`,
  ];
  let size = parts[0]?.length ?? 0;
  for (let i = 0; size < bytes; i++) {
    const part = handlerFunction(rand, i);
    parts.push(part);
    size += part.length;
  }
  return parts.join('');
}
