"""Importing a survey tool's export: one pass over the rows, every problem found at once.

`read_export` never raises for what a person can settle: columns it cannot place and cells
it cannot read are returned as pending decisions (with where they first occur) and
problems, so the command line can list them and the app can show them for a choice.
`import_export` builds the assessment only when nothing is pending.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from cxassess.core.bulk import bulk_allocation
from cxassess.core.document import Answer, Assessment, Participant
from cxassess.core.layouts import (
    ID_HEADERS,
    TIME_ORDER,
    Column,
    Layout,
    attach_comments,
    detect,
    name_pairs,
    recognise,
)
from cxassess.core.mapping import Mapping, parse_target
from cxassess.core.matching import OUTSIDE, StatementIndex, ValueReader, normal
from cxassess.core.problems import CxError, Problem
from cxassess.core.questionnaire import Questionnaire
from cxassess.core.sheets import HEADER_ROWS, Row, Sheet, read_sheet
from cxassess.core.stamps import as_utc, infer_order, local_date_of, parse_when
from cxassess.core.text import clean_name, name_key, text_problem

NAMESPACE = uuid.UUID("6f1e4c2a-8b7d-4e2f-9c31-5a0d2b7e4c19")
REJECTED = {"rejected", "validation_status_not_approved"}
WITH_ISSUES = {"hasissues", "validation_status_on_hold"}
ANONYMOUS = {"anonymous", "anonyme", "anonym", "anónimo", "anonimo", "anoniem"}
SUBMISSION_TOOLS = ("ODK Central", "KoboToolbox")


def column_letter(index: int) -> str:
    """A column's spreadsheet letter: 0 is A, 26 is AA."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def quoted(cell: str, limit: int = 40) -> str:
    """A cell as a message shows it: one line, at most `limit` characters, in quotes."""
    lines = cell.strip().splitlines() or [""]
    shown = lines[0]
    if len(shown) > limit or len(lines) > 1:
        shown = shown[:limit].rstrip() + "…"
    return f"“{shown}”"


@dataclass
class PendingValue:
    """A cell text no answer matched: where it first is, and in how many cells."""

    text: str
    row: int
    column: Column
    cells: int = 1
    outside: bool = False  # a number, but not a point of the scale


@dataclass
class _Kept:
    row: int
    key: str
    when: str
    person: Participant
    issues: bool
    nameless: bool = False


@dataclass
class ImportResult:
    """What an export holds, what was matched, and what still needs a decision."""

    source: str
    layout: Layout
    participants: list[Participant] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    pending_values: dict[str, PendingValue] = field(default_factory=dict)
    latest: datetime | None = None
    rejected: int = 0
    with_issues: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def pending_columns(self) -> list[Column]:
        """Columns with data that nothing placed: a statement, a name, or ignore."""
        return [c for c in self.layout.columns if c.kind == "unknown"]

    @property
    def ready(self) -> bool:
        """Whether the import can go ahead as it stands."""
        return not self.problems and not self.pending_columns and not self.pending_values

    def describe_column(self, column: Column) -> str:
        """Where a column is, as messages name it."""
        head = quoted(column.header, 30)[1:-1]
        return f"column {column_letter(column.index)}" + (f" ({head})" if head else "")


def read_export(path: Path, q: Questionnaire, mapping: Mapping | None = None) -> ImportResult:
    """Read an export, matching what it can; CxError only when the file cannot be read."""
    return read_rows(read_sheet(path), q, mapping)


def read_rows(sheet: Sheet, q: Questionnaire, mapping: Mapping | None = None) -> ImportResult:
    """Read a sheet's rows as `read_export` reads a file's."""
    rows = sheet.rows
    head: list[Row] = []
    for row in rows:
        head.append(row)
        if len(head) == HEADER_ROWS:
            break
    source = sheet.source
    label = source or "The spreadsheet"
    if not head or not any(c.strip() for c in head[0].cells):
        raise CxError(f"{label} is empty; it needs a header row.")
    tool, depth, heads = detect([r.cells for r in head])
    layout = Layout(tool, depth)
    index = StatementIndex(q)
    mapping = mapping or Mapping()
    for i, (shown, name) in enumerate(heads):
        column = Column(i, shown.strip(), name.strip())
        decided = mapping.column(column.header) if column.header else None
        if decided:
            target = parse_target(decided, q)
            if target is not None:
                column.kind, column.question = target[0], target[1]  # type: ignore[assignment]
                column.settled = True
                layout.columns.append(column)
                continue
        recognise(column, index, tool)
        layout.columns.append(column)
    attach_comments(layout.columns)
    name_pairs(layout.columns)
    result = ImportResult(source, layout)
    _Reader(result, q, mapping, head[depth:], rows).run()
    return result


class _Reader:
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
                    f"{self.q.version}. Import it with the questionnaire version the form was "
                    "made from."
                )
        key = self._cell(row, self.id_col) if self.id_col is not None else ""
        if self.id_col is not None and not key and self.result.layout.tool in SUBMISSION_TOOLS:
            self.bad(row.number, self.id_col, "the submission has no id")
            return False
        when = self._cell(row, self.time_col) if self.time_col is not None else ""
        name, role = self._who(row)
        if name is None:
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
            if not cell and not self.plain:
                if comment:
                    answers[qid] = Answer(value=None, comment=comment)
                continue  # not answered
            found, point = self.mapping.value(cell) if cell else (False, None)
            if not found:
                read = self.values.read(cell, qid)
                if isinstance(read, str):
                    self._pending(cell, row.number, column, read == OUTSIDE)
                    continue
                point = read
            answers[qid] = Answer(value=point, comment=comment)
        pid = self._participant_id(key, when, name)
        # Named once every row is read, by its place among those kept.
        person = Participant(
            id=pid, name=name[:200] or "Respondent", role=role[:500], answers=answers
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
                    f"is not an answer; use 1 to {self.q.scale.points}, a scale label, or NA "
                    "or blank for not applicable"
                )
            self.bad(
                pending.row,
                pending.column,
                f"{quoted(pending.text)}{others} {why}, or settle it in a mapping",
            )
        if not res.participants and not res.problems:
            raise CxError(f"{res.source or 'The spreadsheet'} has no answers under its header.")


