"""The cover page and the one-page executive summary."""

from __future__ import annotations

from typing import Any

from cxassess.core.roadmap import HORIZON_LABELS, is_alignment_step, reassessment_date
from cxassess.core.scoring import QuestionStats
from cxassess.report.context import FRAME_WIDTH, ReportContext, data_table, fmt, para, text
from cxassess.report.markup import rich, shorten


def _logo(ctx: ReportContext) -> list[Any]:
    logo = ctx.branding.logo
    if logo is None:
        return []
    from reportlab.platypus import Image

    image = Image(str(logo))
    ratio = image.imageWidth / image.imageHeight if image.imageHeight else 1
    height = 48.0
    image.drawHeight = height
    image.drawWidth = min(height * ratio, 200)
    image.hAlign = "LEFT"
    return [image]


def cover(ctx: ReportContext) -> list[Any]:
    """Organisation, team, date, questionnaire, facilitator and participant count."""
    from reportlab.platypus import PageBreak, Spacer

    doc, s = ctx.doc, ctx.styles
    q = doc.questionnaire
    title = doc.organisation or "Customer-centric culture"
    flow: list[Any] = [*_logo(ctx), Spacer(1, 90)]
    flow.append(para("Customer-centric culture roadmap", s["muted"]))
    flow.append(Spacer(1, 6))
    flow.append(text(shorten(title, 160), s["title"]))
    if doc.team:
        flow.append(Spacer(1, 6))
        flow.append(text(shorten(doc.team, 200), s["subtitle"]))
    flow.append(Spacer(1, 40))
    kind = "Team workshop" if ctx.team else "Individual assessment"
    rows = [
        ["Assessed on", doc.assessed_on.strftime("%d %B %Y")],
        ["Assessment", kind],
        ["Questionnaire", f"{rich(q.title)} (version {rich(q.version)})"],
        ["Facilitator", rich(doc.facilitator) if doc.facilitator else "–"],
        ["Participants", str(len(doc.participants)) + (" (anonymous)" if doc.anonymous else "")],
        ["Next assessment", reassessment_date(doc).strftime("%d %B %Y")],
    ]
    from reportlab.platypus import Table, TableStyle

    table = Table(
        [[para(f"<b>{k}</b>", s["body"]), para(v, s["body"])] for k, v in rows],
        colWidths=[110, FRAME_WIDTH - 110],
    )
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    flow.append(table)
    flow.append(PageBreak())
    return flow


def _extremes(ctx: ReportContext) -> tuple[list[QuestionStats], list[QuestionStats]]:
    answered = [q for q in ctx.scores.questions if q.mean is not None]
    ranked = sorted(answered, key=lambda q: (q.mean or 0, -(q.sd or 0)))
    woes = ranked[:3]
    wows = [q for q in reversed(ranked[3:])][:3] if len(ranked) > 3 else []
    return wows, woes


def _headline(ctx: ReportContext) -> Any:
    from reportlab.platypus import Table, TableStyle

    s = ctx.styles
    overall = ctx.scores.overall
    if overall.score is None:
        left = [para("–", s["big"]), para("not enough answers to score", s["bigcap"])]
        right = [
            para("Fewer than half of the questions were answered in every dimension.", s["body"])
        ]
    else:
        level = overall.level
        left = [
            para(f"{overall.index:.0f}", s["big"]),
            para(f"index out of 100<br/>score {overall.score:.2f} of {ctx.points}", s["bigcap"]),
        ]
        right = [
            para(f"Maturity level: <b>{rich(level.name if level else '')}</b>", s["h2"]),
            text(level.description if level else "", s["body"]),
        ]
    table = Table([[left, right]], colWidths=[120, FRAME_WIDTH - 120])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEAFTER", (0, 0), (0, 0), 0.5, "#d0d7de"),
                ("LEFTPADDING", (1, 0), (1, 0), 12),
            ]
        )
    )
    return table


def executive_summary(ctx: ReportContext) -> list[Any]:
    """Overall index and level, wows and woes, biggest gaps, top five actions: one page."""
    from reportlab.platypus import PageBreak, Spacer

    s, q = ctx.styles, ctx.doc.questionnaire
    flow: list[Any] = [para("Executive summary", s["h1"]), _headline(ctx), Spacer(1, 8)]
    who = f"{ctx.scores.respondents} people" if ctx.team else "one person"
    flow.append(
        para(
            f"Based on the answers of {who} to {sum(1 for _ in q.questions())} statements "
            f"across {len(q.dimensions)} dimensions.",
            s["muted"],
        )
    )
    wows, woes = _extremes(ctx)
    for title, items in (
        ("Wows: where you are strongest", wows),
        ("Woes: where customers feel it most", woes),
    ):
        if not items:
            continue
        flow.append(para(title, s["h2"]))
        rows = [
            [text(st.text, s["cell"]), fmt(st.mean), rich(q.dimension(st.dimension_id).title)]
            for st in items
        ]
        flow.append(
            data_table(ctx, ["Statement", "Mean", "Dimension"], rows, [FRAME_WIDTH - 150, 40, 110])
        )
    gaps = sorted(
        (g for g in ctx.gaps if g.score is not None and g.target is not None), key=lambda g: -g.gap
    )
    if gaps:
        flow.append(para("Biggest gaps to target", s["h2"]))
        rows = [
            [
                rich(g.title),
                fmt(g.score, 2),
                fmt(g.target, 2),
                fmt(g.gap, 2),
                rich(q.level_for(g.target).name) if g.target is not None else "",
            ]
            for g in gaps[:4]
        ]
        flow.append(
            data_table(
                ctx,
                ["Dimension", "Score", "Target", "Gap", "Target level"],
                rows,
                [FRAME_WIDTH - 230, 50, 50, 40, 90],
            )
        )
    open_items = [i for i in ctx.roadmap if i.status not in ("done", "dropped")]
    top = [i for i in open_items if not is_alignment_step(i)][:5]
    aligning = len(open_items) - len([i for i in open_items if not is_alignment_step(i)])
    if top:
        flow.append(para("Top five actions", s["h2"]))
        if aligning:
            flow.append(
                para(
                    f"First, agree as a team on the {aligning} statement(s) on the discussion "
                    "agenda; then start with these:",
                    s["small"],
                )
            )
        rows = [
            [
                text(shorten(i.action, 240), s["cell"]),
                rich(shorten(i.owner, 60)) or "–",
                i.due.isoformat() if i.due else "–",
                HORIZON_LABELS[i.horizon].split(" ")[0],
            ]
            for i in top
        ]
        flow.append(
            data_table(
                ctx, ["Action", "Owner", "Due", "When"], rows, [FRAME_WIDTH - 200, 90, 62, 48]
            )
        )
    flow.append(PageBreak())
    return flow
