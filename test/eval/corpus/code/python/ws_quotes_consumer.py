"""Consumes the exchange's quote stream over a WebSocket (the websockets package)."""
import asyncio
import json
import logging

import websockets
from websockets.exceptions import ConnectionClosed, ConnectionClosedError
from websockets.frames import CloseCode

log = logging.getLogger("quotes")

STREAM = "wss://stream.brightmarket.example/ws/v1/quotes"
BACKOFF = [1, 2, 5, 10, 30]
AUTH_FAILED = 4003  # the exchange's own close code


async def consume(queue: asyncio.Queue) -> None:
    attempt = 0
    while True:
        try:
            async with websockets.connect(STREAM, ping_interval=20, ping_timeout=10, max_size=2**20, open_timeout=15) as ws:
                attempt = 0
                await ws.send(json.dumps({"op": "subscribe", "symbols": ["ACME", "GLOBX"], "depth": 5}))
                async for raw in ws:
                    await queue.put(json.loads(raw))
        except ConnectionClosed as e:
            code = e.rcvd.code if e.rcvd else None
            if code == AUTH_FAILED or code == CloseCode.POLICY_VIOLATION:
                log.error("stream refused us: %s %s", code, e.rcvd.reason)
                raise
            if code == 1012:
                log.info("exchange restarting, reconnecting at once")
                continue
            if isinstance(e, ConnectionClosedError) and e.rcvd is None:
                log.warning("no close frame received (1006), attempt %d", attempt)
        delay = BACKOFF[min(attempt, len(BACKOFF) - 1)]
        attempt += 1
        await asyncio.sleep(delay)


async def shutdown(ws) -> None:
    await ws.close(code=CloseCode.NORMAL_CLOSURE, reason="consumer stopping")


async def reject(ws, reason: str) -> None:
    await ws.close(code=1011, reason=reason[:120])
