"""The presenter: leads the room from the overview through the statements to discuss.

The projector shows only what the team may see together: the scores, and for each
statement the anonymous spread of answers with what each point means. The facilitator
records the agreed score on the control strip, which sits under the presentation on one
screen (H hides it) or in its own window on the laptop when a second screen is attached.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cxassess.core.discussion import DiscussionItem, discussion_list
from cxassess.core.scoring import Scores, score_document
from cxassess.gui.i18n import tr
from cxassess.gui.pages.results_page import radar_for
from cxassess.gui.session import DocumentSession
from cxassess.gui.widgets.chart_view import ChartView
from cxassess.gui.widgets.common import clear_layout, named

INK = "#1b2a38"
BAR = "#1f4e79"


def _label(text: str, scale: float, bold: bool = False, name: str = "") -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(max(12.0, font.pointSizeF()) * scale)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    return label


class ControlStrip(QFrame):
    """Back, overview, next, and the agreed score with its one-line rationale."""

    def __init__(self, presenter: PresenterWindow) -> None:
        super().__init__()
        self.setObjectName("presenterControls")
        self.presenter = presenter
        self.setStyleSheet(
            "#presenterControls { background: #eef1f4; border-top: 1px solid #c9d1db; }"
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        for name, text, slot in (
            ("presenterBack", tr("◀ Back"), presenter.back),
            ("presenterOverview", tr("Overview"), presenter.overview),
            ("presenterNext", tr("Next ▶"), presenter.next),
        ):
            button = named(QPushButton(text), name, text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            row.addWidget(button)
        self.where = named(QLabel(), "presenterWhere", tr("Where the presentation is"))
        row.addWidget(self.where)
        row.addStretch(1)
        row.addWidget(QLabel(tr("Agreed:")))
        self.score = named(QDoubleSpinBox(), "presenterAgreedScore", tr("Agreed score"))
        self.score.setDecimals(1)
        self.score.setSingleStep(0.5)
        self.score.setSpecialValueText(tr("not set"))
        row.addWidget(self.score)
        self.rationale = named(QLineEdit(), "presenterRationale", tr("Why the team agreed this"))
        self.rationale.setPlaceholderText(tr("Why, in one line"))
        self.rationale.setMinimumWidth(120)
        self.rationale.returnPressed.connect(self.record)
        row.addWidget(self.rationale, 1)
        self.record_button = named(
            QPushButton(tr("Record")), "presenterRecord", tr("Record the agreed score")
        )
        self.record_button.clicked.connect(self.record)
        row.addWidget(self.record_button)
        self.hide_button = named(
            QPushButton(tr("Hide (H)")), "presenterHideControls", tr("Hide these controls")
        )
        self.hide_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide_button.clicked.connect(presenter.toggle_controls)
        row.addWidget(self.hide_button)

    def show_item(self, item: DiscussionItem | None, agreed: Any, points: int) -> None:
        self.score.setRange(0.0, float(points))
        editable = item is not None
        for widget in (self.score, self.rationale, self.record_button):
            widget.setEnabled(editable)
        self.score.setValue(agreed.score if agreed is not None else 0.0)
        self.rationale.setText(agreed.rationale if agreed is not None else "")

    def record(self) -> None:
        item = self.presenter.current_item()
        if item is None:
            return
        value = self.score.value()
        self.presenter.session.set_agreed(
            "question",
            item.question_id,
            value if value >= 1.0 else None,
            self.rationale.text().strip(),
        )
        self.presenter.setFocus()


class PresenterWindow(QWidget):
    """Overview, then one statement per screen from the discussion list."""

    def __init__(self, session: DocumentSession) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("presenterWindow")
        self.setAccessibleName(tr("Presenter view"))
        self.setWindowTitle(tr("cxassess: presenter view"))
        self.session = session
        self.items: list[DiscussionItem] = []
        self.scores: Scores | None = None
        self.step = 0  # 0 is the overview; 1.. the proposed statements
        self.setStyleSheet(
            f"QWidget#presenterWindow {{ background: white; }} QLabel {{ color: {INK}; }}"
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.stack.addWidget(self._build_overview())
        self.stack.addWidget(self._build_statement())
        self.controls = ControlStrip(self)
        self.two_screens = len(QGuiApplication.screens()) > 1
        if self.two_screens:
            # The projector shows the presentation; the laptop keeps the controls.
            self.controls.setParent(None)
            self.controls.setWindowFlag(Qt.WindowType.Window)
            self.controls.setWindowTitle(tr("Presenter controls"))
        else:
            outer.addWidget(self.controls)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        session.changed.connect(self._changed)

    # --- building --------------------------------------------------------------------------
    def _build_overview(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 28, 48, 16)
        self.title = _label("", 2.2, bold=True, name="presenterTitle")
        layout.addWidget(self.title)
        self.overall = _label("", 1.5, name="presenterOverall")
        layout.addWidget(self.overall)
        row = QHBoxLayout()
        self.radar = ChartView("presenterRadar", tr("Radar chart of dimension scores"))
        row.addWidget(self.radar, 3)
        self.grid = QGridLayout()
        holder = QWidget()
        holder.setLayout(self.grid)
        row.addWidget(holder, 2)
        layout.addLayout(row, 1)
        self.footer = _label(tr("→ next statement · ← back · Home overview · Esc leaves"), 0.85)
        self.footer.setWordWrap(False)
        layout.addWidget(self.footer, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _build_statement(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 28, 48, 16)
        self.s_where = _label("", 1.0, name="statementWhere")
        layout.addWidget(self.s_where)
        self.s_text = _label("", 1.9, bold=True, name="statementText")
        layout.addWidget(self.s_text)
        self.s_reason = _label("", 1.2, name="statementReason")
        layout.addWidget(self.s_reason)
        self.bars = QGridLayout()
        self.bars.setHorizontalSpacing(16)
        self.bars.setVerticalSpacing(8)
        layout.addLayout(self.bars)
        self.s_score = _label("", 1.3, bold=True, name="statementScore")
        layout.addWidget(self.s_score)
        layout.addStretch(1)
        return page

    # --- showing ---------------------------------------------------------------------------
    def _changed(self, _kind: str) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        doc = self.session.doc
        if doc is None:
            return
        scores = score_document(doc)
        self.scores = scores
        self.items = [
            i for i in discussion_list(doc.questionnaire, scores, doc.discussion_size) if i.proposed
        ]
        self.step = min(self.step, len(self.items))
        self._show_overview(scores)
        self._show_step()

    def _show_overview(self, scores: Scores) -> None:
        doc = self.session.require()
        self.title.setText(doc.team or doc.organisation or tr("Results"))
        o = scores.overall
        if o.score is None:
            self.overall.setText(tr("Not enough answers yet"))
        else:
            self.overall.setText(
                tr("Index %.0f of 100 · %s · %d people answered · %d statements to discuss")
                % (o.index, o.level.name if o.level else "", scores.respondents, len(self.items))
            )
        clear_layout(self.grid)
        for row, d in enumerate(scores.dimensions):
            self.grid.addWidget(_label(d.title, 1.3, bold=True), row * 2, 0)
            value = (
                tr("too few answers")
                if d.score is None
                else f"{d.score:.1f} · {d.level.name if d.level else ''}"
            )
            if d.agreed is not None:
                value += tr("  (agreed %.1f)") % d.agreed
            self.grid.addWidget(_label(value, 1.2), row * 2 + 1, 0)
        self.radar.set_figure(radar_for(scores, self.session, font_scale=1.7))  # type: ignore[arg-type]

    def current_item(self) -> DiscussionItem | None:
        return self.items[self.step - 1] if 0 < self.step <= len(self.items) else None

    def _show_step(self) -> None:
        doc = self.session.require()
        item = self.current_item()
        points = doc.questionnaire.scale.points
        agreed = doc.agreed_questions.get(item.question_id) if item is not None else None
        self.controls.show_item(item, agreed, points)
        if item is None:
            self.stack.setCurrentIndex(0)
            self.controls.where.setText(tr("Overview · %d statements to discuss") % len(self.items))
            return
        assert self.scores is not None
        q = doc.questionnaire
        stats = self.scores.question(item.question_id)
        question = q.question(item.question_id)
        self.s_where.setText(
            tr("Statement %d of %d · %s")
            % (self.step, len(self.items), q.dimension_of(item.question_id).title)
        )
        self.s_text.setText(question.text)
        self.s_reason.setText(tr("Why we talk about it: %s") % item.reason)
        clear_layout(self.bars)
        most = max(stats.distribution) if stats.distribution else 0
        for value in range(1, points + 1):
            count = stats.distribution[value - 1] if value - 1 < len(stats.distribution) else 0
            row = value - 1
            meaning = _label(
                f"<b>{value} · {q.scale.labels[value - 1]}</b>  {question.anchors[value - 1]}", 0.95
            )
            meaning.setTextFormat(Qt.TextFormat.RichText)
            self.bars.addWidget(meaning, row, 0)
            bar = QFrame()
            bar.setStyleSheet(f"background: {BAR}; border-radius: 3px;")
            bar.setFixedHeight(22)
            bar.setFixedWidth(int(260 * count / most) if most else 0)
            self.bars.addWidget(bar, row, 1, Qt.AlignmentFlag.AlignLeft)
            self.bars.addWidget(_label(str(count), 1.1, bold=True), row, 2)
        self.bars.setColumnStretch(0, 3)
        self.bars.setColumnMinimumWidth(1, 270)
        if stats.mean is None:
            words = tr("Nobody gave an answer on the scale.")
        elif stats.mean == int(stats.mean):
            words = tr("The team averages %.1f of %d: what %d describes.") % (
                stats.mean,
                points,
                int(stats.mean),
            )
        else:
            words = tr("The team averages %.1f of %d, between what %d and %d describe.") % (
                stats.mean,
                points,
                int(stats.mean),
                int(stats.mean) + 1,
            )
        if stats.not_applicable:
            words += " " + tr("%d could not say.") % stats.not_applicable
        if agreed is not None:
            words += " " + tr("Agreed: %.1f.") % agreed.score
        self.s_score.setText(words)
        self.stack.setCurrentIndex(1)
        self.controls.where.setText(tr("Statement %d of %d") % (self.step, len(self.items)))

    # --- moving ----------------------------------------------------------------------------
    def next(self) -> None:
        if self.step < len(self.items):
            self.step += 1
            self._show_step()

    def back(self) -> None:
        if self.step > 0:
            self.step -= 1
            self._show_step()

    def overview(self) -> None:
        self.step = 0
        self._show_step()

    def toggle_controls(self) -> None:
        self.controls.setVisible(not self.controls.isVisible())
        self.setFocus()

    def present(self) -> None:
        """Show full screen: on the second screen when there is one, with the controls here."""
        self.refresh()
        screens = QGuiApplication.screens()
        if self.two_screens:
            self.setScreen(screens[1])
            self.move(screens[1].geometry().topLeft())
            self.controls.show()
        self.showFullScreen()
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown):
            self.next()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.back()
        elif key == Qt.Key.Key_Home:
            self.overview()
        elif key == Qt.Key.Key_H:
            self.toggle_controls()
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: Any) -> None:
        if self.two_screens:
            self.controls.hide()
        super().closeEvent(event)


__all__ = ["ControlStrip", "PresenterWindow"]
