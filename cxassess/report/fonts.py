"""Fonts for the PDF and charts: DejaVu Sans (shipped with matplotlib) and a CJK fallback."""

from __future__ import annotations

import os
from functools import cache

from cxassess.resources import assets_dir

SANS = "CxSans"
SANS_BOLD = "CxSans-Bold"
SANS_ITALIC = "CxSans-Italic"
SANS_BOLD_ITALIC = "CxSans-BoldItalic"
FALLBACK = "CxFallback"
FALLBACK_FILE = "DroidSansFallbackFull.ttf"
FALLBACK_FAMILY = "Droid Sans Fallback"


def dejavu_path(name: str) -> str:
    """Path of a DejaVu font file from matplotlib's data folder."""
    import matplotlib

    return os.path.join(matplotlib.get_data_path(), "fonts", "ttf", name)


def fallback_path() -> str:
    """Path of the bundled font that covers Chinese, Japanese and Korean."""
    return str(assets_dir() / "fonts" / FALLBACK_FILE)


@cache
def register_fonts() -> None:
    """Register the report fonts with reportlab once per process."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, file in (
        (SANS, "DejaVuSans.ttf"),
        (SANS_BOLD, "DejaVuSans-Bold.ttf"),
        (SANS_ITALIC, "DejaVuSans-Oblique.ttf"),
        (SANS_BOLD_ITALIC, "DejaVuSans-BoldOblique.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, dejavu_path(file)))
    pdfmetrics.registerFont(TTFont(FALLBACK, fallback_path()))
    for bold, italic, face in (
        (0, 0, SANS),
        (1, 0, SANS_BOLD),
        (0, 1, SANS_ITALIC),
        (1, 1, SANS_BOLD_ITALIC),
    ):
        addMapping(SANS, bold, italic, face)
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FALLBACK, bold, italic, FALLBACK)


@cache
def sans_coverage() -> frozenset[int]:
    """Code points the main font can draw."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    font = pdfmetrics.getFont(SANS)
    return frozenset(font.face.charToGlyph.keys())


@cache
def matplotlib_fonts() -> list[str]:
    """Font families for charts, with the CJK fallback registered with matplotlib."""
    from matplotlib import font_manager

    font_manager.fontManager.addfont(fallback_path())
    return ["DejaVu Sans", FALLBACK_FAMILY]
