"""What every command shares: loading and saving with their notes, JSON output."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from cxassess.core.problems import CxError

if TYPE_CHECKING:
    from cxassess.core.document import Assessment
    from cxassess.core.questionnaire import Questionnaire

# How a module adds a command: name, help text, the function that runs it.
Add = Callable[[str, str, Callable[[argparse.Namespace], int]], argparse.ArgumentParser]


def load_questionnaire_arg(name_or_path: str) -> Questionnaire:
    from cxassess.core.questionnaire_io import load_questionnaire
    from cxassess.resources import resolve_questionnaire

    return load_questionnaire(resolve_questionnaire(name_or_path))


def load(path: str) -> Assessment:
    from cxassess.core.storage import load_document

    doc = load_document(Path(path))
    for field, how in doc.reconstructed.items():
        if field == "assessed_on":
            print(
                f"Note: {path} had no assessment date; it is dated {doc.assessed_on} from {how}. "
                "Saving it again keeps that date.",
                file=sys.stderr,
            )
    return doc


def load_revealed(path: str) -> Assessment:
    """A document whose results may be shown: none while its round is open."""
    from cxassess.core.round import require_revealed

    doc = load(path)
    require_revealed(doc, path)
    return doc


def save(doc: Assessment, path: str) -> None:
    from cxassess.core.locks import FileLock
    from cxassess.core.storage import save_document

    # Another window or room holding the file would overwrite this save with its own.
    with FileLock(Path(path), "cxassess"):
        save_document(doc, Path(path))


def print_json(data: object) -> None:
    # allow_nan=False: NaN and Infinity are not JSON, and a reader of this output would choke
    print(json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False))


def facilitator_pin(doc: Assessment) -> str | None:
    """The facilitator's PIN, where the document has one: from CXASSESS_FACILITATOR_PIN,
    else asked on the terminal (never an argument, which other users could see)."""
    if doc.facilitator_pin is None:
        return None
    pin = os.environ.get("CXASSESS_FACILITATOR_PIN")
    if pin is None and sys.stdin is not None and sys.stdin.isatty():
        import getpass

        pin = getpass.getpass("Facilitator's PIN: ")
    if pin is None:
        raise CxError(
            "This assessment has a facilitator's PIN: type it when asked, or set "
            "CXASSESS_FACILITATOR_PIN. Nothing was changed."
        )
    return pin


def progress_lines(fraction: float, message: str) -> None:
    # Read by the app, which builds reports in a process of its own.
    print(f"progress {fraction:.3f} {message}", flush=True)
