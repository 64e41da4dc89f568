"""Comparing assessments of the same team over time ("smile and repeat")."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from cxassess.core.document import Assessment, Participant
from cxassess.core.questionnaire import Questionnaire
from cxassess.core.scoring import Scores, score_participants


@dataclass(frozen=True)
class Change:
    """How one score moved across assessments, oldest first."""

    id: str
    title: str
    values: tuple[float | None, ...]
    change: float | None
    spread: float | None

    @property
    def beyond_spread(self) -> bool | None:
        """Whether the latest change is larger than the team's spread (None if unknown)."""
        if self.change is None or self.spread is None:
            return None
        return abs(self.change) > self.spread


@dataclass(frozen=True)
class Comparison:
    """Assessments compared on the questions they share."""

    labels: tuple[str, ...]
    dates: tuple[str, ...]
    overall: Change
    dimensions: list[Change]
    questions: list[Change]
    added: list[str]
    removed: list[str]

    def moved(self, direction: int, limit: int = 5) -> list[Change]:
        """Questions that moved most up (direction 1) or down (-1) in the latest step."""
        moving = [q for q in self.questions if q.change is not None and q.change * direction > 0]
        return sorted(moving, key=lambda q: -abs(q.change or 0))[:limit]


def common_questionnaire(docs: Sequence[Assessment]) -> tuple[Questionnaire, list[str], list[str]]:
    """The newest questionnaire cut down to questions every assessment has, with the ids
    the newest added and the ids it no longer has."""
    newest = docs[-1].questionnaire
    shared = {qu.id for _, qu in newest.questions()}
    everywhere_before: set[str] = set()
    for doc in docs[:-1]:
        ids = {qu.id for _, qu in doc.questionnaire.questions()}
        shared &= ids
        everywhere_before |= ids
    newest_ids = [qu.id for _, qu in newest.questions()]
    added = [qid for qid in newest_ids if qid not in shared]
    removed = sorted(everywhere_before - set(newest_ids))
    dims = []
    for d in newest.dimensions:
        kept = [qu for qu in d.questions if qu.id in shared]
        if kept:
            dims.append(d.model_copy(update={"questions": kept}))
    return newest.model_copy(update={"dimensions": dims}), added, removed


def _person_spread(
    q: Questionnaire, people: Sequence[Participant], dimension_id: str | None
) -> float | None:
    values = []
    for p in people:
        s = score_participants(q, [p])
        value = s.overall.score if dimension_id is None else s.dimension(dimension_id).score
        if value is not None:
            values.append(value)
    return statistics.stdev(values) if len(values) >= 2 else None


def _change(values: Sequence[float | None]) -> float | None:
    if len(values) < 2 or values[-1] is None or values[-2] is None:
        return None
    return values[-1] - values[-2]


def compare(docs: Sequence[Assessment]) -> Comparison:
    """Compare assessments (oldest first) question by question, by stable ids."""
    if len(docs) < 2:
        raise ValueError("Comparing needs at least two assessments.")
    ordered = sorted(docs, key=lambda d: (d.assessed_on, d.created_at))
    q, added, removed = common_questionnaire(ordered)
    scored: list[Scores] = [score_participants(q, d.participants) for d in ordered]
    latest = ordered[-1].participants
    overall_values = tuple(s.overall.score for s in scored)
    overall = Change(
        "overall",
        "Overall",
        overall_values,
        _change(overall_values),
        _person_spread(q, latest, None),
    )
    dimensions = []
    for d in q.dimensions:
        values = tuple(s.dimension(d.id).score for s in scored)
        dimensions.append(
            Change(d.id, d.title, values, _change(values), _person_spread(q, latest, d.id))
        )
    questions = []
    for _, qu in q.questions():
        values = tuple(s.question(qu.id).mean for s in scored)
        spread = scored[-1].question(qu.id).sd
        questions.append(Change(qu.id, qu.text, values, _change(values), spread))
    return Comparison(
        labels=tuple(d.team or d.organisation or d.assessed_on.isoformat() for d in ordered),
        dates=tuple(d.assessed_on.isoformat() for d in ordered),
        overall=overall,
        dimensions=dimensions,
        questions=questions,
        added=added,
        removed=removed,
    )


def _change_json(change: Change) -> dict[str, object]:
    return {
        "id": change.id,
        "title": change.title,
        "values": [None if v is None else round(v, 3) for v in change.values],
        "change": None if change.change is None else round(change.change, 3),
        "spread": None if change.spread is None else round(change.spread, 3),
        "beyond_spread": change.beyond_spread,
    }


def comparison_to_json(comparison: Comparison) -> dict[str, object]:
    """The JSON shape of `cxassess compare --json` (documented in the README)."""
    return {
        "assessments": [
            {"label": label, "assessed_on": day}
            for label, day in zip(comparison.labels, comparison.dates, strict=True)
        ],
        "overall": _change_json(comparison.overall),
        "dimensions": [_change_json(c) for c in comparison.dimensions],
        "questions": [_change_json(c) for c in comparison.questions],
        "moved_up": [c.id for c in comparison.moved(1)],
        "moved_down": [c.id for c in comparison.moved(-1)],
        "questions_added": comparison.added,
        "questions_removed": comparison.removed,
    }


def comparison_table(comparison: Comparison) -> str:
    """A readable comparison for the terminal."""

    def num(value: float | None, signed: bool = False) -> str:
        if value is None:
            return "-"
        return f"{value:+.2f}" if signed else f"{value:.2f}"

    verdicts = {True: "larger than the spread", False: "within the spread", None: ""}
    header = f"  {'':<24}" + "".join(f"{d:>12}" for d in comparison.dates) + f"{'change':>9}"
    lines = ["Compared on the questions all assessments share.", "", header]
    for change in [*comparison.dimensions, comparison.overall]:
        lines.append(
            f"  {change.title[:24]:<24}"
            + "".join(f"{num(v):>12}" for v in change.values)
            + f"{num(change.change, True):>9}  {verdicts[change.beyond_spread]}"
        )
    for title, direction in (("Moved up most", 1), ("Moved down most", -1)):
        moved = comparison.moved(direction)
        if moved:
            lines += ["", f"{title}:"]
            lines += [f"  {num(c.change, True):>6}  {c.id:<16} {c.title[:60]}" for c in moved]
    if comparison.added:
        lines += ["", "New questions, not compared: " + ", ".join(comparison.added)]
    if comparison.removed:
        lines += ["", "Questions no longer asked: " + ", ".join(comparison.removed)]
    return "\n".join(lines)
