"""Where each area stands against its target, and how much each statement's step weighs:
the figures the roadmap ranks by and the report's priority chart plots."""

from __future__ import annotations

from dataclasses import dataclass

from cxassess.core.document import Assessment
from cxassess.core.questionnaire import Questionnaire
from cxassess.core.scoring import Scores, score_document, standing


@dataclass(frozen=True)
class DimensionGap:
    """Where a dimension stands against its target."""

    dimension_id: str
    title: str
    score: float | None
    target: float | None  # None when the dimension has too few answers to score
    gap: float
    target_is_default: bool


STEEP = 1.0  # a target this far above today is more than one plan between assessments moves


def steep_targets(doc: Assessment, scores: Scores) -> list[DimensionGap]:
    """Targets the team set more than a point above today: to confirm or stage."""
    return [g for g in dimension_gaps(doc, scores) if not g.target_is_default and g.gap > STEEP]


def default_target(q: Questionnaire, score: float | None) -> float:
    """One level above the current one (the top of the scale once at the highest level)."""
    if score is None:
        return q.levels[1].start
    current = q.level_index(q.level_for(score).id)
    if current + 1 < len(q.levels):
        return q.levels[current + 1].start
    return float(q.scale.points)


def dimension_gaps(doc: Assessment, scores: Scores | None = None) -> list[DimensionGap]:
    """Each dimension's target (set, or the default) and the gap from its score to it."""
    scores = scores or score_document(doc)
    gaps = []
    for d in scores.dimensions:
        set_target = doc.targets.get(d.dimension_id)
        target: float | None
        if d.score is None:
            # Insufficient data: a target would be a promise measured against nothing.
            target, gap = None, 0.0
        else:
            target = (
                set_target if set_target is not None else default_target(doc.questionnaire, d.score)
            )
            gap = max(0.0, target - d.score)
        gaps.append(DimensionGap(d.dimension_id, d.title, d.score, target, gap, set_target is None))
    return gaps


def area_scores(doc: Assessment, scores: Scores | None = None) -> dict[str, float | None]:
    """Each area's score as the roadmap weighs it: agreed in discussion where it was."""
    scores = scores or score_document(doc)
    out: dict[str, float | None] = {}
    for d in scores.dimensions:
        agreed = doc.agreed_dimensions.get(d.dimension_id)
        out[d.dimension_id] = agreed.score if agreed is not None else d.score
    return out


def ambitious_targets(doc: Assessment, scores: Scores | None = None) -> list[DimensionGap]:
    """Areas whose target is more than one level above where they are: to be confirmed,
    since the roadmap plans one level at a time."""
    q = doc.questionnaire
    out = []
    for gap in dimension_gaps(doc, scores):
        if gap.score is None or gap.target is None:
            continue
        now = q.level_index(q.level_for(gap.score).id)
        if q.level_index(q.level_for(gap.target).id) > now + 1:
            out.append(gap)
    return out


@dataclass(frozen=True)
class Weighed:
    """How much a statement's next step matters, and the figures behind it."""

    dimension_id: str
    mean: float  # where the statement stands: the agreed score where the room agreed one
    target: float
    area: float | None
    mean_area: float
    shortfall: float  # how far its area sits below the average of the areas
    priority: float


def weigh(doc: Assessment, scores: Scores | None = None) -> dict[str, Weighed]:
    """Each statement below its area's target, weighed: its step towards the target (at most
    the next level of its area), plus how far its area is below the average of the areas,
    times its weight and its area's, each against the average weight."""
    q = doc.questionnaire
    scores = scores or score_document(doc)
    gaps = {g.dimension_id: g for g in dimension_gaps(doc, scores)}
    areas = area_scores(doc, scores)
    known = [v for v in areas.values() if v is not None]
    mean_area = sum(known) / len(known) if known else 0.0
    mean_weight = sum(qu.weight for _, qu in q.questions()) / max(1, len(list(q.questions())))
    mean_dim_weight = sum(d.weight for d in q.dimensions) / len(q.dimensions)
    out: dict[str, Weighed] = {}
    for dim, question in q.questions():
        target = gaps[dim.id].target
        mean = standing(doc, scores, question.id)
        if target is None or mean is None or mean >= target:
            continue
        # One level at a time: a target set two levels above its area weighs as the next
        # level would, and the weakest areas count for more, so one ambitious target
        # cannot fill the plan while the weakest area waits.
        area = areas.get(dim.id)
        near = min(target, default_target(q, area)) if area is not None else target
        step = max(0.0, near - mean)
        shortfall = max(0.0, mean_area - area) if area is not None else 0.0
        weight = (question.weight / mean_weight) * (dim.weight / mean_dim_weight)
        out[question.id] = Weighed(
            dim.id, mean, target, area, mean_area, shortfall, round((step + shortfall) * weight, 3)
        )
    return out


__all__ = [
    "STEEP",
    "DimensionGap",
    "Weighed",
    "ambitious_targets",
    "area_scores",
    "default_target",
    "dimension_gaps",
    "steep_targets",
    "weigh",
]
