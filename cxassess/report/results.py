"""Results: the radar, dimension scores, the role lens, each dimension, and the agenda."""

from __future__ import annotations

from typing import Any

from cxassess.core.roles import RoleGroup
from cxassess.core.round import role_floor
from cxassess.core.scoring import DimensionScore, QuestionStats, standing
from cxassess.core.text import lower_first
from cxassess.core.votes import last_revote, revote_result
from cxassess.report.charts import distribution_figure, figure_drawing, radar_figure
from cxassess.report.context import FRAME_WIDTH, ReportContext, data_table, fmt, para, text
from cxassess.report.markup import rich
from cxassess.report.styles import AGREED_COLOUR, CURRENT_COLOUR, PREVIOUS_COLOUR, TARGET_COLOUR
from cxassess.report.wording import (
    agreement_words,
    counts_words,
    level_words,
    only_just,
    range_words,
)


def _answer_cell(ctx: ReportContext, st: QuestionStats) -> str:
    q = ctx.doc.questionnaire
    if ctx.team:
        # An average of answers from both ends of the scale describes nobody's view, but
        # hiding it hides what the dimension score is made of: show it, marked as such.
        shown = level_words(q, st.mean)
        if st.on_agenda and st.mean is not None:
            divided = st.rwg is None or st.rwg < q.agreement.rwg_threshold
            kind = "divided" if divided else "far-apart"
            shown = f"{shown}, an average of {kind} answers"
        asked = st.n + st.dont_know + st.not_applicable
        if st.dont_know:
            # Not knowing is a finding for leaders: said beside the figure it is missing from.
            shown += f"; {st.dont_know} of {asked} did not know"
        if st.not_applicable:
            # Left out of the average like "don't know", so said beside it too: a statement
            # that does not apply to some people is read differently from one that does.
            shown += f"; {st.not_applicable} of {asked} said it does not apply"
        return shown
    if st.dont_know:
        return "Don't know"
    if st.not_applicable:
        return "Not applicable"
    return "–" if st.mean is None else q.scale.labels[round(st.mean) - 1]


def _above_typical(ctx: ReportContext, dimension_id: str, level_id: str) -> str:
    """How many of the area's points (a person's answers, or a team's averages and agreed
    scores) sit above or below its level, so that the level's typical picture is not read
    as a contradiction of them (a manager who answered Aware to the owner, the review and
    the goals is told so beside "Typical of Developing")."""
    q = ctx.doc.questionnaire
    here = q.level_index(level_id)
    above = below = 0
    for qu in q.dimension(dimension_id).questions:
        value = standing(ctx.doc, ctx.scores, qu.id)
        if value is not None:
            index = q.level_index(q.level_for(value).id)
            above += index > here
            below += index < here
    if not above and not below:
        return ""
    parts = [
        f"{n} {'sits' if n == 1 else 'sit'} {where}"
        for n, where in ((below, "below that level"), (above, "above it"))
        if n
    ]
    whose = (
        "the team's points (the agreed score where the room agreed one)"
        if ctx.team
        else "your answers"
    )
    return (
        f" Of {whose} here, {' and '.join(parts)} (see the table below): the area's "
        "level is their average, and the picture above may not fit each point."
    )


def _score_cell(d: DimensionScore) -> str:
    return "too few answers" if d.insufficient else fmt(d.score, 1)


Series = list[tuple[str, list[float | None], str, str]]


def radar_series(ctx: ReportContext) -> Series:
    """Current, target, agreed (where recorded) and the most recent earlier assessment."""
    dims = ctx.scores.dimensions
    gaps = {g.dimension_id: g for g in ctx.gaps}
    series: Series = [
        ("Current", [d.score for d in dims], CURRENT_COLOUR, "-"),
        ("Target", [gaps[d.dimension_id].target for d in dims], TARGET_COLOUR, "--"),
    ]
    if any(d.agreed is not None for d in dims):
        agreed = [d.agreed if d.agreed is not None else d.score for d in dims]
        series.append(("Agreed", agreed, AGREED_COLOUR, ":"))
    if ctx.previous:
        _, earlier = max(ctx.previous, key=lambda pair: (pair[0].assessed_on, pair[0].created_at))
        by_id = {d.dimension_id: d.score for d in earlier.dimensions}
        series.append(
            ("Last time", [by_id.get(d.dimension_id) for d in dims], PREVIOUS_COLOUR, "-.")
        )
    return series


