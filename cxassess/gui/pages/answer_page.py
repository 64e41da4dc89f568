"""Answering: one question at a time, the anchors as choices, keyboard first."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxassess.core.document import Answer
from cxassess.gui.i18n import tr
from cxassess.gui.pages.answer_widgets import ChoiceButton, CommentEdit
from cxassess.gui.prompts import Prompts
from cxassess.gui.session import DocumentSession
from cxassess.gui.widgets.common import clear_layout, heading, muted, named

NOT_APPLICABLE = 0
DONT_KNOW = 100  # a button id beyond any scale point (QButtonGroup keeps -1 for "none")
COMMENT_SAVE_MS = 100  # after the last key: with the 400 ms backup, on disk within half a second


_MARKS = {"na": "N/A", "dont_know": "?"}


def _choice(answer: Answer) -> int:
    """The button that shows this answer."""
    if answer.value is not None:
        return answer.value
    return DONT_KNOW if answer.dont_know else NOT_APPLICABLE


class AnswerPage(QWidget):
    """Shows the current participant's questions; answers go to the session at once."""

    finished = Signal()  # the participant reached the end (or chose to finish)

    def __init__(
        self, session: DocumentSession, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("answerPage")
        self.session = session
        self.prompts = prompts
        self._rows: list[QTreeWidgetItem] = []
        self._marks: list[tuple[bool, str]] = []  # what each overview row shows now
        self.participant_id: uuid.UUID | None = None
        self.question_ids: list[str] = []
        self.position = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(12, 12, 6, 12)
        self.who = named(QLabel(), "answeringAs", tr("Answering as"))
        self.who.setWordWrap(True)
        side_layout.addWidget(self.who)
        self.overview = named(
            QTreeWidget(),
            "overviewTree",
            tr("Overview of questions"),
            tr("Jump to any question; unanswered ones are marked ○"),
        )
        self.overview.setHeaderHidden(True)
        self.overview.itemActivated.connect(self._jump)
        self.overview.itemClicked.connect(self._jump)
        side_layout.addWidget(self.overview, 1)
        self.progress_box = QVBoxLayout()
        side_layout.addLayout(self.progress_box)
        self.dimension_bars: dict[str, QProgressBar] = {}
        splitter.addWidget(side)

        main = QWidget()
        layout = QVBoxLayout(main)
        layout.setContentsMargins(24, 16, 24, 16)
        self.crumb = named(QLabel(), "questionCrumb", tr("Dimension and question number"))
        layout.addWidget(self.crumb)
        self.question = heading("", "questionText", level=2)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.question)
        self.help = muted("", "questionHelp")
        layout.addWidget(self.help)
        self.choices = QButtonGroup(self)
        self.choices.setExclusive(True)
        self.choice_box = QVBoxLayout()
        self.choice_box.setSpacing(6)
        layout.addLayout(self.choice_box)
        self.buttons: dict[int, ChoiceButton] = {}
        self.choices.idClicked.connect(self._choose)
        comment_row = QHBoxLayout()
        comment_label = QLabel(tr("&Comment (optional):"))
        comment_row.addWidget(comment_label)
        self.comment = named(CommentEdit(), "commentEdit", tr("Comment on this answer"))
        self.comment.setPlaceholderText(tr("What have you seen that makes you answer this way?"))
        self.comment.editingFinished.connect(self._save_comment)
        # A comment is kept as it is typed (and so backed up), not only when the box is
        # left: a crash mid-sentence loses at most the last fraction of a second.
        self._comment_timer = QTimer(self)
        self._comment_timer.setSingleShot(True)
        self._comment_timer.setInterval(COMMENT_SAVE_MS)
        self._comment_timer.timeout.connect(lambda: self._save_comment(typing=True))
        self.comment.textEdited.connect(lambda _text: self._comment_timer.start())
        self.comment.submitted.connect(self._comment_submitted)
        self.comment.left.connect(self._comment_left)
        comment_label.setBuddy(self.comment)
        comment_row.addWidget(self.comment, 1)
        layout.addLayout(comment_row)
        nav = QHBoxLayout()
        self.back_button = named(QPushButton(tr("← &Back")), "backButton", tr("Previous question"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button = named(QPushButton(tr("&Next →")), "nextButton", tr("Next question"))
        self.next_button.clicked.connect(self.go_next)
        self.finish_button = named(
            QPushButton(tr("&Finish")), "finishButton", tr("Finish answering")
        )
        self.finish_button.clicked.connect(self._finish)
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.finish_button)
        nav.addWidget(self.next_button)
        layout.addLayout(nav)
        self.keys_hint = muted("", "keysHint")
        layout.addWidget(self.keys_hint)
        layout.addStretch(1)
        splitter.addWidget(main)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([270, 900])

        session.changed.connect(self._on_changed)

    # --- which person and question ------------------------------------------------
    def start(self, participant_id: uuid.UUID, position: int | None = None) -> None:
        """Answer as this participant, from the first unanswered question."""
        doc = self.session.require()
        q = doc.questionnaire
        self.participant_id = participant_id
        self.question_ids = [qu.id for _, qu in q.questions()]
        person = doc.participant(participant_id)
        if position is None:
            unanswered = [i for i, qid in enumerate(self.question_ids) if qid not in person.answers]
            position = unanswered[0] if unanswered else 0
        self.position = position
        self._build_choices()
        self._build_overview()
        self.show_question()
        self.setFocus()

    def _build_choices(self) -> None:
        q = self.session.require().questionnaire
        wanted = [*range(1, q.scale.points + 1), DONT_KNOW, NOT_APPLICABLE]
        if list(self.buttons) == wanted:
            return
        for button in self.buttons.values():
            self.choices.removeButton(button)
            button.deleteLater()
        clear_layout(self.choice_box)
        self.buttons = {}
        # The two answers without a point share a row: on a 768-pixel projector the five
        # anchors need the height.
        empties = QHBoxLayout()
        empties.setSpacing(6)
        names = {DONT_KNOW: "choiceDK", NOT_APPLICABLE: "choiceNA"}
        for value in wanted:
            button = ChoiceButton(value)
            button.setObjectName(names.get(value, f"choice{value}"))
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.choices.addButton(button, value)
            if value in names:
                empties.addWidget(button)
            else:
                self.choice_box.addWidget(button)
            self.buttons[value] = button
        self.choice_box.addLayout(empties)

    def _build_overview(self) -> None:
        doc = self.session.require()
        self.overview.clear()
        self._rows = []
        self._marks = []
        clear_layout(self.progress_box)
        self.dimension_bars = {}
        index = 0
        for dim in doc.questionnaire.dimensions:
            parent = QTreeWidgetItem([dim.title])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.overview.addTopLevelItem(parent)
            for question in dim.questions:
                child = QTreeWidgetItem([question.text])
                child.setData(0, Qt.ItemDataRole.UserRole, index)
                child.setToolTip(0, question.text)
                parent.addChild(child)
                self._rows.append(child)
                self._marks.append((False, ""))
                index += 1
            bar = named(QProgressBar(), f"progress_{dim.id}", tr("Progress in %s") % dim.title)
            bar.setRange(0, len(dim.questions))
            bar.setFormat(f"{dim.title}: %v/%m")
            bar.setTextVisible(True)
            self.progress_box.addWidget(bar)
            self.dimension_bars[dim.id] = bar
        self.overview.expandAll()
        self._refresh_status()

    def _refresh_status(self) -> None:
        """Bring the overview, progress bars and count up to date, touching only what changed.

        This runs on every answer: rewriting all rows each time cost dozens of Qt calls
        per click.
        """
        doc = self.session.doc
        if doc is None or self.participant_id is None:
            return
        person = doc.participant(self.participant_id)
        q = doc.questionnaire
        changed_dims: set[str] = set()
        for index, qid in enumerate(self.question_ids):
            answer = person.answers.get(qid)
            mark = "○" if answer is None else _MARKS.get(answer.kind, str(answer.value))
            state = (index == self.position, mark)
            old = self._marks[index]
            if old != state:
                if old[1] != mark:
                    changed_dims.add(q.dimension_of(qid).id)
                self._marks[index] = state
                pointer = "▶ " if state[0] else ""
                self._rows[index].setText(0, f"{pointer}[{mark}] {q.question(qid).text}")
        for dim in q.dimensions:
            if dim.id in changed_dims:
                done = sum(1 for qu in dim.questions if qu.id in person.answers)
                self.dimension_bars[dim.id].setValue(done)
        name = doc.display_names()[person.id]
        total = sum(1 for qid in self.question_ids if qid in person.answers)
        text = tr("<b>Answering as %s</b><br/>%d of %d answered") % (
            name,
            total,
            len(self.question_ids),
        )
        if self.who.text() != text:
            self.who.setText(text)

    def show_question(self) -> None:
        doc = self.session.require()
        q = doc.questionnaire
        qid = self.question_ids[self.position]
        question = q.question(qid)
        dim = q.dimension_of(qid)
        self.crumb.setText(
            tr("%s · question %d of %d") % (dim.title, self.position + 1, len(self.question_ids))
        )
        self.question.setText(question.text)
        self.question.setAccessibleName(question.text)
        labels = q.scale.labels
        self.help.setText(
            "\n".join(
                [
                    question.help,
                    *(
                        tr("For %d (%s), look for: %s") % (point, labels[point - 1], text)
                        for point, text in sorted(question.look_for.items())
                    ),
                ]
            )
        )
        for value, button in self.buttons.items():
            if value == NOT_APPLICABLE:
                # Offered only where the statement says when it may not apply.
                button.set_content("0", tr("Not applicable"), question.not_applicable)
                button.setVisible(q.allows_na(qid))
                self.keys_hint.setText(
                    tr(
                        "Keys: 1–5 answer · D don't know · 0 not applicable · Enter or → next · ← back"
                    )
                    if q.allows_na(qid)
                    else tr("Keys: 1–5 answer · D don't know · Enter or → next · ← back")
                )
            elif value == DONT_KNOW:
                button.set_content("D", tr("Don't know"), "")
            else:
                button.set_content(
                    str(value), q.scale.labels[value - 1], question.anchors[value - 1]
                )
        assert self.participant_id is not None
        answer = doc.participant(self.participant_id).answers.get(qid)
        self.choices.setExclusive(False)
        for button in self.buttons.values():
            button.setChecked(False)
        self.choices.setExclusive(True)
        if answer is not None:
            self.buttons[_choice(answer)].setChecked(True)
        self.comment.blockSignals(True)
        self.comment.setText(answer.comment if answer else "")
        self.comment.blockSignals(False)
        self.back_button.setEnabled(self.position > 0)
        last = self.position == len(self.question_ids) - 1
        self.next_button.setText(tr("&Done →") if last else tr("&Next →"))
        self._refresh_status()

    def clear(self) -> None:
        """Forget the person: nothing of their answers stays in the widgets."""
        self.participant_id = None
        self.choices.setExclusive(False)
        for button in self.buttons.values():
            button.setChecked(False)
        self.choices.setExclusive(True)
        self.comment.blockSignals(True)
        self.comment.clear()
        self.comment.blockSignals(False)
        self.overview.clear()
        self._rows, self._marks = [], []
        self.who.clear()

    # --- answering ----------------------------------------------------------------
    def _choose(self, value: int) -> None:
        self.answer(value)

    def answer(self, value: int) -> None:
        """Record the answer for the current question (0 = not applicable, DONT_KNOW)."""
        if self.participant_id is None:
            return
        qid = self.question_ids[self.position]
        if value == NOT_APPLICABLE and not self.session.require().questionnaire.allows_na(qid):
            return
        self.session.set_answer(
            self.participant_id,
            qid,
            None if value in (NOT_APPLICABLE, DONT_KNOW) else value,
            self.comment.text().strip(),
            dont_know=value == DONT_KNOW,
        )

    def _save_comment(self, typing: bool = False) -> None:
        if not typing:
            self._comment_timer.stop()
        if self.participant_id is None or not self.question_ids:
            return
        qid = self.question_ids[self.position]
        self.session.set_comment(
            self.participant_id, qid, self.comment.text().strip(), typing=typing
        )

    def go_next(self) -> None:
        self._save_comment()
        if self.position < len(self.question_ids) - 1:
            self.position += 1
            self.show_question()
        else:
            self._finish()

    def go_back(self) -> None:
        self._save_comment()
        if self.position > 0:
            self.position -= 1
            self.show_question()

    def _jump(self, item: QTreeWidgetItem) -> None:
        index = item.data(0, Qt.ItemDataRole.UserRole)
        if index is not None:
            self._save_comment()
            self.position = int(index)
            self.show_question()
            self.setFocus()

    def _comment_submitted(self) -> None:
        self.setFocus()
        self.go_next()

    def _comment_left(self) -> None:
        self._save_comment()
        self.setFocus()

    def _finish(self) -> None:
        """Finish, after a warning that lists what is still unanswered."""
        from cxassess.core.people import unanswered

        self._save_comment()
        if self.participant_id is None:
            return
        doc = self.session.require()
        missing = unanswered(doc, doc.participant(self.participant_id))
        if missing:
            listed = [f"• {qu.text}" for qu in missing[:8]]
            if len(missing) > 8:
                listed.append(tr("… and %d more") % (len(missing) - 8))
            choice = self.prompts.ask(
                "unansweredDialog",
                tr("%d statements are not answered yet:") % len(missing),
                "\n".join(listed)
                + "\n\n"
                + tr("'Don't know' (key D) and 'Not applicable' (key 0) are answers too."),
                [("back", tr("&Go back to them")), ("finish", tr("&Finish anyway"))],
            )
            if choice != "finish":
                first = self.question_ids.index(missing[0].id)
                self.position = first
                self.show_question()
                self.setFocus()
                return
        self.finished.emit()

    def _on_changed(self, kind: str) -> None:
        if kind == "answers" and self.isVisible() and self.participant_id is not None:
            # Undo and redo can change the shown answer; the texts stay as they are.
            self._sync_choice()
            self._refresh_status()

    def _sync_choice(self) -> None:
        assert self.participant_id is not None
        answer = (
            self.session.require()
            .participant(self.participant_id)
            .answers.get(self.question_ids[self.position])
        )
        wanted = None if answer is None else _choice(answer)
        checked = self.choices.checkedId()
        if wanted is None and checked != -1:
            self.choices.setExclusive(False)
            self.buttons[checked].setChecked(False)
            self.choices.setExclusive(True)
        elif wanted is not None and checked != wanted:
            self.buttons[wanted].setChecked(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        points = len(self.buttons) - 2
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and key - Qt.Key.Key_0 <= points:
            self.answer(key - Qt.Key.Key_0)
        elif key in (Qt.Key.Key_0, Qt.Key.Key_N):
            self.answer(NOT_APPLICABLE)
        elif key in (Qt.Key.Key_D, Qt.Key.Key_Question):
            self.answer(DONT_KNOW)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Right):
            self.go_next()
        elif key == Qt.Key.Key_Left:
            self.go_back()
        else:
            super().keyPressEvent(event)
