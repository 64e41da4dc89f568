"""Recovery copies of open documents, kept in the user data folder, never over the user's file.

Each open document has a copy `<id>.cxa` and a small `<id>.json` saying which file it
belongs to and when it was written. They are removed when the document is saved or closed
on purpose; any that remain at start-up are what a crash or a killed process left behind.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cxassess.core.problems import CxError

ENV_DATA_DIR = "CXASSESS_DATA_DIR"


def data_dir() -> Path:
    """The user data folder (overridable with CXASSESS_DATA_DIR, used by tests)."""
    override = os.environ.get(ENV_DATA_DIR)
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("cxassess", appauthor=False))


def recovery_dir() -> Path:
    """Where recovery copies live."""
    return data_dir() / "recovery"


@dataclass(frozen=True)
class RecoveryEntry:
    """A recovery copy found on disk."""

    document_id: str
    copy: Path
    original: Path | None
    written_at: datetime
    title: str
    page: str = ""


def recovery_folder() -> Path:
    """The recovery folder, made owner-only: the copies hold everyone's answers."""
    folder = recovery_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix" and folder.stat().st_mode & 0o077:
            folder.chmod(0o700)
    except OSError as exc:
        raise CxError(f"Could not create the recovery folder {folder}: {exc.strerror}.") from None
    return folder


def write_recovery(
    document_id: str, data: bytes, original: Path | None, title: str, page: str = ""
) -> Path:
    """Atomically write the recovery copy and its note (with the screen the person was
    on, to return to it); returns the copy's path."""
    from cxassess.core.storage import atomic_write_bytes

    folder = recovery_folder()
    copy = folder / f"{document_id}.cxa"
    atomic_write_bytes(copy, data)
    note = {
        "original": str(original) if original else None,
        "written_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "title": title,
        "page": page,
    }
    atomic_write_bytes(folder / f"{document_id}.json", json.dumps(note).encode("utf-8"))
    return copy


def discard_recovery(document_id: str) -> None:
    """Remove a document's recovery copy (after a save, or a deliberate close)."""
    folder = recovery_dir()
    for suffix in (".cxa", ".json"):
        with contextlib.suppress(OSError):
            (folder / f"{document_id}{suffix}").unlink()


def list_recovery(include_live: bool = False) -> list[RecoveryEntry]:
    """Recovery copies left on disk by sessions that are gone (a crash, a kill), newest
    first; the copy of a window still open elsewhere is its own, and not listed. Needs no
    document parsing, so it is cheap enough for start-up."""
    from cxassess.core.locks import holder_of

    folder = recovery_dir()
    if not folder.is_dir():
        return []
    entries = []
    for copy in folder.glob("*.cxa"):
        if not include_live and holder_of(copy) is not None:
            continue
        note_path = copy.with_suffix(".json")
        original: Path | None = None
        title = ""
        page = ""
        try:
            written = datetime.fromtimestamp(copy.stat().st_mtime, UTC)
        except OSError:
            continue
        try:
            note = json.loads(note_path.read_text(encoding="utf-8"))
            original = Path(note["original"]) if note.get("original") else None
            title = str(note.get("title") or "")
            page = str(note.get("page") or "")
            written = datetime.fromisoformat(note["written_at"])
        except (OSError, ValueError, KeyError, TypeError):
            pass
        entries.append(RecoveryEntry(copy.stem, copy, original, written, title, page))
    return sorted(entries, key=lambda e: e.written_at, reverse=True)
