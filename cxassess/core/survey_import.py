"""Importing a survey tool's export: one pass over the rows, every problem found at once.

`read_export` never raises for what a person can settle: columns it cannot place and cells
it cannot read are returned as pending decisions (with where they first occur) and
problems, so the command line can list them and the app can show them for a choice.
`import_export` builds the assessment only when nothing is pending.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cxassess.core.bulk import bulk_allocation
from cxassess.core.document import Assessment
from cxassess.core.import_result import ImportResult, require_ready
from cxassess.core.import_rows import RowReader
from cxassess.core.layouts import Column, Layout, attach_comments, detect, name_pairs, recognise
from cxassess.core.mapping import Mapping, parse_target
from cxassess.core.matching import StatementIndex
from cxassess.core.problems import CxError
from cxassess.core.questionnaire import Questionnaire
from cxassess.core.sheets import HEADER_ROWS, Row, Sheet, read_sheet
from cxassess.core.stamps import local_date_of


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
    RowReader(result, q, mapping, head[depth:], rows).run()
    return result


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


__all__ = ["import_export", "read_export", "read_rows"]
