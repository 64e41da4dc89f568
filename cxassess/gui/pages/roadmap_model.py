"""The roadmap as a table: review state, the action with its statement and reason, and the
fields a team fills in (owner, due date, KPI, status, horizon, notes)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from cxassess.core.document import RoadmapItem
from cxassess.gui.i18n import tr
from cxassess.gui.pages.models import HORIZON_NAMES, STATUS_NAMES

Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    "Review",
    "Action",
    "Owner",
    "Due",
    "KPI",
    "Result",
    "Status",
    "When",
    "Effort",
    "Notes",
    "Source",
)
REVIEW, ACTION, OWNER, DUE, KPI, RESULT, STATUS, HORIZON, EFFORT, NOTES, SOURCE = range(
    len(COLUMNS)
)
EDITABLE = {
    REVIEW: "review",
    ACTION: "action",
    OWNER: "owner",
    DUE: "due",
    KPI: "kpi",
    RESULT: "result",
    STATUS: "status",
    HORIZON: "horizon",
    NOTES: "notes",
}
REVIEW_NAMES = {"suggested": "Suggested", "accepted": "Accepted", "dropped": "Dropped"}
REVIEW_COLOURS = {"suggested": "#fff4d6", "accepted": "#e3f1e5", "dropped": "#eeeeee"}


class RoadmapModel(QAbstractTableModel):
    """The roadmap as an editable table; edits are handed to a callback (the session)."""

    def __init__(self) -> None:
        super().__init__()
        self._items: list[RoadmapItem] = []
        self._statements: dict[str, str] = {}
        self.on_edit: Any = None  # callable(item_id, field, value)
        # An owner as shown: the person named for the role, beside it (edits keep the role).
        self._who: Callable[[str], str] = str

    def set_items(
        self,
        items: list[RoadmapItem],
        statements: dict[str, str],
        who: Callable[[str], str] = str,
    ) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._statements = statements
        self._who = who
        self.endResetModel()

    def item_at(self, row: int) -> RoadmapItem:
        return self._items[row]

    def row_of(self, item_id: uuid.UUID) -> int:
        for row, item in enumerate(self._items):
            if item.id == item_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in EDITABLE:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def statement(self, item: RoadmapItem) -> str:
        return self._statements.get(item.question or "", "")

    def _source(self, item: RoadmapItem) -> str:
        source = {
            "generated": tr("Suggested"),
            "manual": tr("Added"),
            "carried": tr("Earlier roadmap"),
            "idea": tr("Room's idea"),
        }[item.origin]
        return tr("Suggested, edited") if item.edited and item.origin == "generated" else source

    def _action_text(self, item: RoadmapItem) -> str:
        # The statement it serves and why it was suggested, under the action itself: at
        # 1024 px there is no room for two more columns.
        lines = [item.action]
        statement = self.statement(item)
        if statement:
            lines.append(tr("↳ For: %s") % statement)
        if item.reason:
            lines.append(tr("↳ Why: %s") % item.reason)
        return "\n".join(lines)

    @staticmethod
    def _due_text(item: RoadmapItem) -> str:
        if item.due is None:
            return ""
        if item.first_due is None or item.status not in ("planned", "in_progress"):
            return item.due.isoformat()
        return tr("%s\nwas %s") % (item.due.isoformat(), item.first_due.isoformat())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._items[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and col == KPI and (item.baseline or item.target):
            parts = [item.kpi]
            if item.baseline:
                parts.append(tr("Baseline: %s") % item.baseline)
            if item.target:
                parts.append(tr("Target: %s") % item.target)
            return "\n".join(parts)
        if role == Qt.ItemDataRole.ToolTipRole and col == DUE and item.first_due:
            return tr("Due %s; first promised for %s, so it has slipped.") % (
                item.due.isoformat() if item.due else "",
                item.first_due.isoformat(),
            )
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values: list[object] = [
                tr(REVIEW_NAMES[item.review]),
                self._action_text(item),
                self._who(item.owner),
                self._due_text(item),
                item.kpi,
                item.result,
                tr(STATUS_NAMES[item.status]),
                tr(HORIZON_NAMES[item.horizon]),
                tr((item.effort or "").capitalize()),
                item.notes,
                self._source(item),
            ]
            return values[col]
        if role == Qt.ItemDataRole.EditRole:
            values = [
                item.review,
                item.action,
                item.owner,
                item.due,
                item.kpi,
                item.result,
                item.status,
                item.horizon,
                None,
                item.notes,
                None,
            ]
            return values[col]
        if role == Qt.ItemDataRole.BackgroundRole and col == REVIEW:
            return QColor(REVIEW_COLOURS[item.review])
        if role == Qt.ItemDataRole.FontRole and "dropped" in (item.status, item.review):
            font = QFont()
            font.setStrikeOut(True)
            return font
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or index.column() not in EDITABLE
            or self.on_edit is None
        ):
            return False
        field = EDITABLE[index.column()]
        if field == "due":
            value = value.toPython() if isinstance(value, QDate) else value
            if value is not None and not isinstance(value, date):
                return False
        elif isinstance(value, str):
            value = value.strip()
            if field == "action" and not value:
                return False
        item = self._items[index.row()]
        if getattr(item, field) == value:
            return False
        self.on_edit(item.id, field, value)
        return True


class RoadmapFilter(QSortFilterProxyModel):
    """Shows the actions of one dimension, horizon or review state (or all), and, for a
    follow-up, only those carried over from the earlier roadmap."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.dimension = ""
        self.horizon = ""
        self.review = ""
        self.only_earlier = False

    def set(self, **values: Any) -> None:
        # Qt 6.10 replaced invalidateFilter() with a begin/end pair around the change.
        begin = getattr(self, "beginFilterChange", None)
        if begin is not None:
            begin()
        for name, value in values.items():
            setattr(self, name, value)
        if begin is not None:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, RoadmapModel)
        item = model.item_at(source_row)
        return (
            (not self.dimension or item.dimension == self.dimension)
            and (not self.horizon or item.horizon == self.horizon)
            and (not self.review or item.review == self.review)
            and (not self.only_earlier or item.carried_from is not None)
        )


__all__ = ["COLUMNS", "EDITABLE", "RESULT", "REVIEW_NAMES", "RoadmapFilter", "RoadmapModel"]
