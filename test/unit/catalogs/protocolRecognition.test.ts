import { itReadsEach, type LiteralCase } from '../recognize/catalogs';

/**
 * The context keys and hints of the gRPC, WebSocket and SMTP catalogs
 * against the other catalogs: a close code in a close call or handler is a
 * WebSocket code, a number under gRPC's keys a gRPC status, a reply code
 * under nodemailer's or smtplib's key an SMTP reply; the same numbers under
 * HTTP keys stay HTTP statuses. Snippets follow the libraries' idioms.
 */


const cases: readonly LiteralCase[] = [
  {
    title: 'a ws close call with a policy violation',
    languageId: 'typescript',
    text: ["import { WebSocketServer } from 'ws';", '', "wss.on('connection', (ws) => {", '  if (!authorised(ws)) {', "    ws.close(1008, 'not allowed');", '  }', '});', ''].join('\n'),
    literal: '1008',
    expected: 'websocket-close-codes:1008',
  },
  {
    title: "a Django Channels consumer's disconnect handler",
    languageId: 'python',
    text: ['from channels.generic.websocket import AsyncWebsocketConsumer', '', 'class Feed(AsyncWebsocketConsumer):', '    async def disconnect(self, close_code):', '        if close_code == 1006:', '            await self.reconnect_later()', ''].join('\n'),
    literal: '1006',
    expected: 'websocket-close-codes:1006',
  },
  {
    title: 'a gRPC status trailer in a log line',
    languageId: 'log',
    text: '2026-05-04T10:11:12Z upstream=orders.v1.Orders/Get grpc_status=14 duration_ms=5003\n',
    literal: '14',
    expected: 'grpc-status:14',
  },
  {
    title: "nodemailer's error on a rejected recipient",
    languageId: 'javascript',
    text: ["const nodemailer = require('nodemailer');", '', 'try {', '  await transporter.sendMail(message);', '} catch (err) {', '  if (err.responseCode === 550) dropAddress(message.to);', '}', ''].join('\n'),
    literal: '550',
    expected: 'smtp-reply-codes:550',
  },
  {
    title: "smtplib's reply code",
    languageId: 'python',
    text: ['import smtplib', '', 'try:', '    server.sendmail(sender, rcpt, body)', 'except smtplib.SMTPResponseException as e:', '    if e.smtp_code == 421:', '        retry_later()', ''].join('\n'),
    literal: '421',
    expected: 'smtp-reply-codes:421',
  },
  {
    title: 'an HTTP status of an Express handler, which SMTP also defines',
    languageId: 'typescript',
    text: ["import express from 'express';", '', "app.get('/health', (req, res) => {", '  res.status(503).send();', '});', ''].join('\n'),
    literal: '503',
    expected: 'http:503',
  },
];

describe('gRPC, WebSocket and SMTP codes among the other catalogs', () => {
  itReadsEach(cases);
});
