import { Vonage } from '@vonage/server-sdk';
import { UpdateMessageStatus } from '@vonage/messages';

/** Options of the notifier; values are read once at start. */
export interface NotifierOptions {
  /**
   * Attempts per message before giving up.
   * @default 2
   */
  attempts?: number;
  /**
   * Seconds between attempts.
   * @default 30
   */
  delaySeconds?: number;
}

const vonage = new Vonage({ apiKey: process.env.VONAGE_KEY!, apiSecret: process.env.VONAGE_SECRET! });

export async function markRead(messageUuid: string): Promise<void> {
  await vonage.messages.updateMessage(messageUuid, UpdateMessageStatus.READ);
}

export function unsubscribeLink(userId: string): string {
  return `https://notify.example.com/unsubscribe?uid=${userId}&app-error=1&v=2`;
}

export const cacheHeaders = { 'CacheResponseStatus': 0, 'X-Retry-Count': 0 };

export function toResult(raw: { status: number; error?: string }) {
  const status = raw.status ?? 0;
  return { ok: status === 0, attempts: 1, error: raw.error };
}
