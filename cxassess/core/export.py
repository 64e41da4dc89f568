"""Exporting answers in long form, one row per participant and question."""

from __future__ import annotations

import csv
import io

from cxassess.core.document import Assessment

LONG_COLUMNS = ["participant", "role", "dimension", "question", "value", "comment"]


def _safe_cell(text: str) -> str:
    # A cell starting with = + - @ runs as a formula in spreadsheet programs.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


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
