"""Who holds each role the plan names: a person per role, and the executive sponsor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxassess.core.document import Assessment
from cxassess.core.roles_asked import roles_to_fill
from cxassess.core.scoring import score_document
from cxassess.gui.i18n import tr
from cxassess.gui.widgets.common import named

ROLE, ACTIONS, PERSON = range(3)


class OwnersDialog(QDialog):
    """A table of the plan's roles with a person to type beside each; `names()` gives the
    changes made, for the session to apply as one undoable step."""

    def __init__(self, doc: Assessment, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("People in roles"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Name the person who holds each role the plan, its decisions and the open "
                "points of the discussion give work to. Reports print the person beside the "
                "role, and list the roles still without one."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self._roles = roles_to_fill(doc, score_document(doc))
        self.table = named(
            QTableWidget(len(self._roles), 3, self),
            "ownersTable",
            tr("Roles and the people who hold them"),
        )
        self.table.setHorizontalHeaderLabels([tr("Role"), tr("Open work"), tr("Person")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        for row, (role, count, person) in enumerate(self._roles):
            for col, value in ((ROLE, role), (ACTIONS, str(count) if count else "–")):
                cell = QTableWidgetItem(value)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, cell)
            self.table.setItem(row, PERSON, QTableWidgetItem(person))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ROLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ACTIONS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PERSON, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.setCurrentCell(0, PERSON)
        self.resize(620, 420)

    def names(self) -> dict[str, str]:
        """The roles whose person was changed, each with the name typed ("" clears it)."""
        changed = {}
        for row, (role, _, person) in enumerate(self._roles):
            cell = self.table.item(row, PERSON)
            typed = " ".join((cell.text() if cell else "").split())
            if typed != person:
                changed[role] = typed
        return changed
