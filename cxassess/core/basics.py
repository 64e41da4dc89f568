"""Gaps an area's average hides: a statement two or more levels below its area's level.

An area's level is the average of its statements, so strong points can carry a missing
basic (no owner, no budget, no agreed measures) up to a level that implies it exists. The
level stays the average, as the scoring contract says; these gaps are reported beside it,
so nobody reads "Established" as "every basic is in place"."""

from __future__ import annotations

from dataclasses import dataclass

from cxassess.core.questionnaire import Questionnaire
from cxassess.core.scoring import Scores

LEVELS_BELOW = 2  # a statement this many levels below its area is a gap, not a shade


@dataclass(frozen=True)
class HiddenGap:
    """A statement far below the level its area is placed at."""

    dimension_id: str
    question_id: str
    text: str
    mean: float
    level: str  # the statement's own level, by name
    area_level: str


def hidden_gaps(q: Questionnaire, scores: Scores) -> list[HiddenGap]:
    """Statements two or more levels below their area's level, lowest first."""
    index = {level.id: i for i, level in enumerate(q.levels)}
    gaps: list[HiddenGap] = []
    for dim in scores.dimensions:
        if dim.score is None:
            continue
        area = q.level_for(dim.score)
        for stat in scores.questions:
            if stat.dimension_id != dim.dimension_id or stat.mean is None:
                continue
            own = q.level_for(stat.mean)
            if index[area.id] - index[own.id] >= LEVELS_BELOW:
                gaps.append(
                    HiddenGap(
                        dim.dimension_id,
                        stat.question_id,
                        stat.text,
                        stat.mean,
                        own.name,
                        area.name,
                    )
                )
    return sorted(gaps, key=lambda g: (g.mean, g.question_id))


__all__ = ["LEVELS_BELOW", "HiddenGap", "hidden_gaps"]
