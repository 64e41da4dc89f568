"""Scores exactly as design.md defines them, for one person or a whole team."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from cxassess.core.agreement import count_variance, on_agenda, rwg_from_variance, rwg_j
from cxassess.core.document import Assessment, Participant
from cxassess.core.questionnaire import Dimension, Questionnaire


@dataclass(frozen=True)
class LevelRef:
    """A maturity level as reported with a score."""

    id: str
    name: str
    description: str


@dataclass(frozen=True)
class DimensionScore:
    """A dimension's score, or insufficient data when too few questions were answered."""

    dimension_id: str
    title: str
    weight: float
    score: float | None
    index: float | None
    level: LevelRef | None
    coverage: float
    answered: int
    questions: int
    insufficient: bool
    agreed: float | None = None
    agreed_rationale: str = ""
    target: float | None = None
    rwg_j: float | None = None


@dataclass(frozen=True)
class OverallScore:
    """The dimension-weight mean of the scored dimensions."""

    score: float | None
    index: float | None
    level: LevelRef | None


@dataclass(frozen=True)
class QuestionStats:
    """A question's team statistics and whether it goes on the discussion agenda."""

    question_id: str
    dimension_id: str
    text: str
    n: int
    not_applicable: int
    mean: float | None
    median: float | None
    sd: float | None
    min: int | None
    max: int | None
    span: int
    rwg: float | None
    on_agenda: bool
    distribution: tuple[int, ...]
    agreed: float | None = None
    # Counted apart from "not applicable": a leader who cannot say is a finding.
    dont_know: int = 0


@dataclass(frozen=True)
class Scores:
    """Everything scored for a set of participants."""

    respondents: int
    overall: OverallScore
    dimensions: list[DimensionScore]
    questions: list[QuestionStats] = field(default_factory=list)

    def dimension(self, dimension_id: str) -> DimensionScore:
        """The score of one dimension."""
        return next(d for d in self.dimensions if d.dimension_id == dimension_id)

    def question(self, question_id: str) -> QuestionStats:
        """The statistics of one question."""
        return next(q for q in self.questions if q.question_id == question_id)

    def agenda(self) -> list[QuestionStats]:
        """Questions to discuss, where the team disagrees most first."""
        items = [q for q in self.questions if q.on_agenda]
        return sorted(
            items,
            key=lambda q: (q.rwg if q.rwg is not None else 2.0, -q.span, -(q.sd or 0.0)),
        )


def weighted_mean(pairs: Iterable[tuple[float, float]]) -> float | None:
    """Mean of values weighted by weights; None when there are no values."""
    total = 0.0
    weights = 0.0
    for value, weight in pairs:
        total += value * weight
        weights += weight
    return total / weights if weights else None


def _level(q: Questionnaire, score: float | None) -> LevelRef | None:
    if score is None:
        return None
    level = q.level_for(score)
    return LevelRef(level.id, level.name, level.description)


@dataclass(frozen=True)
class Counts:
    """Each question's answers as counts per scale point, and its empty answers by kind."""

    points: dict[str, list[int]]
    not_applicable: dict[str, int]
    dont_know: dict[str, int]


def collect_counts(q: Questionnaire, participants: Sequence[Participant]) -> Counts:
    """Count every question's answers: per point, "not applicable" and "don't know"."""
    points = q.scale.points
    counts: dict[str, list[int]] = {qu.id: [0] * (points + 1) for _, qu in q.questions()}
    na: dict[str, int] = dict.fromkeys(counts, 0)
    unknown: dict[str, int] = dict.fromkeys(counts, 0)
    for person in participants:
        for qid, answer in person.answers.items():
            bucket = counts.get(qid)
            if bucket is None:
                continue
            if answer.value is not None:
                bucket[answer.value] += 1
            elif answer.dont_know:
                unknown[qid] += 1
            else:
                na[qid] += 1
    return Counts({qid: c[1:] for qid, c in counts.items()}, na, unknown)


