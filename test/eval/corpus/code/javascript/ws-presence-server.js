'use strict';
const http = require('node:http');
const { WebSocketServer } = require('ws');

const PORT = Number(process.env.PORT || 8080);
const MAX_PAYLOAD = 64 * 1024;
const IDLE_MS = 45000;

const server = http.createServer();
const wss = new WebSocketServer({ server, path: '/presence', maxPayload: MAX_PAYLOAD, clientTracking: true });

wss.on('connection', (ws, req) => {
  const room = new URL(req.url, 'http://localhost').searchParams.get('room');
  if (!room) {
    ws.close(1008, 'room is required');
    return;
  }
  if (rooms.size(room) >= 200) {
    ws.close(1013, 'room full, try again later');
    return;
  }
  let idle = setTimeout(() => ws.close(4408, 'idle'), IDLE_MS);
  ws.on('message', (data, isBinary) => {
    clearTimeout(idle);
    idle = setTimeout(() => ws.close(4408, 'idle'), IDLE_MS);
    if (isBinary) return ws.close(1003, 'text frames only');
    rooms.broadcast(room, data.toString('utf8'));
  });
  ws.on('close', (code, reason) => {
    clearTimeout(idle);
    if (code === 1001) metrics.increment('presence.navigated_away');
    else if (code === 1006) metrics.increment('presence.dropped');
    else if (code !== 1000) log.info({ code, reason: reason.toString() }, 'presence socket closed');
  });
  ws.on('error', (err) => {
    // ws closes with 1009 itself when a frame exceeds maxPayload.
    log.warn({ err }, 'presence socket error');
  });
});

process.on('SIGTERM', () => {
  for (const client of wss.clients) client.close(1001, 'server restarting');
  server.close(() => process.exit(0));
});

server.listen(PORT);
