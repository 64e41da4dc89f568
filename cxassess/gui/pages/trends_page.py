"""Over time: how this assessment compares with earlier ones, and what became of their roadmap."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxassess.core.compare import Change, Comparison, compare
from cxassess.core.followup import earlier_items_status
from cxassess.core.problems import CxError
from cxassess.gui.i18n import tr
from cxassess.gui.pages.models import STATUS_NAMES
from cxassess.gui.session import DocumentSession
from cxassess.gui.widgets.chart_view import ChartView
from cxassess.gui.widgets.common import heading, muted, named

if TYPE_CHECKING:
    from cxassess.core.document import Assessment


def _num(value: float | None, signed: bool = False) -> str:
    if value is None:
        return "–"
    return f"{value:+.2f}" if signed else f"{value:.2f}"


class TrendsPage(QWidget):
    """Compares the open assessment with earlier ones chosen by the user or linked in the file."""

    addEarlierRequested = Signal()

    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trendsPage")
        self.session = session
        self.earlier: list[Assessment] = []
        self.comparison: Comparison | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        top = QHBoxLayout()
        top.addWidget(heading(tr("Since last time"), "trendsTitle"), 1)
        add = named(
            QPushButton(tr("Compare with earlier assessments…")),
            "addEarlierButton",
            tr("Choose earlier assessments to compare with"),
        )
        add.clicked.connect(self.addEarlierRequested.emit)
        top.addWidget(add)
        layout.addLayout(top)
        self.summary = muted("", "trendsSummary")
        layout.addWidget(self.summary)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter = splitter
        layout.addWidget(splitter, 1)
        upper = QWidget()
        upper_layout = QHBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        self.chart = ChartView("trendChart", tr("Scores over time"))
        upper_layout.addWidget(self.chart, 1)
        self.table = named(QTableWidget(0, 0), "trendTable", tr("Change per dimension"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        upper_layout.addWidget(self.table, 1)
        self.table.horizontalHeader().setStretchLastSection(True)
        splitter.addWidget(upper)
        lower = QWidget()
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.moved = named(QTableWidget(0, 3), "movedTable", tr("Questions that moved most"))
        self.moved.setHorizontalHeaderLabels([tr("Change"), tr("Question"), tr("Now")])
        self.moved.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.moved.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.moved.verticalHeader().hide()
        self.moved.setWordWrap(True)
        lower_layout.addWidget(self.moved, 1)
        self.followup = named(
            QTableWidget(0, 3), "followupTable", tr("What became of the earlier roadmap")
        )
        self.followup.setHorizontalHeaderLabels([tr("Earlier action"), tr("Status"), tr("Note")])
        self.followup.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.followup.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.followup.verticalHeader().hide()
        self.followup.setWordWrap(True)
        lower_layout.addWidget(self.followup, 1)
        splitter.addWidget(lower)
        session.documentReplaced.connect(self._document_replaced)
        session.changed.connect(self._changed)
        self._stale = False

    def _changed(self, kind: str) -> None:
        # Comparing is not free; only the visible page recomputes on every answer.
        if kind in ("answers", "roadmap", "participants") and self.earlier:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event: object) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)  # type: ignore[arg-type]

    def _document_replaced(self) -> None:
        self.earlier = []
        self.comparison = None
        self.load_linked()
        self.refresh()

    def load_linked(self) -> None:
        """Load the earlier assessments this one links to, where their files still exist."""
        from cxassess.core.storage import load_document

        doc = self.session.doc
        if doc is None:
            return
        for link in doc.previous:
            if (
                link.path
                and Path(link.path).is_file()
                and all(e.id != link.id for e in self.earlier)
            ):
                try:
                    self.earlier.append(load_document(Path(link.path)))
                except CxError:
                    continue

    def add_earlier(self, docs: list[Assessment]) -> None:
        """Compare with these assessments too."""
        current = self.session.doc
        for doc in docs:
            if (current is None or doc.id != current.id) and all(
                e.id != doc.id for e in self.earlier
            ):
                self.earlier.append(doc)
        self.refresh()

    def refresh(self) -> None:
        doc = self.session.doc
        if doc is None:
            return
        if not self.earlier:
            self.comparison = None
            self.summary.setText(
                tr(
                    "Open earlier assessments of the same team to see what moved. Files started from an earlier assessment are compared with it automatically."
                )
            )
            for table in (self.table, self.moved, self.followup):
                table.setRowCount(0)
            self.splitter.hide()  # empty charts and tables would only look broken
            return
        self.splitter.show()
        comparison = compare([*self.earlier, doc])
        self.comparison = comparison
        parts = [
            tr("%d assessments compared on the %d questions they share.")
            % (len(comparison.dates), len(comparison.questions))
        ]
        if comparison.added:
            parts.append(tr("New questions, not compared: %s.") % ", ".join(comparison.added))
        if comparison.removed:
            parts.append(tr("No longer asked: %s.") % ", ".join(comparison.removed))
        self.summary.setText(" ".join(parts))
        self._fill_table(comparison)
        self._fill_moved(comparison)
        self._fill_followup(doc)
        from cxassess.report.charts import trend_figure

        series = [(c.title, list(c.values)) for c in comparison.dimensions]
        series.append((tr("Overall"), list(comparison.overall.values)))
        points = doc.questionnaire.scale.points
        self.chart.set_figure(
            trend_figure(
                [date.fromisoformat(d) for d in comparison.dates], series, points, width_in=6.0
            )
        )

    def _fill_table(self, comparison: Comparison) -> None:
        headers = [tr("Dimension"), *comparison.dates, tr("Change"), tr("Meaning")]
        rows: list[Change] = [*comparison.dimensions, comparison.overall]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        verdict = {
            True: tr("clear change"),
            False: tr("could be chance"),
            None: tr("too few to tell"),
        }
        for r, change in enumerate(rows):
            values = [
                change.title,
                *[_num(v) for v in change.values],
                _num(change.change, True),
                verdict[change.clear]
                + ("" if change.margin is None else f" (±{change.margin:.2f})"),
            ]
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def _fill_moved(self, comparison: Comparison) -> None:
        moved = comparison.moved(1) + comparison.moved(-1)
        self.moved.setRowCount(len(moved))
        for r, change in enumerate(moved):
            for c, value in enumerate(
                (_num(change.change, True), change.title, _num(change.values[-1]))
            ):
                self.moved.setItem(r, c, QTableWidgetItem(value))
        self.moved.resizeRowsToContents()

    def _fill_followup(self, doc: Assessment) -> None:
        latest = max(self.earlier, key=lambda d: (d.assessed_on, d.created_at))
        items = earlier_items_status(doc, latest)
        self.followup.setRowCount(len(items))
        for r, (item, status, note) in enumerate(items):
            for c, value in enumerate((item.action, tr(STATUS_NAMES[status]), note)):
                self.followup.setItem(r, c, QTableWidgetItem(value))
        self.followup.resizeRowsToContents()
