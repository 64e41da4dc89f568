"""Between participants: pass the laptop on without showing anything of the last person's answers."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxassess.gui.i18n import tr
from cxassess.gui.session import DocumentSession, answered_count
from cxassess.gui.widgets import heading, muted, named


class HandoverPage(QWidget):
    """Who answers next; shows only names and whether each person has finished."""

    startParticipant = Signal(str)
    showResults = Signal()

    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("handoverPage")
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.setSpacing(14)
        self.title = heading("", "handoverTitle")
        layout.addWidget(self.title)
        self.message = muted("", "handoverMessage")
        layout.addWidget(self.message)
        layout.addWidget(QLabel(tr("Who answers next?")))
        self.people = named(QListWidget(), "handoverList", tr("Participants"))
        self.people.itemActivated.connect(self._start_item)
        layout.addWidget(self.people, 1)
        self.start_button = named(
            QPushButton(tr("Start answering")),
            "handoverStartButton",
            tr("Start answering as the selected person"),
        )
        self.start_button.setDefault(True)
        self.start_button.setMinimumHeight(44)
        self.start_button.clicked.connect(lambda: self._start_item(self.people.currentItem()))
        layout.addWidget(self.start_button)
        self.results_button = named(
            QPushButton(tr("Everyone is done: show the results")),
            "handoverResultsButton",
            tr("Show the team's results"),
        )
        self.results_button.clicked.connect(self.showResults.emit)
        layout.addWidget(self.results_button)

    def prepare(self, previous: uuid.UUID | None) -> None:
        """Thank the last person (by name only) and list everyone with their progress."""
        doc = self.session.require()
        names = doc.display_names()
        if previous is not None:
            self.title.setText(tr("Thank you, %s.") % names[previous])
            self.message.setText(
                tr("Your answers are saved and hidden. Please pass the laptop to the next person.")
            )
        else:
            self.title.setText(tr("Pass the laptop around"))
            self.message.setText(
                tr(
                    "Each person answers privately; nobody sees anyone else's answers until the results."
                )
            )
        question_ids = [qu.id for _, qu in doc.questionnaire.questions()]
        self.people.clear()
        first_open = -1
        for row, person in enumerate(doc.participants):
            done = answered_count(person, question_ids)
            state = (
                tr("finished")
                if done == len(question_ids)
                else (tr("not started") if done == 0 else tr("in progress"))
            )
            item = QListWidgetItem(f"{names[person.id]}  ·  {state}")
            item.setData(Qt.ItemDataRole.UserRole, str(person.id))
            self.people.addItem(item)
            if first_open < 0 and done < len(question_ids) and person.id != previous:
                first_open = row
        self.people.setCurrentRow(max(0, first_open))
        self.results_button.setDefault(first_open < 0)
        self.people.setFocus()

    def _start_item(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.startParticipant.emit(item.data(Qt.ItemDataRole.UserRole))
