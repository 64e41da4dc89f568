"""Key insights for the executive summary: what the scores mean, in sentences drawn from the data."""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass

from cxassess.core.document import Assessment
from cxassess.core.questionnaire import Questionnaire
from cxassess.core.roles import role_groups
from cxassess.core.scoring import (
    DimensionScore,
    QuestionStats,
    Scores,
    score_participants,
    standing,
    standing_overall,
)
from cxassess.core.text import lower_first, tenths

# Two scores closer than this are reported as level with each other, not ranked.
TIE = 0.1


@dataclass(frozen=True)
class Insight:
    """One finding: a short bold lead and the sentence that explains it."""

    lead: str
    text: str


def answer_words(q: Questionnaire, low: int, high: int) -> str:
    """A range of answers by their names: "Aware", "Reactive or Aware", "Aware to Established"."""
    labels = q.scale.labels
    if low == high:
        return labels[low - 1]
    if high == low + 1:
        return f"{labels[low - 1]} or {labels[high - 1]}"
    return f"{labels[low - 1]} to {labels[high - 1]}"


def _names(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _quoted(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1].rsplit(" ", 1)[0] + "…"
    return f"“{text.rstrip('.')}”"


ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh")


def _standing(doc: Assessment, scores: Scores) -> Insight | None:
    overall = scores.overall
    if overall.score is None or overall.level is None:
        return None
    q = doc.questionnaire
    index = q.level_index(overall.level.id)
    place = ORDINALS[index] if index < len(ORDINALS) else f"number {index + 1}"
    who = "The team places" if doc.is_team else "You place"
    # A name as long as a paragraph would push the summary off its page: the cover has it whole.
    name = doc.organisation if len(doc.organisation) <= 80 else doc.organisation[:79] + "…"
    where = name or ("the organisation" if doc.is_team else "your organisation")
    lead = f"{overall.level.name}: the {place} of {len(q.levels)} levels."
    # The score itself is in the headline beside this: one more rounding of it is one more
    # figure to reconcile.
    said = f"{who} {where} at {overall.level.name}."
    if on_the_line(doc, overall.score):
        # Within the margin of the line, the insight on the line says where the team is:
        # a level named here as well would be one more way of putting it.
        return None
    if index + 1 < len(q.levels):
        nxt = q.levels[index + 1]
        meaning = lower_first(nxt.description)
        return Insight(lead, f"{said} The next level, {nxt.name}, means: {meaning}")
    return Insight(lead, f"{said} That is the top of the scale.")


def _effective(d: DimensionScore) -> float:
    # The score from the answers, as the tables and the overall score use it; a score the
    # team agreed in discussion is said beside it, never swapped in unannounced.
    return d.score or 0.0


def _ends(dims: list[DimensionScore], strongest: bool) -> list[DimensionScore]:
    ranked = sorted(dims, key=_effective, reverse=strongest)
    first = _effective(ranked[0])
    return [d for d in ranked if abs(_effective(d) - first) < TIE]


def _strengths(doc: Assessment, scores: Scores) -> Insight | None:
    dims = [d for d in scores.dimensions if d.score is not None]
    if len(dims) < 2:
        return None
    top, bottom = _ends(dims, True), _ends(dims, False)
    if len(top) == len(dims):
        return Insight(
            "No clear strongest or weakest area.",
            f"All {len(dims)} areas score within {TIE:.1f} of each other "
            f"(about {tenths(_effective(dims[0]))}); work on the weakest points rather than one area.",
        )
    q = doc.questionnaire

    def describe(group: list[DimensionScore]) -> str:
        names = _names([d.title for d in group])
        if len(group) == 1:
            d = group[0]
            value = _effective(d)
            how = f"; agreed in discussion at {q.figure(d.agreed)}" if d.agreed is not None else ""
            return f"{names} ({q.level_for(value).name}, {q.figure(value)}{how})"
        shown = [q.figure(_effective(d)) for d in group]
        if len(set(shown)) == 1:
            return f"{names}, level with each other at {shown[0]}"
        # Close enough to count as level, but the table shows them apart: say both.
        each = _names([f"{d.title} ({value})" for d, value in zip(group, shown, strict=True)])
        return f"{each}, close to each other"

    # Where the room agreed a score, that is where the point stands: a point agreed at
    # Reactive is lower than one whose answers average Aware.
    stand = {
        s.question_id: v
        for s in scores.questions
        if (v := standing(doc, scores, s.question_id)) is not None
    }
    answered = [s for s in scores.questions if s.question_id in stand]
    lowest = min(answered, key=lambda s: (stand[s.question_id], -(s.sd or 0.0)))
    low_value = stand[lowest.question_id]
    level = q.level_for(low_value).name
    agreed_low = lowest.question_id in doc.agreed_questions
    # A tie is said as one: naming one of four equal points as "the lowest" misleads.
    tied = [s for s in answered if round(stand[s.question_id], 2) == round(low_value, 2)]
    if len(tied) > 1:
        # Up to four are named; beyond that a count (the tables list every statement).
        shown = [_quoted(s.text) for s in tied[: 4 if len(tied) == 4 else 3]]
        if len(tied) > len(shown):
            shown.append(f"{len(tied) - len(shown)} more")
        # A team's points share an average (many points may sit in the same level); a
        # manager's share an answer.
        share = (
            f"the lowest score, {low_value:.2f} ({level})"
            if doc.is_team
            else f"the lowest answer, {level}"
        )
        low = f"{len(tied)} points share {share}: {_names(shown)}."
    else:
        low = f"The lowest-rated point of all is {_quoted(lowest.text)} ({level}" + (
            ", as the room agreed)." if agreed_low else ")."
        )
    strongest = "strongest areas are" if len(top) > 1 else "strongest area is"
    weakest = "weakest are" if len(bottom) > 1 else "weakest is"
    return Insight(
        f"Strongest: {_names([d.title for d in top])}. Weakest: "
        f"{_names([d.title for d in bottom])}.",
        f"The {strongest} {describe(top)}; the {weakest} {describe(bottom)}. "
        + _agreed_ranking(dims, top, bottom)
        + low,
    )


LEVEL_GAP = 0.05  # areas closer than this read the same at one decimal: level, not ranked


def _agreed_ranking(
    dims: list[DimensionScore], top: list[DimensionScore], bottom: list[DimensionScore]
) -> str:
    """Where the agreed scores would rank the areas otherwise, said: the ranking uses the
    answers, as the tables do, and a reader comparing agreed figures must not be misled."""

    def agreed(d: DimensionScore) -> float:
        return d.agreed if d.agreed is not None else d.score or 0.0

    if not any(d.agreed is not None for d in dims):
        return ""
    best = max(dims, key=agreed)
    worst = min(dims, key=agreed)
    said = []
    # Within a twentieth of each other they are level, not reordered: the figures shown
    # (one decimal) would be the same.
    if best not in top and agreed(best) - agreed(top[0]) < LEVEL_GAP:
        said.append(
            f"{top[0].title} ({tenths(agreed(top[0]))}) and {best.title} ({tenths(agreed(best))}) "
            "would be level as the strongest"
        )
    elif best not in top:
        said.append(f"{best.title} ({tenths(agreed(best))}) would be the strongest")
    if worst not in bottom and agreed(bottom[0]) - agreed(worst) < LEVEL_GAP:
        said.append(f"{worst.title} level with {bottom[0].title} as the weakest")
    elif worst not in bottom:
        said.append(f"{worst.title} ({tenths(agreed(worst))}) the weakest")
    if not said:
        return ""
    return (
        "On the scores agreed in discussion, "
        + " and ".join(said)
        + "; the ranking here uses the answers, as every table does. "
    )


def _disagreement(doc: Assessment, scores: Scores) -> Insight | None:
    if not doc.is_team:
        return None
    flagged = [s for s in scores.questions if s.on_agenda and s.min is not None]
    if not flagged:
        return Insight(
            "The team sees things alike.",
            "No point drew answers far enough apart to need discussion.",
        )
    # The agenda's first point, so the summary and the agenda lead with the same one; its
    # ranking (disagreement and weight) decides, the lowest agreement only without it.
    from cxassess.core.discussion import discussion_list

    ranked = [
        i.question_id
        for i in discussion_list(doc.questionnaire, scores, doc.discussion_size)
        if i.proposed
    ]
    by_id = {s.question_id: s for s in flagged}
    first = next((by_id[qid] for qid in ranked if qid in by_id), None)
    worst = first or min(flagged, key=lambda s: (s.rwg if s.rwg is not None else 1.0, -s.span))
    q = doc.questionnaire
    agreed = doc.agreed_questions.get(worst.question_id)
    # Once the room has agreed a score, asking it to agree again contradicts the agenda.
    close = (
        "People see this differently, so agree what is true before acting on it."
        if agreed is None
        else f"After discussion the room agreed {q.level_for(agreed.score).name} "
        f"({q.figure(agreed.score)}): the plan works from that."
    )
    return Insight(
        "Biggest disagreement.",
        f"On {_quoted(worst.text)} answers ran from {answer_words(q, worst.min or 1, worst.max or 1)}. "
        f"{_split(q, worst)} {close}",
    )


def _split(q: Questionnaire, stats: QuestionStats) -> str:
    points = q.scale.points
    low_top, high_bottom = points // 2, points - points // 2 + 1
    counts = stats.distribution
    low = sum(counts[:low_top])
    high = sum(counts[high_bottom - 1 :])
    if low >= 2 and high >= 2:
        return (
            f"{low} people answered {answer_words(q, 1, low_top)} and {high} answered "
            f"{answer_words(q, high_bottom, points)}."
        )
    return ""


def _person_spread(doc: Assessment) -> tuple[float, int] | None:
    """The standard deviation of individuals' overall scores, and how many there are."""
    q = doc.questionnaire
    totals = [score_participants(q, [p]).overall.score for p in doc.participants]
    values = [t for t in totals if t is not None]
    if len(values) < 3:
        return None
    return statistics.stdev(values), len(values)


def on_the_line(doc: Assessment, score: float | None) -> bool:
    """Whether a team's overall score sits above where its level starts by less than its
    margin of error: on the line between that level and the one below, not a step made."""
    if score is None or not doc.is_team:
        return False
    q = doc.questionnaire
    index = q.level_index(q.level_for(score).id)
    margin = uncertainty(doc)
    return index > 0 and margin is not None and score - q.levels[index].start < margin[0]


def margin_text(margin: float) -> str:
    """A margin as every page prints it: two decimals below 0.15, where one decimal would
    read ±0.1 beside a score 0.07 past a level's line (a margin of 0.06)."""
    return f"±{margin:.2f}" if margin < 0.15 else f"±{margin:.1f}"


def uncertainty(doc: Assessment) -> tuple[float, int] | None:
    """How far the overall score could be off by chance (about 95%), and for how many
    people; None with fewer than three."""
    spread = _person_spread(doc)
    if spread is None:
        return None
    sd, n = spread
    return 2 * sd / math.sqrt(n), n


def _role_gap(doc: Assessment, spread: float | None) -> Insight | None:
    if not doc.is_team or spread is None:
        return None
    groups = [g for g in role_groups(doc) if g.scores.overall.score is not None]
    if len(groups) < 2:
        return None
    high = max(groups, key=lambda g: g.scores.overall.score or 0.0)
    low = min(groups, key=lambda g: g.scores.overall.score or 0.0)
    gap = (high.scores.overall.score or 0.0) - (low.scores.overall.score or 0.0)
    # Two groups' averages differ by chance by about t · sd · √(1/n₁ + 1/n₂): with three
    # people each, a 0.2 gap where people differ by 0.1 is within it, and an insight about
    # it would be noise (the individuals' spread alone was too low a bar).
    margin = (
        _t95(high.members + low.members - 2)
        * spread
        * math.sqrt(1 / high.members + 1 / low.members)
    )
    if gap <= margin:
        return None
    return Insight(
        f"{high.role} and {low.role} see the organisation differently.",
        f"{high.role} rates it {tenths(gap)} points higher than {low.role} "
        f"({tenths(high.scores.overall.score or 0.0)} against {tenths(low.scores.overall.score or 0.0)}), more than "
        f"chance would part two groups of {high.members} and {low.members} (±{margin:.2f}). "
        "Hear both sides before setting targets.",
    )


# Student's t at 97.5% by degrees of freedom: small groups need a wider margin than the
# normal 1.96. A count between two listed takes the smaller one's (wider) value.
_T95 = {
    1: 12.71,
    2: 4.30,
    3: 3.18,
    4: 2.78,
    5: 2.57,
    6: 2.45,
    7: 2.36,
    8: 2.31,
    9: 2.26,
    10: 2.23,
    12: 2.18,
    15: 2.13,
    20: 2.09,
    30: 2.04,
    60: 2.00,
    120: 1.98,
}


def _t95(df: int) -> float:
    return _T95[max((k for k in _T95 if k <= df), default=1)] if df < 1000 else 1.96


def _next_level(
    doc: Assessment, scores: Scores, spread: tuple[float, int] | None
) -> Insight | None:
    q = doc.questionnaire
    overall = scores.overall
    if overall.score is None or overall.level is None:
        return None
    index = q.level_index(overall.level.id)
    if index + 1 >= len(q.levels):
        return Insight(
            "At the top level.",
            "The work now is to keep it there: assess again to check nothing slips.",
        )
    nxt = q.levels[index + 1]
    distance = nxt.start - overall.score
    # A small gap in two decimals, beside the score in two decimals: 2.58 shows as 2.6, and
    # "0.0 below 2.6" (or "0.1" for 0.06) would read as a contradiction.
    # Two decimals too where one would misstate the gap: 2.25 is 0.25 below 2.5, not 0.2.
    exact = distance < 0.15 or abs(distance - round(distance, 1)) >= 0.01
    gap = f"{distance:.2f} below" if exact else f"{distance:.1f} below"
    # A gap in two decimals beside a score shown in one would not add up: 2.3 and "0.25
    # below 2.5". The score is given in two decimals with it.
    lead = (
        f"At {overall.score:.2f}, {gap} {nxt.name}."
        if exact and distance >= 0.15
        else f"{gap[0].upper() + gap[1:]} {nxt.name}."
    )
    if spread is None:
        caveat = (
            "This is one person's view: a different answer on a few points could move it, "
            "so confirm it with others before relying on the level."
            if not doc.is_team
            else "With so few people, treat the level as a first reading."
        )
        return Insight(lead, f"The next level starts at {nxt.start:.1f}. {caveat}")
    sd, n = spread
    margin = 2 * sd / math.sqrt(n)  # about 95% of samples of this size land within it
    # Rounded to one decimal, a margin of 0.06 reads "±0.1" beside a score 0.07 past a
    # level's line, and the reader takes the level as within it: below 0.15, two decimals.
    plus = margin_text(margin)
    here = q.levels[index]
    above = overall.score - here.start
    # The room's agreed points can put the team on the other side of the line: said.
    settled = standing_overall(doc, scores)
    other = (
        f" On the scores the room agreed for {len(doc.agreed_questions)} "
        f"{'point' if len(doc.agreed_questions) == 1 else 'points'}, it is {settled:.2f}, "
        f"{q.level_for(settled).name}."
        if settled is not None and q.level_for(settled).id != overall.level.id
        else ""
    )
    if index > 0 and above < margin and above < distance:
        return Insight(
            f"On the line between {q.levels[index - 1].name} and {here.name}.",
            f"The score, {overall.score:.2f}, is {above:.2f} above where {here.name} starts "
            f"({here.start:.1f}), within the uncertainty of a {n}-person answer (about "
            f"{plus}): {here.name} is not yet a step made.{other}",
        )
    if distance <= margin:
        return Insight(
            f"Close to {nxt.name}.",
            f"The score, {overall.score:.2f}, is {gap} {nxt.name} ({nxt.start:.1f}), within the "
            f"uncertainty of a {n}-person answer (about {plus}): treat the level as "
            f"borderline.{other}",
        )
    # Just past the line, and past the margin: the level is made, but only just, and a
    # reader comparing the score with the line needs the margin to see why it counts.
    just = (
        f" The score is {above:.2f} above where {here.name} starts ({here.start:.1f}), just "
        "past that: the level is made, only just."
        if index > 0 and above < 2 * margin
        else ""
    )
    return Insight(
        lead,
        f"{nxt.name} starts at {nxt.start:.1f}; reaching it means moving the weakest points "
        f"first. The uncertainty of a {n}-person answer is about {plus}.{just}",
    )


def _hidden_gap(doc: Assessment, scores: Scores) -> Insight | None:
    """A point two levels or more below its area's level: the average hides it."""
    from cxassess.core.basics import hidden_gaps

    gaps = hidden_gaps(doc.questionnaire, scores)
    if not gaps:
        return None
    first = gaps[0]
    title = doc.questionnaire.dimension(first.dimension_id).title
    more = (
        f" ({len(gaps) - 1} more point{'s' if len(gaps) > 2 else ''} like it)"
        if len(gaps) > 1
        else ""
    )
    if doc.is_team:
        point = (
            f"{_quoted(first.text)} averages {doc.questionnaire.figure(first.mean)} ({first.level})"
        )
    else:
        point = f"your answer to {_quoted(first.text)} is {first.level}"
    return Insight(
        "An average hides a gap.",
        f"{title} is placed at {first.area_level}, yet {point}{more}. A level is the average "
        "of its points; it does not mean each of them is in place.",
    )


def key_insights(doc: Assessment, scores: Scores) -> list[Insight]:
    """Three to six findings, most important first."""
    spread = _person_spread(doc) if doc.is_team else None
    found = [
        _standing(doc, scores),
        _strengths(doc, scores),
        _hidden_gap(doc, scores),
        _disagreement(doc, scores),
        _role_gap(doc, spread[0] if spread else None),
        _next_level(doc, scores, spread),
    ]
    return [i for i in found if i is not None][:6]


__all__ = ["Insight", "answer_words", "key_insights", "uncertainty"]
