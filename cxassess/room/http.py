"""The room's HTTP hygiene: size and time limits, same-origin checks, security headers.

Every response of the room passes through `protect`, which refuses requests for another
host name (DNS rebinding) or from another site's page, turns refusals into JSON errors
and adds the headers that keep the pages out of frames and caches.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from aiohttp.typedefs import Middleware

from cxassess.room.listen import Listener

MAX_BODY = 64 * 1024
# A phone on poor Wi-Fi sends its few hundred bytes of headers well inside this; a client
# that dribbles them a byte at a time is closed (aiohttp's keep-alive timer runs from the
# connection, or the last response, until a whole request has arrived).
HEADER_TIMEOUT_S = 10.0
BODY_TIMEOUT_S = 10.0


SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def error(status: int, message: str) -> web.Response:
    """A refusal as the phone page reads it: JSON with the reason."""
    return web.json_response({"error": message}, status=status)


def foreign(request: web.Request, authority: str) -> str | None:
    """Why a request is not for this room, or None: another host name (a DNS
    rebinding page reaching the laptop under its own name) or another site's page."""
    if request.headers.get("Host", "") != authority:
        return "This address does not serve a room."
    origin = request.headers.get("Origin")
    if origin is not None and origin != f"http://{authority}":
        return "Requests from other pages are not accepted."
    return None


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def protect(authority: Callable[[], str], listener: Callable[[], Listener | None]) -> Middleware:
    """The middleware every request of the room passes through."""

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        connections, protocol = listener(), request.protocol
        if connections is not None:
            connections.working(protocol, True)
        try:
            refused = foreign(request, authority())
            if refused is not None:
                raise web.HTTPForbidden(reason=refused)
            response: web.StreamResponse = await handler(request)
        except web.HTTPRequestEntityTooLarge:
            response = error(413, "The request is larger than 64 KiB.")
        except web.HTTPException as exc:
            response = error(exc.status, exc.reason)
        finally:
            if connections is not None:
                connections.working(protocol, False)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if "Content-Security-Policy" not in response.headers:
            response.headers["Content-Security-Policy"] = (
                "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
            )
        return response

    return middleware


async def read_json(request: web.Request) -> Any:
    """The request's JSON body, refused when too large, too slow, not JSON or too deep."""
    if request.content_length is not None and request.content_length > MAX_BODY:
        raise web.HTTPRequestEntityTooLarge(max_size=MAX_BODY, actual_size=request.content_length)
    try:
        async with asyncio.timeout(BODY_TIMEOUT_S):
            raw = await request.read()
    except TimeoutError:
        raise web.HTTPRequestTimeout(reason="The request's body came too slowly.") from None
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise web.HTTPBadRequest(reason="The request is not JSON in UTF-8.") from None
    except RecursionError:
        raise web.HTTPBadRequest(reason="The request is nested too deeply.") from None


__all__ = [
    "BODY_TIMEOUT_S",
    "HEADER_TIMEOUT_S",
    "MAX_BODY",
    "error",
    "foreign",
    "protect",
    "read_json",
]
