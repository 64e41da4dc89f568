"""The room: an HTTP server on the local network where participants answer on their phones.

aiohttp serves it from a thread of its own with its own event loop. The assessment is
never touched here: every change is handed to its owner (the app's GUI thread, or the
headless command) as a function to run, and the handler waits for the result.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import secrets
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from aiohttp import web

from cxassess.core.collect import (
    Refused,
    join,
    mine,
    parse_answers,
    parse_join,
    questionnaire_for_page,
    record,
)
from cxassess.core.document import Assessment
from cxassess.core.durable import GroupCommit, Unsaved
from cxassess.core.people import finish
from cxassess.core.questionnaire import Questionnaire
from cxassess.room.page import participant_page

T = TypeVar("T")

MAX_BODY = 64 * 1024
PIN_WINDOW_S = 60.0
PIN_FAILURES_ALLOWED = 10


class Owner(Protocol):
    """Whoever owns the assessment: runs a change on its own thread and says the result."""

    def run(self, change: Callable[[Assessment], T], writes: bool = True) -> Future[T]: ...


class PinGuard:
    """Counts wrong PINs per address; more than ten in a minute locks that address out.

    `clock` is injectable so that the minute can be tested without waiting it out."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._failures: dict[str, deque[float]] = {}
        self._pending: dict[str, int] = {}  # joins whose PIN is not judged yet
        self._clock = clock

    def _recent(self, address: str, now: float) -> deque[float]:
        times = self._failures.setdefault(address, deque())
        while times and now - times[0] > PIN_WINDOW_S:
            times.popleft()
        return times

    def blocked(self, address: str) -> bool:
        pending = self._pending.get(address, 0)
        return len(self._recent(address, self._clock())) + pending >= PIN_FAILURES_ALLOWED

    def failed(self, address: str) -> None:
        now = self._clock()
        self._recent(address, now).append(now)

    def begin(self, address: str) -> bool:
        """A join starts: counted before its body arrives, so a thousand joins sent at
        once cannot all be tried; False (refuse with 429) when the address is locked out."""
        if self.blocked(address):
            return False
        self._pending[address] = self._pending.get(address, 0) + 1
        return True

    def end(self, address: str, wrong: bool) -> None:
        """The join was judged: a wrong PIN counts as a failure for the minute."""
        left = self._pending.get(address, 1) - 1
        if left > 0:
            self._pending[address] = left
        else:
            self._pending.pop(address, None)
        if wrong:
            self.failed(address)


@dataclass
class Counts:
    """What the room screen shows: how many joined, are answering, have finished."""

    joined: int = 0
    answering: int = 0
    finished: int = 0


@dataclass
class _Person:
    participant: uuid.UUID
    answered: int = 0
    finished: bool = False


@dataclass
class RoomState:
    """Keys and progress of the people in the room; dies with the room."""

    people: dict[str, _Person] = field(default_factory=dict)  # sha256(key) -> person
    lock: threading.Lock = field(default_factory=threading.Lock)

    def counts(self) -> Counts:
        with self.lock:
            people = list(self.people.values())
        return Counts(
            joined=len(people),
            answering=sum(1 for p in people if p.answered and not p.finished),
            finished=sum(1 for p in people if p.finished),
        )


def _digest(key: str) -> str:
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


SECURITY_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Resource-Policy": "same-origin",
}


def _error(status: int, message: str) -> web.Response:
    return web.json_response({"error": message}, status=status)


