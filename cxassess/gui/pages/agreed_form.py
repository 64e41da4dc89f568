"""The form on the results screen where the team records the score it agreed on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxassess.core.scoring import Scores
from cxassess.core.text import lower_first
from cxassess.gui.i18n import tr
from cxassess.gui.pages.models import format_number
from cxassess.gui.session import DocumentSession
from cxassess.gui.widgets.common import muted, named


class AgreedForm(QWidget):
    """Choose a question or dimension, see its computed score, record the agreed one."""

    def __init__(
        self,
        session: DocumentSession,
        scores: Callable[[], Scores | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._scores = scores
        agreed_layout = QVBoxLayout(self)
        form = QFormLayout()
        agreed_layout.addLayout(form)
        agreed_layout.addStretch(1)
        form.addRow(
            muted(
                tr(
                    "After discussion, record the score the team agrees on. The computed score and everyone's answers stay as they are."
                ),
                "agreedHint",
            )
        )
        self.target = named(QComboBox(), "agreedTarget", tr("Question or dimension to agree on"))
        # Statements are long: the box must not set the page's width (1024 px projectors).
        self.target.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.target.setMinimumContentsLength(24)
        self.target.currentIndexChanged.connect(self.load)
        form.addRow(tr("&For:"), self.target)
        self.computed = named(QLabel(), "agreedComputed", tr("Computed score"))
        form.addRow(tr("Computed:"), self.computed)
        self.score = named(QDoubleSpinBox(), "agreedScore", tr("Agreed score"))
        self.score.setDecimals(1)
        self.score.setSingleStep(0.5)
        form.addRow(tr("Agreed &score:"), self.score)
        self.rationale = named(
            QPlainTextEdit(), "agreedRationale", tr("Why the team agreed on this score")
        )
        self.rationale.setPlaceholderText(tr("What the team saw that led to this score"))
        self.rationale.setMaximumHeight(110)
        form.addRow(tr("&Rationale:"), self.rationale)
        self.evidence = named(
            QLineEdit(), "agreedEvidence", tr("The document the team checked the score against")
        )
        self.evidence.setMaxLength(2000)
        form.addRow(tr("&Evidence:"), self.evidence)
        self.record_hint = muted("", "agreedRecordHint")
        form.addRow("", self.record_hint)
        row = QHBoxLayout()
        self.save = named(
            QPushButton(tr("Record agreed score")), "agreedSaveButton", tr("Record agreed score")
        )
        self.save.clicked.connect(self.record)
        self.clear = named(QPushButton(tr("Clear")), "agreedClearButton", tr("Clear agreed score"))
        self.clear.clicked.connect(lambda: self.record(clear=True))
        row.addWidget(self.save)
        row.addWidget(self.clear)
        row.addStretch(1)
        form.addRow(row)

    def refresh(self) -> None:
        """List the open document's dimensions and questions, keeping the choice."""
        doc = self.session.require()
        current = self.target.currentData()
        self.target.blockSignals(True)
        self.target.clear()
        for d in doc.questionnaire.dimensions:
            self.target.addItem(tr("Dimension: %s") % d.title, f"dimension:{d.id}")
        for _dim, qu in doc.questionnaire.questions():
            self.target.addItem(tr("Question %s: %s") % (qu.id, qu.text[:70]), f"question:{qu.id}")
        index = self.target.findData(current) if current else 0
        self.target.setCurrentIndex(max(0, index))
        self.target.blockSignals(False)
        self.score.setRange(0.0, float(doc.questionnaire.scale.points))
        self.score.setSpecialValueText(tr("none"))
        self.load()

    def select(self, kind: str, key: str) -> None:
        """Point the form at a question or dimension."""
        index = self.target.findData(f"{kind}:{key}")
        if index >= 0:
            self.target.setCurrentIndex(index)

    def load(self) -> None:
        """Show the chosen item's computed and agreed score."""
        data = self.target.currentData()
        scores = self._scores()
        if not data or scores is None:
            return
        kind, key = data.split(":", 1)
        doc = self.session.require()
        table = doc.agreed_questions if kind == "question" else doc.agreed_dimensions
        agreed = table.get(key)
        computed = scores.question(key).mean if kind == "question" else scores.dimension(key).score
        self.computed.setText(format_number(computed))
        self.score.setValue(agreed.score if agreed else 0.0)
        self.rationale.setPlainText(agreed.rationale if agreed else "")
        self.evidence.setText(agreed.evidence if agreed else "")
        # A statement of fact names the document that settles it; others may cite one too.
        record = doc.questionnaire.question(key).evidence if kind == "question" else ""
        self.evidence.setPlaceholderText(
            tr("Which document, and its date")
            if record
            else tr("Optional: a document, report or figure the team looked at")
        )
        self.record_hint.setText(
            tr("A matter of record: check %s and score what it shows.") % lower_first(record)
            if record
            else ""
        )
        self.record_hint.setVisible(bool(record))

    def record(self, clear: bool = False) -> None:
        """Record the agreed score (or clear it): an undoable change."""
        data = self.target.currentData()
        if not data:
            return
        kind, key = data.split(":", 1)
        score = self.score.value()
        if clear or score < 1:
            self.session.set_agreed(kind, key, None)
        else:
            self.session.set_agreed(
                kind,
                key,
                round(score, 1),
                self.rationale.toPlainText().strip(),
                self.evidence.text().strip(),
            )


__all__ = ["AgreedForm"]
