"""Presenter mode: full-screen team results in large type for a projector, no names or answers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cxassess.core.scoring import score_document
from cxassess.gui.chart_view import ChartView
from cxassess.gui.i18n import tr
from cxassess.gui.results_page import radar_for
from cxassess.gui.session import DocumentSession


class PresenterWindow(QWidget):
    """Shows only aggregated scores: the radar, each dimension's score and level, the agenda size."""

    def __init__(self, session: DocumentSession) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("presenterWindow")
        self.setAccessibleName(tr("Presenter view"))
        self.setWindowTitle(tr("cxassess: presenter view"))
        self.session = session
        self.setStyleSheet(
            "QWidget#presenterWindow { background: white; } QLabel { color: #1b2a38; }"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        self.title = self._label("", 2.4, bold=True)
        layout.addWidget(self.title)
        self.overall = self._label("", 1.7)
        layout.addWidget(self.overall)
        row = QHBoxLayout()
        self.radar = ChartView("presenterRadar", tr("Radar chart of dimension scores"))
        row.addWidget(self.radar, 3)
        self.grid = QGridLayout()
        holder = QWidget()
        holder.setLayout(self.grid)
        row.addWidget(holder, 2)
        layout.addLayout(row, 1)
        self.footer = self._label(tr("Esc or F11 to leave"), 0.9)
        layout.addWidget(self.footer, 0, Qt.AlignmentFlag.AlignRight)
        session.changed.connect(self._changed)

    def _changed(self, _kind: str) -> None:
        if self.isVisible():
            self.refresh()

    def _label(self, text: str, scale: float, bold: bool = False) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setPointSizeF(max(12.0, font.pointSizeF()) * scale)
        font.setBold(bold)
        label.setFont(font)
        label.setWordWrap(True)
        return label

    def refresh(self) -> None:
        doc = self.session.doc
        if doc is None:
            return
        scores = score_document(doc)
        self.title.setText(doc.team or doc.organisation or tr("Results"))
        o = scores.overall
        if o.score is None:
            self.overall.setText(tr("Not enough answers yet"))
        else:
            agenda = len(scores.agenda())
            self.overall.setText(
                tr("Index %.0f of 100 · %s · %d respondents · %d statements to discuss")
                % (o.index, o.level.name if o.level else "", scores.respondents, agenda)
            )
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for row, d in enumerate(scores.dimensions):
            self.grid.addWidget(self._label(d.title, 1.4, bold=True), row * 2, 0)
            value = (
                tr("insufficient data")
                if d.score is None
                else f"{d.score:.1f} · {d.level.name if d.level else ''}"
            )
            if d.agreed is not None:
                value += tr("  (agreed %.1f)") % d.agreed
            self.grid.addWidget(self._label(value, 1.3), row * 2 + 1, 0)
        self.radar.set_figure(radar_for(scores, self.session, font_scale=1.7))  # type: ignore[arg-type]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.close()
        else:
            super().keyPressEvent(event)
