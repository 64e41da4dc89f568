"""The start screen: new solo assessment, new workshop, open, import, recent files, recovery."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxassess.gui.i18n import tr
from cxassess.gui.widgets.common import clear_layout, heading, muted, named

# Qt.ItemDataRole.UserRole. Touching the Qt namespace builds ~90 enum classes (10 ms), so
# the start screen avoids it until after the first paint.
USER_ROLE = 0x0100


class StartPage(QWidget):
    """What a person sees first: big, obvious ways in."""

    newSolo = Signal()
    newWorkshop = Signal()
    openRequested = Signal()
    importFilesRequested = Signal()
    importCsvRequested = Signal()
    fromEarlierRequested = Signal()
    openRecent = Signal(str)
    restoreRequested = Signal(str)
    discardRecoveryRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 36, 48, 36)
        outer.setSpacing(14)
        outer.addWidget(heading(tr("Customer-centric culture assessment"), "startTitle"))
        outer.addWidget(
            muted(
                tr(
                    "Score how customer-centric your organisation is across commitment, ideal customer, "
                    "listening and action; see where the team disagrees; leave with a roadmap."
                ),
                "startIntro",
            )
        )
        self.recovery_box = QFrame()
        self.recovery_box.setObjectName("recoveryBanner")
        self.recovery_box.setStyleSheet(
            "#recoveryBanner { background: #fff4d6; border: 1px solid #e0b94f; border-radius: 6px; }"
        )
        self.recovery_layout = QVBoxLayout(self.recovery_box)
        self.recovery_box.hide()
        outer.addWidget(self.recovery_box)

        grid = QGridLayout()
        grid.setSpacing(12)
        buttons = [
            (
                "newSoloButton",
                tr("New solo assessment"),
                tr("Answer on your own, over one or several sittings."),
                self.newSolo,
            ),
            (
                "newWorkshopButton",
                tr("New team workshop"),
                tr("Several people answer in turn on this laptop, then discuss."),
                self.newWorkshop,
            ),
            (
                "openButton",
                tr("Open…"),
                tr("Continue a saved assessment (.cxa)."),
                self.openRequested,
            ),
            (
                "importFilesButton",
                tr("Import participant files…"),
                tr("Combine answers people sent as .cxa files."),
                self.importFilesRequested,
            ),
            (
                "importCsvButton",
                tr("Import responses…"),
                tr(
                    "A spreadsheet, or an export of Google Forms, Microsoft Forms, SurveyMonkey, "
                    "Qualtrics, LimeSurvey, ODK or Kobo."
                ),
                self.importCsvRequested,
            ),
        ]
        self.buttons: dict[str, QPushButton] = {}
        buttons.append(
            (
                "fromEarlierButton",
                tr("Assess again…"),
                tr("Start from an earlier assessment: same team, open actions carried over."),
                self.fromEarlierRequested,
            )
        )
        for i, (name, label, hint, signal) in enumerate(buttons):
            button = named(QPushButton(label), name, label, hint)
            self.buttons[name] = button
            button.setMinimumHeight(56)
            button.clicked.connect(signal.emit)
            cell = QVBoxLayout()
            cell.addWidget(button)
            cell.addWidget(muted(hint, name + "Hint"))
            grid.addLayout(cell, i // 2, i % 2)
        outer.addLayout(grid)

        outer.addWidget(heading(tr("Recent assessments"), "recentTitle", level=2))
        # The list is built after the first paint (in set_recent): importing QListWidget
        # creates a dozen enum classes.
        self.recent_holder = QWidget()
        self.recent_layout = QVBoxLayout(self.recent_holder)
        self.recent_layout.setContentsMargins(0, 0, 0, 0)
        self.recent: Any = None
        outer.addWidget(self.recent_holder, 1)

    def set_recent(self, entries: list[tuple[str, str]]) -> None:
        """Show recently used files, most recent first: (path, team and date)."""
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QListWidget, QListWidgetItem

        if self.recent is None:
            self.recent = named(QListWidget(), "recentList", tr("Recent assessments"))
            self.recent.itemActivated.connect(
                lambda item: self.openRecent.emit(item.data(USER_ROLE))
            )
            self.recent_layout.addWidget(self.recent)
        self.recent.clear()
        for path, details in entries:
            text = f"{details}    —    {Path(path).name}" if details else Path(path).name
            item = QListWidgetItem(text)
            item.setData(USER_ROLE, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        if not entries:
            placeholder = QListWidgetItem(tr("Files you open or save appear here."))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(placeholder)

    def set_recovery(self, entries: list[tuple[str, str]]) -> None:
        """Offer to restore recovery copies: (document id, description)."""
        clear_layout(self.recovery_layout)
        if not entries:
            self.recovery_box.hide()
            return
        label = QLabel(
            tr(
                "cxassess did not close normally. These answers were saved automatically and can be restored:"
            )
        )
        label.setWordWrap(True)
        self.recovery_layout.addWidget(label)
        for doc_id, description in entries:
            row = QHBoxLayout()
            text = QLabel(description)
            text.setWordWrap(True)
            row.addWidget(text, 1)
            restore = named(
                QPushButton(tr("Restore")), "restoreButton", tr("Restore %s") % description
            )
            restore.clicked.connect(lambda _=False, d=doc_id: self.restoreRequested.emit(d))
            discard = named(
                QPushButton(tr("Discard")), "discardRecoveryButton", tr("Discard %s") % description
            )
            discard.clicked.connect(lambda _=False, d=doc_id: self.discardRecoveryRequested.emit(d))
            row.addWidget(restore)
            row.addWidget(discard)
            self.recovery_layout.addLayout(row)
        self.recovery_box.show()


def recovery_entries(current: str | None) -> list[tuple[str, str]]:
    """Recovery copies to offer, as (document id, description); the open one left out."""
    from cxassess.core.recovery import list_recovery

    entries = []
    for entry in list_recovery():
        if entry.document_id == current:
            continue
        where = str(entry.original) if entry.original else tr("never saved")
        when = entry.written_at.astimezone().strftime("%d %b %Y %H:%M")
        label = tr("%s (%s), last change %s") % (entry.title or tr("Untitled"), where, when)
        entries.append((entry.document_id, label))
    return entries
