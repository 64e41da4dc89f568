"""Portfolio: many teams' assessment files from a folder, side by side in a sortable table."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxassess.core.text import level_figure
from cxassess.gui.background import BackgroundTask, Progress, describe
from cxassess.gui.i18n import tr
from cxassess.gui.portfolio.prepared import ask_prepared
from cxassess.gui.widgets.common import fit_to_screen, heading, muted, named

FILE_ROLE = Qt.ItemDataRole.UserRole + 1
TEAM_ROLE = Qt.ItemDataRole.UserRole + 3
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
GROUP_ROLE = Qt.ItemDataRole.UserRole + 4  # a group from several units: in no mean


def _load(folder: Path, progress: Progress) -> list[Any]:
    """Read and score each team's files, one at a time, stopping when cancelled."""
    from cxassess.core.portfolio import cxa_files, summarise

    files = cxa_files([folder])
    today = date.today()
    summaries = []
    for i, path in enumerate(files, start=1):
        progress.check()
        summaries.append(summarise(path, today))
        progress(i, len(files))
    return summaries


def _write(
    data: dict[str, Any],
    target: Path,
    lead: str = "",
    meeting: date | None = None,
    members: dict[str, str] | None = None,
) -> str:
    """Build and write the portfolio PDF (hundreds of teams take a while)."""
    from cxassess.core.storage import atomic_write_bytes
    from cxassess.report.portfolio_pdf import build_portfolio_report

    atomic_write_bytes(
        target,
        build_portfolio_report(data, data["levels"], lead=lead, meeting=meeting, members=members),
    )
    return str(target)


