"""The room: an HTTP server on the local network where participants answer on their phones.

aiohttp serves it from a thread of its own with its own event loop. The assessment is
never touched here: every change is handed to its owner (the app's GUI thread, or the
headless command) as a function to run, and the handler waits for the result.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
import secrets
import threading
import uuid
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

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
from cxassess.core.document import Assessment, RoomKeys
from cxassess.core.durable import Unsaved
from cxassess.core.people import finish
from cxassess.core.questionnaire import Questionnaire
from cxassess.core.room_keys import (
    Seat,
    change_pin,
    key_digest,
    new_pin,
    open_room,
    release,
)
from cxassess.core.room_keys import seats as room_seats
from cxassess.room.control import Control
from cxassess.room.discussion import add_phone_routes
from cxassess.room.guard import (
    BurstHandler,
    BurstLog,
    PinGuard,
)
from cxassess.room.http import HEADER_TIMEOUT_S, MAX_BODY, error, protect, read_json
from cxassess.room.listen import Listener
from cxassess.room.owner import DirectOwner, Owner
from cxassess.room.page import participant_page
from cxassess.room.state import Counts, Person, RoomState

T = TypeVar("T")


class RoomServer:
    """One open room for one assessment. `start()` listens, `stop()` closes.

    With `keys` and `seats` (from `for_document`), the room serves the address, PIN and
    phones' keys kept in the file, so that a room reopened after a crash carries on."""

    def __init__(
        self,
        owner: Owner,
        questionnaire: Questionnaire,
        roles: list[str] | None = None,
        anonymous: bool = False,
        title: str = "",
        keys: RoomKeys | None = None,
        seats: Sequence[Seat] = (),
        report: Callable[[str], None] | None = None,
        on_pin: Callable[[str], None] = lambda _pin: None,
    ) -> None:
        self.owner = owner
        self.on_pin = on_pin
        self.questionnaire = questionnaire
        self.page_questionnaire = questionnaire_for_page(questionnaire)
        self.roles = [r for r in (roles or []) if r]
        self.anonymous = anonymous
        self.title = title
        # 128 bits: unguessable, and short to type.
        self.token = keys.token if keys is not None else secrets.token_urlsafe(16)
        self.pin = keys.pin if keys is not None else new_pin()
        self.wanted_port = keys.port if keys is not None else 0
        self.reopened = bool(seats) or (keys is not None and keys.port != 0)
        self.moved = False  # the kept port was taken by another program
        self.pin_changes = 0
        self.state = RoomState()
        for seat in seats:
            self.state.people[seat.key_hash] = Person(
                seat.participant, seat.answered, seat.finished
            )
        self.guard = PinGuard()
        self.log = BurstLog(report)
        self.host = ""
        self.port = 0
        self._listener: Listener | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self._log_handler = BurstHandler(self.log)
        self.control: Control | None = None

    @classmethod
    def for_document(
        cls,
        owner: Owner,
        doc: Assessment,
        report: Callable[[str], None] | None = None,
        on_pin: Callable[[str], None] = lambda _pin: None,
    ) -> RoomServer:
        """A room for `doc`, reopening the one left open if the file kept it. Call it on
        the thread that owns `doc`; the document then holds the room's keys."""
        keys, reopened = open_room(doc)
        return cls(
            owner,
            doc.questionnaire,
            sorted({p.role for p in doc.participants if p.role}),
            doc.anonymous,
            doc.team or doc.organisation,
            keys=keys.model_copy(),
            seats=room_seats(doc) if reopened else (),
            report=report,
            on_pin=on_pin,
        )

    # --- lifecycle ---------------------------------------------------------------------
    def start(self, host: str = "127.0.0.1", port: int = 0, control: bool = False) -> str:
        """Listen on `host` (one interface, never all of them by default); returns the URL.

        The port kept from the room left open is asked for first; if another program
        holds it, any free port is taken and `moved` says so. With `control`, the
        discussion's control address listens too, on the loopback interface only."""
        if control:
            self.control = Control(self)
        ready = threading.Event()
        failure: list[BaseException] = []

        def serve() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            asyncio.set_event_loop(loop)
            # asyncio reports a refused accept with a traceback each time: one line per
            # burst instead, so that an unread standard error can never fill and freeze us.
            loop.set_exception_handler(lambda _loop, context: self.log(str(context["message"])))
            try:
                loop.run_until_complete(self._open(host, port or self.wanted_port))
            except BaseException as exc:  # reported to the caller of start()
                failure.append(exc)
                ready.set()
                loop.close()
                return
            ready.set()
            loop.run_forever()
            loop.run_until_complete(self._close())
            loop.close()

        for name in ("aiohttp.server", "aiohttp.web"):
            logger = logging.getLogger(name)
            logger.addHandler(self._log_handler)
            logger.propagate = False
        self._thread = threading.Thread(target=serve, name="cxassess-room", daemon=True)
        self._thread.start()
        ready.wait(30)
        if failure:
            self._forget_logs()
            raise failure[0]
        return self.url

    async def _open(self, host: str, port: int) -> None:
        guard = protect(self._authority, lambda: self._listener)
        app = web.Application(client_max_size=MAX_BODY, middlewares=[guard])
        base = "/r/{token}"
        app.router.add_get(base, self._page)
        app.router.add_post(base + "/join", self._join)
        app.router.add_put(base + "/answers", self._answers)
        app.router.add_get(base + "/me", self._me)
        app.router.add_post(base + "/finish", self._finish)
        add_phone_routes(app, self, base)
        # A short shutdown: a request still waiting for its owner must not hold the close.
        self._runner = web.AppRunner(
            app, access_log=None, handle_signals=False, shutdown_timeout=1.0
        )
        await self._runner.setup()
        server = self._runner.server
        assert server is not None
        self._listener = Listener(server, self.log, HEADER_TIMEOUT_S)
        try:
            self.port = self._listener.listen(host, port)
        except OSError:
            if not port or port != self.wanted_port:
                raise
            self.moved = True  # another program took the kept port since
            self.port = self._listener.listen(host, 0)
        self.host = host
        if self.control is not None:
            await self.control.open()

    async def _close(self) -> None:
        if self.control is not None:
            await self.control.close()
        if self._listener is not None:
            await self._listener.close()
        if self._runner is not None:
            await self._runner.cleanup()

    def _forget_logs(self) -> None:
        for name in ("aiohttp.server", "aiohttp.web"):
            logger = logging.getLogger(name)
            logger.removeHandler(self._log_handler)
            logger.propagate = True

    def stop(self) -> None:
        """Stop listening; the room's keys and token are forgotten by this server (the
        document keeps them until the room is closed for good with `close_room`)."""
        loop, thread = self._loop, self._thread
        if loop is not None and loop.is_running():
            loop.call_soon_threadsafe(loop.stop)
        if thread is not None:
            thread.join(15)
        self._forget_logs()
        with self.state.lock:
            self.state.people.clear()
        self.token = ""
        self._loop = None

    @property
    def url(self) -> str:
        return f"http://{self._authority()}/r/{self.token}"

    def counts(self) -> Counts:
        return self.state.counts()

    def connections(self) -> int:
        """How many connections are open now."""
        return self._listener.connections() if self._listener is not None else 0

    def release(self, participant_id: uuid.UUID) -> Any:
        """Free a person's place: their phone's key stops working, and the next join
        under their name takes it over with the answers so far."""
        with self.state.lock:
            for digest, person in list(self.state.people.items()):
                if person.participant == participant_id:
                    del self.state.people[digest]
        return self.owner.run(lambda doc: release(doc, participant_id))

    # --- requests ------------------------------------------------------------------------
    def _authority(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    def check_token(self, request: web.Request) -> None:
        token = request.match_info.get("token", "")
        if not self.token or not hmac.compare_digest(token.encode(), self.token.encode()):
            raise web.HTTPNotFound(reason="There is no open room at this address.")

    def person(self, request: web.Request) -> Person:
        header = request.headers.get("Authorization", "")
        key = header[7:].strip() if header.lower().startswith("bearer ") else ""
        with self.state.lock:
            person = self.state.people.get(key_digest(key)) if key else None
        if person is None:
            raise web.HTTPUnauthorized(reason="This key does not belong to anyone in the room.")
        return person

    async def owned(self, change: Callable[[Assessment], T], writes: bool = True) -> T:
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
        self.check_token(request)
        nonce = secrets.token_urlsafe(16)
        config = {
            "mode": "room",
            "title": self.title,
            "roles": self.roles,
            "anonymous": self.anonymous,
            "room": self.token,
            # Whom to answer for (the whole organisation), before anyone joins.
            "referent": self.questionnaire.description or "",
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

    def _new_pin(self) -> None:
        """Too many wrong PINs in the room: a new one, kept with the assessment and shown
        to the facilitator (the room screen, or a `pin:` line from `cxassess room`)."""
        pin = new_pin()
        self.pin = pin
        self.pin_changes += 1
        self.owner.run(lambda doc: change_pin(doc, pin))
        self.on_pin(pin)

    async def _join(self, request: web.Request) -> web.Response:
        self.check_token(request)
        address = request.remote or "?"
        if not self.guard.begin(address):
            return error(429, "Too many wrong PINs from this device; wait a minute.")
        wrong = True  # a body that never shows the right PIN counts as a wrong one
        try:
            body = await read_json(request)
            pin = body.get("pin") if isinstance(body, dict) else None
            if isinstance(pin, str) and hmac.compare_digest(pin.encode(), self.pin.encode()):
                wrong = False
            try:
                pin, name, role, unit = parse_join(body, self.roles, self.anonymous)
            except Refused as exc:
                return error(exc.status, exc.message)
            if wrong:
                return error(403, "That PIN is not the one shown in the room.")
        finally:
            if self.guard.end(address, wrong):
                self._new_pin()
        key = secrets.token_urlsafe(32)
        digest = key_digest(key)

        def claim(doc: Assessment) -> tuple[uuid.UUID, int]:
            # Runs on the owner's thread, one join after another: two phones giving the
            # same name cannot both take the same place. The key's hash is in the file
            # before the phone hears of the key, so a restarted room knows it.
            person = join(doc, name, role, digest, unit)
            return person.id, len(person.answers)

        try:
            participant, answered = await self.owned(claim)
        except Refused as exc:
            return error(exc.status, exc.message)
        except KeyError:
            return error(410, "The room has closed.")
        with self.state.lock:
            self.state.people[digest] = Person(participant, answered)
        return web.json_response(
            {"participant": str(participant), "key": key, "questionnaire": self.page_questionnaire},
            status=201,
        )

    async def _answers(self, request: web.Request) -> web.Response:
        self.check_token(request)
        person = self.person(request)
        body = await read_json(request)
        try:
            given = parse_answers(self.questionnaire, body)
            answered, total = await self.owned(lambda doc: record(doc, person.participant, given))
        except Refused as exc:
            return error(exc.status, exc.message)
        except KeyError:
            return error(410, "Your place in the room was released; join again.")
        person.answered = answered
        return web.json_response({"answered": answered, "total": total})

    async def _me(self, request: web.Request) -> web.Response:
        self.check_token(request)
        person = self.person(request)
        try:
            answers = await self.owned(lambda doc: mine(doc, person.participant), writes=False)
        except Refused as exc:
            return error(exc.status, exc.message)
        except KeyError:
            return error(410, "Your place in the room was released; join again.")
        return web.json_response(answers)

    async def _finish(self, request: web.Request) -> web.Response:
        self.check_token(request)
        person = self.person(request)
        try:
            await self.owned(lambda doc: finish(doc, person.participant))
        except Refused as exc:
            return error(exc.status, exc.message)
        except KeyError:
            return error(410, "Your place in the room was released; join again.")
        person.finished = True
        return web.json_response({"finished": True})


__all__ = ["Counts", "DirectOwner", "Owner", "PinGuard", "RoomServer"]
