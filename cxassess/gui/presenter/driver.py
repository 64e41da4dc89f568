"""The facilitator's side of the room's discussion, on the presenter: the keys and the
row of controls that open and close re-votes, ideas and dot votes, and run the timer.

Every step is a core function (`core.votes`) run through the session; the core refuses
what the moment does not allow (a second vote, a vote before the reveal), and the
refusal is said on the control strip.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cxassess.core import votes
from cxassess.core.ballots import DEFAULT_DOTS, MAX_DOTS
from cxassess.core.collect import Refused
from cxassess.core.votes import DotsResult, RevoteResult
from cxassess.gui.i18n import tr
from cxassess.gui.widgets.common import named

if TYPE_CHECKING:
    from cxassess.gui.presenter.window import PresenterWindow


class MergeDialog(QDialog):
    """Pick duplicates among the ideas; they fold into the first one picked."""

    def __init__(self, parent: QWidget, ideas: list[tuple[str, str]]) -> None:
        super().__init__(parent)
        self.setObjectName("mergeIdeasDialog")
        self.setWindowTitle(tr("Merge duplicate ideas"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(tr("Select the ideas that say the same thing; they become the first one."))
        )
        self.list = named(QListWidget(), "mergeIdeasList", tr("Ideas"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        for idea_id, text in ideas:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, idea_id)
            self.list.addItem(item)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("&Merge"))
        ok.setEnabled(False)
        self.list.itemSelectionChanged.connect(
            lambda: ok.setEnabled(len(self.list.selectedItems()) >= 2)
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def chosen(self) -> list[str]:
        """The ids picked, in list order."""
        rows = sorted(self.list.row(i) for i in self.list.selectedItems())
        return [str(self.list.item(r).data(Qt.ItemDataRole.UserRole)) for r in rows]


class DiscussionControls(QFrame):
    """Re-vote (V), ideas (I), dot vote (D) with dots each, timer (T) with minutes, merge,
    another statement (N) and the close (End); and what the room is doing, in counts."""

    def __init__(self, presenter: PresenterWindow) -> None:
        super().__init__()
        self.presenter = presenter
        self.setObjectName("presenterDiscussion")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 0, 12, 6)
        self.buttons: dict[str, QPushButton] = {}
        self.per_person = named(QSpinBox(), "presenterDotsEach", tr("Dots each person has"))
        self.per_person.setRange(1, MAX_DOTS)
        self.per_person.setValue(DEFAULT_DOTS)
        self.per_person.setSuffix(tr(" dots"))
        self.minutes = named(QDoubleSpinBox(), "presenterMinutes", tr("Minutes for this point"))
        self.minutes.setRange(0.5, 180)
        self.minutes.setDecimals(1)
        self.minutes.setValue(5)
        self.minutes.setSuffix(tr(" min"))
        for key, text, slot, beside in (
            ("revote", tr("V Re-vote"), self.revote, None),
            ("ideas", tr("I Ideas"), self.ideas, None),
            ("dots", tr("D Dots"), self.dots, self.per_person),
            ("timer", tr("T Timer"), self.timer, self.minutes),
            ("merge", tr("Merge…"), self.merge, None),
            ("more", tr("N More"), presenter.bring_in, None),
            ("closing", tr("End"), presenter.closing, None),
        ):
            button = named(QPushButton(text), f"presenter_{key}", text)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            row.addWidget(button)
            if beside is not None:
                row.addWidget(beside)
            self.buttons[key] = button
        self._live = False  # the state line counts an open vote or ideas arriving
        self.state = named(QLabel(), "presenterRoomState", tr("What the room is doing"))
        self.state.setMinimumWidth(60)
        self.state.setWordWrap(True)  # two short lines rather than a cut one at 1024
        row.addWidget(self.state, 1)

    # --- steps -------------------------------------------------------------------------
    def _step(self, change: object, kind: str = "discussion") -> object | None:
        try:
            return self.presenter.session.discuss(change, kind)  # type: ignore[arg-type]
        except Refused as exc:
            self.say(exc.message)
            return None
        finally:
            self.presenter.setFocus()

    def say(self, text: str) -> None:
        """A line on the strip: a refusal, or what just happened."""
        self.state.setText(text)

    def revote(self) -> None:
        """Open a re-vote on the statement on screen, or close the one that is open."""
        doc = self.presenter.session.require()
        if votes.phase(doc) == "revote":
            result = self._step(votes.close_vote, "agreed")
            if isinstance(result, RevoteResult):
                self.presenter.show_revote_result(result)
            return
        item = self.presenter.current_item()
        if item is None:
            self.say(tr("Go to a statement first: the re-vote is on the statement on screen."))
            return
        if not votes.voters(doc):
            self.say(tr("Nobody is in the room: open the room so that phones can vote."))
            return
        if self._step(lambda d: votes.start_revote(d, item.question_id)) is not None:
            self.presenter.show_live()

    def ideas(self) -> None:
        """Ask the phones for ideas for the statement on screen (or the weakest area)."""
        doc = self.presenter.session.require()
        if votes.phase(doc) == "ideas":
            self._step(votes.close_vote)
            self.presenter.show_live()
            fresh = sum(1 for i in doc.discussion.live_ideas() if i.dots is None)
            self.say(tr("Stopped collecting ideas: %d ready for a dot vote (D).") % fresh)
            return
        item = self.presenter.current_item()
        q = doc.questionnaire
        if item is not None:
            prompt = tr("Ideas to move this up one level: %s") % q.question(item.question_id).text
            change = lambda d: votes.collect_ideas(d, prompt, question=item.question_id)  # noqa: E731
        else:
            weakest = self.presenter.weakest_dimension()
            if weakest is None:
                self.say(tr("There are no scores yet to ask for ideas about."))
                return
            prompt = tr("Ideas to strengthen %s") % weakest.title
            change = lambda d: votes.collect_ideas(d, prompt, dimension=weakest.dimension_id)  # noqa: E731
        if self._step(change) is not None:
            self.presenter.show_live()

    def dots(self) -> None:
        """Open a dot vote over the ideas, or close it and show the ranking."""
        doc = self.presenter.session.require()
        if votes.phase(doc) == "dots":
            result = self._step(votes.close_vote, "roadmap")
            if isinstance(result, DotsResult):
                self.presenter.show_ranking(result)
            return
        per_person = self.per_person.value()
        if self._step(lambda d: votes.start_dots(d, per_person)) is not None:
            self.presenter.show_live()

    def timer(self) -> None:
        """Start the timer for this point, or stop the one running."""
        doc = self.presenter.session.require()
        if doc.discussion.timer is not None:
            self._step(votes.stop_timer)
        else:
            minutes = self.minutes.value()
            self._step(lambda d: votes.start_timer(d, minutes))
        self.presenter.tick()

    def merge(self) -> None:
        """Fold duplicate ideas into one."""
        import uuid

        doc = self.presenter.session.require()
        ideas = [(str(i.id), i.text) for i in doc.discussion.live_ideas()]
        if len(ideas) < 2:
            self.say(tr("There are fewer than two ideas: nothing to merge."))
            return
        dialog = MergeDialog(self.window(), ideas)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        first, *rest = [uuid.UUID(i) for i in dialog.chosen()]
        if self._step(lambda d: votes.merge_ideas(d, first, rest)) is not None:
            self.say(tr("Merged %d ideas into one.") % (len(rest) + 1))
            self.presenter.show_live()

    def show_state(self) -> None:
        """Counts only: who is in the room, and how many voted in the open vote."""
        doc = self.presenter.session.require()
        count = votes.open_count(doc)
        phase = votes.phase(doc)
        for key, open_text, closed_text in (
            ("revote", tr("V Close re-vote"), tr("V Re-vote")),
            ("dots", tr("D Close dots"), tr("D Dots")),
            ("ideas", tr("I Stop ideas"), tr("I Ideas")),
        ):
            self.buttons[key].setText(open_text if phase == key else closed_text)
        if count is not None:
            what = tr("Re-vote") if count.kind == "revote" else tr("Dot vote")
            self.say(tr("%s: %d of %d voted") % (what, count.voted, count.voters))
            self._live = True
        elif phase == "ideas":
            fresh = sum(1 for i in doc.discussion.live_ideas() if i.dots is None)
            self.say(tr("Collecting ideas: %d so far") % fresh)
            self._live = True
        elif self._live:
            self.say("")  # what was counting is over; the step that closed it says so
            self._live = False


__all__ = ["DiscussionControls", "MergeDialog"]
