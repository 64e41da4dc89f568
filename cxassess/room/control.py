"""The control address: the discussion driven without the app, from the laptop only.

`cxassess room` prints `control: http://127.0.0.1:PORT/c/CTOKEN`. It listens on the
loopback interface alone, on a port of its own, with a token of its own (128 bits), so
that a phone on the room's network can neither reach it nor guess it. Like the phones, it
sees counts while a vote is open and a distribution only in the answer that closes it.
"""

from __future__ import annotations

import hmac
import secrets
import uuid
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from aiohttp import web

from cxassess.core import votes
from cxassess.core.collect import Refused
from cxassess.core.document import AgreedScore, Assessment, now_utc
from cxassess.core.problems import CxError
from cxassess.core.round import results_visible, reveal, still_answering
from cxassess.core.text import text_problem
from cxassess.room.http import HEADER_TIMEOUT_S, MAX_BODY, error, protect, read_json
from cxassess.room.listen import Listener

if TYPE_CHECKING:
    from cxassess.room.server import RoomServer

Route = Callable[[web.Request], Awaitable[web.StreamResponse]]
Change = Callable[[Assessment, Any], Any]


def _object(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise Refused(422, "The request must be a JSON object.")
    return body


def _state(doc: Assessment, _body: Any) -> dict[str, Any]:
    return votes.control_state(doc)


def _reveal(doc: Assessment, body: Any) -> dict[str, Any]:
    body = _object(body)
    waiting = still_answering(doc)
    if doc.round_open and waiting and body.get("unfinished") is not True:
        raise Refused(
            409,
            f"{len(waiting)} of {len(doc.participants)} people have not finished; "
            'send {"unfinished": true} to reveal anyway.',
        )
    pin = body.get("pin")
    try:
        reveal(doc, pin if isinstance(pin, str) else None)
    except CxError as exc:
        raise Refused(403, exc.message) from None
    return votes.control_state(doc)


def _revote(doc: Assessment, body: Any) -> dict[str, Any]:
    question = _object(body).get("question")
    if not isinstance(question, str):
        raise Refused(422, 'The request must be {"question": ID}.')
    return {"vote": str(votes.start_revote(doc, question).id)}


def _optional(body: dict[str, Any], name: str) -> str | None:
    value = body.get(name)
    if value is not None and not isinstance(value, str):
        raise Refused(422, f"{name} must be text or null.")
    return value


def _ideas(doc: Assessment, body: Any) -> dict[str, Any]:
    body = _object(body)
    prompt = body.get("prompt", "")
    if not isinstance(prompt, str):
        raise Refused(422, "prompt must be text.")
    votes.collect_ideas(doc, prompt, _optional(body, "dimension"), _optional(body, "question"))
    return votes.control_state(doc)


def _idea_list(doc: Assessment, _body: Any) -> dict[str, Any]:
    # Unattributed, as the presenter shows them; dots only once a vote closed.
    return {
        "ideas": [
            {"id": str(i.id), "text": i.text, "dots": i.dots} for i in doc.discussion.live_ideas()
        ]
    }


def _dots(doc: Assessment, body: Any) -> dict[str, Any]:
    per_person = _object(body).get("per_person", 3)
    return {"vote": str(votes.start_dots(doc, per_person).id)}


def _close(doc: Assessment, _body: Any) -> dict[str, Any]:
    return votes.close_vote(doc).to_json()


def _uuid(value: Any, name: str) -> uuid.UUID:
    try:
        return uuid.UUID(str(value))
    except ValueError:
        raise Refused(422, f"{name} must be an idea's id.") from None


def _merge(doc: Assessment, body: Any) -> dict[str, Any]:
    body = _object(body)
    others = body.get("ideas")
    if not isinstance(others, list):
        raise Refused(422, 'The request must be {"into": ID, "ideas": [ID, ...]}.')
    into = votes.merge_ideas(
        doc, _uuid(body.get("into"), "into"), [_uuid(i, "ideas") for i in others]
    )
    return {"id": str(into.id), "text": into.text}


def _agree(doc: Assessment, body: Any) -> dict[str, Any]:
    """Record the agreed score of a statement: by default the last re-vote's median."""
    if not results_visible(doc):
        raise Refused(409, votes.NOT_NOW)
    body = _object(body)
    question = body.get("question")
    if not isinstance(question, str) or not doc.questionnaire.has_question(question):
        raise Refused(422, "question must be a statement of this questionnaire.")
    running = doc.discussion.open_revote()
    if running is not None and running.question == question:
        raise Refused(
            409, "The re-vote on it is still open: its votes stay secret until it closes."
        )
    vote = votes.last_revote(doc, question)
    result = votes.revote_result(doc, vote) if vote is not None else None
    score = body.get("score", result.median_after if result else None)
    points = doc.questionnaire.scale.points
    if isinstance(score, bool) or not isinstance(score, int | float) or not 1 <= score <= points:
        raise Refused(422, f"score must be a number from 1 to {points}.")
    rationale = body.get("rationale", result.rationale if result else "")
    if not isinstance(rationale, str) or len(rationale) > 20_000:
        raise Refused(422, "rationale must be text of at most 20,000 characters.")
    if text_problem(rationale) is not None:
        raise Refused(422, f"rationale {text_problem(rationale)}.")
    evidence = body.get("evidence", "")
    if not isinstance(evidence, str) or len(evidence) > 20_000:
        raise Refused(422, "evidence must be text of at most 20,000 characters.")
    if text_problem(evidence) is not None:
        raise Refused(422, f"evidence {text_problem(evidence)}.")
    doc.agreed_questions[question] = AgreedScore(
        score=float(score), rationale=rationale, evidence=evidence, recorded_at=now_utc()
    )
    doc.touch()
    return {
        "question": question,
        "score": float(score),
        "rationale": rationale,
        "evidence": evidence,
    }


def _timer(doc: Assessment, body: Any) -> dict[str, Any]:
    minutes = _object(body).get("minutes")
    label = _object(body).get("label", "")
    if not isinstance(label, str):
        raise Refused(422, "label must be text.")
    if minutes is None:
        votes.stop_timer(doc)
    elif isinstance(minutes, bool) or not isinstance(minutes, int | float):
        raise Refused(422, "minutes must be a number, or null to stop the timer.")
    elif not 0 < minutes <= 180:  # compared before float(): a huge integer overflows it
        raise Refused(422, "minutes must be more than 0 and at most 180.")
    else:
        votes.start_timer(doc, float(minutes), label[:500])
    return votes.control_state(doc)


_ROUTES: list[tuple[str, str, Change, bool, int]] = [
    ("GET", "/state", _state, False, 200),
    ("GET", "/ideas", _idea_list, False, 200),
    ("POST", "/reveal", _reveal, True, 200),
    ("POST", "/revote", _revote, True, 201),
    ("POST", "/ideas", _ideas, True, 201),
    ("POST", "/dots", _dots, True, 201),
    ("POST", "/close", _close, True, 200),
    ("POST", "/merge", _merge, True, 200),
    ("POST", "/agree", _agree, True, 200),
    ("POST", "/timer", _timer, True, 200),
]


class Control:
    """The control address of one room, on the loopback interface."""

    def __init__(self, server: RoomServer) -> None:
        self.server = server
        self.token = secrets.token_urlsafe(16)
        self.port = 0
        self._runner: web.AppRunner | None = None
        self._listener: Listener | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/c/{self.token}"

    def _check(self, request: web.Request) -> None:
        token = request.match_info.get("ctoken", "")
        if not hmac.compare_digest(token.encode(), self.token.encode()):
            raise web.HTTPNotFound(reason="There is no control at this address.")

    def _route(self, change: Change, writes: bool, status: int) -> Route:
        async def route(request: web.Request) -> web.StreamResponse:
            self._check(request)
            body = await read_json(request) if request.method != "GET" else None
            try:
                result = await self.server.owned(lambda doc: change(doc, body), writes=writes)
            except Refused as exc:
                return error(exc.status, exc.message)
            except (ValueError, OverflowError) as exc:  # pydantic's errors are ValueErrors
                # A value the rules above let through and the file would not hold.
                return error(
                    422, f"The request has a value that cannot be stored: {str(exc)[:200]}"
                )
            return web.json_response(result, status=status)

        return route

    async def open(self) -> None:
        """Listen on 127.0.0.1 (any free port)."""
        guard = protect(lambda: f"127.0.0.1:{self.port}", lambda: None)
        app = web.Application(client_max_size=MAX_BODY, middlewares=[guard])
        for method, path, change, writes, status in _ROUTES:
            app.router.add_route(method, "/c/{ctoken}" + path, self._route(change, writes, status))
        self._runner = web.AppRunner(
            app, access_log=None, handle_signals=False, shutdown_timeout=1.0
        )
        await self._runner.setup()
        server = self._runner.server
        assert server is not None
        # The room's own accept loop: its connection limits hold here too.
        self._listener = Listener(server, self.server.log, HEADER_TIMEOUT_S)
        self.port = self._listener.listen("127.0.0.1", 0)

    async def close(self) -> None:
        """Stop listening."""
        if self._listener is not None:
            await self._listener.close()
            self._listener = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None


__all__ = ["Control"]
