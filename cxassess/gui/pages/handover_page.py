"""Between participants: pass the laptop on, seal what is finished, reveal when ready."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from cxassess.core.problems import CxError
from cxassess.gui.i18n import tr
from cxassess.gui.prompts import Prompts
from cxassess.gui.session import DocumentSession
from cxassess.gui.widgets.common import heading, muted, named, show_error


class HandoverPage(QWidget):
    """Who answers next. Shows names and progress only; finished people are sealed."""

    startParticipant = Signal(str)
    revealed = Signal()
    roomRequested = Signal()

    def __init__(
        self, session: DocumentSession, prompts: Prompts, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handoverPage")
        self.session = session
        self.prompts = prompts
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.setSpacing(10)
        self.title = heading("", "handoverTitle")
        layout.addWidget(self.title)
        self.message = muted("", "handoverMessage")
        layout.addWidget(self.message)
        layout.addWidget(QLabel(tr("Who answers next?")))
        self.people = named(QListWidget(), "handoverList", tr("Participants"))
        # Read from across the room on a projector.
        font = self.people.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        self.people.setFont(font)
        self.people.setSpacing(3)
        self.people.itemActivated.connect(self._start_item)
        self.people.currentItemChanged.connect(lambda *_: self._selection_changed())
        layout.addWidget(self.people, 1)
        self.sealed_note = muted("", "sealedNote")
        layout.addWidget(self.sealed_note)
        row = QHBoxLayout()
        self.start_button = named(
            QPushButton(tr("Start answering")),
            "handoverStartButton",
            tr("Start answering as the selected person"),
        )
        self.start_button.setDefault(True)
        self.start_button.setMinimumHeight(44)
        self.start_button.clicked.connect(lambda: self._start_item(self.people.currentItem()))
        row.addWidget(self.start_button, 1)
        self.unlock_button = named(
            QPushButton(tr("&Unlock…")),
            "handoverUnlockButton",
            tr("Let the selected person change their sealed answers (facilitator)"),
        )
        self.unlock_button.clicked.connect(self._unlock)
        row.addWidget(self.unlock_button)
        layout.addLayout(row)
        self.room_button = named(
            QPushButton(tr("Open the &room: answer on phones…")),
            "openRoomButton",
            tr("Let participants answer on their own phones over this network"),
        )
        self.room_button.setMinimumHeight(36)
        self.room_button.clicked.connect(self.roomRequested.emit)
        layout.addWidget(self.room_button)
        self.results_button = named(
            QPushButton(tr("Reveal the results…")),
            "handoverResultsButton",
            tr("Show the team's results (facilitator)"),
        )
        self.results_button.setMinimumHeight(36)
        self.results_button.clicked.connect(self.reveal)
        layout.addWidget(self.results_button)
        session.changed.connect(self._on_changed)

    def _on_changed(self, kind: str) -> None:
        if kind in ("participants", "answers") and self.isVisible():
            self.prepare(None, keep_message=True)

    def prepare(self, previous: uuid.UUID | None, keep_message: bool = False) -> None:
        """Thank the last person (by name only) and list everyone with their progress."""
        doc = self.session.require()
        names = doc.display_names()
        if keep_message:
            pass
        elif previous is not None:
            self.title.setText(tr("Thank you, %s.") % names[previous])
            self.message.setText(
                tr(
                    "Your answers are saved and sealed: nobody can open them on this laptop. "
                    "Please pass the laptop to the next person."
                )
            )
        else:
            self.title.setText(tr("Pass the laptop around"))
            referent = doc.questionnaire.description or ""
            self.message.setText(
                tr(
                    "Each person answers privately and their answers are sealed when they "
                    "finish; nobody sees anyone's answers until the facilitator reveals the results."
                )
                + ("\n\n" + referent if referent else "")
            )
        question_ids = [qu.id for _, qu in doc.questionnaire.questions()]
        selected = self._selected_id()
        self.people.clear()
        from cxassess.core.people import answered_count

        first_open = -1
        for row, person in enumerate(doc.participants):
            done = answered_count(person, question_ids)
            if person.sealed:
                state = tr("finished · sealed")
            elif done == 0:
                state = tr("not started")
            else:
                state = tr("in progress (%d of %d)") % (done, len(question_ids))
            item = QListWidgetItem(f"{names[person.id]}  ·  {state}")
            item.setData(Qt.ItemDataRole.UserRole, str(person.id))
            item.setData(Qt.ItemDataRole.UserRole + 1, person.sealed)
            if person.sealed:
                item.setForeground(self.palette().placeholderText())
            self.people.addItem(item)
            if first_open < 0 and not person.sealed and person.id != previous:
                first_open = row
        rows = {self.people.item(r).data(Qt.ItemDataRole.UserRole): r for r in range(len(names))}
        if keep_message and selected in rows:
            self.people.setCurrentRow(rows[selected])
        else:
            self.people.setCurrentRow(max(0, first_open))
        everyone = first_open < 0 and all(p.sealed for p in doc.participants)
        self.results_button.setText(
            tr("Everyone is done: reveal the results") if everyone else tr("Reveal the results…")
        )
        self.results_button.setDefault(everyone)
        self.start_button.setDefault(not everyone)
        self._selection_changed()
        self.people.setFocus()

    def _selected_id(self) -> str | None:
        item = self.people.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return str(value) if value is not None else None

    def _selection_changed(self) -> None:
        item = self.people.currentItem()
        sealed = bool(item is not None and item.data(Qt.ItemDataRole.UserRole + 1))
        self.start_button.setEnabled(item is not None and not sealed)
        self.unlock_button.setEnabled(sealed)
        self.sealed_note.setText(
            tr(
                "This person has finished; their answers are sealed. Only the facilitator can "
                "unlock them."
            )
            if sealed
            else ""
        )

    def _start_item(self, item: QListWidgetItem | None) -> None:
        if item is None or item.data(Qt.ItemDataRole.UserRole + 1):
            return  # a sealed person's answers are not reopened from here
        self.startParticipant.emit(item.data(Qt.ItemDataRole.UserRole))

    def _unlock(self) -> None:
        selected = self._selected_id()
        if selected is None:
            return
        doc = self.session.require()
        person_id = uuid.UUID(selected)
        name = doc.display_names()[person_id]
        choice = self.prompts.ask(
            "unlockDialog",
            tr("Unlock %s's answers?") % name,
            tr(
                "%s will be able to see and change their answers on this laptop, and anyone at "
                "the laptop could see them while they are open. They are sealed again when %s "
                "finishes. Do this only with %s at the laptop."
            )
            % (name, name, name),
            # Cancel is the default: an Enter pressed by whoever sits at the laptop
            # must not open someone's sealed answers.
            [("cancel", tr("Cancel")), ("unlock", tr("&Unlock the answers"))],
        )
        if choice == "unlock" and self._with_pin(
            tr("Unlock sealed answers"), lambda pin: self.session.unlock(person_id, pin)
        ):
            self.prepare(None, keep_message=True)

    def _with_pin(self, title: str, act: Callable[[str | None], None]) -> bool:
        """Run a facilitator's action, asking for the PIN first where one is set; True when
        it was done (a wrong PIN is said, and nothing happens)."""
        pin = None
        if self.session.require().facilitator_pin is not None:
            pin = self.prompts.ask_pin(title, tr("The facilitator's PIN:"))
            if pin is None:
                return False
        try:
            act(pin)
        except CxError as exc:
            show_error(self, exc.message)
            return False
        return True

    def reveal(self) -> None:
        """End the round and show the results, after saying who has not finished."""
        from cxassess.core.people import unfinished

        doc = self.session.require()
        waiting = unfinished(doc)
        if waiting:
            names = doc.display_names()
            choice = self.prompts.ask(
                "revealDialog",
                tr("Not everyone has finished: %s.") % ", ".join(names[p.id] for p in waiting),
                tr(
                    "Reveal the results now? The team will see the results without the answers "
                    "still to come; anyone who has not finished can still answer afterwards."
                ),
                [("reveal", tr("&Reveal now")), ("cancel", tr("Keep waiting"))],
            )
            if choice != "reveal":
                return
        if not self._with_pin(tr("Reveal the results"), self.session.reveal):
            return
        self.revealed.emit()


__all__ = ["HandoverPage"]
