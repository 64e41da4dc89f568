"""What an import found: the people, the problems, and the decisions still to make."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from cxassess.core.document import Assessment, Participant
from cxassess.core.layouts import Column, Layout
from cxassess.core.problems import CxError, Problem
from cxassess.core.questionnaire import Questionnaire


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
            f"DECIDE (1 to {q.scale.points}, dk or na): in {pending.cells} cell(s), first at row "
            f"{pending.row}, column {column_letter(pending.column.index)}",
        )
        for pending in result.pending_values.values()
    ]
    return columns, values


__all__ = [
    "ImportResult",
    "PendingValue",
    "all_problems",
    "column_letter",
    "mapping_entries",
    "pending_column_problems",
    "quoted",
    "require_ready",
    "summary",
]