def overview(ctx: ReportContext) -> list[Any]:
    """Radar chart of current, target and agreed scores, and the dimension table."""
    s = ctx.styles
    dims = ctx.scores.dimensions
    gaps = {g.dimension_id: g for g in ctx.gaps}
    series = radar_series(ctx)
    labels = [d.title if d.score is not None else f"{d.title} (too few answers)" for d in dims]
    radar = radar_figure(labels, ctx.points, series)
    flow: list[Any] = [
        para("Results by dimension", s["h1"]),
        figure_drawing(radar, FRAME_WIDTH * 0.82),
    ]
    q = ctx.doc.questionnaire
    header = ["Area", "Today", "Target"]
    widths = [FRAME_WIDTH - 220, 110, 110]
    if ctx.team:
        header = ["Area", "Today", "Target", "Agreed", "Answers"]
        widths = [FRAME_WIDTH - 380, 100, 100, 90, 90]
    from cxassess.core.gaps import default_target, steep_targets

    # A target more than a round's plan above today is a proposal until the sponsor confirms
    # or stages it: said so here as on the summary, not shown as settled.
    proposed = {gap.dimension_id for gap in steep_targets(ctx.doc, ctx.scores)}
    rows = []
    for d in dims:
        g = gaps[d.dimension_id]
        row = [
            f"<b>{rich(d.title)}</b>",
            "too few answers" if d.insufficient else level_words(q, d.score),
            f"{q.figure(g.target)} proposed; this round {level_words(q, default_target(q, d.score))}"
            if d.dimension_id in proposed and g.target is not None and d.score is not None
            else level_words(q, g.target),
        ]
        if ctx.team:
            row.append(level_words(q, d.agreed))
            points = [ctx.scores.question(qu.id) for qu in q.dimension(d.dimension_id).questions]
            divided = sum(1 for st in points if st.on_agenda)
            row.append(f"{divided} of {len(points)} points divided" if divided else "alike")
        rows.append(row)
    # Alone, the first page already tables each area today and one level up.
    if ctx.team:
        flow.append(data_table(ctx, header, rows, widths))
    flow.append(
        para(
            f"Scores run from 1 ({rich(q.scale.labels[0])}) to {ctx.points} "
            f"({rich(q.scale.labels[-1])}), the same names as the maturity levels. Targets are "
            "one level above today unless set otherwise"
            + (
                "; the chart's target line shows a proposed target where one is proposed."
                if proposed
                else "."
            )
            + (
                " “Answers” counts the points on which people were divided; the method page "
                "explains how that is decided."
                if ctx.team
                else ""
            ),
            s["muted"],
        )
    )
    for d in dims:
        if d.agreed is None:
            continue
        # How an agreed figure was reached, beside it: set in discussion, against the score
        # the answers gave, and why (or that no reason was recorded).
        why = (
            rich(d.agreed_rationale.rstrip(". "))
            if d.agreed_rationale
            else "no reason was recorded"
        )
        computed = f" against {q.figure(d.score)} from the answers" if d.score is not None else ""
        flow.append(
            para(
                f"<b>Agreed score for {rich(d.title)}: {q.figure(d.agreed)}</b>, set in the "
                f"discussion{computed}: {why}.",
                s["small"],
            )
        )
    flow.extend(role_lens(ctx))
    return flow


def _agenda_share(ctx: ReportContext) -> str:
    """How much of what is marked the agenda takes: all of it, or its first few."""
    marked = sum(1 for st in ctx.scores.questions if st.on_agenda)
    size = ctx.doc.discussion_size
    if marked <= size:
        return (
            "The one point marked is on the agenda."
            if marked == 1
            else "Both points marked are on the agenda."
            if marked == 2
            else f"All {marked} marked across the areas are on the agenda."
        )
    return (
        f"The agenda takes the first {size} of the {marked} marked across the areas; the rest "
        "wait for the next review."
    )


