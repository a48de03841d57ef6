'use strict';
const nodemailer = require('nodemailer');

const transport = nodemailer.createTransport({
  host: 'smtp.relay.brightledger.example',
  port: 587,
  secure: false,
  pool: true,
  maxConnections: 5,
  connectionTimeout: 10000,
  auth: { user: 'invoices', pass: process.env.SMTP_PASSWORD },
});

const HARD_BOUNCE = /^5\.1\.[0-3]$/;

async function sendInvoice(customer, pdf) {
  try {
    const info = await transport.sendMail({
      from: 'Bright Ledger <invoices@brightledger.example>',
      to: customer.email,
      subject: `Invoice ${customer.invoiceNumber}`,
      attachments: [{ filename: `invoice-${customer.invoiceNumber}.pdf`, content: pdf }],
    });
    return { accepted: info.accepted.length, messageId: info.messageId };
  } catch (err) {
    // err.response is the server's last line, e.g. "550 5.1.1 <x@y>: Recipient address rejected"
    const enhanced = /\b([245]\.\d{1,3}\.\d{1,3})\b/.exec(err.response || '')?.[1];
    if (err.responseCode === 550 || err.responseCode === 553 || HARD_BOUNCE.test(enhanced)) {
      await customers.markUndeliverable(customer.id, err.response);
      return { bounced: true };
    }
    if (err.responseCode === 421 || err.responseCode === 451 || err.responseCode === 452) {
      return { retryInMinutes: 15 };
    }
    if (err.code === 'EAUTH' && err.responseCode === 535) {
      throw new Error('SMTP credentials rejected (535 5.7.8), check SMTP_PASSWORD');
    }
    if (enhanced === '5.7.1') {
      log.warn('relay refused by policy: %s', err.response);
    }
    throw err;
  }
}

module.exports = { sendInvoice };
