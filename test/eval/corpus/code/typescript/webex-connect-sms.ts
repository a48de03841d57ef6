// Sends SMS through Webex Connect (formerly imiconnect) and records delivery receipts.
import { request } from 'undici';

const ENDPOINT = 'https://api.us.webexconnect.io/v1/sms/messages';
const SERVICE_KEY = process.env.WEBEX_CONNECT_SERVICE_KEY ?? '';
const MAX_SEGMENTS = 6;

export async function sendSms(to: string, text: string): Promise<string> {
  const { statusCode, body } = await request(ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json', key: SERVICE_KEY },
    body: JSON.stringify({ from: '12345', to, content: text.slice(0, 153 * MAX_SEGMENTS), contentType: 'TEXT' }),
    bodyTimeout: 10_000,
  });
  if (statusCode !== 202) {
    throw new Error(`Webex Connect refused the message: HTTP ${statusCode} ${await body.text()}`);
  }
  const { messageId } = (await body.json()) as { messageId: string };
  return messageId;
}

interface DeliveryReceipt {
  messageId: string;
  status: { code: number; description: string };
  timestamp: string;
}

export function outcome(receipt: DeliveryReceipt): 'delivered' | 'pending' | 'failed' {
  const { code } = receipt.status;
  if (code === 7500) return 'delivered';
  if (code === 7501) return 'pending';
  switch (code) {
    case 7101:
    case 7102:
      return 'failed';
    case 7109:
      // Do-not-disturb: the number asked not to be messaged; never retry.
      return 'failed';
    case 7302:
      return 'pending';
    default:
      return code >= 7200 && code < 7300 ? 'failed' : 'pending';
  }
}
