// Delivery callbacks from the Clickatell One API (platform.clickatell.com).
import type { FastifyInstance } from 'fastify';

interface ClickatellStatusCallback {
  integrationName: string;
  messageId: string;
  requestId: string;
  clientMessageId?: string;
  to: string;
  from: string;
  statusCode: number;
  status: string;
  statusDescription: string;
  timestamp: number;
}

const FINAL = new Set([7, 8]);

export function registerClickatell(app: FastifyInstance): void {
  app.post<{ Body: ClickatellStatusCallback }>('/hooks/clickatell', async (request, reply) => {
    const cb = request.body;
    if (cb.statusCode === 23) {
      await markFailed(cb.messageId, cb.statusDescription);
    } else if (cb.statusCode === 4 || cb.statusCode === 5) {
      await markDelivered(cb.messageId);
    }
    switch (cb.status) {
      case 'DELIVERY_FAILURE':
      case 'ROUTING_ERROR':
        await alertOps(cb);
        break;
      case 'EXPIRED':
        await retryLater(cb.messageId, 15 * 60);
        break;
    }
    return reply.code(200).send();
  });
}

export function errorText(errorCode: number): string {
  switch (errorCode) {
    case 20:
      return 'top up the account';
    case 25:
      return 'check the phone number';
    case 26:
      return 'recipient opted out';
    case 43:
      return 'rate limited';
    default:
      return `error ${errorCode}`;
  }
}

declare function markFailed(id: string, why: string): Promise<void>;
declare function markDelivered(id: string): Promise<void>;
declare function alertOps(cb: ClickatellStatusCallback): Promise<void>;
declare function retryLater(id: string, seconds: number): Promise<void>;
