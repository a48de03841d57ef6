/** Errors our API client raises, keyed by what the server answered. */
export class HttpError extends Error {
  constructor(readonly status: number, message: string, readonly retryAfterSeconds = 0) {
    super(message);
  }

  get isClientError(): boolean {
    return this.status >= 400 && this.status < 500;
  }

  get isServerError(): boolean {
    return this.status >= 500 && this.status <= 599;
  }
}

export const NotFound = (what: string) => new HttpError(404, `${what} was not found`);
export const Conflict = (what: string) => new HttpError(409, `${what} already exists`);
export const TooManyRequests = (seconds: number) => new HttpError(429, 'slow down', seconds);

const RETRYABLE = new Set([408, 429, 502, 503, 504]);
const BACKOFF_MS = [250, 500, 1000, 2000, 4000];

export function shouldRetry(error: unknown, attempt: number): boolean {
  if (attempt >= BACKOFF_MS.length) return false;
  return error instanceof HttpError && RETRYABLE.has(error.status);
}

export function backoff(attempt: number): number {
  const jitter = Math.floor(Math.random() * 100);
  return (BACKOFF_MS[attempt] ?? 8000) + jitter;
}

export async function readJson<T>(response: Response): Promise<T> {
  if (response.status === 204) {
    return undefined as T;
  }
  if (!response.ok) {
    const body = await response.text();
    throw new HttpError(response.status, body.slice(0, 200));
  }
  return (await response.json()) as T;
}

export function describe(status: number): string {
  switch (status) {
    case 401:
      return 'sign in again';
    case 403:
      return 'you may not do that';
    case 404:
      return 'it is gone';
    case 413:
      return 'the upload is larger than 10 MB';
    default:
      return `unexpected answer ${status}`;
  }
}
