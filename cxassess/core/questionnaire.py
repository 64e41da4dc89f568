"""The questionnaire format: pydantic models, checks across fields, and the content hash."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from functools import cached_property
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from cxassess.core.text import tenths

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Ident = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_-]{0,47}$")]
Effort = Literal["low", "medium", "high"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class Scale(_Model):
    """The answer scale: N points, each with a short label."""

    points: int = Field(default=5, ge=2, le=11)
    labels: list[Text] = Field(description="One short label per point, lowest first.")


class Level(_Model):
    """A maturity level, reached when a score is at least `start`."""

    id: Ident
    name: Text
    description: Text
    start: float = Field(description="Lowest score (on the answer scale) that reaches this level.")


class Action(_Model):
    """A recommended next step for a question."""

    id: Ident
    text: Text
    effort: Effort
    kpi: Text = Field(description="What to measure to know the action is working.")
    level: Ident = Field(description="Id of the maturity level this action moves a team to.")
    # Added in questionnaire 2.0; empty in earlier files, which still load unchanged.
    baseline: str = Field(default="", description="How to measure the KPI today, before acting.")
    target: str = Field(default="", description="A suggested target for the KPI.")
    owner: str = Field(default="", description="The role best placed to own the action.")
    # Added in questionnaire 3.0: what must be done (or planned) before this makes sense.
    requires: list[Ident] = Field(
        default_factory=list,
        description="Ids of actions that must be done or on the plan before this one.",
    )


class Question(_Model):
    """A statement about the organisation, answered on the scale."""

    id: Ident
    text: Text
    help: Text
    weight: float = Field(default=1.0, gt=0, le=100)
    anchors: list[Text] = Field(description="What you would observe at each scale point.")
    actions: list[Action] = Field(min_length=1)
    # Added in questionnaire 3.1. A statement of fact (is there a named owner, what does the
    # pay plan reward) has one answer in a document: the room checks it rather than votes.
    evidence: str = Field(
        default="",
        description="For a statement a document settles: the document to bring to the "
        "discussion. Empty for a statement of opinion.",
    )
    look_for: dict[int, Text] = Field(
        default_factory=dict,
        description="What to look for before answering a high point, by point (e.g. 4 and 5): "
        "what someone would show a sceptical colleague.",
    )
    # Added in questionnaire 3.4. Most statements apply to every organisation, and "not
    # applicable" on them hides a weak point instead of scoring it.
    not_applicable: str = Field(
        default="",
        description="When 'not applicable' is a fair answer (e.g. 'the organisation works "
        "with no partners'). Under not_applicable: declared, only statements with this "
        "offer it.",
    )


class Dimension(_Model):
    """A scored dimension of culture, made of questions."""

    id: Ident
    title: Text
    description: Text
    weight: float = Field(default=1.0, gt=0, le=100)
    questions: list[Question] = Field(min_length=1)
    levels: list[Text] = Field(
        default_factory=list,
        description="What each maturity level looks like in this dimension, lowest first "
        "(one per level; optional).",
    )

    def level_description(self, q: Questionnaire, level_id: str) -> str:
        """This dimension's own description of a level, or the questionnaire's general one."""
        index = q.level_index(level_id)
        if index < len(self.levels):
            return self.levels[index]
        return q.levels[index].description


class Reference(_Model):
    """A source whose ideas the questionnaire draws on."""

    title: Text
    author: Text | None = None
    note: Text | None = None


class Agreement(_Model):
    """When a question goes on the team's discussion agenda."""

    rwg_threshold: float = Field(default=0.70, ge=0, le=1)
    span_threshold: int = Field(default=3, ge=1)


class OwnerRole(_Model):
    """A role some organisations do not have yet, and who holds its actions until they do."""

    role: Text = Field(description="The owner as the actions name it.")
    fallback: Text = Field(description="Who owns those actions while the role does not exist.")
    exists_when: Ident | None = Field(
        default=None,
        description="A statement whose score at `exists_at` or above says the role exists; "
        "without one, both are named.",
    )
    exists_at: Ident = Field(default="developing", description="Id of that level.")


