"""Table columns that share the width sensibly on small screens."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView


class ColumnFitter(QObject):
    """Shares a table's width among its text columns by weight, so a long text column
    keeps a readable share at 1024 px instead of being squeezed by fixed ones.

    Columns not in `weights` size to their contents; columns in `optional` are hidden
    while the table is narrower than the width given for them.
    """

    def __init__(
        self,
        view: QAbstractItemView,
        weights: dict[int, float],
        optional: dict[int, int] | None = None,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.weights = weights
        self.optional = optional or {}
        self.hidden: set[int] = set()  # columns the screen hides for its own reasons
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        from PySide6.QtWidgets import QHeaderView, QTableView

        view = self.view
        assert isinstance(view, QTableView)
        header = view.horizontalHeader()
        width = view.viewport().width()
        for column, below in self.optional.items():
            view.setColumnHidden(column, width < below or column in self.hidden)
        fixed = 0
        for column in range(header.count()):
            if column in self.weights or view.isColumnHidden(column):
                continue
            view.resizeColumnToContents(column)
            fixed += header.sectionSize(column)
        shown = {c: w for c, w in self.weights.items() if not view.isColumnHidden(c)}
        total = sum(shown.values()) or 1.0
        room = max(0, width - fixed)
        for column, weight in shown.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, max(80, int(room * weight / total)))


__all__ = ["ColumnFitter"]
