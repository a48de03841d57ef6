'use strict';
// Bridges our queue to an operator's SMSC over SMPP (node "smpp" package).
const smpp = require('smpp');

const session = smpp.connect({ url: 'smpp://smsc.tellmark.example:2775', auto_enquire_link_period: 25000, debug: false });
const RETRY_AFTER_MS = { [smpp.ESME_RTHROTTLED]: 1000, [smpp.ESME_RMSGQFUL]: 5000 };

session.bind_transceiver({ system_id: 'quillpost', password: process.env.SMPP_PASSWORD }, (pdu) => {
  if (pdu.command_status !== 0) {
    console.error('bind refused, command_status=0x%s', pdu.command_status.toString(16).padStart(8, '0'));
    if (pdu.command_status === smpp.ESME_RINVPASWD || pdu.command_status === 0x0000000F) process.exit(78);
  }
});

function submit(job) {
  session.submit_sm({ source_addr: 'QUILL', destination_addr: job.to, short_message: job.text, registered_delivery: 1 }, (pdu) => {
    if (pdu.command_status === smpp.ESME_ROK) return queue.ack(job.id, pdu.message_id);
    const wait = RETRY_AFTER_MS[pdu.command_status];
    if (wait) return queue.retry(job.id, wait);
    if (pdu.command_status === 0x0B || pdu.command_status === 0x33) return queue.reject(job.id, 'bad destination');
    queue.fail(job.id, `smsc said ${pdu.command_status}`);
  });
}

// Receipts arrive as deliver_sm with esm_class 0x04 and text "id:… sub:001 dlvrd:001 … stat:DELIVRD err:000".
session.on('deliver_sm', (pdu) => {
  const text = pdu.short_message.message || '';
  const stat = /stat:(\w+)/.exec(text)?.[1];
  if (stat === 'DELIVRD' || pdu.message_state === 2) queue.delivered(pdu.receipted_message_id);
  else if (stat === 'EXPIRED' || stat === 'UNDELIV' || pdu.message_state === 5) queue.undelivered(pdu.receipted_message_id, text);
  session.send(pdu.response());
});

session.on('pdu', (pdu) => {
  if (pdu.command === 'generic_nack' && pdu.command_status === 3) console.warn('SMSC did not know command id, sequence %d', pdu.sequence_number);
});

module.exports = { submit };