class Questionnaire(_Model):
    """A complete questionnaire, as written by people in YAML."""

    id: Ident
    version: Text = Field(description="Quote it in YAML ('1.10'), so it stays text.")
    title: Text
    description: Text | None = None
    language: Text = "en"
    scale: Scale
    levels: list[Level] = Field(min_length=2)
    min_coverage: float = Field(default=0.5, gt=0, le=1)
    min_role_size: int = Field(default=3, ge=2)
    agreement: Agreement = Agreement()
    dimensions: list[Dimension] = Field(min_length=1)
    references: list[Reference] = Field(default_factory=list)
    # Added in questionnaire 3.0.
    owners: list[OwnerRole] = Field(default_factory=list)
    # Added in questionnaire 3.4; earlier questionnaires offer "not applicable" everywhere.
    not_applicable: Literal["anywhere", "declared"] = Field(
        default="anywhere",
        description="'declared': only statements that say when (their not_applicable) "
        "can be answered 'not applicable'.",
    )

    @cached_property
    def content_hash(self) -> str:
        """A hash of the exact content, so documents can tell which questionnaire they used."""
        data = self.model_dump(mode="json")
        # Fields added later are left out while empty, so a file written before they
        # existed keeps the hash it was saved with.
        if not data["owners"]:
            del data["owners"]
        if data["not_applicable"] == "anywhere":
            del data["not_applicable"]
        for dimension in data["dimensions"]:
            if not dimension["levels"]:
                del dimension["levels"]
            for question in dimension["questions"]:
                for name in ("evidence", "look_for", "not_applicable"):
                    if not question[name]:
                        del question[name]
                for action in question["actions"]:
                    for name in ("baseline", "target", "owner", "requires"):
                        if not action[name]:
                            del action[name]
        canonical = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()

    @cached_property
    def question_index(self) -> dict[str, tuple[Dimension, Question]]:
        return {q.id: (d, q) for d in self.dimensions for q in d.questions}

    def questions(self) -> Iterator[tuple[Dimension, Question]]:
        """Every question with its dimension, in questionnaire order."""
        return iter(self.question_index.values())

    def question(self, question_id: str) -> Question:
        """The question with this id (KeyError if there is none)."""
        return self.question_index[question_id][1]

    def dimension_of(self, question_id: str) -> Dimension:
        """The dimension a question belongs to."""
        return self.question_index[question_id][0]

    def has_question(self, question_id: str) -> bool:
        """Whether a question with this id exists."""
        return question_id in self.question_index

    def allows_na(self, question_id: str) -> bool:
        """Whether "not applicable" is an answer to this statement."""
        return self.not_applicable == "anywhere" or bool(self.question(question_id).not_applicable)

    def na_problem(self, question_id: str) -> str | None:
        """Why "not applicable" is refused on this statement, or None where it is an answer."""
        if self.allows_na(question_id):
            return None
        return (
            f"'{question_id}' applies to every organisation, so 'not applicable' is not an "
            "answer to it: choose a point, or don't know"
        )

    def dimension(self, dimension_id: str) -> Dimension:
        """The dimension with this id (KeyError if there is none)."""
        for d in self.dimensions:
            if d.id == dimension_id:
                return d
        raise KeyError(dimension_id)

    def level_for(self, score: float) -> Level:
        """The highest level whose start is at or below the score."""
        current = self.levels[0]
        for level in self.levels:
            if level.start <= score + 1e-9:
                current = level
        return current

    def figure(self, score: float) -> str:
        """A score to one decimal, or two where one would round it into another level
        (2.46 is Aware, and "2.5" would read as Developing)."""
        shown = tenths(score)
        if self.level_for(float(shown)).id != self.level_for(score).id:
            shown = f"{score:.2f}"
        return shown

    def level_index(self, level_id: str) -> int:
        """Position of a level, lowest first."""
        for i, level in enumerate(self.levels):
            if level.id == level_id:
                return i
        raise KeyError(level_id)

    def to_index(self, score: float) -> float:
        """Score on the answer scale turned into 0..100."""
        return (score - 1) / (self.scale.points - 1) * 100
