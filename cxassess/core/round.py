"""The workshop round's rules, in one place for every path (the app, the room, merge,
import and the command line): who may still answer, when results may be shown, who may
unlock or reveal, and how small a group of people may be shown on its own.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid

from cxassess.core.document import Assessment, Participant, PinHash, Sealed, now_utc
from cxassess.core.problems import CxError, Problem
from cxassess.core.questionnaire import Questionnaire

# scrypt's cost: about 50 ms a try on a laptop, so the facilitator's PIN in a file that
# leaves the room cannot be read back by trying every PIN in a moment.
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}


class RoundOpen(CxError):
    """Results were asked for while people are still answering privately."""


class WrongPin(CxError):
    """The facilitator's PIN was needed and not given, or not this one."""


def results_visible(doc: Assessment) -> bool:
    """False while a workshop's private answering is under way."""
    return not (doc.is_team and doc.round_open)


def still_answering(doc: Assessment) -> list[Participant]:
    """People who have not finished, in the document's order."""
    return [p for p in doc.participants if not p.sealed]


def require_revealed(doc: Assessment, source: str = "") -> None:
    """RoundOpen naming who is still answering, unless results may be shown."""
    if results_visible(doc):
        return
    waiting = still_answering(doc)
    label = source or "The assessment"
    who = (
        f"{len(waiting)} of {len(doc.participants)} people have not finished"
        if waiting
        else "everyone has finished, but the facilitator has not revealed the results"
    )
    names = [Problem((), f"{p.name} is still answering", None, source) for p in waiting]
    if doc.anonymous:
        names = []
    raise RoundOpen(
        f"{label}: the round is still open ({who}), so no results are shown. "
        f"The facilitator reveals them in the app, or with `cxassess reveal {source or 'FILE'}`.",
        names,
    )


def check_writable(person: Participant) -> None:
    """Sealed unless the facilitator unlocked them: nothing may change their answers."""
    if person.sealed:
        raise Sealed(person.name)


def _digest(pin: str, salt: bytes) -> str:
    return hashlib.scrypt(pin.encode("utf-8"), salt=salt, dklen=32, **_SCRYPT).hex()


def valid_pin(pin: str) -> bool:
    """A facilitator PIN is 4 to 12 digits."""
    return pin.isdigit() and pin.isascii() and 4 <= len(pin) <= 12


def hash_pin(pin: str) -> PinHash:
    """A new salted hash of `pin`."""
    if not valid_pin(pin):
        raise CxError("The facilitator's PIN must be 4 to 12 digits.")
    salt = secrets.token_bytes(16)
    return PinHash(salt=salt.hex(), hash=_digest(pin, salt))


def pin_matches(doc: Assessment, pin: str | None) -> bool:
    """True when the document has no facilitator PIN, or `pin` is it."""
    stored = doc.facilitator_pin
    if stored is None:
        return True
    if pin is None:
        return False
    try:
        salt = bytes.fromhex(stored.salt)
    except ValueError:
        return False
    return hmac.compare_digest(_digest(pin, salt), stored.hash)


def _require_pin(doc: Assessment, pin: str | None, what: str) -> None:
    if not pin_matches(doc, pin):
        raise WrongPin(
            f"{what} needs the facilitator's PIN."
            if pin is None
            else f"That is not the facilitator's PIN, so {what[0].lower() + what[1:]} did not happen."
        )


def reveal(doc: Assessment, pin: str | None = None) -> None:
    """End the round: results may be shown (the facilitator's PIN, where one is set)."""
    if not doc.round_open:
        return
    _require_pin(doc, pin, "Revealing the results")
    doc.round_open = False
    # The private round is over, but an open room stays open: the same phones take part
    # in the discussion (re-votes, ideas, dot votes). Closing the room ends its keys.
    doc.touch()


def unlock(doc: Assessment, participant_id: uuid.UUID, pin: str | None = None) -> None:
    """Let a finished person answer again (the facilitator's PIN, where one is set)."""
    person = doc.participant(participant_id)
    if person.finished_at is None:
        return
    _require_pin(doc, pin, "Unlocking sealed answers")
    person.finished_at = None
    doc.touch()


def finish(doc: Assessment, participant_id: uuid.UUID) -> None:
    """Seal a person's answers: they finished, and nobody reopens them without unlocking."""
    person = doc.participant(participant_id)
    if person.finished_at is None:
        person.finished_at = now_utc()
        doc.touch()


def role_floor(q: Questionnaire, min_size: int | None = None) -> int:
    """The fewest people a role may have to be shown on its own (never below 2)."""
    return max(2, q.min_role_size if min_size is None else min_size)


__all__ = [
    "PinHash",
    "RoundOpen",
    "WrongPin",
    "check_writable",
    "finish",
    "hash_pin",
    "pin_matches",
    "require_revealed",
    "results_visible",
    "reveal",
    "role_floor",
    "still_answering",
    "unlock",
    "valid_pin",
]
