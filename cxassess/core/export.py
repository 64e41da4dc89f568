"""Exporting answers in long form, one row per participant and question."""

from __future__ import annotations

import csv
import io

from cxassess.core.document import Assessment

LONG_COLUMNS = ["participant", "role", "dimension", "question", "value", "comment"]


def _safe_cell(text: str) -> str:
    # A cell starting with = + - @ runs as a formula in spreadsheet programs.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


ROADMAP_COLUMNS = [
    "horizon",
    "action",
    "dimension",
    "question",
    "owner",
    "due",
    "kpi",
    "status",
    "effort",
    "origin",
    "notes",
]


def roadmap_csv(doc: Assessment) -> str:
    """The roadmap (generated when none was built yet) as CSV text."""
    from cxassess.core.roadmap import effective_roadmap

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(ROADMAP_COLUMNS)
    for item in effective_roadmap(doc):
        writer.writerow(
            [
                item.horizon,
                _safe_cell(item.action),
                item.dimension or "",
                item.question or "",
                _safe_cell(item.owner),
                item.due.isoformat() if item.due else "",
                _safe_cell(item.kpi),
                item.status,
                item.effort or "",
                item.origin,
                _safe_cell(item.notes),
            ]
        )
    return buffer.getvalue()


def answers_long_csv(doc: Assessment) -> str:
    """The answers as CSV text; names become P1..Pn when the document is anonymous."""
    names = doc.display_names()
    q = doc.questionnaire
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(LONG_COLUMNS)
    for person in doc.participants:
        role = "" if doc.anonymous else person.role
        for dim, question in q.questions():
            answer = person.answers.get(question.id)
            if answer is None:
                continue
            value = "NA" if answer.value is None else str(answer.value)
            comment = answer.comment
            writer.writerow(
                [
                    _safe_cell(names[person.id]),
                    _safe_cell(role),
                    dim.id,
                    question.id,
                    value,
                    _safe_cell(comment),
                ]
            )
    return buffer.getvalue()
