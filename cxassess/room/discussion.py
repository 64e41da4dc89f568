"""The phones' side of the discussion: what to show now, re-votes, ideas and dots.

Each route asks the core (`core.votes`) on the owner's thread; the rules (secret until
closed, limits, closed votes) are kept there, so the app and the control address obey
the same ones.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from aiohttp import web

from cxassess.core import votes
from cxassess.core.collect import Refused
from cxassess.core.document import Assessment
from cxassess.room.http import error, read_json

if TYPE_CHECKING:
    from cxassess.room.server import RoomServer

Route = Callable[[web.Request], Awaitable[web.StreamResponse]]
Change = Callable[[Assessment, Any, Any], Any]


def _answer(server: RoomServer, change: Change, writes: bool, status: int, body: bool) -> Route:
    async def route(request: web.Request) -> web.StreamResponse:
        server.check_token(request)
        person = server.person(request)
        given = await read_json(request) if body else None
        try:
            result = await server.owned(
                lambda doc: change(doc, person.participant, given), writes=writes
            )
        except Refused as exc:
            return error(exc.status, exc.message)
        except (ValueError, OverflowError) as exc:  # pydantic's errors are ValueErrors
            return error(422, f"The request has a value that cannot be stored: {str(exc)[:200]}")
        except KeyError:
            return error(410, "Your place in the room was released; join again.")
        return web.json_response(result, status=status)

    return route


def _now(doc: Assessment, participant: Any, _body: Any) -> dict[str, Any]:
    return votes.now_for(doc, participant)


def _revote(doc: Assessment, participant: Any, body: Any) -> dict[str, Any]:
    votes.cast_revote(doc, participant, body)
    return {"voted": True}


def _idea(doc: Assessment, participant: Any, body: Any) -> dict[str, Any]:
    idea = votes.send_idea(doc, participant, body)
    return {"id": str(idea.id), "text": idea.text}


def _dots(doc: Assessment, participant: Any, body: Any) -> dict[str, Any]:
    votes.cast_dots(doc, participant, body)
    return {"saved": True}


def add_phone_routes(app: web.Application, server: RoomServer, base: str) -> None:
    """GET now, PUT revote, POST ideas, PUT dots (all with the phone's key)."""
    app.router.add_get(base + "/now", _answer(server, _now, False, 200, False))
    app.router.add_put(base + "/revote", _answer(server, _revote, True, 200, True))
    app.router.add_post(base + "/ideas", _answer(server, _idea, True, 201, True))
    app.router.add_put(base + "/dots", _answer(server, _dots, True, 200, True))


__all__ = ["add_phone_routes"]
