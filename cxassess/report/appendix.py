"""How scores are computed, and the appendix of answers and comments."""

from __future__ import annotations

import math
from typing import Any

from cxassess.core.round import role_floor
from cxassess.report.context import FRAME_WIDTH, ReportContext, data_table, para, text
from cxassess.report.markup import rich

COLUMNS_PER_TABLE = 14


def _weights(q: Any) -> str:
    """What "weighted" means where the agenda and the roadmap say it, and what the areas'
    sizes do to the overall score."""
    points = {qu.weight for _, qu in q.questions()}
    areas = {d.weight for d in q.dimensions}
    sizes = sorted(q.dimensions, key=lambda d: len(d.questions))
    said = (
        "here every point weighs the same within its area, and every area the same in the "
        "overall score"
        if len(points) == 1 and len(areas) == 1
        else "points and areas that weigh more count more in each average"
    )
    if len(sizes[0].questions) != len(sizes[-1].questions):
        said += (
            f"; so a point in a smaller area counts for more of the overall "
            f"({rich(sizes[0].title)} has {len(sizes[0].questions)} points, "
            f"{rich(sizes[-1].title)} {len(sizes[-1].questions)})"
        )
    return (
        "Each point and each area has a weight set in the questionnaire: "
        f"{said}. The agenda's order (disagreement times these set weights, not a point's "
        "share of the overall) and the roadmap's impact use the same weights."
    )


def method(ctx: ReportContext) -> list[Any]:
    """How the figures were made and what they can and cannot say, in short paragraphs."""
    from reportlab.platypus import CondPageBreak

    s, q = ctx.styles, ctx.doc.questionnaire
    n = q.scale.points
    paragraphs = [
        (
            "The answers",
            f"Each point is answered on a scale of 1 to {n}, whose names are the maturity "
            f"levels ({rich(', '.join(q.scale.labels))}); each answer describes what the person "
            "sees in the organisation today. “Don't know” and “not applicable” answers count "
            "nowhere in the scores; "
            + (
                "the report says beside each point how many did not know, since for leaders "
                "not knowing is a finding, and how many said it does not apply."
                if ctx.team
                else "the statements you did not know are listed, since for a manager not "
                "knowing is a finding."
            ),
        ),
        (
            "The scores",
            "A point's score is the average answer. An area's score is the average of its "
            "points, and the overall score the average of the areas. An area where fewer than "
            f"{q.min_coverage:.0%} of the points were answered gets no score, rather than a "
            "misleading one. The index puts the overall score on 0 to 100."
            # The agenda and the roadmap's ranking are a team's; one person has neither.
            + (" " + _weights(q) if ctx.team else ""),
        ),
        (
            "The levels",
            "A score reaches a level at a fixed value: "
            + "; ".join(f"{rich(level.name)} from {level.start:g}" for level in q.levels)
            + ". Targets are one level above today unless set otherwise.",
        ),
    ]
    if ctx.team:
        paragraphs += [
            (
                "Agreement",
                "For each point, the answers' spread is compared with answers given at random "
                "(a measure called rwg): 1 means everyone gave the same answer, 0 "
                "that answers are as scattered as chance. Below "
                f"{q.agreement.rwg_threshold:.2f}, or with answers {q.agreement.span_threshold} "
                "or more points apart, the point goes on the discussion agenda. In the tables, "
                f"“agree” is 0.90 or more, “mostly agree” {q.agreement.rwg_threshold:.2f} to "
                "0.90, and “divided” less.",
            ),
            (
                "What the figures cannot say",
                f"With a few people, one answer moves an average a long way: {_margin(ctx)} "
                "Agreement figures from fewer than five answers are rough. Scores describe how people see the "
                "organisation, not what customers experience; use them with customer measures, "
                "not instead of them.",
            ),
            (
                "Privacy",
                "Results by role appear only for groups of at least "
                f"{role_floor(q)} people, and smaller roles are combined, so that no "
                "one's answers can be worked out. Scores agreed in discussion appear beside the "
                "computed ones; people's answers are never changed.",
            ),
        ]
    flow: list[Any] = [CondPageBreak(260), para("How the figures were made", s["h1"])]
    for title, body in paragraphs:
        flow.append(para(f"<b>{title}.</b> {body}", s["body"]))
        flow.append(para("", s["small"]))
    return flow


def _margin(ctx: ReportContext) -> str:
    from cxassess.core.insights import margin_text, uncertainty

    found = uncertainty(ctx.doc)
    if found is None:
        return "with so few people, treat every score as a first reading."
    margin, n = found
    return (
        f"for these {n} people the overall score could be off by about {margin_text(margin)} by "
        "chance alone, and a single point's average by more."
    )


def figures(ctx: ReportContext) -> list[Any]:
    """Every point's figures for readers who want them: average, spread and agreement."""
    from reportlab.platypus import CondPageBreak

    from cxassess.report.context import fmt

    if not ctx.team:
        return []
    s, q = ctx.styles, ctx.doc.questionnaire
    rows = []
    for _, question in q.questions():
        st = ctx.scores.question(question.id)
        rows.append(
            [
                text(question.text, s["cell"]),
                str(st.n),
                fmt(st.mean, 2),
                fmt(st.sd, 2),
                # Rounded down, so a value just under the threshold never prints as it.
                fmt(None if st.rwg is None else math.floor(st.rwg * 100) / 100, 2),
            ]
        )
    return [
        CondPageBreak(200),
        para("The figures behind the results", s["h2"]),
        para(
            "Per point: how many answered (not counting “don't know” or “not applicable”), the "
            "average, the "
            "standard deviation (how far answers typically sit from the average) and agreement "
            "(rwg).",
            s["muted"],
        ),
        data_table(
            ctx,
            ["Statement", "Answers", "Average", "Std dev", "Agreement"],
            rows,
            [FRAME_WIDTH - 215, 48, 50, 52, 65],
        ),
    ]