class PortfolioWindow(QWidget):
    """Every team in a folder: sort by any column, filter by organisation and date, open a
    team's file with a double-click, export the portfolio PDF."""

    def __init__(self, folder: Path, open_file: Callable[[Path], object], ask_save: Any) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("portfolioWindow")
        self.setWindowTitle(tr("Portfolio: %s") % folder)
        self.folder = folder
        self.open_file = open_file
        self.ask_save = ask_save
        # Who prepares it and for which meeting, asked before each export.
        self.ask_prepared: Callable[[QWidget], tuple[Any, ...] | None] = lambda parent: (
            ask_prepared(parent, self._organisations())
        )
        self.data: dict[str, Any] | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr("Portfolio"), "portfolioTitle"))
        self.summary = muted(tr("Reading the assessments in %s…") % folder, "portfolioSummary")
        layout.addWidget(self.summary)
        row = QHBoxLayout()
        self.progress = named(QProgressBar(), "portfolioProgress", tr("Loading progress"))
        self.cancel_button = named(QPushButton(tr("Cancel")), "portfolioCancel", tr("Cancel"))
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        filters = QHBoxLayout()
        self.organisation = named(QComboBox(), "portfolioOrganisation", tr("Organisation"))
        self.organisation.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.since = named(QDateEdit(), "portfolioSince", tr("Assessed since"))
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.export_button = named(
            QPushButton(tr("&Export PDF…")), "portfolioExport", tr("Export the portfolio PDF")
        )
        self.export_button.setEnabled(False)
        filters.addWidget(QLabel(tr("Organisation:")))
        filters.addWidget(self.organisation)
        filters.addWidget(QLabel(tr("Assessed since:")))
        filters.addWidget(self.since)
        filters.addStretch(1)
        filters.addWidget(self.export_button)
        layout.addLayout(filters)
        self.model = QStandardItemModel(self)
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = named(QTableView(), "portfolioTable", tr("Teams by area"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.doubleClicked.connect(self._open)
        layout.addWidget(self.view, 1)
        layout.addWidget(
            muted(tr("Double-click a team to open its latest assessment."), "portfolioHint")
        )
        self.organisation.currentIndexChanged.connect(self._filter)
        self.since.dateChanged.connect(self._filter)
        self.export_button.clicked.connect(self.export)
        fit_to_screen(self, 1000, 640)
        self.loader: BackgroundTask[list[Any]] = BackgroundTask(
            partial(_load, folder), "portfolio-load", self
        )
        self.loader.progress.connect(self._progress)
        self.loader.done.connect(self._loaded)
        self.loader.failed.connect(lambda error: self._failed(describe(error)))
        self.loader.cancelled.connect(lambda: self._failed(tr("Loading was cancelled.")))
        self.cancel_button.clicked.connect(self.loader.cancel)
        self.writer: BackgroundTask[str] | None = None
        self.loader.start()

    @Slot(int, int, str)
    def _progress(self, done: int, total: int, message: str = "") -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.summary.setText(message)

    @Slot(object)
    def _loaded(self, summaries: list[Any]) -> None:
        from cxassess.core.portfolio import portfolio

        self.progress.hide()
        self.cancel_button.hide()
        self.summaries = summaries
        self.data = data = portfolio(summaries)
        teams = data["teams"]
        shown = sum(1 for t in teams if not t["suppressed"])
        self.summary.setText(
            tr("%d teams (%d shown; teams under %d people are left out) from %d files.")
            % (len(teams), shown, data["min_respondents"], len(summaries))
        )
        dims = data["dimensions"]
        self.model.setHorizontalHeaderLabels(
            [tr("Team"), tr("Organisation"), tr("Assessed"), tr("People")]
            + [d["title"] for d in dims]
            + [tr("Overall"), tr("Since last time"), tr("Roadmap")]
        )
        for team in teams:
            cells = [
                _item(team["team"], team["team"].casefold()),
                _item(team["organisation"], team["organisation"].casefold()),
                _item(team["assessed_on"], team["assessed_on"]),
                _item(str(team["respondents"]), team["respondents"]),
            ]
            scores = [team.get("dimensions", {}).get(d["id"], {}) for d in dims]
            scores.append(team.get("overall", {}))
            for value in scores:
                if team["suppressed"]:
                    cells.append(_item(tr("suppressed"), None))
                else:
                    score = value.get("score")
                    # Two decimals where one would cross a level: "Aware (2.5)" misreads.
                    figure = (
                        level_figure(score, data.get("level_starts", []))
                        if score is not None
                        else ""
                    )
                    text = "–" if score is None else f"{value.get('level')} ({figure})"
                    cells.append(_item(text, score))
            cells.append(_trend_item(team))
            cells.append(_roadmap_item(team))
            if team.get("group"):
                # A group from several units answered for the organisation: the committee
                # sees it, but no mean or level count includes it.
                font = cells[0].font()
                font.setItalic(True)
                cells[0].setFont(font)
                cells[0].setData(True, GROUP_ROLE)
                cells[0].setToolTip(
                    tr("Its people come from %d units: %s. It counts in no average.")
                    % (len(team["units"]), ", ".join(team["units"]))
                )
            cells[0].setData(team["file"], FILE_ROLE)
            cells[0].setData(_team_key(team["organisation"], team["team"]), TEAM_ROLE)
            self.model.appendRow(cells)
        self.organisation.addItem(tr("All organisations"), "")
        for name in sorted({t["organisation"] for t in teams}):
            self.organisation.addItem(name or tr("(none)"), name)
        first = min((t["assessed_on"] for t in teams), default=date.today().isoformat())
        self.since.setDate(QDate.fromString(first, "yyyy-MM-dd"))
        self.export_button.setEnabled(True)
        self.view.sortByColumn(len(dims) + 4, Qt.SortOrder.AscendingOrder)
        self._count_shown()

    def _count_shown(self) -> None:
        """The subtitle counts the teams the table shows, after the filters."""
        if self.data is None:
            return
        rows = range(self.proxy.rowCount())
        shown = [self.proxy.index(r, 0).data(TEAM_ROLE) for r in rows]
        suppressed = sum(1 for r in rows if self.proxy.index(r, 4).data(SORT_ROLE) is None)
        groups = sum(1 for r in rows if self.proxy.index(r, 0).data(GROUP_ROLE))
        self.summary.setText(
            tr(
                "%d of %d teams listed (%d left out: under %d people or still answering), from %d files."
            )
            % (
                len(shown),
                len(self.data["teams"]),
                suppressed,
                self.data["min_respondents"],
                len(self.summaries),
            )
            + (
                " " + tr("%d in italics: a group from several units, counted in no mean.") % groups
                if groups
                else ""
            )
        )

    def _filter(self) -> None:
        # Qt 6.10 replaced invalidateFilter() with a begin/end pair around the change.
        begin = getattr(self.proxy, "beginFilterChange", None)
        if begin is not None:
            begin()
        self.proxy.organisation = self.organisation.currentData() or ""
        self.proxy.since = self.since.date().toString("yyyy-MM-dd")
        if begin is not None:
            self.proxy.endFilterChange()
        else:
            self.proxy.invalidateFilter()
        self._count_shown()

    def _open(self, index: Any) -> None:
        source = self.proxy.mapToSource(index)
        path = self.model.item(source.row(), 0).data(FILE_ROLE)
        if path:
            self.open_file(Path(path))

    def _organisations(self) -> list[str]:
        """The organisations of the teams the table shows, in name order."""
        rows = range(self.proxy.rowCount())
        names = {str(self.proxy.index(row, 1).data() or "") for row in rows}
        return sorted((n for n in names if n.strip()), key=str.casefold)

    def shown_data(self) -> dict[str, Any]:
        """The portfolio of exactly the teams the table shows (filters applied)."""
        from cxassess.core.portfolio import portfolio

        shown = {self.proxy.index(row, 0).data(TEAM_ROLE) for row in range(self.proxy.rowCount())}
        return portfolio([s for s in self.summaries if _team_key(s.organisation, s.team) in shown])

    def export(self) -> None:
        """Write the portfolio PDF of the teams shown, where the user says, off the GUI thread."""
        if self.data is None:
            return
        if self.proxy.rowCount() == 0:
            QMessageBox.information(
                self, tr("cxassess"), tr("No team is shown: change the filters to export.")
            )
            return
        data = self.shown_data()
        prepared = self.ask_prepared(self)
        if prepared is None:
            return
        lead, meeting, *more = prepared
        members: dict[str, str] = more[0] if more else {}
        target = self.ask_save(tr("Export the portfolio"), "portfolio.pdf", "PDF (*.pdf)")
        if target is None:
            return
        self.export_button.setEnabled(False)
        self.summary.setText(tr("Writing %s…") % target)
        self.writer = BackgroundTask(
            lambda progress: _write(data, Path(target), lead, meeting, members),
            "portfolio-pdf",
            self,
        )
        self.writer.done.connect(self._written)
        self.writer.failed.connect(lambda error: self._write_failed(str(error)))
        self.writer.start()

    @Slot(str)
    def _written(self, target: str) -> None:
        self.export_button.setEnabled(True)
        self.summary.setText(tr("Wrote %s.") % target)
        self.exported = target

    @Slot(str)
    def _write_failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        QMessageBox.warning(self, tr("The export failed; nothing was written"), message)

    def closeEvent(self, event: Any) -> None:
        self.loader.cancel()
        self.loader.wait(5000)
        if self.writer is not None:
            self.writer.wait(30_000)  # a PDF half-written must finish or not exist
        super().closeEvent(event)


class _Filter(QSortFilterProxyModel):
    organisation = ""
    since = ""

    def lessThan(self, left: Any, right: Any) -> bool:
        # A team without a figure (suppressed, or no score) goes last in either order: a
        # column sorted by score must start with the teams that have one.
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if (a is None) != (b is None):
            ascending = self.sortOrder() == Qt.SortOrder.AscendingOrder
            return (b is None) if ascending else (a is None)
        if a is None:
            return False
        return bool(a < b)

    def filterAcceptsRow(self, row: int, parent: Any) -> bool:
        model = self.sourceModel()
        org = model.index(row, 1, parent).data()
        when = model.index(row, 2, parent).data()
        return (not self.organisation or org == self.organisation) and (
            not self.since or when >= self.since
        )


def _team_key(organisation: str, team: str) -> str:
    return f"{organisation}\x1f{team}"


def _trend_item(team: dict[str, Any]) -> QStandardItem:
    change = team.get("change")
    if team["suppressed"]:
        return _item(tr("suppressed"), None)
    if change is None:
        return _item(tr("first assessment") if team["assessments"] < 2 else "–", None)
    text = tr("%.1f → %.1f (%+.1f%s) since %s") % (
        change["from"],
        change["to"],
        change["change"],
        "" if change["beyond"] else tr(", within the noise"),
        change["from_date"],
    )
    return _item(text, change["change"])


def _roadmap_item(team: dict[str, Any]) -> QStandardItem:
    if team["suppressed"]:
        return _item(tr("suppressed"), None)
    r = team["roadmap"]
    text = tr("%d accepted · %d done · %d overdue") % (r["accepted"], r["done"], r["overdue"])
    return _item(text, r["overdue"])


def _item(text: str, sort: object) -> QStandardItem:
    item = QStandardItem(text)
    item.setData(sort, SORT_ROLE)
    return item


__all__ = ["PortfolioWindow"]
