'use strict';

// Delivery events from our two mail providers land here: SendGrid posts a JSON
// array of events, Mailgun posts one signed event at a time.
const express = require('express');
const crypto = require('node:crypto');
const { Suppressions, Deliveries } = require('../db');

const router = express.Router();
const SOFT_BOUNCE_LIMIT = 3;
const SIGNATURE_MAX_AGE_S = 300;

/** Enhanced status codes (RFC 3463) we treat as "this address will never work". */
const HARD_BOUNCE_STATUSES = new Set(['5.1.1', '5.1.2', '5.1.10', '5.2.1']);

router.post('/sendgrid', express.json({ limit: '5mb' }), async (req, res) => {
  const events = Array.isArray(req.body) ? req.body : [];
  for (const ev of events) {
    switch (ev.event) {
      case 'delivered':
        // ev.response is the receiving server's reply, e.g. "250 2.0.0 OK  1718190000 q5si2041"
        await Deliveries.markDelivered(ev.sg_message_id, ev.response);
        break;
      case 'deferred':
        await Deliveries.markDeferred(ev.sg_message_id, Number(ev.attempt ?? 1));
        break;
      case 'bounce':
      case 'dropped': {
        const hard = ev.type === 'bounce' && HARD_BOUNCE_STATUSES.has(ev.status);
        if (hard || ev.status === '5.7.1') {
          await Suppressions.add(ev.email, { reason: ev.reason, status: ev.status });
        } else if (await Deliveries.softBounces(ev.email) >= SOFT_BOUNCE_LIMIT) {
          await Suppressions.add(ev.email, { reason: 'repeated soft bounces', status: ev.status });
        }
        break;
      }
      default:
        break;
    }
  }
  res.sendStatus(200);
});

function mailgunSignatureOk({ timestamp, token, signature }) {
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > SIGNATURE_MAX_AGE_S) return false;
  const expected = crypto.createHmac('sha256', process.env.MAILGUN_SIGNING_KEY).update(timestamp + token).digest('hex');
  return crypto.timingSafeEqual(Buffer.from(expected), Buffer.from(signature));
}

router.post('/mailgun', express.json(), async (req, res) => {
  if (!mailgunSignatureOk(req.body.signature ?? {})) {
    return res.status(406).send('bad signature');
  }
  const ev = req.body['event-data'];
  if (ev.event !== 'failed') return res.status(200).end();

  const code = ev['delivery-status']?.code;
  const message = ev['delivery-status']?.message ?? '';
  if (ev.severity === 'permanent' && (code === 550 || code === 551 || code === 553)) {
    await Suppressions.add(ev.recipient, { reason: message, status: code });
  } else if (code === 552 || /mailbox full/i.test(message)) {
    await Deliveries.markDeferred(ev.message.headers['message-id'], ev['delivery-status']['attempt-no']);
  } else if (code === 421 || code === 450 || code === 451) {
    // Greylisting or a busy server: Mailgun retries for 8 hours on its own.
  } else if (code === 554 && message.includes('5.7.1')) {
    await Suppressions.add(ev.recipient, { reason: 'blocked as spam', status: code });
  }
  return res.status(200).json({ ok: true });
});

module.exports = router;
