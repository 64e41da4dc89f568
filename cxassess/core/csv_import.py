"""Importing a wide spreadsheet of responses: one row per participant, one column per question."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from cxassess.core.bulk import bulk_allocation
from cxassess.core.document import Answer, Assessment, Participant
from cxassess.core.files import read_capped
from cxassess.core.problems import CxError, Problem
from cxassess.core.questionnaire import Questionnaire
from cxassess.core.text import clean_name, name_key, text_problem

MAX_CSV_BYTES = 32 * 1024 * 1024
NOT_APPLICABLE = {"", "na", "n/a", "n.a.", "-"}


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _quoted(cell: str, limit: int = 40) -> str:
    """A cell as a message shows it: one line, at most `limit` characters, in quotes."""
    lines = cell.strip().splitlines() or [""]
    shown = lines[0]
    if len(shown) > limit or len(lines) > 1:
        shown = shown[:limit].rstrip() + "…"
    return f"“{shown}”"


def _sniff_delimiter(header_line: str) -> str:
    # Excel writes ';' in locales where ',' is the decimal mark; pick the most frequent.
    counts = {d: header_line.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def parse_responses_csv(text: str, q: Questionnaire, source: str = "") -> list[Participant]:
    """Read participants from CSV text; CxError lists every bad cell by row and column."""
    text = text.removeprefix("\ufeff")
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(first_line))
    try:
        rows = list(reader)
    except csv.Error as exc:
        raise CxError(f"{source or 'The CSV'} could not be read: {exc}.") from None
    if not rows or not any(cell.strip() for cell in rows[0]):
        raise CxError(f"{source or 'The CSV'} is empty; it needs a header row.")
    header = [cell.strip() for cell in rows[0]]
    problems: list[Problem] = []

    def bad(row: int, col: int | None, message: str) -> None:
        where: tuple[str | int, ...] = ()
        if col is not None:
            name = header[col] if col < len(header) else ""
            where = (
                f"column {_column_letter(col)}" + (f" ({_quoted(name, 30)[1:-1]})" if name else ""),
            )
        problems.append(Problem(where, message, row, source))

    lowered = [h.lower() for h in header]
    if "participant" not in lowered:
        bad(1, None, "the header has no 'participant' column")
        raise CxError(f"{source or 'The CSV'} has 1 problem(s).", problems)
    name_col = lowered.index("participant")
    role_col = lowered.index("role") if "role" in lowered else None
    question_cols: dict[int, str] = {}
    seen_headers: dict[str, int] = {}
    for col, name in enumerate(header):
        if col in (name_col, role_col):
            continue
        if not name:
            bad(1, col, "the column has no header; name it after a question id")
        elif name in seen_headers:
            bad(1, col, f"question {_quoted(name)} has two columns")
        elif not q.has_question(name):
            bad(1, col, f"{_quoted(name)} is not a question id of questionnaire '{q.id}'")
        else:
            question_cols[col] = name
        seen_headers.setdefault(name, col)

    points = q.scale.points
    people: list[Participant] = []
    names: dict[str, int] = {}
    for line_no, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) > len(header):
            bad(
                line_no,
                len(header),
                f"the row has {len(row)} cells but the header has {len(header)}",
            )
        raw_name = row[name_col] if name_col < len(row) else ""
        raw_role = row[role_col] if role_col is not None and role_col < len(row) else ""
        broken = text_problem(raw_name + raw_role)
        name, role = ("", "") if broken else (clean_name(raw_name), clean_name(raw_role))
        if broken:
            bad(line_no, name_col, f"the participant's name or role {broken}")
        elif not name:
            bad(line_no, name_col, "the participant name is empty")
        elif name_key(name) in names:
            bad(
                line_no,
                name_col,
                f"participant {_quoted(name)} already appears on row {names[name_key(name)]}",
            )
        else:
            names[name_key(name)] = line_no
        answers: dict[str, Answer] = {}
        for col, qid in question_cols.items():
            cell = row[col].strip() if col < len(row) else ""
            if cell.lower() in NOT_APPLICABLE:
                answers[qid] = Answer(value=None)
                continue
            try:
                number = float(cell.replace(",", "."))
            except ValueError:
                bad(
                    line_no,
                    col,
                    f"{_quoted(cell)} is not an answer; use 1 to {points}, or NA or blank for "
                    "not applicable",
                )
                continue
            if not number.is_integer() or not 1 <= number <= points:
                bad(
                    line_no,
                    col,
                    f"{_quoted(cell)} is outside the scale; use a whole number from 1 to {points}",
                )
                continue
            answers[qid] = Answer(value=int(number))
        if name:
            people.append(Participant(name=name[:200], role=role[:500], answers=answers))
    if not problems and not people:
        bad(2, None, "there are no participant rows under the header")
    if problems:
        raise CxError(
            f"{source or 'The CSV'} has {len(problems)} problem(s); nothing was imported.", problems
        )
    return people


def _xlsx_rows(data: bytes, source: str) -> list[list[str]]:
    """The first sheet of an XLSX file as text cells."""
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is not XLSX
        raise CxError(f"{source} is not a readable XLSX workbook ({type(exc).__name__}).") from None
    sheet = book.worksheets[0]
    rows = [
        [
            ""
            if cell is None
            else str(int(cell))
            if isinstance(cell, float) and cell.is_integer()
            else str(cell)
            for cell in row
        ]
        for row in sheet.iter_rows(values_only=True)
    ]
    book.close()
    return rows


def _csv_rows(text: str, source: str) -> list[list[str]]:
    first_line = text.split("\n", 1)[0]
    try:
        return list(
            csv.reader(io.StringIO(text, newline=""), delimiter=_sniff_delimiter(first_line))
        )
    except csv.Error as exc:
        raise CxError(f"{source} could not be read: {exc}.") from None


def import_responses_csv(path: Path, q: Questionnaire, **fields: object) -> Assessment:
    """A new assessment from a responses spreadsheet (CSV or XLSX): the wide layout, or the
    submission export of ODK Central or KoboToolbox for the form `xlsform` made."""
    from cxassess.core.submissions import is_submission_export, parse_submissions

    data = read_capped(Path(path), MAX_CSV_BYTES, "a responses spreadsheet")
    source = str(path)
    if Path(path).suffix.lower() == ".xlsx":
        rows = _xlsx_rows(data, source)
        text = None
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            # Older Excel versions save CSV in the Windows code page.
            text = data.decode("cp1252", errors="replace")
        rows = _csv_rows(text.removeprefix("\ufeff"), source)
    with bulk_allocation():
        if rows and is_submission_export([c.strip() for c in rows[0]]):
            people = parse_submissions(rows, q, source)
        else:
            if text is None:
                buffer = io.StringIO()
                csv.writer(buffer).writerows(rows)
                text = buffer.getvalue()
            people = parse_responses_csv(text, q, source)
        return Assessment.new(q, participants=people, **fields)
