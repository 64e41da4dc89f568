"""Set-up: who is assessed, by whom, with which questionnaire, which participants and targets."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxassess.core.document import Assessment, Participant
from cxassess.core.gaps import ambitious_targets
from cxassess.core.round import results_visible
from cxassess.gui.i18n import tr
from cxassess.gui.prompts import ask_pin
from cxassess.gui.session import DocumentSession
from cxassess.gui.widgets.common import clear_layout, heading, muted, named, show_error

AUTOMATIC_STEP = 0.1


class SetupPage(QWidget):
    """Edits the document's details through the session (so every change can be undone)."""

    startAnswering = Signal()
    loadQuestionnaireRequested = Signal()

    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setupPage")
        self.session = session
        self._loading = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(40, 24, 40, 24)
        self.title = heading(tr("Set up the assessment"), "setupTitle")
        layout.addWidget(self.title)

        details = QGroupBox(tr("Details"))
        form = QFormLayout(details)
        self.details_form = form
        self.organisation = named(QLineEdit(), "organisationEdit", tr("Organisation"))
        self.team = named(QLineEdit(), "teamEdit", tr("Team"))
        self.facilitator = named(QLineEdit(), "facilitatorEdit", tr("Facilitator"))
        self.date = named(QDateEdit(), "dateEdit", tr("Date of the assessment"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")
        form.addRow(tr("&Organisation:"), self.organisation)
        form.addRow(tr("&Team:"), self.team)
        form.addRow(tr("&Facilitator:"), self.facilitator)
        form.addRow(tr("&Date:"), self.date)
        pin_row = QHBoxLayout()
        self.pin_state = muted("", "facilitatorPinState")
        self.pin_button = named(
            QPushButton(tr("Set a &PIN…")),
            "facilitatorPinButton",
            tr("A PIN asked before sealed answers are unlocked or the results revealed"),
        )
        self.pin_button.clicked.connect(self._change_pin)
        pin_row.addWidget(self.pin_button)
        pin_row.addWidget(self.pin_state, 1)
        self.pin_field = QWidget()
        self.pin_field.setLayout(pin_row)
        pin_row.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr("Facilitator's PIN:"), self.pin_field)
        self.ask_pin = ask_pin  # replaced in tests, which cannot type into a modal dialog
        for edit, field in (
            (self.organisation, "organisation"),
            (self.team, "team"),
            (self.facilitator, "facilitator"),
        ):
            edit.editingFinished.connect(lambda e=edit, f=field: self._set_text(f, e.text()))
        self.date.dateChanged.connect(self._set_date)
        layout.addWidget(details)

        qbox = QGroupBox(tr("Questionnaire"))
        qrow = QHBoxLayout(qbox)
        self.questionnaire_label = named(QLabel(), "questionnaireLabel", tr("Questionnaire in use"))
        self.questionnaire_label.setWordWrap(True)
        qrow.addWidget(self.questionnaire_label, 1)
        load = named(
            QPushButton(tr("Use another questionnaire…")),
            "loadQuestionnaireButton",
            tr("Load a questionnaire from a YAML file"),
        )
        load.clicked.connect(self.loadQuestionnaireRequested.emit)
        qrow.addWidget(load)
        layout.addWidget(qbox)

        self.people_box = QGroupBox(tr("Participants"))
        people = QVBoxLayout(self.people_box)
        self.people_hint = muted(
            tr(
                "Everyone who will answer. Roles let the results show differences between groups of three or more people."
            ),
            "participantsHint",
        )
        people.addWidget(self.people_hint)
        self.people = named(QTableWidget(0, 3), "participantsTable", tr("Participants"))
        self.people.setHorizontalHeaderLabels([tr("Name"), tr("Role"), tr("Knows best")])
        header_item = self.people.horizontalHeaderItem(2)
        if header_item is not None:
            header_item.setToolTip(
                tr("The part of the organisation this person knows best: a department, a site")
            )
        self.people.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people.itemChanged.connect(self._people_edited)
        people.addWidget(self.people)
        row = QHBoxLayout()
        for name, label, slot in (
            ("addParticipantButton", tr("&Add person"), self._add_person),
            ("removeParticipantButton", tr("&Remove"), self._remove_person),
            ("moveUpButton", tr("Move &up"), lambda: self._move(-1)),
            ("moveDownButton", tr("Move do&wn"), lambda: self._move(1)),
        ):
            button = named(QPushButton(label), name, label.replace("&", ""))
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        people.addLayout(row)
        self.anonymous = named(
            QCheckBox(
                tr("Anonymous: show participants as P1, P2, … in results, exports and the report")
            ),
            "anonymousCheck",
            tr("Anonymous mode"),
        )
        self.anonymous.toggled.connect(self._set_anonymous)
        people.addWidget(self.anonymous)
        layout.addWidget(self.people_box)

        self.targets_box = QGroupBox(tr("Targets"))
        self.targets_form = QGridLayout(self.targets_box)
        layout.addWidget(self.targets_box)
        self.target_spins: dict[str, QDoubleSpinBox] = {}

        layout.addStretch(1)
        # The way on stays in view below the scrolling form, even on a 1024x768 projector.
        footer = QHBoxLayout()
        footer.setContentsMargins(40, 6, 40, 10)
        footer.addStretch(1)
        start = named(
            QPushButton(tr("Start answering  →")), "startAnsweringButton", tr("Start answering")
        )
        start.setDefault(True)
        start.setMinimumHeight(40)
        start.clicked.connect(self._start)
        footer.addWidget(start)
        outer.addLayout(footer)

        session.documentReplaced.connect(self.refresh)
        session.changed.connect(
            lambda kind: self.refresh() if kind in ("meta", "participants", "targets") else None
        )

    # --- showing the document -----------------------------------------------------
    def refresh(self) -> None:
        doc = self.session.doc
        if doc is None:
            return
        self._loading = True
        try:
            self.organisation.setText(doc.organisation)
            self.team.setText(doc.team)
            self.facilitator.setText(doc.facilitator)
            day = doc.assessed_on
            self.date.setDate(QDate(day.year, day.month, day.day))
            self.anonymous.setChecked(doc.anonymous)
            q = doc.questionnaire
            count = sum(1 for _ in q.questions())
            self.questionnaire_label.setText(
                tr("%s, version %s: %d questions in %d dimensions")
                % (q.title, q.version, count, len(q.dimensions))
            )
            self.people.setRowCount(len(doc.participants))
            for row, person in enumerate(doc.participants):
                for col, value in enumerate((person.name, person.role, person.unit)):
                    item = QTableWidgetItem(value)
                    item.setData(Qt.ItemDataRole.UserRole, str(person.id))
                    self.people.setItem(row, col, item)
            solo = len(doc.participants) == 1
            # One manager on their own has no facilitator to name.
            self.details_form.setRowVisible(self.facilitator, not solo)
            self.details_form.setRowVisible(self.pin_field, not solo)
            has_pin = doc.facilitator_pin is not None
            self.pin_button.setText(tr("Change the &PIN…") if has_pin else tr("Set a &PIN…"))
            self.pin_state.setText(
                tr("Asked before sealed answers are unlocked or the results revealed.")
                if has_pin
                else tr("None: anyone at the laptop can unlock answers or reveal the results.")
            )
            self.people_box.setTitle(tr("You") if solo else tr("Participants"))
            self.people_hint.setText(
                tr("Your name and role. Add people to turn this into a team workshop.")
                if solo
                else tr(
                    "Everyone who will answer, for the whole organisation. Roles and the part "
                    "each knows best let the results show differences between groups of three "
                    "or more people."
                )
            )
            # As tall as its rows (up to ten), so a solo set-up is not a large empty table.
            rows = min(10, max(1, len(doc.participants)))
            header = self.people.horizontalHeader().sizeHint().height()
            self.people.setFixedHeight(
                header + rows * self.people.verticalHeader().defaultSectionSize() + 4
            )
            self._build_targets()
        finally:
            self._loading = False

    def _build_targets(self) -> None:
        doc = self.session.require()
        if list(self.target_spins) != [d.id for d in doc.questionnaire.dimensions]:
            clear_layout(self.targets_form)
            self.target_spins = {}
            self.targets_form.addWidget(
                muted(
                    tr(
                        "Where each dimension should be by the next assessment. 'Automatic' means one maturity level above the current score."
                    ),
                    "targetsHint",
                ),
                0,
                0,
                1,
                4,
            )
            for i, dim in enumerate(doc.questionnaire.dimensions):
                spin = named(QDoubleSpinBox(), f"target_{dim.id}", tr("Target for %s") % dim.title)
                # The lowest value, one step below the scale, stands for "Automatic": a
                # target can only be on the scale (1..N), never between 0 and 1.
                spin.setRange(1.0 - AUTOMATIC_STEP, float(doc.questionnaire.scale.points))
                spin.setSingleStep(AUTOMATIC_STEP)
                spin.setDecimals(1)
                spin.setSpecialValueText(tr("Automatic"))
                spin.setCorrectionMode(QDoubleSpinBox.CorrectionMode.CorrectToPreviousValue)
                spin.setMinimumWidth(120)
                spin.editingFinished.connect(
                    lambda d=dim.id, s=spin: self._set_target(d, s.value())
                )
                self.target_spins[dim.id] = spin
                label = QLabel(dim.title + ":")
                label.setBuddy(spin)
                row, col = 1 + i // 2, (i % 2) * 2
                self.targets_form.addWidget(label, row, col)
                self.targets_form.addWidget(spin, row, col + 1)
            self.targets_form.setColumnStretch(1, 1)
            self.targets_form.setColumnStretch(3, 1)
            # How many initiatives "Suggest actions" proposes: a roadmap a team can carry.
            self.roadmap_size = named(
                QSpinBox(), "roadmapSize", tr("Initiatives to suggest for the roadmap")
            )
            self.roadmap_size.setRange(1, 100)
            self.roadmap_size.setSuffix(tr(" initiatives"))
            self.roadmap_size.editingFinished.connect(
                lambda: self._set_roadmap_size(self.roadmap_size.value())
            )
            label = QLabel(tr("Roadmap at most:"))
            label.setBuddy(self.roadmap_size)
            row = 2 + (len(doc.questionnaire.dimensions) - 1) // 2
            self.targets_form.addWidget(label, row, 0)
            self.targets_form.addWidget(self.roadmap_size, row, 1)
            self.targets_warning = muted("", "targetsWarning")
            self.targets_form.addWidget(self.targets_warning, row + 1, 0, 1, 4)
        for dim_id, spin in self.target_spins.items():
            spin.setValue(doc.targets.get(dim_id, spin.minimum()))
        self.roadmap_size.setValue(doc.roadmap_size)
        self._warn_ambitious(doc)

    def _warn_ambitious(self, doc: Assessment) -> None:
        # Only once results may be seen: a warning naming today's level would reveal them.
        lines = []
        if results_visible(doc):
            q = doc.questionnaire
            for gap in ambitious_targets(doc):
                assert gap.score is not None and gap.target is not None
                lines.append(
                    tr(
                        "Confirm the target for %s: %.1f (%s) is more than one level above "
                        "today's %.1f (%s). The roadmap plans one level at a time."
                    )
                    % (
                        gap.title,
                        gap.target,
                        q.level_for(gap.target).name,
                        gap.score,
                        q.level_for(gap.score).name,
                    )
                )
        self.targets_warning.setText("\n".join(lines))
        self.targets_warning.setVisible(bool(lines))

    # --- writing back -------------------------------------------------------------
    def _set_text(self, field: str, value: str) -> None:
        if not self._loading and self.session.doc is not None:
            self.session.set_fields(tr("Edit %s") % field, "meta", **{field: value.strip()})

    def _set_date(self, value: QDate) -> None:
        if not self._loading and self.session.doc is not None:
            self.session.set_fields(tr("Edit date"), "meta", assessed_on=value.toPython())

    def _change_pin(self) -> None:
        """Set or change the facilitator's PIN (the old one is asked first)."""
        from cxassess.core.round import pin_matches, valid_pin

        doc = self.session.require()
        if doc.facilitator_pin is not None:
            old = self.ask_pin(self, tr("Change the PIN"), tr("The current PIN:"))
            if old is None:
                return
            if not pin_matches(doc, old):
                show_error(self, tr("That is not the current PIN; nothing was changed."))
                return
        new = self.ask_pin(
            self,
            tr("Facilitator's PIN"),
            tr("A new PIN of 4 to 12 digits (leave it empty to have none):"),
        )
        if new is None:
            return
        if new and not valid_pin(new):
            show_error(self, tr("A PIN has 4 to 12 digits; nothing was changed."))
            return
        if new and self.ask_pin(self, tr("Facilitator's PIN"), tr("The same PIN again:")) != new:
            show_error(self, tr("The two PINs differ; nothing was changed."))
            return
        self.session.set_facilitator_pin(new or None)
        self.refresh()

    def _set_anonymous(self, checked: bool) -> None:
        if not self._loading and self.session.doc is not None:
            self.session.set_fields(tr("Anonymous mode"), "meta", anonymous=checked)

    def _set_roadmap_size(self, value: int) -> None:
        if not self._loading and self.session.doc is not None:
            self.session.set_fields(tr("Roadmap size"), "targets", roadmap_size=value)

    def _set_target(self, dimension_id: str, value: float) -> None:
        if not self._loading and self.session.doc is not None:
            self.session.set_target(dimension_id, value if value >= 1.0 else None)

    def _current_people(self) -> list[Participant]:
        return [p.model_copy(deep=True) for p in self.session.require().participants]

    def _people_edited(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        people = self._current_people()
        person = people[item.row()]
        text = item.text().strip()
        if item.column() == 0:
            if not text:
                self.refresh()  # a person needs a name; put the old one back
                return
            person.name = text
        elif item.column() == 1:
            person.role = text
        else:
            person.unit = text
        self.session.set_participants(people, tr("Edit participant"))

    def _add_person(self) -> None:
        people = self._current_people()
        people.append(Participant(name=tr("Participant %d") % (len(people) + 1)))
        self.session.set_participants(people, tr("Add participant"))
        self.people.setCurrentCell(len(people) - 1, 0)
        added = self.people.item(len(people) - 1, 0)
        if added is not None:
            self.people.editItem(added)

    def _remove_person(self) -> None:
        row = self.people.currentRow()
        people = self._current_people()
        if 0 <= row < len(people) and len(people) > 1:
            del people[row]
            self.session.set_participants(people, tr("Remove participant"))

    def _move(self, step: int) -> None:
        row = self.people.currentRow()
        people = self._current_people()
        target = row + step
        if 0 <= row < len(people) and 0 <= target < len(people):
            people[row], people[target] = people[target], people[row]
            self.session.set_participants(people, tr("Reorder participants"))
            self.people.setCurrentCell(target, 0)

    def _start(self) -> None:
        # Commit a field still being edited before moving on.
        for edit in (self.organisation, self.team, self.facilitator):
            edit.editingFinished.emit()
        self.startAnswering.emit()
