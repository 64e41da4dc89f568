"""The presenter's control strip: back, overview, next, and the agreed score with its
one-line rationale (a re-vote's median and reason are proposed here for one key)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton

from cxassess.core.discussion import DiscussionItem
from cxassess.gui.i18n import tr
from cxassess.gui.widgets.common import named

if TYPE_CHECKING:
    from cxassess.gui.presenter.window import PresenterWindow


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

    def propose(self, score: float, rationale: str) -> None:
        """Fill in a proposed agreed score (a re-vote's median) for one key to record."""
        self.score.setValue(score)
        self.rationale.setText(rationale)

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


__all__ = ["ControlStrip"]
