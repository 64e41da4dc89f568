"""The room's address, PIN and phones' keys, kept with the assessment while a round is open.

A laptop that crashes, sleeps or restarts with the room open must not strand the phones:
reopening the room serves the same token, PIN and port, and knows every phone's key again
(by its hash), so phones carry on and send what they queued meanwhile. Closing the room
on purpose ends all of it.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass

from cxassess.core.document import Assessment, RoomKeys


def key_digest(key: str) -> str:
    """The hash of a phone's key, as kept in the file and compared at each request."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def new_pin() -> str:
    """Six random digits."""
    return f"{secrets.randbelow(1_000_000):06d}"


@dataclass(frozen=True)
class Seat:
    """A person a phone answers for, as the reopened room needs to know them."""

    participant: uuid.UUID
    key_hash: str
    answered: int
    finished: bool


def open_room(doc: Assessment) -> tuple[RoomKeys, bool]:
    """The keys to serve with, and whether they are the ones of a room left open.

    A room left open (its keys are in the file: during the private round or the
    discussion after it) is reopened as it was, round and all; otherwise a new token and
    PIN are made, kept in the document, and a private round opens.
    """
    if doc.room is not None:
        return doc.room, True
    for person in doc.participants:
        person.room_key = None  # keys of a room closed long ago must not come back
    doc.room = RoomKeys(token=secrets.token_urlsafe(16), pin=new_pin())
    doc.round_open = True
    doc.touch()
    return doc.room, False


def seats(doc: Assessment) -> list[Seat]:
    """The phones the room knows: each person holding a key."""
    return [
        Seat(p.id, p.room_key, len(p.answers), p.sealed)
        for p in doc.participants
        if p.room_key is not None
    ]


def settle_port(doc: Assessment, port: int) -> None:
    """The port the room listens on, so that a reopened room asks for it again."""
    if doc.room is not None and doc.room.port != port:
        doc.room.port = port
        doc.touch()


def change_pin(doc: Assessment, pin: str) -> None:
    """The room's new PIN (after too many wrong ones); phones already in keep their keys."""
    if doc.room is not None:
        doc.room.pin = pin
        doc.touch()


def close_room(doc: Assessment) -> None:
    """The room was closed on purpose: its address, PIN and keys stop working for good."""
    from cxassess.core.votes import abandon

    abandon(doc)  # a vote left open would keep its ballots in the file for good
    changed = doc.room is not None
    doc.room = None
    for person in doc.participants:
        if person.room_key is not None:
            person.room_key = None
            changed = True
    if changed:
        doc.touch()


def released(doc: Assessment, participant_id: uuid.UUID) -> bool:
    """True when the facilitator released this person's place for a new phone."""
    return doc.room is not None and participant_id in doc.room.released


def release(doc: Assessment, participant_id: uuid.UUID) -> None:
    """Free a person's place: their phone's key stops working, and the next join under
    their name takes the place with the answers given so far (a lost or flat phone)."""
    person = doc.participant(participant_id)
    if doc.room is None:
        raise KeyError("room")
    person.room_key = None
    if participant_id not in doc.room.released:
        doc.room.released.append(participant_id)
    doc.touch()


def take_seat(doc: Assessment, participant_id: uuid.UUID, key_hash: str) -> None:
    """A phone now answers for this person."""
    person = doc.participant(participant_id)
    person.room_key = key_hash
    if doc.room is not None and participant_id in doc.room.released:
        doc.room.released.remove(participant_id)


def holders(doc: Assessment) -> list[tuple[uuid.UUID, str, bool]]:
    """People whose place a phone holds: (id, name, finished), for the facilitator."""
    return [(p.id, p.name, p.sealed) for p in doc.participants if p.room_key is not None]


__all__ = [
    "Seat",
    "change_pin",
    "close_room",
    "holders",
    "key_digest",
    "new_pin",
    "open_room",
    "release",
    "released",
    "seats",
    "settle_port",
    "take_seat",
]