def pending_column_problems(result: ImportResult, q: Questionnaire) -> list[Problem]:
    """The columns still to settle, as problems on the header row."""
    problems: list[Problem] = []
    for column in result.pending_columns:
        if not column.header:
            message = "the column has no header; name it after a question id"
        elif column.proposal is not None:
            proposed = column.proposal.question
            message = (
                f"{quoted(column.header)} is not a question id of questionnaire '{q.id}', but "
                f"looks like statement {proposed} ({column.proposal.similarity:.0%} alike): "
                f"confirm it in a mapping (`{proposed}`)"
            )
        else:
            message = (
                f"{quoted(column.header)} is not a question id or statement of questionnaire "
                f"'{q.id}'; settle it in a mapping (a statement id, comment:ID, name, role or "
                "ignore)"
            )
        problems.append(
            Problem(
                (result.describe_column(column),), message, result.layout.header_rows, result.source
            )
        )
    return problems


def all_problems(result: ImportResult, q: Questionnaire) -> list[Problem]:
    """Every problem, the header's first, then by row."""
    found = [*pending_column_problems(result, q), *result.problems]
    return sorted(found, key=lambda p: p.line or 0)


def require_ready(result: ImportResult, q: Questionnaire) -> None:
    """CxError listing every problem and pending decision, if there is any."""
    problems = all_problems(result, q)
    if problems:
        raise CxError(
            f"{result.source or 'The spreadsheet'} has {len(problems)} problem(s); nothing "
            "was imported.",
            problems,
        )


def import_export(
    path: Path | Sheet,
    q: Questionnaire,
    mapping: Mapping | None = None,
    assessed_on: date | None = None,
    organisation: str = "",
    team: str = "",
) -> tuple[Assessment, ImportResult]:
    """A new assessment from an export; CxError lists everything still to settle."""
    with bulk_allocation():
        result = read_rows(path if isinstance(path, Sheet) else read_sheet(path), q, mapping)
        require_ready(result, q)
        when = assessed_on
        if when is None and result.latest is not None:
            when = local_date_of(result.latest).date()
        doc = Assessment.new(
            q, participants=result.participants, organisation=organisation, team=team
        )
        if when is not None:
            doc.assessed_on = when
        return doc, result


def summary(result: ImportResult, doc: Assessment, target: str, dated_by: str) -> list[str]:
    """What an import did, in the lines the command prints."""
    lines = [
        f"Imported {len(doc.participants)} participant(s) from {_tool(result)} into {target}, "
        f"dated {doc.assessed_on.isoformat()} ({dated_by})."
    ]
    if result.rejected:
        lines.append(f"Left out {result.rejected} submission(s) marked rejected.")
    if result.with_issues:
        lines.append(
            f"Kept {len(result.with_issues)} submission(s) marked as having issues: "
            + ", ".join(result.with_issues[:12])
            + (" …" if len(result.with_issues) > 12 else "")
            + "."
        )
    if result.replaced:
        lines.append(
            f"{len(result.replaced)} person(s) answered more than once; the later answers were "
            "kept: " + ", ".join(result.replaced[:12]) + "."
        )
    lines.extend(result.notes)
    return lines


def _tool(result: ImportResult) -> str:
    tool = result.layout.tool
    return tool if tool == "a spreadsheet" else f"a {tool} export"


__all__ = [
    "ImportResult",
    "PendingValue",
    "all_problems",
    "column_letter",
    "import_export",
    "mapping_entries",
    "quoted",
    "read_export",
    "read_rows",
    "require_ready",
    "summary",
]


def mapping_entries(
    result: ImportResult, q: Questionnaire
) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """The (source, target, note) entries a mapping file records for this export: every
    column a person would check, proposals filled in and marked, undecided ones empty."""
    statements = {qu.id: qu.text for _, qu in q.questions()}
    columns: list[tuple[str, str, str]] = []
    words = {"first_name": "first name", "last_name": "last name"}
    for column in result.layout.columns:
        if not column.header or column.kind in ("meta", "time", "id", "version", "review"):
            continue
        place = f"column {column_letter(column.index)}"
        if column.kind == "answer":
            target, note = (
                column.question or "",
                f"{place}: {statements.get(column.question or '', '')[:60]}",
            )
        elif column.kind == "comment":
            target, note = f"comment:{column.question}", place
        elif column.kind == "unknown" and column.proposal is not None:
            target = column.proposal.question
            note = (
                f"{place}: PROPOSED, check it ({column.proposal.similarity:.0%} alike "
                f"“{statements[target][:50]}…”)"
            )
        elif column.kind == "unknown":
            target, note = "", f"{place}: DECIDE (a statement id, comment:ID, name, role or ignore)"
        else:
            target, note = words.get(column.kind, column.kind), place
        columns.append((column.header, target, note))
    values = [
        (
            pending.text,
            "",
            f"DECIDE (1 to {q.scale.points} or na): in {pending.cells} cell(s), first at row "
            f"{pending.row}, column {column_letter(pending.column.index)}",
        )
        for pending in result.pending_values.values()
    ]
    return columns, values
