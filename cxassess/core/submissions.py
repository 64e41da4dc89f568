"""Importing the submission exports of ODK Central and KoboToolbox for a form `xlsform` made.

ODK Central names a column by its group path joined with "-" (`commitment-cm-owner`) and
identifies a submission by `KEY` (`meta-instanceID` in older exports); KoboToolbox joins
with "/" (`commitment/cm-owner`) and uses `_uuid` (`meta/rootUuid` once edited). The
submission's id becomes the participant's id, so importing an export again, or merging two
overlapping ones, counts nobody twice; when one submission appears more than once, the
last submitted version wins.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from cxassess.core.document import Answer, Participant
from cxassess.core.problems import CxError, Problem
from cxassess.core.questionnaire import Questionnaire
from cxassess.core.xlsform import COMMENT_SUFFIX, NOT_APPLICABLE, VERSION_FIELD

# Submission id columns, most stable first: an edited submission keeps these.
ID_COLUMNS = ("KEY", "meta/rootUuid", "_uuid", "meta-instanceID", "meta/instanceID", "instanceID")
TIME_COLUMNS = ("SubmissionDate", "_submission_time", "end", "today")
NAMESPACE = uuid.UUID("6f1e4c2a-8b7d-4e2f-9c31-5a0d2b7e4c19")


def is_submission_export(header: Sequence[str]) -> bool:
    """Whether a header row is an ODK Central or KoboToolbox export (it has an id column)."""
    return any(column in header for column in ID_COLUMNS)


def _columns(header: Sequence[str], q: Questionnaire, field: str, group: str = "") -> int | None:
    names = [field] + ([f"{group}-{field}", f"{group}/{field}"] if group else [])
    for name in names:
        if name in header:
            return header.index(name)
    return None


def _participant_id(value: str) -> uuid.UUID:
    value = value.strip().removeprefix("uuid:")
    try:
        return uuid.UUID(value)
    except ValueError:
        return uuid.uuid5(NAMESPACE, value)


def parse_submissions(
    rows: Sequence[Sequence[str]], q: Questionnaire, source: str = ""
) -> list[Participant]:
    """Participants from an export's rows (header first); CxError lists every bad cell."""
    label = source or "The export"
    header = [cell.strip() for cell in rows[0]]
    problems: list[Problem] = []

    def bad(row: int, column: str, message: str) -> None:
        problems.append(Problem((f"column {column}",) if column else (), message, row, source))

    id_col = next(header.index(c) for c in ID_COLUMNS if c in header)
    time_col = next((header.index(c) for c in TIME_COLUMNS if c in header), None)
    version_col = _columns(header, q, VERSION_FIELD)
    name_col = _columns(header, q, "name")
    role_col = _columns(header, q, "role")
    answer_cols: dict[str, int] = {}
    comment_cols: dict[str, int] = {}
    for dim, question in q.questions():
        col = _columns(header, q, question.id, dim.id)
        if col is not None:
            answer_cols[question.id] = col
        col = _columns(header, q, question.id + COMMENT_SUFFIX, dim.id)
        if col is not None:
            comment_cols[question.id] = col
    if not answer_cols:
        raise CxError(
            f"{label} has no column for any statement of questionnaire '{q.id}' version "
            f"{q.version}: export the form that `cxassess xlsform {q.id}` made."
        )
    points = q.scale.points
    latest: dict[uuid.UUID, tuple[str, int, Participant]] = {}
    for line_no, row in enumerate(rows[1:], start=2):
        cells = [str(c).strip() if c is not None else "" for c in row]
        cells += [""] * (len(header) - len(cells))
        if not any(cells):
            continue
        if version_col is not None and cells[version_col] not in ("", q.version):
            raise CxError(
                f"{label} holds answers to version {cells[version_col]} of the form (row "
                f"{line_no}); this questionnaire is version {q.version}. Import it with "
                "the questionnaire version the form was made from."
            )
        key = cells[id_col]
        if not key:
            bad(line_no, header[id_col], "the submission has no id")
            continue
        answers: dict[str, Answer] = {}
        for qid, col in answer_cols.items():
            cell = cells[col]
            if not cell:
                continue  # not answered
            if cell.lower() == NOT_APPLICABLE:
                value = None
            elif cell.isdigit() and 1 <= int(cell) <= points:
                value = int(cell)
            else:
                bad(line_no, header[col], f"“{cell[:40]}” is not 1 to {points} or na")
                continue
            comment = cells[comment_cols[qid]] if qid in comment_cols else ""
            answers[qid] = Answer(value=value, comment=comment[:2000])
        pid = _participant_id(key)
        name = cells[name_col] if name_col is not None else ""
        person = Participant(
            id=pid,
            name=(name or f"Respondent {str(pid)[:8]}")[:200],
            role=(cells[role_col] if role_col is not None else "")[:500],
            answers=answers,
        )
        when = cells[time_col] if time_col is not None else ""
        earlier = latest.get(pid)
        # ISO timestamps sort as text; equal or missing times keep the later row.
        if earlier is None or (when, line_no) >= (earlier[0], earlier[1]):
            latest[pid] = (when, line_no, person)
    if problems:
        raise CxError(f"{label} has {len(problems)} problem(s); nothing was imported.", problems)
    if not latest:
        raise CxError(f"{label} has no submissions under its header.")
    return [person for _, _, person in sorted(latest.values(), key=lambda t: t[1])]


__all__ = ["is_submission_export", "parse_submissions"]
