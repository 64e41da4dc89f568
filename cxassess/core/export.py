"""Exporting answers in long form, one row per participant and question."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from cxassess.core.document import Assessment

LONG_COLUMNS = ["participant", "role", "dimension", "question", "value", "comment"]


# A cell starting with = + - @ runs as a formula in spreadsheet programs, and so does any
# part of a cell after a separator: Excel and LibreOffice in the many locales whose list
# separator is ";" split `x;=cmd|' /C calc'!A0` into a live formula, and a tab does the
# same when cells are pasted. Each such start gets an apostrophe, which makes it text.
_FORMULA_START = re.compile(r"(^|[,;\t\r\n|])([=+\-@\t\r])")


def safe_cell(text: str) -> str:
    """The text as a spreadsheet shows it and never runs it."""
    return _FORMULA_START.sub(lambda m: m.group(1) + "'" + m.group(2), text)


def csv_writer(buffer: io.StringIO) -> Any:
    """A CSV writer for files people open in spreadsheets: every field quoted."""
    return csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL)


ROADMAP_COLUMNS = [
    "horizon",
    "action",
    "dimension",
    "question",
    "owner",
    "due",
    "kpi",
    "result",
    "status",
    "effort",
    "origin",
    "notes",
]


def roadmap_csv(doc: Assessment) -> str:
    """The roadmap (generated when none was built yet) as CSV text."""
    from cxassess.core.roadmap import effective_roadmap

    buffer = io.StringIO()
    writer = csv_writer(buffer)
    writer.writerow(ROADMAP_COLUMNS)
    for item in effective_roadmap(doc):
        writer.writerow(
            [
                item.horizon,
                safe_cell(item.action),
                item.dimension or "",
                item.question or "",
                safe_cell(item.owner),
                item.due.isoformat() if item.due else "",
                safe_cell(item.kpi),
                safe_cell(item.result),
                item.status,
                item.effort or "",
                item.origin,
                safe_cell(item.notes),
            ]
        )
    return buffer.getvalue()


def answers_long_csv(doc: Assessment) -> str:
    """The answers as CSV text; names become P1..Pn when the document is anonymous."""
    names = doc.display_names()
    q = doc.questionnaire
    buffer = io.StringIO()
    writer = csv_writer(buffer)
    writer.writerow(LONG_COLUMNS)
    for person in doc.participants:
        role = "" if doc.anonymous else person.role
        for dim, question in q.questions():
            answer = person.answers.get(question.id)
            if answer is None:
                continue
            value = answer.code
            comment = answer.comment
            writer.writerow(
                [
                    safe_cell(names[person.id]),
                    safe_cell(role),
                    dim.id,
                    question.id,
                    value,
                    safe_cell(comment),
                ]
            )
    return buffer.getvalue()
