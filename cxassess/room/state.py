"""Who is in the room: each phone's key (by its hash), its person and progress."""

from __future__ import annotations

import threading
import uuid
from dataclasses import dataclass, field


@dataclass
class Counts:
    """What the room screen shows: how many joined, are answering, have finished."""

    joined: int = 0
    answering: int = 0
    finished: int = 0


@dataclass
class Person:
    participant: uuid.UUID
    answered: int = 0
    finished: bool = False


@dataclass
class RoomState:
    """Keys and progress of the people in the room; dies with the room."""

    people: dict[str, Person] = field(default_factory=dict)  # sha256(key) -> person
    lock: threading.Lock = field(default_factory=threading.Lock)

    def counts(self) -> Counts:
        with self.lock:
            people = list(self.people.values())
        return Counts(
            joined=len(people),
            answering=sum(1 for p in people if p.answered and not p.finished),
            finished=sum(1 for p in people if p.finished),
        )


__all__ = ["Counts", "Person", "RoomState"]
