// Receives delivery callbacks from the SMS and WhatsApp gateways and updates
// the message record. Hover over any status code below to see what it means.

interface ClickatellCallback {
  messageId: string;
  status: number;
  statusDescription?: string;
  timestamp: number;
}

type Outcome = 'pending' | 'delivered' | 'read' | 'failed' | 'retry';

// Clickatell One API message statuses.
export function outcomeOf(callback: ClickatellCallback): Outcome {
  const status = callback.status;
  switch (status) {
    case 2:
    case 3:
    case 4:
      return 'pending';
    case 5:
      return 'delivered';
    case 6:
      return 'read';
    case 20:
    case 26:
      return 'retry';
    case 21:
    case 23:
    case 29:
    case 100:
      return 'failed';
    default:
      return 'pending';
  }
}

export function shouldAlertOps(statusCode: number): boolean {
  // A permanent supplier error: worth a look by a person.
  if (statusCode === 23) {
    return true;
  }
  return statusCode === 25; // the account ran out of balance
}

interface WebexDeliveryReport {
  tid: string;
  channel: 'sms' | 'whatsapp';
  code: number;
  description: string;
}

// Webex Connect delivery reports: 7500 is delivered, 7501 submitted, everything else failed.
export function isFinal(report: WebexDeliveryReport): boolean {
  if (report.code === 7501) {
    return false;
  }
  if (report.channel === 'whatsapp' && report.code === 7871) {
    // The number is not on WhatsApp: fall back to SMS instead of retrying.
    return true;
  }
  return report.code === 7500 || report.code === 7203 || report.code === 7208;
}

export interface WebhookResponse {
  status: number;
  body: string;
}

// The HTTP answer to the gateway for one callback.
export function handleClickatellWebhook(rawBody: string): WebhookResponse {
  let payload: ClickatellCallback;
  try {
    payload = JSON.parse(rawBody) as ClickatellCallback;
  } catch {
    return { status: 400, body: 'malformed callback' };
  }
  const outcome = outcomeOf(payload);
  if (outcome === 'retry') {
    return { status: 503, body: 'try again later' };
  }
  return { status: shouldAlertOps(payload.status) ? 202 : 200, body: JSON.stringify({ outcome }) };
}
