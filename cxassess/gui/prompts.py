"""Questions the app asks the user: file choosers and decisions.

Kept in one object so that every question has one place, and so tests can answer the
file choosers (which are native dialogs) while the decision boxes stay real.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

from cxassess.gui.i18n import tr


def documents_folder() -> str:
    """Where a file chooser opens first: the user's Documents folder, not the program's."""
    from PySide6.QtCore import QStandardPaths

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return folder or str(Path.home())


class Prompts:
    """File choosers that remember the last folder, and decision dialogs."""

    def __init__(self, parent: QWidget) -> None:
        self.window = parent

    def _start_folder(self) -> str:
        from cxassess.gui.settings import settings

        last = settings().value("last_folder", "")
        return str(last) if last and Path(str(last)).is_dir() else documents_folder()

    def _remember_folder(self, path: Path) -> None:
        from cxassess.gui.settings import settings

        settings().setValue("last_folder", str(path.parent))

    def ask_open_path(self, title: str, filter_: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self.window, title, self._start_folder(), filter_)
        if not path:
            return None
        self._remember_folder(Path(path))
        return Path(path)

    def ask_open_paths(self, title: str, filter_: str) -> list[Path]:
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(self.window, title, self._start_folder(), filter_)
        if paths:
            self._remember_folder(Path(paths[0]))
        return [Path(p) for p in paths]

    def ask_save_path(self, title: str, suggestion: str, filter_: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        start = str(Path(self._start_folder()) / suggestion)
        path, _ = QFileDialog.getSaveFileName(self.window, title, start, filter_)
        if not path:
            return None
        self._remember_folder(Path(path))
        return Path(path)

    def ask_unsaved(self, title: str) -> str:
        """'save', 'discard' or 'cancel' for a document with unsaved changes."""
        return self.ask(
            "unsavedDialog",
            tr("Save the changes to %s before closing?") % title,
            tr("Your answers are backed up automatically, but only saving writes your own file."),
            [("save", tr("&Save")), ("discard", tr("&Don't save")), ("cancel", tr("Cancel"))],
        )

    def ask_pin(self, title: str, text: str) -> str | None:
        """The facilitator's PIN, typed hidden; None when cancelled."""
        return ask_pin(self.window, title, text)

    def ask(
        self,
        name: str,
        text: str,
        informative: str,
        choices: Sequence[tuple[str, str]],
        details: Sequence[str] = (),
    ) -> str:
        """A question with named answers; returns the key of the one chosen.

        The first choice is the default; a choice keyed "cancel" is what Esc picks.
        """
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self.window)
        box.setObjectName(name)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("cxassess"))
        box.setText(text)
        if informative:
            box.setInformativeText(informative)
        if details:
            box.setDetailedText("\n".join(details))
        buttons = {}
        for key, label in choices:
            role = (
                QMessageBox.ButtonRole.RejectRole
                if key == "cancel"
                else QMessageBox.ButtonRole.AcceptRole
            )
            button = box.addButton(label, role)
            button.setObjectName(f"{name}_{key}")
            buttons[button] = key
            if key == "cancel":
                box.setEscapeButton(button)
        box.setDefaultButton(next(iter(buttons)))
        box.exec()
        clicked = box.clickedButton()
        return next((key for button, key in buttons.items() if button is clicked), "cancel")


def ask_pin(parent: QWidget, title: str, text: str) -> str | None:
    """Ask for a PIN with the digits hidden; None when cancelled."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    pin, ok = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Password)
    return pin.strip() if ok else None


__all__ = ["Prompts", "ask_pin", "documents_folder"]
