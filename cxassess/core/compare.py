"""Comparing assessments of the same team over time ("smile and repeat")."""

from __future__ import annotations

import math
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
    margin: float | None = None

    @property
    def clear(self) -> bool | None:
        """Whether the latest change is larger than its margin of error (None if unknown)."""
        if self.change is None or self.margin is None:
            return None
        # A rounding hair's width is not a change, even when both rounds agreed to a person.
        return abs(self.change) > self.margin + 1e-9


SAME = 0.005  # a change that rounds to 0.00 is no change


@dataclass(frozen=True)
class Pattern:
    """How many shared statements rose, fell or stayed, and how many of the moves are clear."""

    compared: int
    rose: int
    fell: int
    same: int
    clear_rises: int
    clear_falls: int

    def words(self) -> str:
        """The pattern as one sentence."""
        if not self.compared:
            return ""

        moves = f"{self.rose} rose, {self.fell} fell and {self.same} stayed level"
        parts = [
            f"{n or 'none'} of the {kind}"
            for n, total, kind in (
                (self.clear_rises, self.rose, "rises"),
                (self.clear_falls, self.fell, "falls"),
            )
            if total
        ]
        if not parts:
            return f"Of the {self.compared} statements asked both times, all stayed level."
        clear = (
            " and ".join(parts)
            + " "
            + ("is" if len(parts) == 1 and (self.clear_rises + self.clear_falls) <= 1 else "are")
        )
        clear += " larger than the margin of error"
        return f"Of the {self.compared} statements asked both times, {moves}; {clear}."


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
    # The questionnaire version each assessment was answered on, oldest first.
    versions: tuple[str, ...] = ()

    def questionnaire_change(self) -> str | None:
        """What changed in the questionnaire between the first and the latest assessment,
        in words; None when every assessment used the same version."""
        if len(set(self.versions)) < 2:
            return None
        shared = len(self.questions)
        text = (
            f"The questionnaire changed from version {self.versions[0]} to "
            f"{self.versions[-1]}: {shared} statement{'' if shared == 1 else 's'} "
            f"{'is' if shared == 1 else 'are'} shared and compared"
        )
        if not self.added and not self.removed:
            return text + "; none is new and none was retired."
        text += f", {len(self.added)} new (not compared) and {len(self.removed)} retired."
        return text

    def pattern(self) -> Pattern:
        """How the shared statements moved in the latest step, counted."""
        steps = [q for q in self.questions if q.change is not None]
        same = [q for q in steps if abs(q.change or 0.0) < SAME]
        rose = [q for q in steps if q not in same and (q.change or 0.0) > 0]
        fell = [q for q in steps if q not in same and (q.change or 0.0) < 0]
        return Pattern(
            compared=len(steps),
            rose=len(rose),
            fell=len(fell),
            same=len(same),
            clear_rises=sum(1 for q in rose if q.clear),
            clear_falls=sum(1 for q in fell if q.clear),
        )

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
    # Built anew, not copied: a copy would carry the newest questionnaire's cached index of
    # questions and compare the statements it added as if every assessment had them.
    cut = Questionnaire.model_validate(
        newest.model_dump() | {"dimensions": [d.model_dump() for d in dims]}
    )
    return cut, added, removed


# Two-sided 95% points of Student's t for 1 to 30 degrees of freedom; beyond, the normal 1.96.
_T95 = (
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
    2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
    2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
)  # fmt: skip


def t95(df: float) -> float:
    """The two-sided 95% point of Student's t for `df` degrees of freedom (rounded down)."""
    whole = max(1, math.floor(df))
    return _T95[whole - 1] if whole <= len(_T95) else 1.96


def margin_of_change(before: Sequence[float], after: Sequence[float]) -> float | None:
    """Half the 95% interval of the difference between two rounds' means (Welch), or None
    when a round has fewer than two people, so no spread to judge chance by."""
    if len(before) < 2 or len(after) < 2:
        return None
    v1 = statistics.variance(before) / len(before)
    v2 = statistics.variance(after) / len(after)
    if v1 + v2 == 0:
        return 0.0
    df = (v1 + v2) ** 2 / (v1**2 / (len(before) - 1) + v2**2 / (len(after) - 1))
    return t95(df) * math.sqrt(v1 + v2)


