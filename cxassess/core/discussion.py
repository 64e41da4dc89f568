"""The discussion list: what the team should talk about first, and why, in plain words.

`on_agenda` flags every statement where answers are far apart; with thirty people that can
be all of them. This ranks the flagged statements by how much the team disagrees and how
much the statement weighs, says for each what kind of disagreement it is, and proposes the
first few for the hour a workshop has.
"""

from __future__ import annotations

from dataclasses import dataclass

from cxassess.core.document import Assessment
from cxassess.core.questionnaire import Questionnaire
from cxassess.core.scoring import QuestionStats, Scores
from cxassess.core.text import lower_first

DEFAULT_PROPOSED = 8


@dataclass(frozen=True)
class DiscussionItem:
    """One statement to discuss: why, how strongly, and whether it is proposed for the hour."""

    question_id: str
    text: str
    reason: str
    disagreement: float  # 0 (everyone agrees) to 1 (answers as scattered as chance or more)
    proposed: bool
    # For a statement of fact: the document that settles it. The room checks it and scores
    # what it says, rather than voting again on opinions.
    evidence: str = ""

    @property
    def ask(self) -> str:
        """What the room should do with the statement, in the facilitator's words."""
        if self.evidence:
            return f"a matter of record: bring {lower_first(self.evidence)} and score what it shows"
        return "hear the highest and lowest answers, then agree a score"


def _people(n: int) -> str:
    return f"{n} person" if n == 1 else f"{n} people"


def _range(low: int, high: int) -> str:
    return f"{low}" if low == high else f"{low}-{high}"


def reason_for(stats: QuestionStats, points: int) -> str:
    """What kind of disagreement the answers show, as a facilitator would say it."""
    counts = list(stats.distribution)
    answered = [(value, n) for value, n in enumerate(counts, start=1) if n]
    total = sum(n for _, n in answered)
    if total < 2 or stats.min is None or stats.max is None:
        return "too few answers to compare"
    low_top = points // 2  # 1-2 on five points
    high_bottom = points - points // 2 + 1  # 4-5 on five points
    low = sum(n for v, n in answered if v <= low_top)
    high = sum(n for v, n in answered if v >= high_bottom)
    # One person far from everyone else.
    for value, n in answered:
        if n == 1 and total >= 3:
            rest = [v for v, m in answered if v != value]
            # Everyone else within one point of each other, this one two or more away.
            if rest and max(rest) - min(rest) <= 1 and min(abs(value - v) for v in rest) >= 2:
                return (
                    f"one outlier: 1 person at {value}, "
                    f"{_people(total - 1)} at {_range(min(rest), max(rest))}"
                )
    # Two camps: most answers at the two ends, at least two people in each.
    if min(low, high) >= max(2, total // 5) and low + high >= 0.75 * total:
        return (
            f"split: {_people(low)} at {_range(1, low_top)}, "
            f"{_people(high)} at {_range(high_bottom, points)}"
        )
    return f"spread across the scale: answers from {stats.min} to {stats.max}"


def discussion_list(
    q: Questionnaire, scores: Scores, proposed: int = DEFAULT_PROPOSED
) -> list[DiscussionItem]:
    """Flagged statements, most disagreement (times weight) first; the first `proposed` are
    proposed for the discussion."""
    dims = {d.id: d for d in q.dimensions}
    mean_weight = sum(qu.weight for _, qu in q.questions()) / max(1, sum(1 for _ in q.questions()))
    mean_dim = sum(d.weight for d in q.dimensions) / max(1, len(q.dimensions))
    ranked: list[tuple[float, float, int, QuestionStats]] = []
    for order, stats in enumerate(scores.questions):
        if not stats.on_agenda:
            continue
        disagreement = 1.0 - (stats.rwg if stats.rwg is not None else 1.0)
        disagreement = max(disagreement, stats.span / max(1, q.scale.points - 1) * 0.5)
        weight = (q.question(stats.question_id).weight / mean_weight) * (
            dims[stats.dimension_id].weight / mean_dim
        )
        ranked.append((disagreement * weight, disagreement, order, stats))
    ranked.sort(key=lambda item: (-item[0], -(item[3].sd or 0.0), item[2]))
    return [
        DiscussionItem(
            stats.question_id,
            stats.text,
            reason_for(stats, q.scale.points),
            round(min(1.0, disagreement), 3),
            index < proposed,
            q.question(stats.question_id).evidence,
        )
        for index, (_, disagreement, _, stats) in enumerate(ranked)
    ]


def open_points(doc: Assessment, scores: Scores) -> list[DiscussionItem]:
    """The points proposed for the discussion that it has not settled: no agreed score yet,
    or, for a matter of record, a score agreed without its document."""
    out = []
    for item in discussion_list(doc.questionnaire, scores, doc.discussion_size):
        agreed = doc.agreed_questions.get(item.question_id)
        if item.proposed and not (agreed and (agreed.evidence or not item.evidence)):
            out.append(item)
    return out


__all__ = ["DEFAULT_PROPOSED", "DiscussionItem", "discussion_list", "open_points", "reason_for"]