def role_lens(ctx: ReportContext) -> list[Any]:
    """Scores by role and by unit, only for groups large enough that nobody can be
    singled out."""
    return _lens(ctx, ctx.roles, "role", "roles") + _lens(ctx, ctx.units, "unit", "units")


# The unit lens also yields to the role lens (core.roles): said, so a combined unit that
# looks big enough is not taken for a mistake.
_beside_roles = (
    ", and so are units that, set beside the roles, would let a few people's answers be "
    "worked out by subtraction"
)


def _lens(ctx: ReportContext, groups: list[RoleGroup], one: str, many: str) -> list[Any]:
    if not groups:
        return []
    from reportlab.platypus import KeepTogether

    s = ctx.styles
    dims = ctx.doc.questionnaire.dimensions
    header = [one.capitalize(), "People", *[d.title for d in dims], "Overall"]
    other = (FRAME_WIDTH - 130) / (len(dims) + 1)
    rows = []
    for g in groups:
        row = [rich(g.role), str(g.members)]
        row += [_score_cell(g.scores.dimension(d.id)) for d in dims]
        row.append(fmt(g.scores.overall.score, 1))
        rows.append(row)
    why = (
        "Everyone answered for the whole organisation; this shows how it looks from the "
        "part each person knows best. "
        if one == "unit"
        else ""
    )
    # The note says how to read the table: it never starts the next page on its own.
    return [
        KeepTogether(
            [
                para(f"By {one}", s["h2"]),
                data_table(
                    ctx, [rich(h) for h in header], rows, [90, 40] + [other] * (len(dims) + 1)
                ),
                para(
                    f"{why}Only {many} with at least {role_floor(ctx.doc.questionnaire)} respondents "
                    f"are shown; smaller {many} are combined so that no one's answers can be singled "
                    f"out{_beside_roles if one == 'unit' else ''}. An area fewer than that many in "
                    'a group answered reads "too few answers".',
                    s["muted"],
                ),
            ]
        )
    ]


def _gaps_below(ctx: ReportContext, dimension_id: str) -> str:
    """The points far below the area's level, said beside it: the level is an average, and
    a missing basic must not hide behind it."""
    from cxassess.core.basics import hidden_gaps

    gaps = [
        g for g in hidden_gaps(ctx.doc.questionnaire, ctx.scores) if g.dimension_id == dimension_id
    ]
    if not gaps:
        return ""
    named = [
        f"“{rich(g.text.rstrip('.'))}” ({g.level}, {ctx.doc.questionnaire.figure(g.mean)})"
        for g in gaps[:3]
    ]
    more = f" and {len(gaps) - 3} more" if len(gaps) > 3 else ""
    return (
        f" <b>Two levels or more below it:</b> {', '.join(named)}{more}. The level is the "
        "average of the area's points; it does not mean these are in place."
    )


