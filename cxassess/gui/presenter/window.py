"""The presenter: leads the room from the overview through the statements to discuss.

The projector shows only what the team may see together: the scores, and for each
statement the anonymous spread of answers with what each point means. The facilitator
records the agreed score on the control strip, which sits under the presentation on one
screen (H hides it) or in its own window on the laptop when a second screen is attached.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cxassess.core import votes
from cxassess.core.discussion import DiscussionItem, discussion_list
from cxassess.core.scoring import DimensionScore, Scores, score_document
from cxassess.core.text import tenths
from cxassess.core.votes import DotsResult, RevoteResult
from cxassess.gui.i18n import tr
from cxassess.gui.pages.results_page import radar_for
from cxassess.gui.presenter.controls import ControlStrip
from cxassess.gui.presenter.driver import DiscussionControls
from cxassess.gui.presenter.slides import ClosingSlide, IdeasSlide, RevoteSlide
from cxassess.gui.presenter.slides import big_label as _label
from cxassess.gui.presenter.statement import StatementSlide
from cxassess.gui.session import DocumentSession
from cxassess.gui.widgets.chart_view import ChartView
from cxassess.gui.widgets.common import clear_layout, named

INK = "#1b2a38"
BAR = "#1f4e79"
SOFT = "#5b6675"
OVERVIEW, STATEMENT, REVOTE, IDEAS, CLOSING = range(5)


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
        self.step = 0  # 0 is the overview; 1.. the statements; one more: the closing slide
        self.extra: list[str] = []  # divided statements brought in beyond those proposed
        self.result: RevoteResult | DotsResult | None = None  # a closed vote on screen
        self.setStyleSheet(
            f"QWidget#presenterWindow {{ background: white; }} QLabel {{ color: {INK}; }}"
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.timer_label = named(QLabel(), "presenterTimer", tr("Time left on this point"))
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.timer_label.setContentsMargins(0, 8, 24, 0)
        font = self.timer_label.font()
        font.setPointSizeF(max(12.0, font.pointSizeF()) * 1.5)
        font.setBold(True)
        self.timer_label.setFont(font)
        self.timer_label.hide()
        outer.addWidget(self.timer_label)
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.stack.addWidget(self._build_overview())
        self.statement = StatementSlide()
        self.stack.addWidget(self.statement)
        self.revote_slide = RevoteSlide()
        self.ideas_slide = IdeasSlide()
        self.closing_slide = ClosingSlide()
        for slide in (self.revote_slide, self.ideas_slide, self.closing_slide):
            self.stack.addWidget(slide)
        # Two rows for the facilitator: moving and agreeing; then the room's discussion.
        self.strip = QWidget()
        strip = QVBoxLayout(self.strip)
        strip.setContentsMargins(0, 0, 0, 0)
        strip.setSpacing(0)
        self.controls = ControlStrip(self)
        self.discussion = DiscussionControls(self)
        self.discussion.setStyleSheet("#presenterDiscussion { background: #eef1f4; }")
        strip.addWidget(self.controls)
        strip.addWidget(self.discussion)
        self.two_screens = len(QGuiApplication.screens()) > 1
        if self.two_screens:
            # The projector shows the presentation; the laptop keeps the controls.
            self.strip.setWindowFlag(Qt.WindowType.Window)
            self.strip.setWindowTitle(tr("Presenter controls"))
        else:
            outer.addWidget(self.strip)
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self.tick)
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
        self.footer = _label(
            tr("→ next · ← back · V re-vote · A agree · I ideas · D dots · T timer · N more · End"),
            0.85,
        )
        self.footer.setWordWrap(False)
        layout.addWidget(self.footer, 0, Qt.AlignmentFlag.AlignRight)
        return page

    # --- showing ---------------------------------------------------------------------------
    def _changed(self, kind: str) -> None:
        if not self.isVisible():
            return
        if kind in ("answers", "participants", "discussion") and self.showing_live():
            # A phone voted or sent an idea: the live slide's counts, not the whole deck.
            self.show_live()
            return
        self.refresh()

    def refresh(self) -> None:
        doc = self.session.doc
        if doc is None:
            return
        scores = score_document(doc)
        self.scores = scores
        ranked = discussion_list(doc.questionnaire, scores, doc.discussion_size)
        self.items = [i for i in ranked if i.proposed] + [
            i for i in ranked if not i.proposed and i.question_id in self.extra
        ]
        self.step = min(self.step, len(self.items) + 1)
        self._show_overview(scores)
        if self.showing_live():
            self.show_live()
        elif self.result is None:
            self._show_step()
        self.tick()

    # --- the room's discussion ----------------------------------------------------------
    def showing_live(self) -> bool:
        """True while a vote is open or ideas are being collected."""
        doc = self.session.doc
        return doc is not None and votes.phase(doc) != "waiting"

    def show_live(self) -> None:
        """The open vote (counts only) or the ideas arriving; otherwise back to the deck."""
        doc = self.session.require()
        count = votes.open_count(doc)
        phase = votes.phase(doc)
        self.discussion.show_state()
        if phase == "revote" and count is not None:
            self.result = None
            self.revote_slide.show_open(doc, count)
            self.stack.setCurrentIndex(REVOTE)
        elif phase == "dots" and count is not None:
            self.result = None
            self.ideas_slide.show_dots_open(doc, count)
            self.stack.setCurrentIndex(IDEAS)
        elif phase == "ideas":
            self.result = None
            self.ideas_slide.show_collecting(doc)
            self.stack.setCurrentIndex(IDEAS)
        elif self.result is None:
            self._show_step()

    def show_revote_result(self, result: RevoteResult) -> None:
        """Before and after; the median goes into the agreed score, for A to record."""
        self.result = result
        self.revote_slide.show_result(self.session.require(), result)
        self.stack.setCurrentIndex(REVOTE)
        if result.median_after is not None:
            self.controls.propose(result.median_after, result.rationale)
            self.discussion.say(tr("Re-vote closed: A records the proposed score and its reason."))
        else:
            self.discussion.say(tr("Re-vote closed: nobody voted, so nothing is proposed."))

    def show_ranking(self, result: DotsResult) -> None:
        """The ideas by dots, most first."""
        self.result = result
        self.ideas_slide.show_ranking(result)
        self.stack.setCurrentIndex(IDEAS)
        self.discussion.say(
            tr("Dot vote closed: 1 idea joined the roadmap as a suggestion.")
            if len(result.suggested) == 1
            else tr("Dot vote closed: %d ideas joined the roadmap as suggestions.")
            % len(result.suggested)
        )

    def accept_proposal(self) -> None:
        """A: record the proposed score (a re-vote's median) for the statement re-voted on,
        with the reason the strip shows (edited or not)."""
        result = self.result
        if not isinstance(result, RevoteResult) or result.median_after is None:
            self.discussion.say(
                tr("A records a re-vote's proposed score: close a re-vote first (V).")
                if not isinstance(result, RevoteResult)
                else tr("Nobody voted in the re-vote: there is no score to record.")
            )
            return
        self.session.set_agreed(
            "question",
            result.question,
            self.controls.score.value(),
            self.controls.rationale.text().strip(),
        )
        self.result = None
        self._show_step()
        self.discussion.say(tr("Recorded the agreed score."))

    def weakest_dimension(self) -> DimensionScore | None:
        """The area with the lowest score, for ideas asked from the overview."""
        scored = [d for d in (self.scores.dimensions if self.scores else []) if d.score is not None]
        return min(scored, key=lambda d: d.score or 0.0) if scored else None

    def bring_in(self) -> None:
        """N: the next divided statement that was not proposed for the hour."""
        if self._held():
            return
        doc = self.session.require()
        if self.scores is None:
            return
        shown = {i.question_id for i in self.items}
        ranked = discussion_list(doc.questionnaire, self.scores, doc.discussion_size)
        more = [i for i in ranked if i.question_id not in shown]
        if not more:
            self.discussion.say(tr("Every divided statement is already in the discussion."))
            return
        self.extra.append(more[0].question_id)
        self.items.append(more[0])
        self.result = None
        self.step = len(self.items)
        self._show_step()

    def closing(self) -> None:
        """End: what was agreed, and how to bring in another statement."""
        if self._held():
            return
        self.result = None
        self.step = len(self.items) + 1
        self._show_step()

    def tick(self) -> None:
        """The timer: minutes and seconds left; amber in the last minute, a calm 'time'
        at the end (no sound, no flashing)."""
        doc = self.session.doc
        left = votes.remaining_seconds(doc) if doc is not None else None
        if left is None:
            self.timer_label.hide()
            self._clock.stop()
            return
        if not self._clock.isActive():
            self._clock.start()
        self.timer_label.show()
        if left > 0:
            whole = int(left + 0.999)
            self.timer_label.setText(tr("%d:%02d left") % (whole // 60, whole % 60))
            colour = "#9a5b00" if left <= 60 else SOFT
        else:
            self.timer_label.setText(tr("Time to wrap up this point"))
            colour = "#1f4e79"
        self.timer_label.setStyleSheet(f"color: {colour};")

    def _show_overview(self, scores: Scores) -> None:
        doc = self.session.require()
        self.title.setText(doc.team or doc.organisation or tr("Results"))
        self._overview_line(scores)
        clear_layout(self.grid)
        for row, d in enumerate(scores.dimensions):
            self.grid.addWidget(_label(d.title, 1.3, bold=True), row * 2, 0)
            value = (
                tr("too few answers")
                if d.score is None
                else f"{tenths(d.score)} · {d.level.name if d.level else ''}"
            )
            if d.agreed is not None:
                value += tr("  (agreed %.1f)") % d.agreed
            self.grid.addWidget(_label(value, 1.2), row * 2 + 1, 0)
        self.radar.set_figure(radar_for(scores, self.session, font_scale=1.7))  # type: ignore[arg-type]

    def _overview_line(self, scores: Scores) -> None:
        o = scores.overall
        if o.score is None:
            self.overall.setText(tr("Not enough answers yet"))
        else:
            self.overall.setText(
                tr("Index %.0f of 100 · %s · %d people answered · %d statements to discuss")
                % (o.index, o.level.name if o.level else "", scores.respondents, len(self.items))
            )

    def current_item(self) -> DiscussionItem | None:
        return self.items[self.step - 1] if 0 < self.step <= len(self.items) else None

    def _show_step(self) -> None:
        doc = self.session.require()
        item = self.current_item()
        points = doc.questionnaire.scale.points
        agreed = doc.agreed_questions.get(item.question_id) if item is not None else None
        self.controls.show_item(item, agreed, points)
        self.discussion.show_state()
        if item is None and self.step > len(self.items):
            ranked = discussion_list(doc.questionnaire, self.scores, doc.discussion_size)  # type: ignore[arg-type]
            shown = {i.question_id for i in self.items}
            more = sum(1 for i in ranked if i.question_id not in shown)
            self.closing_slide.show_for(doc, [i.question_id for i in self.items], more)
            self.stack.setCurrentIndex(CLOSING)
            self.controls.where.setText(
                tr("Closing · N brings in another statement") if more else tr("Closing")
            )
            return
        if item is None:
            if self.scores is not None:
                self._overview_line(self.scores)
            self.stack.setCurrentIndex(OVERVIEW)
            self.controls.where.setText(tr("Overview · %d statements to discuss") % len(self.items))
            return
        assert self.scores is not None
        self.statement.show_for(doc, self.scores, item, self.step, len(self.items), agreed)
        self.stack.setCurrentIndex(STATEMENT)
        self.controls.where.setText(tr("Statement %d of %d") % (self.step, len(self.items)))

    # --- moving ----------------------------------------------------------------------------
    def _held(self) -> bool:
        """While a vote is open (or ideas arrive) the slide stays: the result belongs to
        the statement it is about."""
        if not self.showing_live():
            return False
        self.discussion.say(tr("Close what is open first (V, I or D), then move on."))
        return True

    def _moved(self) -> None:
        # The timer is for one discussion point: a new point starts without it.
        doc = self.session.doc
        if doc is not None and doc.discussion.timer is not None:
            self.session.discuss(votes.stop_timer)
        self.tick()

    def next(self) -> None:
        if self._held():
            return
        if self.result is not None:
            self.result = None  # leave the closed vote's slide for the statement
        elif self.step <= len(self.items):
            self.step += 1
            self._moved()
        self._show_step()

    def back(self) -> None:
        if self._held():
            return
        if self.result is not None:
            self.result = None
        elif self.step > 0:
            self.step -= 1
            self._moved()
        self._show_step()

    def overview(self) -> None:
        if self._held():
            return
        self.result = None
        self.step = 0
        self._show_step()

    def toggle_controls(self) -> None:
        self.strip.setVisible(not self.strip.isVisible())
        self.setFocus()

    def present(self) -> None:
        """Show full screen: on the second screen when there is one, with the controls here."""
        self.refresh()
        screens = QGuiApplication.screens()
        if self.two_screens:
            self.setScreen(screens[1])
            self.move(screens[1].geometry().topLeft())
            self.strip.show()
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
        elif key == Qt.Key.Key_V:
            self.discussion.revote()
        elif key == Qt.Key.Key_I:
            self.discussion.ideas()
        elif key == Qt.Key.Key_D:
            self.discussion.dots()
        elif key == Qt.Key.Key_T:
            self.discussion.timer()
        elif key == Qt.Key.Key_A:
            self.accept_proposal()
        elif key in (Qt.Key.Key_N, Qt.Key.Key_Plus):
            self.bring_in()
        elif key == Qt.Key.Key_End:
            self.closing()
        elif key in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.close()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: Any) -> None:
        if self.two_screens:
            self.strip.hide()
        self._clock.stop()
        super().closeEvent(event)


__all__ = ["ControlStrip", "PresenterWindow"]
