import express, { type Request, type Response } from 'express';
import { outbox } from './outbox';

/** The fields of a Vonage SMS API delivery receipt, as the webhook sends them (all strings). */
interface VonageDlr {
  msisdn: string;
  to: string;
  'network-code'?: string;
  messageId: string;
  price?: string;
  status: 'delivered' | 'expired' | 'failed' | 'rejected' | 'accepted' | 'buffered' | 'unknown';
  scts?: string;
  'err-code': string;
  'message-timestamp': string;
}

// err-code values after which sending again later can still work.
const RETRY_LATER = new Set(['2', '7', '8']);
const PERMANENT = new Set([3, 4, 9, 14]);

export const dlrRouter = express.Router();

dlrRouter.all('/webhooks/vonage/dlr', express.urlencoded({ extended: false, limit: '16kb' }), (req: Request, res: Response) => {
  const dlr = (req.method === 'GET' ? req.query : req.body) as VonageDlr;
  const errCode = dlr['err-code'];
  switch (dlr.status) {
    case 'delivered':
      outbox.delivered(dlr.messageId, Number(dlr.price ?? 0));
      break;
    case 'accepted':
    case 'buffered':
      outbox.pending(dlr.messageId);
      break;
    case 'expired':
    case 'failed':
      if (RETRY_LATER.has(errCode)) outbox.retry(dlr.messageId, 15 * 60);
      else if (PERMANENT.has(Number(errCode)) || errCode === '6') outbox.suppress(dlr.msisdn);
      break;
    case 'rejected':
      if (errCode === '99' || errCode === '11') outbox.reroute(dlr.messageId);
      break;
  }
  // Vonage retries a receipt until it gets a 2xx; answer at once.
  res.sendStatus(204);
});
