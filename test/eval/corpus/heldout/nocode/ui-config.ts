// Front-end constants of the merchant dashboard: layout, timings, limits.

export const BREAKPOINTS = { sm: 640, md: 768, lg: 1024, xl: 1280, '2xl': 1536 } as const;

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;

export const DEBOUNCE_MS = 300;
export const TOAST_DURATION_MS = 4000;
export const SESSION_WARNING_S = 120;
export const POLL_INTERVAL_MS = 15_000;
export const RETRY_DELAYS_MS = [200, 400, 800, 1600];

export const Z_INDEX = {
  dropdown: 1000,
  sticky: 1020,
  modal: 1050,
  popover: 1070,
  toast: 1090,
};

export const COLORS = {
  text: '#404040',
  muted: '#737373',
  border: '#e5e5e5',
  danger: '#dc2626',
  success: '#16a34a',
  overlay: 'rgba(0, 0, 0, 0.45)',
};

export const UPLOAD = {
  maxFileMb: 25,
  maxFiles: 10,
  acceptedTypes: ['image/png', 'image/jpeg', 'application/pdf'],
  thumbnailSizes: [64, 128, 256],
};

export const CHART = {
  height: 320,
  barWidth: 24,
  gridLines: 5,
  animation: { duration: 250, delay: 50 },
  margin: { top: 16, right: 24, bottom: 32, left: 48 },
};

export const CURRENCIES = [
  { code: 'EUR', decimals: 2, minPayout: 10 },
  { code: 'JPY', decimals: 0, minPayout: 1000 },
  { code: 'KWD', decimals: 3, minPayout: 5 },
];

export const RELEASE = {
  version: '4.12.0',
  builtAt: '2025-06-12T09:00:00Z',
  apiBase: 'https://api.fernhill.test/v1',
  devServerPort: 5173,
};

export function clampPage(page: number, total: number, size = DEFAULT_PAGE_SIZE): number {
  const last = Math.max(1, Math.ceil(total / size));
  return Math.min(Math.max(1, page), last);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
