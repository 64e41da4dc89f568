"""The participant page: one self-contained HTML document for the room and the offline form."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

_PAGE = Path(__file__).resolve().parent / "static" / "participant.html"


@cache
def _template() -> str:
    return _PAGE.read_text(encoding="utf-8")


def _embed(value: Any) -> str:
    # JSON inside <script> must not be able to close the element or open a comment.
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def participant_page(config: dict[str, Any], nonce: str, meta_csp: str = "") -> str:
    """The page with its configuration; styles and scripts carry the nonce the CSP allows."""
    return (
        _template()
        .replace("{{META_CSP}}", meta_csp)
        .replace("{{NONCE}}", nonce)
        .replace("{{CONFIG}}", _embed(config))
    )


__all__ = ["participant_page"]