def dimension_sections(ctx: ReportContext) -> list[Any]:
    """One section per area: where it stands in this area's own terms, what the next level
    looks like here, each point in plain words, and how answers were spread."""
    from reportlab.platypus import CondPageBreak, KeepTogether, Spacer

    s, q = ctx.styles, ctx.doc.questionnaire
    flow: list[Any] = []
    for dim, d in zip(q.dimensions, ctx.scores.dimensions, strict=True):
        flow.append(CondPageBreak(220))
        flow.append(para(rich(dim.title), s["h1"]))
        flow.append(text(dim.description, s["muted"]))
        flow.append(Spacer(1, 4))
        if d.score is None:
            summary = (
                f"Not scored: {d.answered} of {d.questions} points were answered, fewer than "
                f"the {q.min_coverage:.0%} needed for a fair score."
            )
        else:
            level = q.level_for(d.score)
            # "Typical of", with how many points sit off that level: said flat, the level's
            # picture ("urgent problems are fixed quickly") read as a claim the room's own
            # agreed score on that point contradicted.
            summary = (
                f"<b>Today: {rich(level.name)}</b> ({q.figure(d.score)}). Typical of "
                f"{rich(level.name)}: {rich(dim.level_description(q, level.id))}"
                + _above_typical(ctx, dim.id, level.id)
            )
            if not ctx.team:
                summary = (
                    f"<b>Today: {rich(level.name)}</b> ({q.figure(d.score)}"
                    + (", only just" if only_just(q, d.score) else "")
                    + "). Typical of "
                    f"{rich(level.name)}: {rich(dim.level_description(q, level.id))}"
                    + _above_typical(ctx, dim.id, level.id)
                )
            summary += _gaps_below(ctx, dim.id)
        flow.append(para(summary, s["body"]))
        if d.score is not None:
            index = q.level_index(q.level_for(d.score).id)
            if index + 1 < len(q.levels):
                nxt = q.levels[index + 1]
                flow.append(
                    para(
                        f"<b>What {rich(nxt.name)} looks like here:</b> "
                        f"{rich(dim.level_description(q, nxt.id))}",
                        s["body"],
                    )
                )
        header = ["Statement", "Average answer" if ctx.team else "Your answer"]
        widths = [FRAME_WIDTH - 110, 110]
        if ctx.team:
            header += ["Range", "Answers", "Agreed"]
            widths = [FRAME_WIDTH - 355, 95, 110, 70, 80]
        rows = []
        for question in dim.questions:
            st = ctx.scores.question(question.id)
            row: list[Any] = [text(question.text, s["cell"]), _answer_cell(ctx, st)]
            if ctx.team:
                # On the agenda for little agreement ("divided"), or, with agreement high
                # enough, because some answers are far from the rest ("far apart").
                words = agreement_words(st.rwg, q.agreement.rwg_threshold)
                if st.on_agenda:
                    words = ("divided" if words in ("divided", "–") else "far apart") + " ●"
                row += [range_words(q, st), words, level_words(q, st.agreed)]
            rows.append(row)
        flow.append(data_table(ctx, header, rows, widths))
        if ctx.team:
            flow.append(
                para(
                    "● to discuss: “divided”, people agree little; “far apart”, most agree "
                    f"but some answers are {q.agreement.span_threshold} or more points from "
                    f"others. {_agenda_share(ctx)}",
                    s["muted"],
                )
            )
            chart_rows = [
                (
                    qu.text,
                    list(ctx.scores.question(qu.id).distribution),
                    ctx.scores.question(qu.id).not_applicable,
                    ctx.scores.question(qu.id).dont_know,
                )
                for qu in dim.questions
            ]
            fig = distribution_figure(chart_rows, q.scale.labels)
            flow.append(
                KeepTogether(
                    [para("How answers were spread", s["h2"]), figure_drawing(fig, FRAME_WIDTH)]
                )
            )
    return flow


