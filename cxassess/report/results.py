"""Results: the radar, dimension scores, the role lens, each dimension, and the agenda."""

from __future__ import annotations

from typing import Any

from cxassess.core.scoring import DimensionScore, QuestionStats
from cxassess.report.charts import distribution_figure, figure_drawing, radar_figure
from cxassess.report.context import FRAME_WIDTH, ReportContext, data_table, fmt, para, text
from cxassess.report.markup import rich
from cxassess.report.styles import AGREED_COLOUR, CURRENT_COLOUR, PREVIOUS_COLOUR, TARGET_COLOUR


def _value_cell(ctx: ReportContext, st: QuestionStats) -> str:
    if ctx.team:
        return fmt(st.mean, 2)
    return "N/A" if st.not_applicable else fmt(st.mean, 0)


def _score_cell(d: DimensionScore) -> str:
    return "insufficient data" if d.insufficient else fmt(d.score, 2)


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
    header = ["Dimension", "Score", "Index", "Level", "Agreed", "Target", "Gap"]
    widths = [FRAME_WIDTH - 330, 62, 40, 78, 50, 50, 50]
    if ctx.team:
        header.append("Agreement")
        widths = [FRAME_WIDTH - 405, 62, 40, 78, 50, 50, 50, 75]
    rows = []
    for d in dims:
        g = gaps[d.dimension_id]
        row = [
            f"<b>{rich(d.title)}</b>",
            _score_cell(d),
            fmt(d.index, 0),
            rich(d.level.name) if d.level else "–",
            fmt(d.agreed, 1),
            fmt(g.target, 2),
            fmt(g.gap, 2) if d.score is not None else "–",
        ]
        if ctx.team:
            row.append(fmt(d.rwg_j, 2))
        rows.append(row)
    flow.append(data_table(ctx, header, rows, widths))
    flow.append(
        para(
            "Scores run from 1 to {p}; the index puts the same score on 0 to 100. Targets are one "
            "maturity level above the current one unless the team set its own. "
            "{agreement}".format(
                p=ctx.points,
                agreement="Agreement runs from 0, answers as scattered as if picked at random, to 1, "
                "everyone answered alike; below 0.70 the team sees it differently."
                if ctx.team
                else "",
            ),
            s["muted"],
        )
    )
    for d in dims:
        if d.agreed_rationale:
            flow.append(
                para(
                    f"<b>Agreed score for {rich(d.title)}:</b> {rich(d.agreed_rationale)}",
                    s["small"],
                )
            )
    flow.extend(role_lens(ctx))
    return flow


def role_lens(ctx: ReportContext) -> list[Any]:
    """Scores by role, only for groups large enough that nobody can be singled out."""
    if not ctx.roles:
        return []
    s = ctx.styles
    dims = ctx.doc.questionnaire.dimensions
    header = ["Role", "People", *[d.title for d in dims], "Overall"]
    other = (FRAME_WIDTH - 130) / (len(dims) + 1)
    rows = []
    for g in ctx.roles:
        row = [rich(g.role), str(g.members)]
        row += [_score_cell(g.scores.dimension(d.id)) for d in dims]
        row.append(fmt(g.scores.overall.score, 2))
        rows.append(row)
    return [
        para("By role", s["h2"]),
        data_table(ctx, [rich(h) for h in header], rows, [90, 40] + [other] * (len(dims) + 1)),
        para(
            f"Only roles with at least {max(2, ctx.doc.questionnaire.min_role_size)} respondents are "
            "shown; smaller roles are combined so that no one's answers can be singled out.",
            s["muted"],
        ),
    ]


def dimension_sections(ctx: ReportContext) -> list[Any]:
    """One section per dimension: score, level, the next level, and each question."""
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
                f"Not scored: {d.answered} of {d.questions} questions were answered, below the "
                f"minimum of {q.min_coverage:.0%}."
            )
        else:
            level = d.level
            summary = (
                f"Score <b>{d.score:.2f}</b> (index {d.index:.0f}), level "
                f"<b>{rich(level.name if level else '')}</b>: {rich(level.description if level else '')}"
            )
        flow.append(para(summary, s["body"]))
        if d.score is not None:
            index = q.level_index(q.level_for(d.score).id)
            if index + 1 < len(q.levels):
                nxt = q.levels[index + 1]
                flow.append(
                    para(
                        f"<b>What {rich(nxt.name)} looks like:</b> {rich(nxt.description)}",
                        s["body"],
                    )
                )
        # A solo assessment shows the person's answer, not a mean of one.
        header = ["Statement", "Mean" if ctx.team else "Answer"]
        widths = [FRAME_WIDTH - 50, 50]
        if ctx.team:
            header += ["Range", "SD", "Agreement", "Agreed"]
            widths = [FRAME_WIDTH - 245, 40, 45, 40, 70, 50]
        rows = []
        for question in dim.questions:
            st = ctx.scores.question(question.id)
            row: list[Any] = [text(question.text, s["cell"]), _value_cell(ctx, st)]
            if ctx.team:
                flag = " ●" if st.on_agenda else ""
                row += [
                    f"{st.min}–{st.max}" if st.min is not None else "–",
                    fmt(st.sd, 2),
                    fmt(st.rwg, 2) + flag,
                    fmt(st.agreed, 1),
                ]
            rows.append(row)
        flow.append(data_table(ctx, header, rows, widths))
        if ctx.team:
            flow.append(
                para(
                    "● on the discussion agenda: the team disagrees on this statement.", s["muted"]
                )
            )
            chart_rows = [
                (
                    qu.id,
                    list(ctx.scores.question(qu.id).distribution),
                    ctx.scores.question(qu.id).not_applicable,
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
    items = ctx.scores.agenda()
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
            f"{len(items)} statements where answers were far apart (agreement below "
            f"{q.agreement.rwg_threshold:.2f}, or {q.agreement.span_threshold} or more points between "
            "the lowest and highest answer), most disagreement first. Ask the people at both ends "
            "what they have seen.",
            s["body"],
        )
    )
    rows = []
    for st in items:
        counts = " · ".join(f"{i + 1}: {c}" for i, c in enumerate(st.distribution) if c)
        agreed = ctx.doc.agreed_questions.get(st.question_id)
        note = f"<br/><i>Agreed {agreed.score:g}: {rich(agreed.rationale)}</i>" if agreed else ""
        rows.append(
            [
                para(rich(st.text) + note, s["cell"]),
                rich(q.dimension(st.dimension_id).title),
                f"{st.min}–{st.max}",
                fmt(st.rwg, 2),
                counts,
            ]
        )
    flow.append(
        data_table(
            ctx,
            ["Statement", "Dimension", "Range", "Agreement", "Answers (value: people)"],
            rows,
            [FRAME_WIDTH - 280, 75, 40, 70, 95],
        )
    )
    return flow
