"""Safe paragraph markup from user text: escaped, with font fallback and RTL shaping."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from cxassess.core.text import shorten as shorten  # re-exported: reports shorten with it
from cxassess.report.fonts import FALLBACK, sans_coverage

_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def needs_shaping(text: str) -> bool:
    """True when the text holds a right-to-left script that must be shaped to read right."""
    return bool(_RTL.search(text))


def rich(text: object) -> str:
    """User text as paragraph markup that shows literally.

    Everything is escaped (so `<img src=...>` or `<a href>` stays text and adds nothing to
    the PDF), line breaks become <br/>, and characters the main font lacks (CJK) are set
    in the fallback font.
    """
    value = "" if text is None else str(text)
    covered = sans_coverage()
    out: list[str] = []
    run: list[str] = []
    run_fallback = False

    def flush() -> None:
        if not run:
            return
        chunk = escape("".join(run)).replace("\n", "<br/>")
        out.append(f'<font face="{FALLBACK}">{chunk}</font>' if run_fallback else chunk)
        run.clear()

    for ch in value.replace("\r\n", "\n").replace("\r", "\n"):
        fallback = ord(ch) not in covered and ch != "\n" and not ch.isspace()
        if fallback != run_fallback:
            flush()
            run_fallback = fallback
        run.append(ch)
    flush()
    return "".join(out)
