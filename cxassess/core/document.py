"""The assessment document (`.cxa`): one shape for a solo assessment and a workshop."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    StringConstraints,
    model_validator,
)

from cxassess.core.ballots import RoomDiscussion
from cxassess.core.questionnaire import Questionnaire
from cxassess.core.text import clean_name, valid_text

FORMAT_VERSION = 11
MAX_OWNERS = 200  # roles a document names people for


def _name(text: str) -> str:
    text = clean_name(text)
    if not text:
        raise ValueError("a name needs at least one visible character")
    return text


# Every string is checked where it is stored (also on assignment), not only when a file
# is read: one lone surrogate would make every later save of the document fail.
Name = Annotated[str, StringConstraints(max_length=200), AfterValidator(_name)]
Role = Annotated[str, StringConstraints(max_length=500), AfterValidator(clean_name)]
RoleName = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
ShortText = Annotated[str, StringConstraints(max_length=500), AfterValidator(valid_text)]
LongText = Annotated[str, StringConstraints(max_length=20_000), AfterValidator(valid_text)]
Status = Literal["planned", "in_progress", "done", "dropped"]
Review = Literal["suggested", "accepted", "dropped"]
Horizon = Literal["now", "next", "later"]
Effort = Literal["low", "medium", "high"]


def now_utc() -> datetime:
    """The current time, timezone-aware, to the second."""
    return datetime.now(UTC).replace(microsecond=0)


class Sealed(Exception):
    """A write to a finished person's answers: sealed answers change only after an unlock."""

    def __init__(self, name: str) -> None:
        super().__init__(f"{name} has finished; their answers are sealed.")


class _Model(BaseModel):
    # NaN and infinity are not scores, weights or priorities, and JSON cannot carry them
    # Assignments are validated too: `person.role = text` from a phone is a write path.
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, validate_assignment=True)


class Answer(_Model):
    """One person's answer to one question: a point, "not applicable" (`value` None) or
    "don't know" (`value` None and `dont_know`).

    Both count nowhere in the scores, but they say different things: a statement that
    does not fit the team, or a leader who cannot see what it asks about (a finding).
    """

    value: int | None
    dont_know: bool = False
    comment: LongText = ""
    answered_at: datetime | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> Answer:
        if self.dont_know and self.value is not None:
            raise ValueError("an answer of 'don't know' has no point (value must be null)")
        return self

    @property
    def kind(self) -> Literal["point", "na", "dont_know"]:
        """Which of the three kinds of answer this is."""
        if self.value is not None:
            return "point"
        return "dont_know" if self.dont_know else "na"

    @property
    def code(self) -> str:
        """The answer as a cell writes it: the point, DK or NA."""
        if self.value is not None:
            return str(self.value)
        return "DK" if self.dont_know else "NA"


class Participant(_Model):
    """Someone who answered; their answers travel with them so files merge by person."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4)
    name: Name
    role: Role = ""
    # The part of the organisation the person knows best (a department, a site): people
    # answer for the whole organisation, and the unit lens shows where views differ.
    unit: Role = ""
    answers: dict[str, Answer] = Field(default_factory=dict)
    # Set when the person finishes: from then on their answers are sealed, so nobody at a
    # shared laptop (or a phone in the room) can reopen them until the facilitator unlocks.
    finished_at: datetime | None = None
    # While a room is open: the SHA-256 of the key this person's phone holds, so that the
    # room reopened after a crash knows the phone again (the key itself is never stored).
    room_key: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")] | None = None

    @property
    def sealed(self) -> bool:
        """True once the person has finished answering."""
        return self.finished_at is not None


class AgreedScore(_Model):
    """A score the team agreed on after discussion, kept beside the computed one."""

    score: float
    rationale: LongText = ""
    # For a statement of fact (a pay plan, a named owner): the document the room looked at.
    evidence: LongText = ""
    # No default, so that `exclude_defaults` always writes it (a default factory giving
    # "now" would drop a time recorded this second); a new score is stamped on creation.
    recorded_at: datetime

    @model_validator(mode="before")
    @classmethod
    def _stamp(cls, data: Any) -> Any:
        if isinstance(data, dict) and "recorded_at" not in data:
            return {**data, "recorded_at": now_utc()}
        return data


class RoadmapItem(_Model):
    """One action on the roadmap, generated from the questionnaire or added by hand."""

    id: uuid.UUID = Field(default_factory=uuid.uuid4)
    action: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2000)]
    dimension: str | None = None
    question: str | None = None
    source_action: str | None = None
    owner: ShortText = ""
    due: date | None = None
    # The date first promised, kept when a carried action past it is taken on again with a
    # new one: a plan that slips says so instead of looking new.
    first_due: date | None = None
    kpi: ShortText = ""
    baseline: ShortText = ""  # how the KPI is measured before acting
    target: ShortText = ""  # the KPI's target
    result: ShortText = ""  # what the KPI measured when the action was last reviewed
    status: Status = "planned"
    # Whether the team took the action on (separate from how far it got): only accepted
    # actions are the plan; suggestions wait for review.
    review: Review = "accepted"
    reason: ShortText = ""  # why it was suggested, in words
    horizon: Horizon = "next"
    effort: Effort | None = None
    priority: float = 0.0
    notes: LongText = ""
    # "idea": one of the top ideas of a dot vote in the room.
    origin: Literal["generated", "manual", "carried", "idea"] = "manual"
    edited: bool = False
    carried_from: uuid.UUID | None = None


class PinHash(_Model):
    """The facilitator's PIN, salted and hashed with scrypt (never the PIN itself)."""

    salt: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]
    hash: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]


