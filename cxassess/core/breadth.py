"""Whether a change between two assessments is broad or carried by a few people.

A team average can rise because everyone sees a little more, or because two people answered
much higher. People carried over to a re-assessment keep their ids, so each person who
answered both times can be compared with themselves, and only the counts are said.
"""

from __future__ import annotations

from dataclasses import dataclass

from cxassess.core.document import Assessment, Participant
from cxassess.core.round import role_floor

SAME = 0.25  # a person's own average moving less than this stayed about the same


@dataclass(frozen=True)
class Breadth:
    """How many of the people who answered both times rated higher, lower or the same."""

    people: int
    higher: int
    lower: int
    same: int

    def words(self) -> str:
        """The counts as one sentence, with what they mean for the team's change."""
        counts = (
            f"Of the {self.people} people who answered both times, {self.higher} rated the "
            f"statements higher on average, {self.lower} lower and {self.same} about the same"
        )
        if self.higher > self.lower and self.higher * 2 > self.people:
            return counts + ": the rise is broad, not the work of one or two people."
        if self.lower > self.higher and self.lower * 2 > self.people:
            return counts + ": the fall is broad, not the view of one or two people."
        if self.higher and self.higher * 2 <= self.people and self.higher > self.lower:
            return counts + ": the rise rests on a few people; ask them what they saw change."
        if self.lower and self.lower * 2 <= self.people and self.lower > self.higher:
            return counts + ": the fall rests on a few people; ask them what they saw change."
        return counts + "."


def _mean(person: Participant, shared: set[str]) -> float | None:
    values = [a.value for qid, a in person.answers.items() if qid in shared and a.value is not None]
    return sum(values) / len(values) if values else None


def breadth(earlier: Assessment, later: Assessment) -> Breadth | None:
    """Per person, their own average on the statements both assessments share, then and
    now; None when fewer people than the role lens's floor answered both times, since the
    counts would then say too much about each of them."""
    shared = {qu.id for _, qu in earlier.questionnaire.questions()} & {
        qu.id for _, qu in later.questionnaire.questions()
    }
    before = {p.id: m for p in earlier.participants if (m := _mean(p, shared)) is not None}
    moves = [
        m - before[p.id]
        for p in later.participants
        if p.id in before and (m := _mean(p, shared)) is not None
    ]
    if len(moves) < role_floor(later.questionnaire):
        return None
    higher = sum(1 for d in moves if d >= SAME)
    lower = sum(1 for d in moves if d <= -SAME)
    return Breadth(len(moves), higher, lower, len(moves) - higher - lower)


__all__ = ["Breadth", "breadth"]
