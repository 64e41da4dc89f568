"""Plain words for figures: what an answer, a score or an agreement figure means."""

from __future__ import annotations

from collections.abc import Sequence

from cxassess.core.insights import answer_words
from cxassess.core.questionnaire import Questionnaire
from cxassess.core.scoring import QuestionStats


def level_words(q: Questionnaire, score: float | None) -> str:
    """A score as its level and one decimal: "Aware (2.3)"; a dash when there is none."""
    if score is None:
        return "–"
    return f"{q.level_for(score).name} ({q.figure(score)})"


JUST = 0.1  # this close above where a level starts: one answer either way could change it


def only_just(q: Questionnaire, score: float | None) -> bool:
    """Whether a score sits just above where its level starts (never the lowest level)."""
    if score is None:
        return False
    level = q.level_for(score)
    return level.id != q.levels[0].id and score - level.start < JUST


def agreement_words(rwg: float | None, threshold: float) -> str:
    """How alike the answers were, in words rather than an agreement coefficient."""
    if rwg is None:
        return "–"
    if rwg >= 0.9:
        return "agree"
    if rwg >= threshold:
        return "mostly agree"
    return "divided"


def range_words(q: Questionnaire, stats: QuestionStats) -> str:
    """The lowest to the highest answer, by name."""
    if stats.min is None or stats.max is None:
        return "–"
    return answer_words(q, stats.min, stats.max)


def counts_words(q: Questionnaire, distribution: Sequence[int]) -> str:
    """How many people gave each answer, by name: "3 Reactive · 4 Aware"."""
    return " · ".join(
        f"{n} {q.scale.labels[i]}"
        for i, n in enumerate(distribution)
        if n and i < len(q.scale.labels)
    )


__all__ = ["agreement_words", "counts_words", "level_words", "range_words"]