class RoomServer:
    """One open room for one assessment. `start()` listens, `stop()` closes for good."""

    def __init__(
        self,
        owner: Owner,
        questionnaire: Questionnaire,
        roles: list[str] | None = None,
        anonymous: bool = False,
        title: str = "",
    ) -> None:
        self.owner = owner
        self.questionnaire = questionnaire
        self.page_questionnaire = questionnaire_for_page(questionnaire)
        self.roles = [r for r in (roles or []) if r]
        self.anonymous = anonymous
        self.title = title
        self.token = secrets.token_urlsafe(16)  # 128 bits: unguessable, and short to type
        self.pin = f"{secrets.randbelow(1_000_000):06d}"
        self.state = RoomState()
        self._claimed: set[uuid.UUID] = set()  # people a phone answers for; owner thread only
        self.guard = PinGuard()
        self.host = ""
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None

    # --- lifecycle ---------------------------------------------------------------------
    def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        """Listen on `host` (one interface, never all of them by default); returns the URL."""
        ready = threading.Event()
        failure: list[BaseException] = []

        def serve() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            try:
                loop.run_until_complete(self._open(host, port))
            except BaseException as exc:  # reported to the caller of start()
                failure.append(exc)
                ready.set()
                loop.close()
                return
            ready.set()
            loop.run_forever()
            loop.run_until_complete(self._close())
            loop.close()

        self._thread = threading.Thread(target=serve, name="cxassess-room", daemon=True)
        self._thread.start()
        ready.wait(30)
        if failure:
            raise failure[0]
        return self.url

    async def _open(self, host: str, port: int) -> None:
        app = web.Application(client_max_size=MAX_BODY, middlewares=[self._headers])
        base = "/r/{token}"
        app.router.add_get(base, self._page)
        app.router.add_post(base + "/join", self._join)
        app.router.add_put(base + "/answers", self._answers)
        app.router.add_get(base + "/me", self._me)
        app.router.add_post(base + "/finish", self._finish)
        # A short shutdown: a request still waiting for its owner must not hold the close.
        self._runner = web.AppRunner(
            app, access_log=None, handle_signals=False, shutdown_timeout=1.0
        )
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port, backlog=256)
        await site.start()
        sockets = site._server.sockets if site._server else []  # type: ignore[union-attr]
        self.host, self.port = host, sockets[0].getsockname()[1] if sockets else port

    async def _close(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    def stop(self) -> None:
        """Stop listening; the room's keys and token are forgotten."""
        loop, thread = self._loop, self._thread
        if loop is not None and loop.is_running():
            loop.call_soon_threadsafe(loop.stop)
        if thread is not None:
            thread.join(15)
        with self.state.lock:
            self.state.people.clear()
        self.token = ""
        self._loop = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/r/{self.token}"

    def counts(self) -> Counts:
        return self.state.counts()

    # --- requests ------------------------------------------------------------------------
    def _authority(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    def _foreign(self, request: web.Request) -> str | None:
        """Why a request is not for this room, or None: another host name (a DNS
        rebinding page reaching the laptop under its own name) or another site's page."""
        if request.headers.get("Host", "") != self._authority():
            return "This address does not serve a room."
        origin = request.headers.get("Origin")
        if origin is not None and origin != f"http://{self._authority()}":
            return "Requests from other pages are not accepted."
        return None

    @web.middleware
    async def _headers(self, request: web.Request, handler: Any) -> web.StreamResponse:
        try:
            refused = self._foreign(request)
            if refused is not None:
                raise web.HTTPForbidden(reason=refused)
            response = await handler(request)
        except web.HTTPRequestEntityTooLarge:
            response = _error(413, "The request is larger than 64 KiB.")
        except web.HTTPException as exc:
            response = _error(exc.status, exc.reason)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if "Content-Security-Policy" not in response.headers:
            response.headers["Content-Security-Policy"] = (
                "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
            )
        return response

    def _check_token(self, request: web.Request) -> None:
        token = request.match_info.get("token", "")
        if not self.token or not hmac.compare_digest(token.encode(), self.token.encode()):
            raise web.HTTPNotFound(reason="There is no open room at this address.")

    def _person(self, request: web.Request) -> _Person:
        header = request.headers.get("Authorization", "")
        key = header[7:].strip() if header.lower().startswith("bearer ") else ""
        with self.state.lock:
            person = self.state.people.get(_digest(key)) if key else None
        if person is None:
            raise web.HTTPUnauthorized(reason="This key does not belong to anyone in the room.")
        return person

    async def _body(self, request: web.Request) -> Any:
        if request.content_length is not None and request.content_length > MAX_BODY:
            raise web.HTTPRequestEntityTooLarge(
                max_size=MAX_BODY, actual_size=request.content_length
            )
        raw = await request.read()
        try:
            return json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise web.HTTPBadRequest(reason="The request is not JSON in UTF-8.") from None
        except RecursionError:
            raise web.HTTPBadRequest(reason="The request is nested too deeply.") from None

    async def _owned(self, change: Callable[[Assessment], T], writes: bool = True) -> T:
        """Run a change on the owner's thread; for a write, return once it is durable.

        Unsaved (the laptop could not write it) becomes a 503, so the phone keeps the
        answer and sends it again instead of dropping it."""
        try:
            return await asyncio.wrap_future(self.owner.run(change, writes))
        except Unsaved as exc:
            raise Refused(
                503,
                "The laptop could not save your answer just now; your phone keeps it and "
                "sends it again. (" + exc.reason[:200] + ")",
            ) from None

    async def _page(self, request: web.Request) -> web.Response:
        self._check_token(request)
        nonce = secrets.token_urlsafe(16)
        config = {
            "mode": "room",
            "title": self.title,
            "roles": self.roles,
            "anonymous": self.anonymous,
            "room": self.token,
        }
        response = web.Response(
            text=participant_page(config, nonce), content_type="text/html", charset="utf-8"
        )
        response.headers["Content-Security-Policy"] = (
            f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; "
            "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; "
            "frame-ancestors 'none'"
        )
        return response

    async def _join(self, request: web.Request) -> web.Response:
        self._check_token(request)
        address = request.remote or "?"
        if not self.guard.begin(address):
            return _error(429, "Too many wrong PINs from this device; wait a minute.")
        wrong = True  # a body that never shows the right PIN counts as a wrong one
        try:
            body = await self._body(request)
            pin = body.get("pin") if isinstance(body, dict) else None
            if isinstance(pin, str) and hmac.compare_digest(pin.encode(), self.pin.encode()):
                wrong = False
            try:
                pin, name, role = parse_join(body, self.roles, self.anonymous)
            except Refused as exc:
                return _error(exc.status, exc.message)
            if wrong:
                return _error(403, "That PIN is not the one shown in the room.")
        finally:
            self.guard.end(address, wrong)

        def claim(doc: Assessment) -> Any:
            # Runs on the owner's thread, one join after another: two phones giving the
            # same name cannot both take the same place.
            person = join(doc, name, role, frozenset(self._claimed))
            self._claimed.add(person.id)
            return person

        try:
            person = await self._owned(claim)
        except Refused as exc:
            return _error(exc.status, exc.message)
        except KeyError:
            return _error(410, "The room has closed.")
        key = secrets.token_urlsafe(32)
        with self.state.lock:
            self.state.people[_digest(key)] = _Person(person.id)
        return web.json_response(
            {"participant": str(person.id), "key": key, "questionnaire": self.page_questionnaire},
            status=201,
        )

    async def _answers(self, request: web.Request) -> web.Response:
        self._check_token(request)
        person = self._person(request)
        body = await self._body(request)
        try:
            given = parse_answers(self.questionnaire, body)
            answered, total = await self._owned(lambda doc: record(doc, person.participant, given))
        except Refused as exc:
            return _error(exc.status, exc.message)
        except KeyError:
            return _error(410, "Your place in the room was released; join again.")
        person.answered = answered
        return web.json_response({"answered": answered, "total": total})

    async def _me(self, request: web.Request) -> web.Response:
        self._check_token(request)
        person = self._person(request)
        try:
            answers = await self._owned(lambda doc: mine(doc, person.participant), writes=False)
        except Refused as exc:
            return _error(exc.status, exc.message)
        except KeyError:
            return _error(410, "Your place in the room was released; join again.")
        return web.json_response(answers)

    async def _finish(self, request: web.Request) -> web.Response:
        self._check_token(request)
        person = self._person(request)
        try:
            await self._owned(lambda doc: finish(doc, person.participant))
        except Refused as exc:
            return _error(exc.status, exc.message)
        except KeyError:
            return _error(410, "Your place in the room was released; join again.")
        person.finished = True
        return web.json_response({"finished": True})


class DirectOwner:
    """Owns the document in a process without a GUI: changes run under a lock. With a
    `commit` (a GroupCommit writing the file), a write's future resolves only once the
    change is on disk; without one (tests, a throwaway room), at once."""

    def __init__(self, doc: Assessment, commit: GroupCommit | None = None) -> None:
        self.doc = doc
        self.lock = threading.Lock()
        self.commit = commit

    def run(self, change: Callable[[Assessment], T], writes: bool = True) -> Future[T]:
        future: Future[T] = Future()
        try:
            with self.lock:
                result = change(self.doc)
        except BaseException as exc:
            future.set_exception(exc)
            return future
        if writes and self.commit is not None:
            self.commit.commit(future, result)
        else:
            future.set_result(result)
        return future


__all__ = ["Counts", "DirectOwner", "Owner", "PinGuard", "RoomServer"]
