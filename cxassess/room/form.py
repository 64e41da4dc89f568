"""The send-out form: the participant page as one file that works offline in any browser.

It is opened from an e-mail attachment, needs no network, and saves a one-person `.cxa`
that the facilitator merges like any participant's file.
"""

from __future__ import annotations

import json
import secrets
from pathlib import Path
from typing import Any

from cxassess.core.collect import questionnaire_for_page
from cxassess.core.document import Assessment
from cxassess.core.storage import atomic_write_bytes
from cxassess.room.page import participant_page


def form_skeleton(doc: Assessment) -> dict[str, Any]:
    """The document a participant's answers go into: the same questionnaire and team, and
    nothing of anyone else (no people, scores agreed or roadmap)."""
    raw: dict[str, Any] = json.loads(doc.model_dump_json())
    for name in ("participants", "previous", "roadmap"):
        raw[name] = []
    for name in ("agreed_questions", "agreed_dimensions", "targets"):
        raw[name] = {}
    raw["round_open"] = False
    raw["reassess_on"] = None
    return raw


def form_html(doc: Assessment) -> str:
    """The whole form page for this assessment."""
    nonce = secrets.token_urlsafe(16)
    config = {
        "mode": "form",
        "form": str(doc.id),
        "title": doc.team or doc.organisation,
        "roles": sorted({p.role for p in doc.participants if p.role}),
        "anonymous": doc.anonymous,
        "referent": doc.questionnaire.description or "",
        "questionnaire": questionnaire_for_page(doc.questionnaire),
        "document": form_skeleton(doc),
    }
    csp = (
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        f"script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; img-src data:; "
        "base-uri 'none'; form-action 'none'\">"
    )
    return participant_page(config, nonce, csp)


def write_form(doc: Assessment, path: Path) -> None:
    """Write the form atomically."""
    atomic_write_bytes(path, form_html(doc).encode("utf-8"), private=False)


__all__ = ["form_html", "form_skeleton", "write_form"]
