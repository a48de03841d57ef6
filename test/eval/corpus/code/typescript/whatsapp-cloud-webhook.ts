import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

interface WaError { code: number; title: string; message?: string; error_data?: { details: string } }
interface WaStatus { id: string; status: 'sent' | 'delivered' | 'read' | 'failed'; timestamp: string; recipient_id: string; errors?: WaError[] }

const GRAPH = 'https://graph.facebook.com/v21.0';
const SEND_TIMEOUT_MS = 8000;

export async function whatsappWebhook(app: FastifyInstance): Promise<void> {
  app.post('/hooks/whatsapp', { bodyLimit: 1_048_576 }, async (req, reply) => {
    if (!validSignature(req.headers['x-hub-signature-256'] as string, req.body as Buffer)) return reply.code(401).send();
    const payload = JSON.parse((req.body as Buffer).toString('utf8'));
    for (const change of payload.entry?.[0]?.changes ?? []) {
      for (const status of (change.value.statuses ?? []) as WaStatus[]) {
        const error = status.errors?.[0];
        if (!error) continue;
        switch (error.code) {
          case 131047: // customer service window closed: send an approved template instead
            await templates.reengage(status.recipient_id);
            break;
          case 131026:
          case 131021:
            await contacts.markNotOnWhatsApp(status.recipient_id);
            break;
          case 130429:
          case 131056:
            await outbox.retry(status.id, { afterSeconds: 60 });
            break;
          case 131049:
            await outbox.holdMarketing(status.recipient_id, { days: 7 });
            break;
          default:
            app.log.warn({ code: error.code, details: error.error_data?.details }, 'whatsapp status error');
        }
      }
    }
    return reply.code(200).send('EVENT_RECEIVED');
  });
}

function validSignature(header: string, body: Buffer): boolean {
  const expected = 'sha256=' + createHmac('sha256', process.env.WA_APP_SECRET ?? '').update(body).digest('hex');
  return header?.length === 71 && timingSafeEqual(Buffer.from(header), Buffer.from(expected));
}

export const sendTimeout = { url: GRAPH, ms: SEND_TIMEOUT_MS, retryOn: [131000, 133004] };
