"""Reading an export's rows into participants, in one pass, collecting every problem."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from cxassess.core.document import Answer, Participant
from cxassess.core.import_result import ImportResult, PendingValue, quoted
from cxassess.core.layouts import ID_HEADERS, TIME_ORDER, Column
from cxassess.core.mapping import Mapping
from cxassess.core.matching import DONT_KNOW, OUTSIDE, ValueReader, normal
from cxassess.core.problems import CxError, Problem
from cxassess.core.questionnaire import Questionnaire
from cxassess.core.sheets import Row
from cxassess.core.stamps import as_utc, infer_order, parse_when
from cxassess.core.text import clean_name, name_key, text_problem

NAMESPACE = uuid.UUID("6f1e4c2a-8b7d-4e2f-9c31-5a0d2b7e4c19")
REJECTED = {"rejected", "validation_status_not_approved"}
WITH_ISSUES = {"hasissues", "validation_status_on_hold"}
ANONYMOUS = {"anonymous", "anonyme", "anonym", "anónimo", "anonimo", "anoniem"}
SUBMISSION_TOOLS = ("ODK Central", "KoboToolbox")


@dataclass
class _Kept:
    row: int
    key: str
    when: str
    person: Participant
    issues: bool
    nameless: bool = False


class RowReader:
    """Reads the rows under the header into the result, row by row."""

    def __init__(
        self,
        result: ImportResult,
        q: Questionnaire,
        mapping: Mapping,
        first: list[Row],
        rest: Iterator[Row],
    ) -> None:
        self.result = result
        self.q = q
        self.mapping = mapping
        self.first = first
        self.rest = rest
        self.values = ValueReader(q)
        self.columns = result.layout.columns
        self.width = len(self.columns)
        self.with_data: set[int] = set()
        self.kept: list[_Kept] = []
        self.cache: dict[tuple[str, str], int | str | None] = {}

    def bad(self, row: int, column: Column | None, message: str) -> None:
        where = (self.result.describe_column(column),) if column is not None else ()
        self.result.problems.append(Problem(where, message, row, self.result.source))

    def _of(self, kind: str) -> list[Column]:
        return [c for c in self.columns if c.kind == kind]

    def run(self) -> None:
        res = self.result
        seen: dict[str, Column] = {}
        for column in self._of("answer"):
            assert column.question is not None
            if column.question in seen:
                self.bad(
                    1,
                    column,
                    f"question {quoted(column.question)} has two columns"
                    f" (also {res.describe_column(seen[column.question])})",
                )
            seen.setdefault(column.question, column)
        self.answers = [c for c in self._of("answer") if seen.get(c.question or "") is c]
        self.comments = {c.question: c for c in self._of("comment") if c.question}
        ids = self._of("id")
        self.id_col = min(
            ids,
            key=lambda c: ID_HEADERS.index(c.name) if c.name in ID_HEADERS else 99,
            default=None,
        )
        times = self._of("time")
        self.time_col = min(
            times,
            key=lambda c: TIME_ORDER.index(normal(c.name)) if normal(c.name) in TIME_ORDER else 99,
            default=None,
        )
        self.names = self._of("name")
        self.firsts, self.lasts = self._of("first_name"), self._of("last_name")
        self.roles, self.emails = self._of("role"), self._of("email")
        self.units = self._of("unit")
        self.review = next(iter(self._of("review")), None)
        self.version = next(iter(self._of("version")), None)
        self.plain = res.layout.tool == "a spreadsheet"
        self.name_required = self.plain and bool(self.names)
        for row in self.first:
            self._row(row)
        for row in self.rest:
            self._row(row)
        self._finish()

    def _cell(self, row: Row, column: Column) -> str:
        return row.cells[column.index].strip() if column.index < len(row.cells) else ""

    def _row(self, row: Row) -> bool:
        cells = row.cells
        if not any(c.strip() for c in cells):
            return False
        for i, c in enumerate(cells[: self.width]):
            if c.strip():
                self.with_data.add(i)
        extra = [c for c in cells[self.width :] if c.strip()]
        if extra:
            self.bad(
                row.number, None, f"the row has {len(cells)} cells but the header has {self.width}"
            )
        if self.review is not None:
            state = self._cell(row, self.review).casefold()
            if state in REJECTED:
                self.result.rejected += 1
                return False
        if self.version is not None:
            version = self._cell(row, self.version)
            if version not in ("", self.q.version):
                raise CxError(
                    f"{self.result.source or 'The export'} holds answers to version {version} "
                    f"of the form (row {row.number}); this questionnaire is version "
                    f"{self.q.version}. Import it into an assessment made with version "
                    f"{version}, or with `-q {self.q.id}@{version}` on the command line."
                )
        key = self._cell(row, self.id_col) if self.id_col is not None else ""
        if self.id_col is not None and not key and self.result.layout.tool in SUBMISSION_TOOLS:
            self.bad(row.number, self.id_col, "the submission has no id")
            return False
        when = self._cell(row, self.time_col) if self.time_col is not None else ""
        name, role = self._who(row)
        if name is None:
            return False
        unit = self._unit(row)
        if unit is None:
            return False
        answers: dict[str, Answer] = {}
        for column in self.answers:
            qid = column.question or ""
            if column.index in row.unsaved_formulas:
                self.bad(
                    row.number, column,
                    "the cell holds a formula whose value was never saved; open the file in "
                    "Excel, let it calculate, save it and import again",
                )  # fmt: skip
                continue
            cell = self._cell(row, column)
            comment = self._comment(row, qid)
            na = self.q.allows_na(qid)
            if not cell and (not self.plain or not na):
                if comment:
                    # A comment beside no point: kept, as the non-scoring answer the
                    # statement has (a blank reads as "not applicable" only where it is one).
                    answers[qid] = Answer(value=None, dont_know=not na, comment=comment)
                continue  # not answered
            read = self._point(cell, qid)
            if read == DONT_KNOW:
                answers[qid] = Answer(value=None, dont_know=True, comment=comment)
                continue
            if isinstance(read, str):
                self._pending(cell, row.number, column, read == OUTSIDE)
                continue
            if read is None and not na:
                self.bad(
                    row.number, column,
                    f"{quoted(cell)} reads as 'not applicable', but {self.q.na_problem(qid)}; "
                    "or settle it in a mapping",
                )  # fmt: skip
                continue
            answers[qid] = Answer(value=read, comment=comment)
        pid = self._participant_id(key, when, name)
        # Named once every row is read, by its place among those kept.
        person = Participant(
            id=pid,
            name=name[:200] or "Respondent",
            role=role[:500],
            unit=unit[:500],
            answers=answers,
        )
        issues = self.review is not None and self._cell(row, self.review).casefold() in WITH_ISSUES
        if self.result.layout.tool in SUBMISSION_TOOLS:
            dedup = f"id:{pid}"  # an edited submission keeps its id
        elif self.plain:
            dedup = ""  # two rows under one name are an error, below
        elif name:
            dedup = f"name:{name_key(name)}"  # answered the form twice
        else:
            dedup = f"id:{pid}"
        self.kept.append(_Kept(row.number, dedup, when, person, issues, not name))
        return True

    def _point(self, cell: str, qid: str) -> int | str | None:
        # An export repeats a handful of labels thousands of times: each (statement, text)
        # is read once. Anchors differ by statement, so the statement is part of the key.
        key = (qid, cell)
        if key not in self.cache:
            found, point = self.mapping.value(cell) if cell else (False, None)
            self.cache[key] = point if found else self.values.read(cell, qid)
        return self.cache[key]

    def _comment(self, row: Row, qid: str) -> str:
        column = self.comments.get(qid)
        if column is None:
            return ""
        text = self._cell(row, column)
        broken = text_problem(text)
        if broken:
            self.bad(row.number, column, f"the comment {broken}")
            return ""
        return text[:2000]

    def _who(self, row: Row) -> tuple[str | None, str]:
        def first_of(columns: list[Column]) -> str:
            for column in columns:
                value = self._cell(row, column)
                if value and value.casefold() not in ANONYMOUS:
                    return value
            return ""

        raw_name = first_of(self.names) or " ".join(
            part for part in (first_of(self.firsts), first_of(self.lasts)) if part
        )
        raw_role = first_of(self.roles)
        broken = text_problem(raw_name + raw_role)
        column = next(iter(self.names or self.firsts), None)
        if broken:
            self.bad(row.number, column, f"the participant's name or role {broken}")
            return None, ""
        name, role = clean_name(raw_name), clean_name(raw_role)
        if not name and self.name_required:
            self.bad(row.number, column, "the participant name is empty")
            return None, ""
        if not name:
            name = clean_name(first_of(self.emails))
        return name, role

    def _unit(self, row: Row) -> str | None:
        """The part of the organisation the person knows best, or None (reported) when the
        cell cannot be stored."""
        for column in self.units:
            value = self._cell(row, column)
            if not value:
                continue
            broken = text_problem(value)
            if broken:
                self.bad(row.number, column, f"the participant's unit {broken}")
                return None
            return clean_name(value)
        return ""

    def _participant_id(self, key: str, when: str, name: str) -> uuid.UUID:
        tool = self.result.layout.tool
        if key:
            value = key.removeprefix("uuid:")
            try:
                return uuid.UUID(value)
            except ValueError:
                pass
            if tool in SUBMISSION_TOOLS:
                return uuid.uuid5(NAMESPACE, value)
            return uuid.uuid5(NAMESPACE, f"{tool}|{value}|{when}")
        if self.plain:
            return uuid.uuid4()
        # The same export imported twice gives the same people, so a merge counts nobody twice.
        return uuid.uuid5(NAMESPACE, f"{tool}|{when}|{name_key(name)}")

    def _pending(self, cell: str, row: int, column: Column, outside: bool) -> None:
        key = normal(cell) or cell
        known = self.result.pending_values.get(key)
        if known is None:
            self.result.pending_values[key] = PendingValue(cell, row, column, 1, outside)
        else:
            known.cells += 1

    def _finish(self) -> None:
        res = self.result
        for column in self.columns:
            if column.kind == "unknown" and column.index not in self.with_data:
                column.kind = "ignore"  # an empty column (often a trailing delimiter)
        if not self.answers and not res.pending_columns:
            raise CxError(
                f"{res.source or 'The spreadsheet'} has no column for any statement of "
                f"questionnaire '{self.q.id}' version {self.q.version}: head the columns with "
                "the statements' ids or texts, or export the form that `cxassess xlsform` made."
            )
        order = infer_order(k.when for k in self.kept if k.when)
        if order.guessed and self.time_col is not None:
            res.notes.append(
                f"The dates in {res.describe_column(self.time_col)} could be day or month "
                "first; they were read month first. Give --date to date the assessment."
            )
        latest: dict[str, tuple[datetime | None, _Kept]] = {}
        for kept in self.kept:
            when = parse_when(kept.when, order) if kept.when else None
            if when is not None:
                stamp = as_utc(when)
                for answer in kept.person.answers.values():
                    answer.answered_at = stamp
                if res.latest is None or as_utc(res.latest) < stamp:
                    res.latest = when
            key = kept.key or f"row:{kept.row}"
            earlier = latest.get(key)
            if earlier is not None:
                before = earlier[0]
                later = when is None or before is None or as_utc(before) <= as_utc(when)
                kept_row = kept.row if later else earlier[1].row
                res.replaced.append(
                    f"{kept.person.name} (rows {earlier[1].row} and "
                    f"{kept.row}; row {kept_row} kept)"
                )
                if not later:
                    continue
            latest[key] = (when, kept)
        chosen = sorted((k for _, k in latest.values()), key=lambda k: k.row)
        if self.plain:
            names: dict[str, int] = {}
            for kept in chosen:
                k = name_key(kept.person.name)
                if k in names:
                    self.bad(
                        kept.row,
                        next(iter(self.names), None),
                        f"participant {quoted(kept.person.name)} already appears on row {names[k]}",
                    )
                names.setdefault(k, kept.row)
        # Nameless respondents get a name a facilitator can tell apart.
        for number, kept in enumerate(chosen, start=1):
            if kept.nameless:
                kept.person.name = f"Respondent {number}"
        res.participants = [k.person for k in chosen]
        res.with_issues = [f"{k.person.name} (row {k.row})" for k in chosen if k.issues]
        for pending in res.pending_values.values():
            others = f" (and {pending.cells - 1} other cell(s))" if pending.cells > 1 else ""
            if pending.outside:
                why = f"is outside the scale; use a whole number from 1 to {self.q.scale.points}"
            else:
                why = (
                    f"is not an answer; use 1 to {self.q.scale.points}, a scale label, DK or NA "
                    "or blank for not applicable"
                )
            self.bad(
                pending.row,
                pending.column,
                f"{quoted(pending.text)}{others} {why}, or settle it in a mapping",
            )
        if not res.participants and not res.problems:
            raise CxError(f"{res.source or 'The spreadsheet'} has no answers under its header.")


__all__ = ["RowReader"]