def _median(counts: Sequence[int], n: int) -> float:
    """The median of answers given as counts per scale point (n > 0)."""

    def nth(k: int) -> int:  # the k-th smallest answer, from 0
        seen = 0
        for point, count in enumerate(counts, start=1):
            seen += count
            if k < seen:
                return point
        raise IndexError(k)

    if n % 2:
        return float(nth(n // 2))
    return (nth(n // 2 - 1) + nth(n // 2)) / 2


def _dimension_score(
    q: Questionnaire,
    dim: Dimension,
    means: Mapping[str, float],
    variances: Mapping[str, float],
    doc: Assessment | None,
) -> DimensionScore:
    pairs = [(means[qu.id], qu.weight) for qu in dim.questions if qu.id in means]
    answered = len(pairs)
    coverage = answered / len(dim.questions)
    insufficient = coverage < q.min_coverage
    score = None if insufficient else weighted_mean(pairs)
    agreed = doc.agreed_dimensions.get(dim.id) if doc else None
    dim_vars = [variances[qu.id] for qu in dim.questions if qu.id in variances]
    return DimensionScore(
        dimension_id=dim.id,
        title=dim.title,
        weight=dim.weight,
        score=score,
        index=None if score is None else q.to_index(score),
        level=_level(q, score),
        coverage=coverage,
        answered=answered,
        questions=len(dim.questions),
        insufficient=insufficient,
        agreed=agreed.score if agreed else None,
        agreed_rationale=agreed.rationale if agreed else "",
        target=doc.targets.get(dim.id) if doc else None,
        rwg_j=rwg_j(dim_vars, q.scale.points),
    )


def _overall(q: Questionnaire, dims: Sequence[DimensionScore]) -> OverallScore:
    score = weighted_mean((d.score, d.weight) for d in dims if d.score is not None)
    return OverallScore(score, None if score is None else q.to_index(score), _level(q, score))


def score_participants(
    q: Questionnaire,
    participants: Sequence[Participant],
    doc: Assessment | None = None,
    min_answers: int = 1,
) -> Scores:
    """Team scores for these participants (one participant gives that person's scores).

    A statement with fewer than `min_answers` answers keeps its count but gives no figure
    and counts for nothing in its area: a group's score must not be one person's answer
    because the rest of the group said "not applicable".
    """
    counted = collect_counts(q, participants)
    histograms = counted.points
    points = q.scale.points
    means: dict[str, float] = {}
    variances: dict[str, float] = {}
    stats: list[QuestionStats] = []
    for dim, qu in q.questions():
        n = sum(histograms[qu.id])
        distribution = histograms[qu.id] if n >= min_answers else [0] * points
        given = [point for point, count in enumerate(distribution, start=1) if count]
        if n and n >= min_answers:
            # an integer sum over an integer count: the correctly rounded mean, as fmean gives
            means[qu.id] = sum(p * c for p, c in enumerate(distribution, start=1)) / n
        var = count_variance(distribution)
        if var is not None:
            variances[qu.id] = var
        span = given[-1] - given[0] if given else 0
        agreement = rwg_from_variance(var, points)
        agreed = doc.agreed_questions.get(qu.id) if doc else None
        stats.append(
            QuestionStats(
                question_id=qu.id,
                dimension_id=dim.id,
                text=qu.text,
                n=n,
                not_applicable=counted.not_applicable[qu.id],
                dont_know=counted.dont_know[qu.id],
                mean=means.get(qu.id),
                median=_median(distribution, n) if qu.id in means else None,
                sd=var**0.5 if var is not None else None,
                min=given[0] if given else None,
                max=given[-1] if given else None,
                span=span,
                rwg=agreement,
                on_agenda=on_agenda(
                    agreement, span, q.agreement.rwg_threshold, q.agreement.span_threshold
                ),
                distribution=tuple(distribution),
                agreed=agreed.score if agreed else None,
            )
        )
    dims = [_dimension_score(q, d, means, variances, doc) for d in q.dimensions]
    respondents = sum(
        1 for p in participants if any(a.value is not None for a in p.answers.values())
    )
    return Scores(respondents, _overall(q, dims), dims, stats)


def score_document(doc: Assessment) -> Scores:
    """Team scores of a whole document, with its agreed scores and targets alongside."""
    return score_participants(doc.questionnaire, doc.participants, doc)


def score_individuals(doc: Assessment) -> dict[uuid.UUID, Scores]:
    """Each participant's own scores."""
    return {p.id: score_participants(doc.questionnaire, [p]) for p in doc.participants}


def standing(doc: Assessment, scores: Scores, question_id: str) -> float | None:
    """A statement's standing: the score the room agreed where it agreed one (its
    considered view), otherwise the average answer."""
    agreed = doc.agreed_questions.get(question_id)
    return agreed.score if agreed is not None else scores.question(question_id).mean


def standing_overall(doc: Assessment, scores: Scores) -> float | None:
    """The overall score with each statement at its standing (the room's agreed score where
    it agreed one), or None when the room agreed no statement: said beside the answers'
    score where the two fall in different levels, never in place of it."""
    if not doc.agreed_questions:
        return None
    q = doc.questionnaire
    pairs = []
    for d in scores.dimensions:
        if d.score is None:
            continue  # too few answers to score the area: the agreed points do not revive it
        points = [
            (value, qu.weight)
            for qu in q.dimension(d.dimension_id).questions
            if (value := standing(doc, scores, qu.id)) is not None
        ]
        weight = sum(w for _, w in points)
        if weight:
            pairs.append((sum(v * w for v, w in points) / weight, d.weight))
    total = sum(w for _, w in pairs)
    return sum(v * w for v, w in pairs) / total if total else None


def agreed_overall(doc: Assessment, scores: Scores) -> float | None:
    """The overall score with each area's agreed score in place of the computed one, or
    None when the room agreed no area score: both are reported, neither replaces the other."""
    if not doc.agreed_dimensions:
        return None
    pairs = []
    for d in scores.dimensions:
        agreed = doc.agreed_dimensions.get(d.dimension_id)
        value = agreed.score if agreed is not None else d.score
        if value is not None:
            pairs.append((value, d.weight))
    total = sum(w for _, w in pairs)
    return sum(v * w for v, w in pairs) / total if total else None
