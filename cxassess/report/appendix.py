"""How scores are computed, and the appendix of answers and comments."""

from __future__ import annotations

from typing import Any

from cxassess.report.context import FRAME_WIDTH, ReportContext, data_table, para, text
from cxassess.report.markup import rich

COLUMNS_PER_TABLE = 14


def method(ctx: ReportContext) -> list[Any]:
    """The scoring rules in plain language."""
    from reportlab.platypus import CondPageBreak

    s, q = ctx.styles, ctx.doc.questionnaire
    n = q.scale.points
    lines = [
        f"Each statement is answered on a scale of 1 to {n} ({rich(', '.join(q.scale.labels))}), "
        "or marked not applicable. Not applicable answers are left out of every average.",
        "A dimension's score is the weighted average of its statements. When fewer than "
        f"{q.min_coverage:.0%} of a dimension's statements have answers, it is shown as "
        "insufficient data instead of a number that would mislead.",
        f"The overall score is the weighted average of the dimensions. The index shows the same score "
        f"on 0 to 100: a score of 1 is 0 and a score of {n} is 100.",
        "Maturity levels start at fixed scores: "
        + "; ".join(f"{rich(level.name)} from {level.start:g}" for level in q.levels)
        + ".",
    ]
    if ctx.team:
        lines += [
            "For a team, each statement's score is the average of the people who answered it, and "
            "the dimension score is the weighted average of those.",
            "Agreement (rwg) compares how far apart the answers are with answers picked at random: "
            "1 means everyone gave the same answer, 0 means the answers are as spread out as chance. "
            f"Statements with agreement below {q.agreement.rwg_threshold:.2f}, or answers "
            f"{q.agreement.span_threshold} or more points apart, go on the discussion agenda.",
            "Scores agreed by the team after discussion are shown beside the computed ones; the "
            "answers themselves are never changed.",
            f"Results by role appear only for groups of at least {max(2, q.min_role_size)} people.",
        ]
    flow: list[Any] = [CondPageBreak(200), para("How the scores are computed", s["h1"])]
    flow += [para(line, s["body"]) for line in lines]
    return flow


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


def answers_appendix(ctx: ReportContext) -> list[Any]:
    """Every answer (P1..Pn labels when the document is anonymous) and every comment."""
    from reportlab.platypus import CondPageBreak

    s, doc = ctx.styles, ctx.doc
    q = doc.questionnaire
    names = doc.display_names()
    people = doc.participants
    flow: list[Any] = [CondPageBreak(320), para("Appendix: answers and comments", s["h1"])]
    if ctx.team:
        key = ", ".join(f"P{i}" for i in range(1, len(people) + 1)) if doc.anonymous else ""
        flow.append(
            para(
                "Each column is one participant"
                + (f" ({key})" if key and len(people) <= 6 else "")
                + "; NA is not applicable and an empty cell is unanswered.",
                s["muted"],
            )
        )
    if not doc.anonymous and ctx.team:
        flow.append(_legend(ctx))
    for start in range(0, len(people), COLUMNS_PER_TABLE):
        chunk = people[start : start + COLUMNS_PER_TABLE]
        labels = [
            f"P{start + i}" if doc.anonymous else str(start + i) for i in range(1, len(chunk) + 1)
        ]
        if not ctx.team:
            labels = ["Answer"]
        rows = []
        for _, question in q.questions():
            cells = []
            for p in chunk:
                a = p.answers.get(question.id)
                cells.append("" if a is None else ("NA" if a.value is None else str(a.value)))
            rows.append([question.id, *cells])
        col = min(28.0, (FRAME_WIDTH - 90) / max(1, len(chunk))) if ctx.team else 60.0
        flow.append(data_table(ctx, ["Statement", *labels], rows, [90] + [col] * len(chunk)))
    comments = [
        (question, p, p.answers[question.id].comment)
        for _, question in q.questions()
        for p in people
        if question.id in p.answers and p.answers[question.id].comment.strip()
    ]
    if comments:
        flow.append(para("Comments", s["h2"]))
        rows = [
            [rich(question.id), rich(names[p.id]), text(comment, s["cell"])]
            for question, p, comment in comments
        ]
        flow.append(
            data_table(ctx, ["Statement", "Who", "Comment"], rows, [80, 90, FRAME_WIDTH - 170])
        )
    return flow