def _person_scores(
    q: Questionnaire, people: Sequence[Participant], dimension_id: str | None
) -> list[float]:
    values = []
    for p in people:
        s = score_participants(q, [p])
        value = s.overall.score if dimension_id is None else s.dimension(dimension_id).score
        if value is not None:
            values.append(value)
    return values


def _answers(people: Sequence[Participant], question_id: str) -> list[float]:
    values = []
    for p in people:
        value = p.answers.get(question_id)
        if value is not None and value.value is not None:
            values.append(float(value.value))
    return values


def _measured(
    title: tuple[str, str], values: tuple[float | None, ...], rounds: Sequence[Sequence[float]]
) -> Change:
    """A change with the latest round's spread and the margin of its latest step."""
    latest = rounds[-1]
    spread = statistics.stdev(latest) if len(latest) >= 2 else None
    margin = margin_of_change(rounds[-2], latest) if len(rounds) >= 2 else None
    return Change(title[0], title[1], values, _change(values), spread, margin)


def printed_change(values: Sequence[float | None]) -> float | None:
    """The latest change as the difference of its two ends as printed (two decimals), so a
    reader's own subtraction of the figures on the page gives the change printed beside
    them; the exact change still decides whether it is clear."""
    if len(values) < 2 or values[-1] is None or values[-2] is None:
        return None
    return round(values[-1], 2) - round(values[-2], 2)


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
    people = [d.participants for d in ordered]
    overall = _measured(
        ("overall", "Overall"),
        tuple(s.overall.score for s in scored),
        [_person_scores(q, p, None) for p in people],
    )
    dimensions = [
        _measured(
            (d.id, d.title),
            tuple(s.dimension(d.id).score for s in scored),
            [_person_scores(q, p, d.id) for p in people],
        )
        for d in q.dimensions
    ]
    questions = [
        _measured(
            (qu.id, qu.text),
            tuple(s.question(qu.id).mean for s in scored),
            [_answers(p, qu.id) for p in people],
        )
        for _, qu in q.questions()
    ]
    return Comparison(
        labels=tuple(d.team or d.organisation or d.assessed_on.isoformat() for d in ordered),
        dates=tuple(d.assessed_on.isoformat() for d in ordered),
        overall=overall,
        dimensions=dimensions,
        questions=questions,
        added=added,
        removed=removed,
        versions=tuple(d.questionnaire.version for d in ordered),
    )


VERDICTS = {True: "clear change", False: "could be chance", None: "too few to tell"}
"""What a change's `clear` means, in words, for every surface that shows it."""


def _change_json(change: Change) -> dict[str, object]:
    return {
        "id": change.id,
        "title": change.title,
        "values": [None if v is None else round(v, 3) for v in change.values],
        "change": None if change.change is None else round(change.change, 3),
        "spread": None if change.spread is None else round(change.spread, 3),
        "margin": None if change.margin is None else round(change.margin, 3),
        "clear": change.clear,
    }


def comparison_to_json(comparison: Comparison) -> dict[str, object]:
    """The JSON shape of `cxassess compare --json` (documented in the README)."""
    return {
        "assessments": [
            {"label": label, "assessed_on": day, "questionnaire_version": version}
            for label, day, version in zip(
                comparison.labels, comparison.dates, comparison.versions, strict=True
            )
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

    verdicts = VERDICTS
    header = f"  {'':<24}" + "".join(f"{d:>12}" for d in comparison.dates) + f"{'change':>9}"
    lines = [
        "Compared on the questions all assessments share. A change is clear when it is larger",
        "than its margin of error (95%, from how many answered and how far apart they were).",
        "",
        header,
    ]
    for change in [*comparison.dimensions, comparison.overall]:
        lines.append(
            f"  {change.title[:24]:<24}"
            + "".join(f"{num(v):>12}" for v in change.values)
            + f"{num(change.change, True):>9}  {verdicts[change.clear]}"
        )
    for title, direction in (("Moved up most", 1), ("Moved down most", -1)):
        moved = comparison.moved(direction)
        if moved:
            lines += ["", f"{title}:"]
            lines += [f"  {num(c.change, True):>6}  {c.id:<16} {c.title[:60]}" for c in moved]
    changed = comparison.questionnaire_change()
    if changed:
        lines += ["", changed]
    if comparison.added:
        lines += ["", "New questions, not compared: " + ", ".join(comparison.added)]
    if comparison.removed:
        lines += ["", "Questions no longer asked: " + ", ".join(comparison.removed)]
    return "\n".join(lines)