def agenda(ctx: ReportContext) -> list[Any]:
    """Where the team disagrees most, to discuss first."""
    if not ctx.team:
        return []
    from reportlab.platypus import CondPageBreak

    s, q = ctx.styles, ctx.doc.questionnaire
    from cxassess.core.discussion import discussion_list
    from cxassess.core.follow_through import findings_since
    from cxassess.core.owners import settles, sponsor

    flagged = discussion_list(q, ctx.scores, ctx.doc.discussion_size)
    escalated = {
        f.subject
        for f in findings_since(ctx.doc, ctx.scores, ctx.previous)
        if f.found_before is not None
    }
    # The hour has room for the proposed few; the rest are counted, not listed.
    items = [ctx.scores.question(i.question_id) for i in flagged if i.proposed]
    asks = {i.question_id: i for i in flagged}
    records = sum(1 for st in items if asks[st.question_id].evidence)
    more = len(flagged) - len(items)
    flow: list[Any] = [CondPageBreak(200), para("Discussion agenda", s["h1"])]
    if not items:
        flow.append(
            para(
                "The team answered every statement in close agreement; nothing needs a separate discussion.",
                s["body"],
            )
        )
        return flow
    flow.append(
        para(
            (
                "The point people disagreed on most."
                if len(items) == 1
                else f"The {len(items)} points people disagreed on most: how little they agree, "
                "or how far apart the furthest answers are, whichever is larger (the method "
                "page says how each is measured)"
                + (
                    ": every point weighs the same here, so the order is by disagreement alone."
                    if len({qu.weight for _, qu in q.questions()}) == 1
                    and len({d.weight for d in q.dimensions}) == 1
                    else ", times the weight the questionnaire gives each point and its area."
                )
            )
            + " Ask people at both ends what they have seen, then agree a score."
            + (
                " A point marked as a matter of record is settled by a document, not a vote: "
                "bring it, and score what it shows."
                if records
                else ""
            )
            + (
                f" {more} more {'point was' if more == 1 else 'points were'} divided too; the "
                "figures at the end of the report show every divided point."
                if more
                else ""
            ),
            s["body"],
        )
    )
    rows = []
    for st in items:
        agreed = ctx.doc.agreed_questions.get(st.question_id)
        note = (
            f"<br/><i>Agreed: {rich(level_words(q, agreed.score))}. "
            f"{rich(agreed.rationale[:1].upper() + agreed.rationale[1:])}</i>"
            if agreed
            else ""
        )
        record = asks[st.question_id].evidence
        if agreed and agreed.evidence:
            note += f"<br/><i>Checked against: {rich(agreed.evidence)}</i>"
        elif record and agreed:
            # A vote settles no fact: the score agreed stands until the document is seen.
            note += (
                "<br/><b>Matter of record, agreed without its document:</b> the score holds "
                f"until it is checked against {rich(lower_first(record))}."
            )
        elif record:
            note += f"<br/><b>Matter of record:</b> bring {rich(lower_first(record))}."
        if not agreed or (record and not agreed.evidence):
            # Left open in the room: a person and a date, as a decision has; the sponsor's
            # where the findings escalate it (left open last time too), as they say.
            owner, by = settles(ctx.doc, ctx.scores, st.question_id)
            if st.question_id in escalated:
                owner = sponsor(ctx.doc)
            note += f"<br/><i>To settle: {rich(owner)}, by {by:%d %B %Y}.</i>"
        counts = counts_words(q, st.distribution)
        revote = last_revote(ctx.doc, st.question_id)
        if revote is not None:
            after = revote_result(ctx.doc, revote).after
            again = [after.get(v, 0) for v in range(1, q.scale.points + 1)]
            counts = para(
                f"{rich(counts)}<br/><i>After a re-vote: {rich(counts_words(q, again))}</i>",
                s["cell"],
            )
        rows.append(
            [
                para(rich(st.text) + note, s["cell"]),
                rich(q.dimension(st.dimension_id).title),
                counts,
            ]
        )
    flow.append(
        data_table(
            ctx,
            ["Statement", "Area", "How many gave each answer"],
            rows,
            [FRAME_WIDTH - 230, 90, 140],
        )
    )
    settled = sum(1 for st in items if st.question_id in ctx.doc.agreed_questions)
    open_ = len(items) - settled
    # Points the room agreed that were not on this agenda: said, so an agreed score in an
    # area's table is not read as one the agenda forgot.
    listed = {st.question_id for st in items}
    beyond = sum(1 for qid in ctx.doc.agreed_questions if qid not in listed)
    also = (
        f" The room also agreed a score on {beyond} "
        f"{'point' if beyond == 1 else 'points'} not on the agenda (the area tables show "
        f"{'it' if beyond == 1 else 'them'})."
        if beyond
        else ""
    )
    if open_:
        # What the discussion left open is an outcome too: said, so it gets an owner.
        flow.append(
            para(
                (
                    f"{settled} of these {len(items)} points {'has' if settled == 1 else 'have'} "
                    f"an agreed score; the other {open_} {'is' if open_ == 1 else 'are'} still "
                    "open"
                    if settled
                    else f"None of these {len(items)} points has an agreed score yet"
                )
                + ": each open one, and a matter of record agreed without its document, names "
                "who settles it and by when (a matter of record "
                "within two weeks, with its document; the others within a month, with the "
                "people at both ends), and the agreed score goes into the assessment file." + also,
                s["body"],
            )
        )
    elif also:
        flow.append(para(also.strip(), s["body"]))
    return flow
