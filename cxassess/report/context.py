"""What every report section needs: the document, its scores, styles and helpers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from cxassess.core.document import Assessment, RoadmapItem
from cxassess.core.gaps import DimensionGap
from cxassess.core.roles import RoleGroup
from cxassess.core.scoring import Scores
from cxassess.report.markup import needs_shaping, rich
from cxassess.report.styles import Branding, Styles

PAGE_WIDTH_PT = 595.27
MARGIN_PT = 50.0
FRAME_WIDTH = PAGE_WIDTH_PT - 2 * MARGIN_PT


@dataclass
class ReportContext:
    """Inputs shared by the report's sections."""

    doc: Assessment
    scores: Scores
    gaps: list[DimensionGap]
    roadmap: list[RoadmapItem]
    roles: list[RoleGroup]
    styles: Styles
    branding: Branding
    previous: list[tuple[Assessment, Scores]] = field(default_factory=list)
    suggested: list[RoadmapItem] = field(default_factory=list)  # not reviewed yet
    show_suggestions: bool = False
    units: list[RoleGroup] = field(default_factory=list)
    named: bool = False  # participants named, answers and comments attributed (report --named)

    @property
    def team(self) -> bool:
        """Team-only parts are left out of a solo assessment."""
        return self.doc.is_team

    @property
    def points(self) -> int:
        return self.doc.questionnaire.scale.points


def a4_document(buffer: Any, **meta: Any) -> Any:
    """An A4 page template with the report's margins; `meta` is the PDF's title and so on."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    return SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_PT,
        rightMargin=MARGIN_PT,
        topMargin=MARGIN_PT,
        bottomMargin=MARGIN_PT,
        **meta,
    )


def para(markup: str, style: Any) -> Any:
    """A Paragraph; text in right-to-left scripts is shaped so it reads correctly."""
    from reportlab.platypus import Paragraph

    if needs_shaping(markup):
        from reportlab.lib.styles import ParagraphStyle

        style = ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)
    return Paragraph(markup, style)


def text(value: object, style: Any) -> Any:
    """A Paragraph of user or questionnaire text, shown literally."""
    return para(rich(value), style)


def fmt(value: float | None, digits: int = 1) -> str:
    """A number for a table cell; a dash when there is none."""
    return "–" if value is None else f"{value:.{digits}f}"


LONG_CELL = 1500  # characters: past this a cell may be taller than what is left of a page


def data_table(
    ctx: ReportContext,
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    zebra: bool = True,
    extra: Sequence[tuple[Any, ...]] = (),
    split_rows: bool = True,
) -> Any:
    """A table with a coloured header row that repeats on every page it spans."""
    from reportlab.lib import colors
    from reportlab.platypus import Table, TableStyle

    s = ctx.styles
    head = [para(h, s["head"]) for h in header]
    body = [[c if not isinstance(c, str) else para(c, s["cell"]) for c in row] for row in rows]
    # Rows may split across pages only where one must: a cell can hold a 20,000-character
    # note, taller than a page, and a table that cannot split such a row cannot be laid out
    # at all. Rows of ordinary length stay whole, so no row reads across a page break.
    longest = max(
        (len(getattr(c, "text", c if isinstance(c, str) else "")) for row in rows for c in row),
        default=0,
    )
    split_rows = split_rows and longest > LONG_CELL
    table = Table(
        [head, *body],
        colWidths=list(widths),
        repeatRows=1,
        hAlign="LEFT",
        splitInRow=1 if split_rows else 0,
    )
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(s.accent)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#d0d7de")),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if zebra:
        for i in range(1, len(body) + 1):
            if i % 2 == 0:
                commands.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#f4f6f8")))
    commands.extend(extra)
    table.setStyle(TableStyle(commands))
    return table
