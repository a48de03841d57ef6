import axios, { AxiosError, type AxiosInstance } from 'axios';
import axiosRetry, { exponentialDelay, isNetworkError } from 'axios-retry';
import ky from 'ky';

/** Statuses after which the inventory service asks us to come back later. */
export const TRANSIENT_STATUSES = [408, 425, 429, 500, 502, 503, 504];

const DEFAULT_TIMEOUT_MS = 8_000;
const MAX_RETRIES = 3;

export function createInventoryClient(baseURL: string, token: () => Promise<string>): AxiosInstance {
  const client = axios.create({ baseURL, timeout: DEFAULT_TIMEOUT_MS, maxRedirects: 2 });

  client.interceptors.request.use(async (config) => {
    config.headers.Authorization = `Bearer ${await token()}`;
    return config;
  });

  axiosRetry(client, {
    retries: MAX_RETRIES,
    retryDelay: (count, error) => exponentialDelay(count, error, 250),
    retryCondition: (error) =>
      isNetworkError(error) || TRANSIENT_STATUSES.includes(error.response?.status ?? 0),
  });

  client.interceptors.response.use(undefined, async (error: AxiosError) => {
    const status = error.response?.status;
    if (status === 401 && !error.config?.headers['x-retried-auth']) {
      error.config!.headers['x-retried-auth'] = '1';
      return client.request(error.config!);
    }
    if (status === 403) {
      throw new InventoryError('forbidden', status, 'the token lacks the inventory:write scope');
    }
    if (status === 404) {
      throw new InventoryError('not-found', status);
    }
    throw error;
  });

  return client;
}

export class InventoryError extends Error {
  constructor(readonly kind: 'forbidden' | 'not-found' | 'conflict', readonly status: number, detail?: string) {
    super(detail ?? kind);
  }
}

export async function reserve(client: AxiosInstance, sku: string, quantity: number) {
  try {
    const { data } = await client.post(`/v3/skus/${encodeURIComponent(sku)}/reservations`, { quantity, holdSeconds: 900 });
    return data as { reservationId: string; expiresAt: string };
  } catch (err) {
    if (axios.isAxiosError(err) && err.response?.status === 409) {
      throw new InventoryError('conflict', 409, `only ${err.response.data?.available ?? 0} of ${sku} left`);
    }
    throw err;
  }
}

/** The public price feed is read with ky; it has its own retry rules. */
export const priceFeed = ky.create({
  prefixUrl: 'https://prices.tallowmarket.test/v1',
  timeout: 5000,
  retry: {
    limit: 4,
    methods: ['get'],
    statusCodes: [429, 502, 503],
    afterStatusCodes: [429, 503],
    maxRetryAfter: 60_000,
    backoffLimit: 10_000,
  },
  hooks: {
    afterResponse: [
      (_request, _options, response) => {
        if (response.status === 203) {
          console.warn('price feed served from a mirror; prices may be 15 minutes old');
        }
      },
    ],
  },
});

export function isRetryable(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}
