"""Serves the departure board to station displays over WebSockets (the websockets package, asyncio API)."""
import asyncio
import json
import logging

import websockets
from websockets.asyncio.server import serve
from websockets.exceptions import ConnectionClosed
from websockets.frames import CloseCode

log = logging.getLogger("board")

DISPLAYS: dict[str, websockets.asyncio.server.ServerConnection] = {}
MAX_DISPLAYS = 400


async def handler(ws) -> None:
    if len(DISPLAYS) >= MAX_DISPLAYS:
        await ws.close(CloseCode.TRY_AGAIN_LATER, "board full")
        return
    hello = json.loads(await asyncio.wait_for(ws.recv(), timeout=5))
    if "platform" not in hello:
        await ws.close(code=CloseCode.INVALID_DATA, reason="hello without platform")
        return
    DISPLAYS[hello["platform"]] = ws
    try:
        async for raw in ws:
            if len(raw) > 4096:
                await ws.close(CloseCode.MESSAGE_TOO_BIG)
    except ConnectionClosed as exc:
        if exc.rcvd is not None and exc.rcvd.code == CloseCode.GOING_AWAY:
            log.info("display %s powered down", hello["platform"])
        else:
            log.warning("display %s lost: %s", hello["platform"], exc)
    finally:
        DISPLAYS.pop(hello["platform"], None)


async def drain() -> None:
    for ws in list(DISPLAYS.values()):
        await ws.close(websockets.frames.CloseCode.NORMAL_CLOSURE, "board closing for the night")


async def main() -> None:
    async with serve(handler, "0.0.0.0", 8765, max_size=2**16):
        await asyncio.get_running_loop().create_future()
