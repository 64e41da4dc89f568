"""What the room's discussion keeps in the file: re-votes, ideas, dot votes and the timer.

The first round's answers stay with the participants, untouched; each re-vote is a later
round of its own with its raw answers. A dot vote's ballots are kept only so that a room
reopened after a crash resumes the vote; once it closes, only the ideas' totals remain.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from cxassess.core.text import valid_text

MAX_IDEA = 280  # characters: an idea is a line on a slide, not an essay
IDEAS_PER_PERSON = 5
MAX_IDEAS = 1000  # in one assessment, so that a room can never write a file too big to read
DEFAULT_DOTS = 3
MAX_DOTS = 20

IdeaText = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_IDEA),
    AfterValidator(valid_text),
]
Prompt = Annotated[str, StringConstraints(max_length=500), AfterValidator(valid_text)]
Key = Annotated[str, StringConstraints(max_length=200)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, validate_assignment=True)


class Revote(_Model):
    """A secret re-vote on one statement: a later round with its own raw answers."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4)
    question: Key
    opened_at: datetime
    closed_at: datetime | None = None
    # Participant id -> value (None: not applicable). Nobody sees these until it closes.
    answers: dict[uuid.UUID, int | None] = Field(default_factory=dict)


class Idea(_Model):
    """A short idea a phone sent for the roadmap; its author is kept only to count."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4)
    text: IdeaText
    author: uuid.UUID | None = None
    prompt: Prompt = ""
    dimension: Key | None = None
    question: Key | None = None
    created_at: datetime
    merged_into: uuid.UUID | None = None  # a duplicate the facilitator folded into another
    dots: int | None = Field(default=None, ge=0)  # the total of the last closed dot vote


class DotVote(_Model):
    """A secret dot vote over the ideas collected: each person spends up to `per_person`."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4)
    per_person: int = Field(default=DEFAULT_DOTS, ge=1, le=MAX_DOTS)
    opened_at: datetime
    closed_at: datetime | None = None
    ideas: list[uuid.UUID] = Field(default_factory=list)  # the ideas on the ballot
    # Participant id -> idea id -> dots; kept only to resume after a restart, then cleared.
    ballots: dict[uuid.UUID, dict[uuid.UUID, int]] = Field(default_factory=dict)
    totals: dict[uuid.UUID, int] = Field(default_factory=dict)  # set when it closes


class Collecting(_Model):
    """Ideas are being collected for this prompt (and the area or statement it serves)."""

    prompt: Prompt
    dimension: Key | None = None
    question: Key | None = None
    opened_at: datetime


class Timer(_Model):
    """A countdown for one discussion point, shown on the presenter."""

    minutes: float = Field(gt=0, le=180)
    started_at: datetime
    label: Prompt = ""


class RoomDiscussion(_Model):
    """Everything the room's discussion adds to an assessment."""

    revotes: list[Revote] = Field(default_factory=list)
    ideas: list[Idea] = Field(default_factory=list)
    dot_votes: list[DotVote] = Field(default_factory=list)
    collecting: Collecting | None = None
    timer: Timer | None = None

    def open_revote(self) -> Revote | None:
        """The re-vote under way, if any."""
        return next((v for v in self.revotes if v.closed_at is None), None)

    def open_dots(self) -> DotVote | None:
        """The dot vote under way, if any."""
        return next((v for v in self.dot_votes if v.closed_at is None), None)

    def live_ideas(self) -> list[Idea]:
        """Ideas that were not merged into another, in the order they arrived."""
        return [i for i in self.ideas if i.merged_into is None]


__all__ = [
    "DEFAULT_DOTS",
    "IDEAS_PER_PERSON",
    "MAX_DOTS",
    "MAX_IDEA",
    "MAX_IDEAS",
    "Collecting",
    "DotVote",
    "Idea",
    "Revote",
    "RoomDiscussion",
    "Timer",
]