def _legend(ctx: ReportContext) -> Any:
    """Who is behind each column: one cell per person, so each name is laid out on its own
    (right-to-left names are shaped without disturbing their neighbours)."""
    from reportlab.platypus import Table, TableStyle

    s = ctx.styles
    names = ctx.doc.display_names()
    cells = [text(names[p.id], s["small"]) for p in ctx.doc.participants]
    per_row = 4
    rows: list[list[Any]] = []
    for start in range(0, len(cells), per_row):
        row: list[Any] = []
        for offset, cell in enumerate(cells[start : start + per_row]):
            row += [para(f"<b>{start + offset + 1}</b>", s["small"]), cell]
        row += [""] * (2 * per_row - len(row))
        rows.append(row)
    width = FRAME_WIDTH / per_row
    table = Table(rows, colWidths=[22, width - 22] * per_row)
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return table


def comments(ctx: ReportContext) -> list[Any]:
    """Comments grouped under the point they were made on; names only in a named copy."""
    from reportlab.platypus import CondPageBreak

    from cxassess.core.comments import withheld

    s, doc = ctx.styles, ctx.doc
    q = doc.questionnaire
    names = doc.display_names()
    # Unattributed, a comment that says who wrote it is left out; a named copy has them all.
    left_out = set() if ctx.named else {(p.id, qid) for p, qid, _ in withheld(doc)}
    rows: list[list[Any]] = []
    for _, question in q.questions():
        said = [
            (p, p.answers[question.id].comment.strip())
            for p in doc.participants
            if question.id in p.answers
            and p.answers[question.id].comment.strip()
            # A manager's note on a point answer is already beside that answer, under
            # Check your answers.
            and (ctx.team or p.answers[question.id].value is None)
            and (p.id, question.id) not in left_out
        ]
        if not said:
            continue
        if not ctx.named:
            # Out of answer order, so a comment cannot be matched to a column or a person.
            said.sort(key=lambda pair: pair[1].casefold())
        for i, (p, comment) in enumerate(said):
            who = f"<br/><font color='#5f6b76'>{rich(names[p.id])}</font>" if ctx.named else ""
            rows.append(
                [
                    text(question.text, s["cell"]) if i == 0 else "",
                    para(rich(comment) + who, s["cell"]),
                ]
            )
    if not rows:
        return []
    return [
        CondPageBreak(200),
        para("What people said" if ctx.team else "Your notes", s["h1"]),
        para(
            "Comments as written, under the point they were made on."
            + ("" if ctx.named or not ctx.team else " They are not attributed.")
            + _left_out(len(left_out)),
            s["muted"],
        ),
        data_table(ctx, ["Statement", "Comment"], rows, [FRAME_WIDTH * 0.42, FRAME_WIDTH * 0.58]),
    ]


def _left_out(count: int) -> str:
    if not count:
        return ""
    one = count == 1
    return (
        f" {count} {'comment is' if one else 'comments are'} not shown: {'it says' if one else 'each says'} "
        "who wrote it, by name or by a role or unit only its writer holds. "
        f"{'It is' if one else 'They are'} kept in the file and in a named copy of this report."
    )


def answers_appendix(ctx: ReportContext) -> list[Any]:
    """Each person's answers, by name: only in a copy made with --named."""
    from reportlab.platypus import CondPageBreak

    if not ctx.named or not ctx.team:
        return []
    s, doc = ctx.styles, ctx.doc
    q = doc.questionnaire
    people = doc.participants
    flow: list[Any] = [CondPageBreak(320), para("Appendix: each person's answers", s["h1"])]
    flow.append(
        para(
            "Each column is one participant (numbered below); answers are shown by the first "
            "letters of their names (R Reactive, A Aware, D Developing, E Established, C "
            "Customer-led on the standard scale); DK is don't know, NA not applicable and an "
            "empty cell "
            "unanswered.",
            s["muted"],
        )
    )
    flow.append(_legend(ctx))
    short = [
        label[:2] if len(set(x[:1] for x in q.scale.labels)) < len(q.scale.labels) else label[:1]
        for label in q.scale.labels
    ]
    for start in range(0, len(people), COLUMNS_PER_TABLE):
        chunk = people[start : start + COLUMNS_PER_TABLE]
        labels = [str(start + i) for i in range(1, len(chunk) + 1)]
        rows = []
        for _, question in q.questions():
            cells = []
            for p in chunk:
                a = p.answers.get(question.id)
                cells.append("" if a is None else a.code if a.value is None else short[a.value - 1])
            rows.append([text(question.text, s["cell"]), *cells])
        col = min(22.0, (FRAME_WIDTH - 200) / max(1, len(chunk)))
        flow.append(
            data_table(
                ctx,
                ["Statement", *labels],
                rows,
                [FRAME_WIDTH - col * len(chunk), *[col] * len(chunk)],
            )
        )
    return flow
