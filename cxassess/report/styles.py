"""Paragraph styles, colours and page geometry of the report."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cxassess.report.fonts import SANS, SANS_BOLD, register_fonts

DEFAULT_ACCENT = "#1f4e79"
HORIZON_COLOURS = {"now": "#c8553d", "next": "#f2a541", "later": "#5b8e7d"}
CURRENT_COLOUR = "#1f4e79"
TARGET_COLOUR = "#f2a541"
AGREED_COLOUR = "#5b8e7d"
PREVIOUS_COLOUR = "#9a9a9a"
GRID = "#d0d7de"
MUTED = "#5f6b76"


@dataclass(frozen=True)
class Branding:
    """A facilitator's logo and accent colour for the report."""

    logo: Path | None = None
    accent: str = DEFAULT_ACCENT


@dataclass
class Styles:
    """The report's paragraph styles."""

    accent: str
    s: dict[str, Any] = field(default_factory=dict)

    def __getitem__(self, name: str) -> Any:
        return self.s[name]


def make_styles(accent: str = DEFAULT_ACCENT) -> Styles:
    """Styles coloured with the accent."""
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    base = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=13, alignment=TA_LEFT)
    acc = colors.HexColor(accent)
    muted = colors.HexColor(MUTED)
    h2 = ParagraphStyle(
        "h2table",
        parent=base,
        fontName=SANS_BOLD,
        fontSize=11.5,
        leading=15,
        textColor=acc,
        spaceBefore=8,
        spaceAfter=4,
    )
    styles = {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5),
        "muted": ParagraphStyle("muted", parent=base, fontSize=8, leading=10.5, textColor=muted),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
        "bullet": ParagraphStyle(
            "bullet", parent=base, leftIndent=12, bulletIndent=2, spaceAfter=5, bulletText="•"
        ),
        "cellb": ParagraphStyle("cellb", parent=base, fontSize=8, leading=10, fontName=SANS_BOLD),
        "head": ParagraphStyle(
            "head", parent=base, fontSize=8, leading=10, fontName=SANS_BOLD, textColor=colors.white
        ),
        "title": ParagraphStyle(
            "title", parent=base, fontName=SANS_BOLD, fontSize=26, leading=32, textColor=acc
        ),
        "subtitle": ParagraphStyle("subtitle", parent=base, fontSize=14, leading=19),
        "h1": ParagraphStyle(
            "h1",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=16,
            leading=20,
            textColor=acc,
            spaceBefore=6,
            spaceAfter=8,
            keepWithNext=1,
        ),
        "h2": ParagraphStyle("h2", parent=h2, keepWithNext=1),
        # A heading over a long table: the table may start on the same page and continue
        # on the next (a heading kept with its whole table would leave a page half empty).
        "h2table": h2,
        "big": ParagraphStyle(
            "big",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=30,
            leading=34,
            textColor=acc,
            alignment=TA_CENTER,
        ),
        "bigcap": ParagraphStyle(
            "bigcap", parent=base, fontSize=9, leading=12, alignment=TA_CENTER, textColor=muted
        ),
    }
    return Styles(accent, styles)
