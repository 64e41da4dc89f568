"""Importing participants' files: where they go, who comes in, conflicts and duplicates.

Every question is asked before anything changes, so cancelling at any step leaves the
open assessment exactly as it was.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxassess.core.problems import CxError
from cxassess.gui.i18n import tr
from cxassess.gui.labels import doc_label
from cxassess.gui.widgets.common import named, show_error

if TYPE_CHECKING:
    from cxassess.core.document import Assessment
    from cxassess.core.merge import Conflict
    from cxassess.gui.prompts import Prompts
    from cxassess.gui.session import DocumentSession


class ConflictDialog(QDialog):
    """One row per conflict: the person, the statement, and which answer to keep."""

    def __init__(self, conflicts: Sequence[Conflict], statements: dict[str, str], parent: QWidget):
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(tr("Answers that differ"))
        self.conflicts = list(conflicts)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "%d answers differ between the files for the same person. Choose which answer to "
                "keep for each; nothing is imported until you confirm."
            )
            % len(conflicts)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = named(QTableWidget(len(conflicts), 3), "conflictTable", tr("Conflicts"))
        self.table.setHorizontalHeaderLabels([tr("Person"), tr("Statement"), tr("Keep")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.combos: list[QComboBox] = []
        for row, conflict in enumerate(conflicts):
            self.table.setItem(row, 0, QTableWidgetItem(conflict.person))
            statement = QTableWidgetItem(statements.get(conflict.question, conflict.question))
            statement.setToolTip(statement.text())
            self.table.setItem(row, 1, statement)
            combo = named(QComboBox(), f"conflictChoice{row}", tr("Answer to keep"))
            for label, answer in conflict.choices:
                value = {"NA": tr("not applicable"), "DK": tr("don't know")}.get(
                    answer.code, answer.code
                )
                when = answer.answered_at.strftime("%d %b %H:%M") if answer.answered_at else "?"
                text = tr("%s from %s (%s)") % (value, Path(label).name, when)
                if answer.comment:
                    text += f" — “{answer.comment[:40]}”"
                combo.addItem(text)
            latest = conflict.latest()
            combo.setCurrentIndex(latest if latest is not None else 0)
            self.combos.append(combo)
            self.table.setCellWidget(row, 2, combo)
        layout.addWidget(self.table, 1)
        latest_button = named(
            QPushButton(tr("Keep the &latest everywhere")),
            "keepLatestButton",
            tr("Keep the most recent answer in every row where one is the most recent"),
        )
        latest_button.clicked.connect(self.keep_latest)
        layout.addWidget(latest_button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Import with these"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 360)

    def keep_latest(self) -> None:
        for combo, conflict in zip(self.combos, self.conflicts, strict=True):
            latest = conflict.latest()
            if latest is not None:
                combo.setCurrentIndex(latest)

    def choices(self) -> dict[tuple[uuid.UUID, str], int]:
        """The answer chosen for each conflict, as merge_documents takes them."""
        return {
            conflict.key: combo.currentIndex()
            for conflict, combo in zip(self.conflicts, self.combos, strict=True)
        }


def _who(people: Sequence[object]) -> str:
    from cxassess.core.people import describe

    names = [describe(p) for p in people]  # type: ignore[arg-type]
    shown = ", ".join(names[:12])
    return shown + (tr(" and %d more") % (len(names) - 12) if len(names) > 12 else "")


def plan_import(
    parent: QWidget, session: DocumentSession, prompts: Prompts, paths: list[Path]
) -> tuple[Assessment, bool] | None:
    """Ask where the files go and settle conflicts and duplicates; None if cancelled.

    Returns the merged document and whether it is meant for the open assessment.
    """
    from cxassess.core.merge import find_conflicts, merge_documents
    from cxassess.core.people import combine_duplicates, likely_duplicates
    from cxassess.core.storage import load_document

    try:
        docs = [load_document(p) for p in paths]
    except CxError as exc:
        show_error(parent, exc.message, (exc.problems and exc.lines()) or [])
        return None
    current = session.doc
    known = {p.id for p in current.participants} if current is not None else set()
    incoming: dict[uuid.UUID, object] = {}
    for doc in docs:
        for person in doc.participants:
            incoming.setdefault(person.id, person)
    new_people = [p for pid, p in incoming.items() if pid not in known]
    files = tr("%d file(s)") % len(paths)
    if current is not None:
        choice = prompts.ask(
            "importWhereDialog",
            tr("Add %d people from %s to “%s”?") % (len(new_people), files, doc_label(current)),
            tr("They join the assessment that is open now: %s.") % (_who(new_people) or "—")
            + "\n"
            + tr("Or start a new assessment with only the people in these files."),
            [
                ("add", tr("&Add to this assessment")),
                ("new", tr("Start a &new assessment")),
                ("cancel", tr("Cancel")),
            ],
        )
    else:
        choice = prompts.ask(
            "importWhereDialog",
            tr("Start a new assessment with %d people from %s?") % (len(incoming), files),
            _who(list(incoming.values())),
            [("new", tr("&Start the assessment")), ("cancel", tr("Cancel"))],
        )
    if choice == "cancel":
        return None
    into_open = choice == "add"
    sources = [str(p) for p in paths]
    if into_open and current is not None:
        docs = [current, *docs]
        sources = [tr("the open assessment"), *sources]
    statements = {qu.id: qu.text for _, qu in docs[0].questionnaire.questions()}
    try:
        conflicts = find_conflicts(docs, sources)
        choices = None
        if conflicts:
            dialog = ConflictDialog(conflicts, statements, parent)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            choices = dialog.choices()
        merged = merge_documents(docs, sources, choices=choices)
    except CxError as exc:
        show_error(parent, exc.message, (exc.problems and exc.lines()) or [])
        return None
    groups = likely_duplicates(merged.participants)
    if groups:
        twice = prompts.ask(
            "duplicatePeopleDialog",
            tr("These people look like the same person imported twice:"),
            _who([g[0] for g in groups])
            + "\n"
            + tr(
                "Counted twice, each would weigh double in every score. Combine keeps one "
                "person with the most recent answer to each statement."
            ),
            [
                ("combine", tr("&Combine them")),
                ("keep", tr("&Keep them apart")),
                ("cancel", tr("Cancel")),
            ],
        )
        if twice == "cancel":
            return None
        if twice == "combine":
            merged.participants = combine_duplicates(merged.participants, groups)
    return merged, into_open


__all__ = ["ConflictDialog", "plan_import"]
