"""The roadmap: tables grouped by horizon and a timeline chart."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from cxassess.core.roadmap import HORIZON_DAYS, HORIZON_LABELS, reassessment_date
from cxassess.report.charts import figure_drawing, timeline_figure
from cxassess.report.context import FRAME_WIDTH, ReportContext, data_table, para, text
from cxassess.report.markup import rich

STATUS_LABELS = {
    "planned": "Planned",
    "in_progress": "In progress",
    "done": "Done",
    "dropped": "Dropped",
}
TIMELINE_LIMIT = 30
# Work on a horizon starts when the one before it ends: Now 0-30, Next 30-90, Later 90-365 days.
HORIZON_START = {"now": 0, "next": HORIZON_DAYS["now"], "later": HORIZON_DAYS["next"]}


def roadmap_section(ctx: ReportContext) -> list[Any]:
    """The plan: what, who, by when, and how to tell it worked."""
    from reportlab.platypus import KeepTogether, PageBreak

    s, q = ctx.styles, ctx.doc.questionnaire
    flow: list[Any] = [PageBreak(), para("Roadmap", s["h1"])]
    items = ctx.roadmap
    if not items and ctx.suggested:
        flow.append(
            para(
                f"No actions have been accepted yet. The {len(ctx.suggested)} suggested actions "
                "are listed under <b>Suggested actions</b> for the team to review: accept the "
                "ones it will carry out, with an owner and a date.",
                s["body"],
            )
        )
        return flow
    if not items:
        flow.append(
            para("Every dimension is at or above its target; no actions were generated.", s["body"])
        )
        return flow
    active = [i for i in items if i.status != "dropped"]
    flow.append(
        para(
            f"{len(active)} actions the team accepted, grouped by when to start them. Quick wins "
            f"(little effort, large gap) come first. Assess again on "
            f"<b>{reassessment_date(ctx.doc).strftime('%d %B %Y')}</b> to see what moved.",
            s["body"],
        )
    )
    for horizon in ("now", "next", "later"):
        group = [i for i in items if i.horizon == horizon]
        if not group:
            continue
        rows = []
        for item in group:
            serves = ""
            if item.question and q.has_question(item.question):
                serves = f"<br/><font color='#5f6b76'>{rich(q.dimension_of(item.question).title)} · {rich(item.question)}</font>"
            notes = f"<br/><i>{rich(item.notes)}</i>" if item.notes else ""
            action = rich(item.action)
            if item.status == "dropped":
                action = f"<strike>{action}</strike>"
            rows.append(
                [
                    para(action + serves + notes, s["cell"]),
                    text(item.owner or "–", s["cell"]),
                    item.due.isoformat() if item.due else "–",
                    text(item.kpi or "–", s["cell"]),
                    STATUS_LABELS[item.status],
                ]
            )
        table = data_table(
            ctx,
            ["Action", "Owner", "Due", "KPI", "Status"],
            rows,
            [FRAME_WIDTH - 300, 70, 58, 117, 55],
        )
        flow.append(
            KeepTogether([para(HORIZON_LABELS[horizon], s["h2"]), table])
            if len(rows) <= 3
            else para(HORIZON_LABELS[horizon], s["h2"])
        )
        if len(rows) > 3:
            flow.append(table)
    timeline = [i for i in active if i.due][:TIMELINE_LIMIT]
    if timeline:
        start = ctx.doc.assessed_on
        bars = []
        for item in timeline:
            assert item.due is not None
            window = HORIZON_DAYS[item.horizon] - HORIZON_START[item.horizon]
            begin = max(start, item.due - timedelta(days=window))
            bars.append((item.action, begin, item.due, item.horizon))
        fig = timeline_figure(bars, start, reassessment_date(ctx.doc))
        caption = "Timeline"
        if len(active) > TIMELINE_LIMIT:
            caption += f" (first {TIMELINE_LIMIT} of {len(active)} actions)"
        flow.append(KeepTogether([para(caption, s["h2"]), figure_drawing(fig, FRAME_WIDTH)]))
    return flow


def suggestions_annex(ctx: ReportContext) -> list[Any]:
    """Suggestions not reviewed yet: in an annex on request, or when nothing was accepted."""
    from reportlab.platypus import PageBreak

    if not ctx.suggested or (ctx.roadmap and not ctx.show_suggestions):
        return []
    s, q = ctx.styles, ctx.doc.questionnaire
    rows = []
    for item in ctx.suggested:
        statement = (
            q.question(item.question).text
            if item.question and q.has_question(item.question)
            else ""
        )
        rows.append(
            [
                para(rich(item.action), s["cell"]),
                para(rich(statement), s["cell"]),
                para(rich(item.reason or "–"), s["cell"]),
            ]
        )
    return [
        PageBreak(),
        para("Suggested actions", s["h1"]),
        para(
            f"{len(rows)} actions the assessment suggests and the team has not reviewed yet, "
            "soonest and most important first. They are not part of the plan until accepted.",
            s["body"],
        ),
        data_table(
            ctx,
            ["Suggested action", "Statement it addresses", "Why"],
            rows,
            [FRAME_WIDTH * 0.42, FRAME_WIDTH * 0.33, FRAME_WIDTH * 0.25],
        ),
    ]
