"""How much a team agrees: per-question rwg and per-dimension rwg(j), as in design.md."""

from __future__ import annotations

import statistics
from collections.abc import Sequence


def null_variance(points: int) -> float:
    """Variance of answers spread uniformly over the scale: (N^2 - 1) / 12."""
    return (points * points - 1) / 12


def count_variance(counts: Sequence[int]) -> float | None:
    """Sample variance (n - 1) of answers given as counts per scale point; None below two.

    Computed in integers from the histogram, so it is exact (the same float as
    `statistics.variance` of the answers) and costs the same for 10 people or 50,000.
    """
    n = s1 = s2 = 0
    for point, count in enumerate(counts, start=1):
        n += count
        s1 += point * count
        s2 += point * point * count
    if n < 2:
        return None
    return (n * s2 - s1 * s1) / (n * (n - 1))


def sample_variance(values: Sequence[int]) -> float | None:
    """Sample variance (n - 1); None for fewer than two values."""
    if len(values) < 2:
        return None
    return statistics.variance(values)


def rwg_from_variance(variance: float | None, points: int) -> float | None:
    """Within-group agreement from a question's answer variance, clamped to 0..1."""
    if variance is None:
        return None
    return min(1.0, max(0.0, 1 - variance / null_variance(points)))


def rwg(values: Sequence[int], points: int) -> float | None:
    """Within-group agreement for one question, clamped to 0..1; None below two answers."""
    return rwg_from_variance(sample_variance(values), points)


def rwg_j(variances: Sequence[float], points: int) -> float | None:
    """Agreement over J questions from their answer variances; None when J is 0."""
    if not variances:
        return None
    j = len(variances)
    ratio = statistics.fmean(variances) / null_variance(points)
    if ratio >= 1:
        return 0.0
    return j * (1 - ratio) / (j * (1 - ratio) + ratio)


def on_agenda(
    rwg_value: float | None, span: int, rwg_threshold: float, span_threshold: int
) -> bool:
    """Whether a question needs discussion: low agreement, or answers far apart."""
    return (rwg_value is not None and rwg_value < rwg_threshold) or span >= span_threshold
