"""The results screen's "By role and unit" tab: scores per group, only for groups large
enough that nobody's answers can be singled out (the core decides which)."""

from __future__ import annotations

from textwrap import fill

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxassess.core.document import Assessment
from cxassess.core.roles import RoleGroup, role_groups, unit_groups
from cxassess.core.round import role_floor
from cxassess.gui.i18n import tr
from cxassess.gui.pages.models import format_number
from cxassess.gui.widgets.common import heading, muted, named


class GroupTable(QWidget):
    """One lens: a heading, a hint saying who is shown, and the table."""

    def __init__(self, title: str, name: str, header: str) -> None:
        super().__init__()
        self.header = header
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(title, f"{name}Heading", 2))
        self.hint = muted("", f"{name}Hint")
        layout.addWidget(self.hint)
        self.table = named(QTableWidget(0, 0), f"{name}Table", title)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)

    def fill(self, doc: Assessment, groups: list[RoleGroup], shown: str, none: str) -> None:
        """Show the groups, or say why none can be shown."""
        dims = doc.questionnaire.dimensions
        self.table.clear()
        self.table.setColumnCount(len(dims) + 3)
        self.table.setHorizontalHeaderLabels(
            # Area names over two lines, so their columns can be narrow on a projector.
            [self.header, tr("People"), *[fill(d.title, 12) for d in dims], tr("Overall")]
        )
        self.table.setRowCount(len(groups))
        for row, g in enumerate(groups):
            values = [
                # A long role over two lines, so the areas keep room for their headers on a
                # 1024-pixel projector ("Contact centre team leader" clipped them).
                fill(g.role, 16),
                str(g.members),
                *[format_number(g.scores.dimension(d.id).score) for d in dims],
                format_number(g.scores.overall.score),
            ]
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        # The group's name and size as wide as they need; the areas share the rest, so the
        # table fits a 1024-pixel projector without scrolling sideways.
        header = self.table.horizontalHeader()
        for col in range(self.table.columnCount()):
            header.setSectionResizeMode(
                col,
                QHeaderView.ResizeMode.ResizeToContents
                if col < 2
                else QHeaderView.ResizeMode.Stretch,
            )
        rows = self.table.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())  # one line keeps its room
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(groups))
        self.hint.setText((shown if groups else none) % role_floor(doc.questionnaire))


class LensTab(QWidget):
    """Scores by role, then by the part of the organisation people know best."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.roles = GroupTable(tr("By role"), "roles", tr("Role"))
        self.units = GroupTable(
            tr("By the part of the organisation known best"), "units", tr("Unit")
        )
        layout.addWidget(self.roles, 1)
        layout.addWidget(self.units, 1)

    def refresh(self, doc: Assessment) -> None:
        """Both lenses for the open document."""
        self.roles.fill(
            doc,
            role_groups(doc),
            tr(
                "Roles with at least %d respondents; smaller roles are combined so nobody's answers can be singled out."
            ),
            tr(
                "No role has enough respondents to show without singling people out (at least %d per group)."
            ),
        )
        self.units.fill(
            doc,
            unit_groups(doc),
            tr(
                "Everyone answered for the whole organisation; this is how it looks from each part. Units with at least %d respondents; units that, set beside the roles, would let a few people's answers be worked out are combined."
            ),
            tr(
                "No unit has enough respondents to show without singling people out (at least %d per group), or nobody said which part they know best."
            ),
        )


__all__ = ["GroupTable", "LensTab"]
