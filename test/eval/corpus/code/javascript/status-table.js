// Short reasons shown in the admin dashboard next to each upstream answer.
export const REASONS = {
  200: 'ok',
  201: 'created',
  301: 'moved',
  304: 'cached',
  400: 'bad input',
  401: 'no session',
  403: 'denied',
  404: 'missing',
  409: 'edit conflict',
  500: 'server bug',
  502: 'upstream down',
  503: 'maintenance',
};

export const COLUMNS = [
  { key: 'status', width: 80, align: 'right' },
  { key: 'path', width: 320 },
  { key: 'ms', width: 64, align: 'right' },
];

export function reasonFor(status) {
  return REASONS[status] ?? (status >= 500 ? 'server error' : 'unknown');
}
