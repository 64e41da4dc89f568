"""Preferences and the recent-files list, in an INI file in the user's config folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from cxassess.gui.labels import describe_document

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from cxassess.core.document import Assessment

MAX_RECENT = 8


def settings() -> QSettings:
    """The app's settings store."""
    from PySide6.QtCore import QSettings

    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "cxassess", "cxassess")


def _as_list(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value or []] if isinstance(value, list | tuple) else []


def recent_files() -> list[tuple[str, str]]:
    """Recently used files that still exist, most recent first: (path, team and date)."""
    store = settings()
    paths = _as_list(store.value("recent", []))
    details = _as_list(store.value("recent_details", []))
    details += [""] * (len(paths) - len(details))
    return [(p, d) for p, d in zip(paths, details, strict=False) if Path(p).exists()][:MAX_RECENT]


def remember_recent(path: Path, doc: Assessment) -> list[tuple[str, str]]:
    """Put a file first in the recent list; returns the new list."""
    entries = [(str(path), describe_document(doc))]
    entries += [(p, d) for p, d in recent_files() if p != str(path)]
    entries = entries[:MAX_RECENT]
    store = settings()
    store.setValue("recent", [p for p, _ in entries])
    store.setValue("recent_details", [d for _, d in entries])
    return entries


__all__ = ["MAX_RECENT", "recent_files", "remember_recent", "settings"]
