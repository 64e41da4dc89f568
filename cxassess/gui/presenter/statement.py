"""The presenter's statement slide: the anonymous spread of answers with what each point
means, why the team talks about it, and what was agreed or re-voted."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout, QWidget

from cxassess.core import votes
from cxassess.core.discussion import DiscussionItem
from cxassess.core.document import Assessment
from cxassess.core.scoring import Scores
from cxassess.core.text import lower_first
from cxassess.gui.i18n import tr
from cxassess.gui.presenter.slides import BAR
from cxassess.gui.presenter.slides import big_label as _label
from cxassess.gui.widgets.common import clear_layout


class StatementSlide(QWidget):
    """One statement from the discussion list."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 28, 48, 16)
        self.where = _label("", 1.0, name="statementWhere")
        layout.addWidget(self.where)
        self.text = _label("", 1.9, bold=True, name="statementText")
        layout.addWidget(self.text)
        self.reason = _label("", 1.2, name="statementReason")
        layout.addWidget(self.reason)
        self.bars = QGridLayout()
        self.bars.setHorizontalSpacing(16)
        self.bars.setVerticalSpacing(8)
        layout.addLayout(self.bars)
        self.score = _label("", 1.3, bold=True, name="statementScore")
        layout.addWidget(self.score)
        self.comments = _label("", 0.95, name="statementComments")
        self.comments.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.comments)
        layout.addStretch(1)

    def show_for(
        self,
        doc: Assessment,
        scores: Scores,
        item: DiscussionItem,
        step: int,
        total: int,
        agreed: Any,
    ) -> None:
        """The statement at `step` of `total`, with its answers and any agreed score."""
        points = doc.questionnaire.scale.points
        q = doc.questionnaire
        stats = scores.question(item.question_id)
        question = q.question(item.question_id)
        self.where.setText(
            tr("Statement %d of %d · %s") % (step, total, q.dimension_of(item.question_id).title)
        )
        self.text.setText(question.text)
        why = tr("Why we talk about it: %s") % item.reason
        if item.evidence:
            why += "\n" + tr("A matter of record: bring %s, and score what it shows.") % (
                lower_first(item.evidence)
            )
        self.reason.setText(why)
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
        if stats.dont_know:
            words += " " + tr("%d did not know.") % stats.dont_know
        if stats.not_applicable:
            words += " " + tr("%d said it does not apply.") % stats.not_applicable
        if agreed is not None:
            words += " " + tr("Agreed: %.1f.") % agreed.score
        revote = votes.last_revote(doc, item.question_id)
        if revote is not None:
            after = votes.revote_result(doc, revote)
            if after.median_after is not None:
                words += " " + tr("Re-voted: median %s.") % f"{after.median_after:g}"
        self.score.setText(words)
        self._comments(doc, item.question_id)

    def _comments(self, doc: Assessment, question_id: str) -> None:
        """Up to three comments, without names, to start the conversation from."""
        from html import escape

        from cxassess.core.comments import shortened, statement_comments

        said = statement_comments(doc, question_id)
        self.comments.setVisible(bool(said))
        if said:
            shown, more = shortened(said, 3, 160)
            lines = "".join(f"<br/>“{escape(c)}”" for c in shown)
            extra = tr(" and %d more") % more if more else ""
            self.comments.setText(tr("<b>What people wrote</b>%s:") % extra + lines)


__all__ = ["StatementSlide"]