class RoomKeys(_Model):
    """The open room's address and PIN, kept while a round is open so that the room
    reopened after a crash or a restart serves the same address: phones carry on."""

    token: Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]{22,64}$")]
    pin: Annotated[str, StringConstraints(pattern=r"^[0-9]{6}$")]
    port: int = Field(default=0, ge=0, le=65535)
    # People whose place the facilitator released: the next join under their name takes
    # it, answers and all.
    released: list[uuid.UUID] = Field(default_factory=list)


class PreviousLink(_Model):
    """A link to an earlier assessment of the same team."""

    id: uuid.UUID
    path: ShortText = ""
    assessed_on: date | None = None
    title: ShortText = ""


class Assessment(_Model):
    """A whole assessment: questionnaire, people, answers, agreed scores and roadmap."""

    format_version: int = FORMAT_VERSION
    id: uuid.UUID = Field(default_factory=uuid.uuid4)
    questionnaire: Questionnaire
    questionnaire_hash: str
    organisation: ShortText = ""
    team: ShortText = ""
    facilitator: ShortText = ""
    assessed_on: date = Field(default_factory=date.today)
    created_at: datetime = Field(default_factory=now_utc)
    modified_at: datetime = Field(default_factory=now_utc)
    anonymous: bool = False
    # True while a workshop's private answering is under way: results stay hidden until the
    # facilitator reveals them deliberately.
    round_open: bool = False
    # Asked for before sealed answers are unlocked or the results revealed, where set.
    facilitator_pin: PinHash | None = None
    room: RoomKeys | None = None  # set while the room is open
    discussion_size: int = Field(default=8, ge=1, le=100)  # statements proposed for the hour
    roadmap_size: int = Field(default=10, ge=1, le=100)  # initiatives suggested at most
    participants: list[Participant] = Field(default_factory=list)
    agreed_questions: dict[str, AgreedScore] = Field(default_factory=dict)
    agreed_dimensions: dict[str, AgreedScore] = Field(default_factory=dict)
    targets: dict[str, float] = Field(default_factory=dict)
    roadmap: list[RoadmapItem] = Field(default_factory=list)
    reassess_on: date | None = None
    # Who holds each role the plan names ("Head of customer service": "Ana Ruiz"), and the
    # executive sponsor: a plan owned by job titles is owned by nobody, so reports print
    # the person beside the role and list the roles still to name.
    owners: dict[RoleName, Name] = Field(default_factory=dict, max_length=MAX_OWNERS)
    previous: list[PreviousLink] = Field(default_factory=list)
    # The room's discussion after the private round: re-votes, ideas and dot votes.
    discussion: RoomDiscussion = Field(default_factory=RoomDiscussion)
    # Fields a file did not have and that were inferred when it was read (not saved).
    _reconstructed: dict[str, str] = PrivateAttr(default_factory=dict)

    @property
    def reconstructed(self) -> dict[str, str]:
        """Fields the file lacked, each with how its value was found."""
        return self._reconstructed

    @classmethod
    def new(cls, questionnaire: Questionnaire, **fields: object) -> Assessment:
        """A fresh assessment of this questionnaire."""
        return cls.model_validate(
            {"questionnaire": questionnaire, "questionnaire_hash": questionnaire.content_hash}
            | fields
        )

    @property
    def is_team(self) -> bool:
        """True when more than one person answered."""
        return len(self.participants) > 1

    def participant(self, participant_id: uuid.UUID) -> Participant:
        """The participant with this id (KeyError if none)."""
        for p in self.participants:
            if p.id == participant_id:
                return p
        raise KeyError(str(participant_id))

    def display_names(self) -> dict[uuid.UUID, str]:
        """Names to show: P1..Pn when the document is anonymous."""
        if self.anonymous:
            return {p.id: f"P{i}" for i, p in enumerate(self.participants, start=1)}
        return {p.id: p.name for p in self.participants}

    def set_answer(
        self,
        participant_id: uuid.UUID,
        question_id: str,
        value: int | None,
        comment: str = "",
        *,
        dont_know: bool = False,
    ) -> None:
        """Record an answer (None = not applicable, or don't know with `dont_know`),
        checking it fits the questionnaire."""
        if not self.questionnaire.has_question(question_id):
            raise KeyError(question_id)
        points = self.questionnaire.scale.points
        if value is not None and not 1 <= value <= points:
            raise ValueError(f"An answer must be between 1 and {points}, or not applicable.")
        refused = (
            None if value is not None or dont_know else self.questionnaire.na_problem(question_id)
        )
        if refused is not None:
            raise ValueError(refused[0].upper() + refused[1:] + ".")
        person = self.participant(participant_id)
        if person.sealed:
            raise Sealed(person.name)
        person.answers[question_id] = Answer(
            value=value, dont_know=dont_know, comment=comment, answered_at=now_utc()
        )
        self.touch()

    def clear_answer(self, participant_id: uuid.UUID, question_id: str) -> None:
        """Remove an answer so the question shows as unanswered again."""
        person = self.participant(participant_id)
        if person.sealed:
            raise Sealed(person.name)
        person.answers.pop(question_id, None)
        self.touch()

    def touch(self) -> None:
        """Mark the document as modified now."""
        self.modified_at = now_utc()
