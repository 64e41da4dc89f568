"""How documents are named to the user: in questions, menus and recent files."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cxassess.gui.i18n import tr

if TYPE_CHECKING:
    from cxassess.core.document import Assessment


def doc_label(doc: Assessment) -> str:
    """How the open assessment is named in questions about it."""
    return doc.team or doc.organisation or tr("the open assessment")


def describe_document(doc: Assessment) -> str:
    """What a recent-files entry says of a document: team, organisation and date."""
    who = " · ".join(part for part in (doc.team, doc.organisation) if part)
    people = len(doc.participants)
    kind = "solo" if people == 1 else f"{people} people"
    return f"{who or 'Untitled'} · {doc.assessed_on.isoformat()} · {kind}"
