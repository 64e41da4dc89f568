"""Answering: one question at a time, the anchors as choices, keyboard first."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxassess.gui.i18n import tr
from cxassess.gui.session import DocumentSession
from cxassess.gui.widgets import heading, muted, named

NOT_APPLICABLE = 0


class ChoiceButton(QPushButton):
    """One answer: the scale point, its label, and what you would see in the organisation.

    The text lives in a word-wrapping label, since a QPushButton cannot wrap, so long
    anchors stay readable on a small laptop screen and with large system fonts.
    """

    def __init__(self, value: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = value
        self.setCheckable(True)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        inner = QHBoxLayout(self)
        inner.setContentsMargins(10, 6, 10, 6)
        inner.addWidget(self.label)
        self.setStyleSheet(
            "QPushButton:checked { background: #1f4e79; border: 1px solid #163a5a; }"
        )
        self.toggled.connect(self._restyle)

    def _restyle(self, checked: bool) -> None:
        self.label.setStyleSheet("color: white;" if checked else "")

    def set_content(self, key: str, label: str, anchor: str) -> None:
        from html import escape

        text = f"<b>{escape(key)}</b>&nbsp;&nbsp;&nbsp;<b>{escape(label)}</b>"
        if anchor:
            text += f": {escape(anchor)}"
        self.label.setText(text)
        self.setAccessibleName(f"{label}. {anchor}" if anchor else label)
        self.setToolTip(anchor)
        self.updateGeometry()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(40, self.label.heightForWidth(width - 20) + 14)

    def sizeHint(self) -> QSize:
        width = max(300, self.width())
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.heightForWidth(max(300, self.width())))


class AnswerPage(QWidget):
    """Shows the current participant's questions; answers go to the session at once."""

    finished = Signal()  # the participant reached the end (or chose to finish)

    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answerPage")
        self.session = session
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
        comment_row.addWidget(QLabel(tr("&Comment (optional):")))
        self.comment = named(QLineEdit(), "commentEdit", tr("Comment on this answer"))
        self.comment.setPlaceholderText(tr("What have you seen that makes you answer this way?"))
        self.comment.editingFinished.connect(self._save_comment)
        self.comment.returnPressed.connect(self.go_next)
        comment_row.itemAt(0).widget().setBuddy(self.comment)
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
        self.keys_hint = muted(
            tr("Keys: 1–5 answer · 0 or N not applicable · Enter or → next · ← back"), "keysHint"
        )
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
        wanted = [*range(1, q.scale.points + 1), NOT_APPLICABLE]
        if list(self.buttons) == wanted:
            return
        for button in self.buttons.values():
            self.choices.removeButton(button)
            button.deleteLater()
        self.buttons = {}
        for value in wanted:
            button = ChoiceButton(value)
            button.setObjectName(f"choice{value}" if value else "choiceNA")
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.choices.addButton(button, value)
            self.choice_box.addWidget(button)
            self.buttons[value] = button

    def _build_overview(self) -> None:
        doc = self.session.require()
        self.overview.clear()
        while self.progress_box.count():
            item = self.progress_box.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
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
        doc = self.session.doc
        if doc is None or self.participant_id is None:
            return
        person = doc.participant(self.participant_id)
        index = 0
        for d_index, dim in enumerate(doc.questionnaire.dimensions):
            parent = self.overview.topLevelItem(d_index)
            done = 0
            for q_index, question in enumerate(dim.questions):
                child = parent.child(q_index)
                answer = person.answers.get(question.id)
                mark = (
                    "○"
                    if answer is None
                    else ("N/A" if answer.value is None else f"{answer.value}")
                )
                if answer is not None:
                    done += 1
                current = "▶ " if index == self.position else ""
                child.setText(0, f"{current}[{mark}] {question.text}")
                index += 1
            self.dimension_bars[dim.id].setValue(done)
        name = doc.display_names()[person.id]
        total = sum(1 for qid in self.question_ids if qid in person.answers)
        self.who.setText(
            tr("<b>Answering as %s</b><br/>%d of %d answered")
            % (name, total, len(self.question_ids))
        )

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
        self.help.setText(question.help)
        for value, button in self.buttons.items():
            if value == NOT_APPLICABLE:
                button.set_content("0", tr("Not applicable / don't know"), "")
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
            self.buttons[NOT_APPLICABLE if answer.value is None else answer.value].setChecked(True)
        self.comment.blockSignals(True)
        self.comment.setText(answer.comment if answer else "")
        self.comment.blockSignals(False)
        self.back_button.setEnabled(self.position > 0)
        last = self.position == len(self.question_ids) - 1
        self.next_button.setText(tr("&Done →") if last else tr("&Next →"))
        self._refresh_status()

    # --- answering ----------------------------------------------------------------
    def _choose(self, value: int) -> None:
        self.answer(value)

    def answer(self, value: int) -> None:
        """Record the answer for the current question (0 = not applicable)."""
        if self.participant_id is None:
            return
        qid = self.question_ids[self.position]
        self.session.set_answer(
            self.participant_id,
            qid,
            None if value == NOT_APPLICABLE else value,
            self.comment.text().strip(),
        )
        self.buttons[value].setChecked(True)

    def _save_comment(self) -> None:
        if self.participant_id is None or not self.question_ids:
            return
        qid = self.question_ids[self.position]
        self.session.set_comment(self.participant_id, qid, self.comment.text().strip())

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

    def _finish(self) -> None:
        self._save_comment()
        self.finished.emit()

    def _on_changed(self, kind: str) -> None:
        if kind == "answers" and self.isVisible() and self.participant_id is not None:
            # Undo and redo can change the shown answer.
            self.show_question()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        points = len(self.buttons) - 1
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and key - Qt.Key.Key_0 <= points:
            self.answer(key - Qt.Key.Key_0)
        elif key in (Qt.Key.Key_0, Qt.Key.Key_N):
            self.answer(NOT_APPLICABLE)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Right):
            self.go_next()
        elif key == Qt.Key.Key_Left:
            self.go_back()
        else:
            super().keyPressEvent(event)
