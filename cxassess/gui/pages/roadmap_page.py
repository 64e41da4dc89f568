"""The roadmap: triage the suggestions in a few minutes, then fill in owners and dates.

Review (suggested, accepted, dropped) is separate from delivery status. Several rows can
be selected and accepted, dropped, given an owner, a horizon or a due date in one step;
`A` accepts and `D` drops the selection.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxassess.core.owners import name_owners, who
from cxassess.core.problems import CxError
from cxassess.core.roadmap import (
    add_item,
    edit_item,
    edit_items,
    reassessment_date,
    regenerate_roadmap,
)
from cxassess.gui.i18n import tr
from cxassess.gui.pages.models import HORIZON_NAMES, STATUS_NAMES
from cxassess.gui.pages.owners_dialog import OwnersDialog
from cxassess.gui.pages.roadmap_delegates import ChoiceDelegate, DateDelegate, TextDelegate
from cxassess.gui.pages.roadmap_model import (
    ACTION,
    DUE,
    EFFORT,
    HORIZON,
    KPI,
    NOTES,
    OWNER,
    RESULT,
    REVIEW,
    REVIEW_NAMES,
    SOURCE,
    STATUS,
    RoadmapFilter,
    RoadmapModel,
)
from cxassess.gui.session import DocumentSession
from cxassess.gui.widgets.columns import ColumnFitter
from cxassess.gui.widgets.common import heading, muted, named
from cxassess.gui.widgets.date_input import example, parse_date


class RoadmapPage(QWidget):
    """Every roadmap change goes through the session as one undoable step."""

    def __init__(self, session: DocumentSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roadmapPage")
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading(tr("Roadmap"), "roadmapTitle"))
        self.summary = muted("", "roadmapSummary")
        layout.addWidget(self.summary)
        layout.addLayout(self._build_buttons())
        layout.addLayout(self._build_filters())
        self.model = RoadmapModel()
        self.model.on_edit = self._edit
        self.proxy = RoadmapFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = named(QTableView(), "roadmapTable", tr("Roadmap actions"))
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Typing a letter must not start editing: A and D triage the selection.
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setWordWrap(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.verticalHeader().hide()
        # Action, KPI and notes share the width; Source is left out on a small screen, and
        # Result until there is something to measure (work started, or a re-assessment).
        self.columns = ColumnFitter(
            self.view,
            {ACTION: 3.0, OWNER: 1.0, KPI: 1.6, RESULT: 1.0, NOTES: 1.0},
            # Effort gives way first on a projector: the result of the work matters more.
            optional={SOURCE: 1150, EFFORT: 1100, RESULT: 0},
        )
        self.date_delegate = DateDelegate(self.view)
        self.date_delegate.refused.connect(self._date_refused)
        self.view.setItemDelegateForColumn(DUE, self.date_delegate)
        self.view.setItemDelegateForColumn(STATUS, ChoiceDelegate(STATUS_NAMES, self.view))
        self.view.setItemDelegateForColumn(HORIZON, ChoiceDelegate(HORIZON_NAMES, self.view))
        self.view.setItemDelegateForColumn(REVIEW, ChoiceDelegate(REVIEW_NAMES, self.view))
        self.view.setItemDelegateForColumn(KPI, TextDelegate(self.view))
        self.view.setItemDelegateForColumn(RESULT, TextDelegate(self.view))
        self.view.setItemDelegateForColumn(OWNER, TextDelegate(self.view, self.owner_suggestions))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        people = QShortcut(QKeySequence("Ctrl+Shift+P"), self)
        people.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        people.activated.connect(self.name_owners)
        for keys, review in (("A", "accepted"), ("D", "dropped"), ("S", "suggested")):
            shortcut = QShortcut(QKeySequence(keys), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda r=review: self.set_review(r))
        layout.addWidget(self.view, 1)
        self.empty = muted(tr("No actions match these filters."), "roadmapEmpty")
        self.empty.hide()
        layout.addWidget(self.empty)
        self.problem = named(QLabel(), "roadmapProblem", tr("Problem with the last edit"))
        self.problem.setStyleSheet("color: #a4262c; font-weight: bold;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        session.documentReplaced.connect(self.refresh)
        session.changed.connect(lambda kind: self.refresh() if kind == "roadmap" else None)
        self._selection_changed()

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        specs: list[tuple[str, str, str, Callable[[], Any]]] = [
            (
                "acceptButton",
                tr("Acce&pt (A)"),
                tr("Accept the selected actions into the plan"),
                lambda: self.set_review("accepted"),
            ),
            (
                "dropButton",
                tr("&Drop (D)"),
                tr("Drop the selected actions"),
                lambda: self.set_review("dropped"),
            ),
            (
                "ownerButton",
                tr("O&wner…"),
                tr("Give the selected actions an owner"),
                self.ask_owner,
            ),
            (
                "horizonButton",
                tr("W&hen…"),
                tr("Set when the selected actions start"),
                self.ask_horizon,
            ),
            (
                "dueButton",
                tr("D&ue…"),
                tr("Set the due date of the selected actions"),
                self.ask_due,
            ),
            (
                "doneButton",
                tr("Mark d&one"),
                tr("Mark the selected actions done"),
                lambda: self.set_fields(tr("Mark done"), status="done"),
            ),
        ]
        for name, label, tip, slot in specs:
            button = named(QPushButton(label), name, label.replace("&", ""), tip)
            button.clicked.connect(slot)
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        for name, label, tip, slot in (
            (
                "regenerateButton",
                tr("&Suggest actions"),
                tr("Suggest actions from the scores again; reviewed and edited ones are kept"),
                self.regenerate,
            ),
            (
                "ownersButton",
                tr("&People…"),
                tr("Name the person who holds each role the plan names (Ctrl+Shift+P)"),
                self.name_owners,
            ),
            (
                "addActionButton",
                tr("&Add own action"),
                tr("Add an action of your own"),
                self.add_action,
            ),
            (
                "removeActionButton",
                tr("&Remove"),
                tr("Remove the selected actions from the roadmap"),
                self.remove_selected,
            ),
        ):
            button = named(QPushButton(label), name, label.replace("&", ""), tip)
            button.clicked.connect(slot)
            self.buttons[name] = button
            row.addWidget(button)
        return row

    def _build_filters(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Show:")))
        self.review_filter = self._combo(
            "reviewFilter",
            tr("Filter by review"),
            [("", tr("All reviews"))] + [(k, tr(v)) for k, v in REVIEW_NAMES.items()],
        )
        self.dimension_filter = self._combo(
            "dimensionFilter", tr("Filter by dimension"), [("", tr("All dimensions"))]
        )
        self.horizon_filter = self._combo(
            "horizonFilter",
            tr("Filter by when"),
            [("", tr("Any time"))] + [(k, tr(v)) for k, v in HORIZON_NAMES.items()],
        )
        for combo in (self.review_filter, self.dimension_filter, self.horizon_filter):
            combo.currentIndexChanged.connect(lambda *_: self._apply_filters())
            row.addWidget(combo)
        self.only_earlier = named(
            QCheckBox(tr("Only actions from the earlier roadmap")),
            "onlyEarlierCheck",
            tr("Show only actions carried over from the earlier assessment, to follow them up"),
        )
        self.only_earlier.toggled.connect(lambda *_: self._apply_filters())
        row.addWidget(self.only_earlier)
        row.addStretch(1)
        self.selection_label = muted("", "roadmapSelection")
        self.selection_label.setWordWrap(False)
        row.addWidget(self.selection_label)
        return row

    def _combo(self, name: str, accessible: str, entries: list[tuple[str, str]]) -> QComboBox:
        combo = named(QComboBox(), name, accessible)
        for key, label in entries:
            combo.addItem(label, key)
        return combo

    def _apply_filters(self) -> None:
        self.proxy.set(
            review=self.review_filter.currentData() or "",
            dimension=self.dimension_filter.currentData() or "",
            horizon=self.horizon_filter.currentData() or "",
            only_earlier=self.only_earlier.isChecked() and self.only_earlier.isVisible(),
        )
        self.empty.setVisible(self.model.rowCount() > 0 and self.proxy.rowCount() == 0)
        self._selection_changed()

    # --- showing -------------------------------------------------------------------------
    def _date_refused(self, text: str) -> None:
        self.problem.setText(
            tr("“%s” is not a date, so the due date was not changed. Type it as %s.")
            % (text, example())
        )
        self.problem.show()

    def refresh(self) -> None:
        self.problem.hide()
        doc = self.session.doc
        if doc is None:
            return
        selected = self.selected_ids()
        current_id = self._current_id()
        q = doc.questionnaire
        self.model.set_items(
            doc.roadmap, {qu.id: qu.text for _, qu in q.questions()}, partial(who, doc)
        )
        current = self.dimension_filter.currentData()
        self.dimension_filter.blockSignals(True)
        self.dimension_filter.clear()
        self.dimension_filter.addItem(tr("All dimensions"), "")
        for d in q.dimensions:
            self.dimension_filter.addItem(d.title, d.id)
        self.dimension_filter.setCurrentIndex(max(0, self.dimension_filter.findData(current)))
        self.dimension_filter.blockSignals(False)
        self.only_earlier.setVisible(any(item.carried_from for item in doc.roadmap))
        measurable = any(
            item.carried_from or item.result or item.status in ("in_progress", "done")
            for item in doc.roadmap
        )
        if measurable:
            self.columns.hidden.discard(RESULT)
        else:
            self.columns.hidden.add(RESULT)
        self._apply_filters()
        counts = {k: sum(1 for i in doc.roadmap if i.review == k) for k in REVIEW_NAMES}
        if doc.roadmap:
            self.summary.setText(
                tr(
                    "%d accepted, %d suggested to review, %d dropped. Select rows (Shift or Ctrl "
                    "for several) and press A to accept or D to drop; double-click a cell to edit. "
                    "Re-assess on %s."
                )
                % (
                    counts["accepted"],
                    counts["suggested"],
                    counts["dropped"],
                    reassessment_date(doc).isoformat(),
                )
            )
        else:
            self.summary.setText(
                tr(
                    "No actions yet. 'Suggest actions' builds a roadmap from the scores and targets."
                )
            )
        self.select_ids(selected)
        self._restore_current(current_id)
        self.columns.fit()

    def _current_id(self) -> uuid.UUID | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.item_at(self.proxy.mapToSource(index).row()).id

    def _restore_current(self, item_id: uuid.UUID | None) -> None:
        """Keep the current row on the same action after a change (A, down, A, down…)."""
        from PySide6.QtCore import QItemSelectionModel

        if item_id is None:
            return
        row = self.model.row_of(item_id)
        index = self.proxy.mapFromSource(self.model.index(row, ACTION)) if row >= 0 else None
        if index is not None and index.isValid():
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def owner_suggestions(self) -> list[str]:
        """Who could own an action: the people, their roles, and the owners named so far."""
        doc = self.session.doc
        if doc is None:
            return []
        names = [p.name for p in doc.participants if not doc.anonymous]
        roles = [p.role for p in doc.participants if p.role]
        owners = [i.owner for i in doc.roadmap if i.owner]
        return sorted(set(names + roles + owners), key=str.casefold)

    def select_ids(self, ids: list[uuid.UUID]) -> None:
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        selection = QItemSelection()
        for item_id in ids:
            row = self.model.row_of(item_id)
            if row >= 0:
                index = self.proxy.mapFromSource(self.model.index(row, 0))
                if index.isValid():
                    selection.select(index, index)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.view.selectionModel().select(selection, flags)

    def selected_ids(self) -> list[uuid.UUID]:
        rows = sorted(
            {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedRows()}
        )
        return [self.model.item_at(r).id for r in rows]

    def _selection_changed(self) -> None:
        count = len(self.selected_ids())
        for name in (
            "acceptButton",
            "dropButton",
            "ownerButton",
            "horizonButton",
            "dueButton",
            "doneButton",
            "removeActionButton",
        ):
            self.buttons[name].setEnabled(count > 0)
        self.selection_label.setText(tr("%d selected") % count if count else "")

    # --- changing ------------------------------------------------------------------------
    def regenerate(self) -> None:
        self.session.roadmap_change(tr("Suggest actions"), lambda doc: regenerate_roadmap(doc))

    def add_action(self) -> None:
        doc = self.session.require()
        self.session.roadmap_change(
            tr("Add action"), lambda d: add_item(d, tr("New action: describe what will be done"))
        )
        row = len(doc.roadmap) - 1
        index = self.proxy.mapFromSource(self.model.index(row, ACTION))
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def _edit(self, item_id: uuid.UUID, field: str, value: Any) -> None:
        self.session.roadmap_change(
            tr("Edit %s") % field, lambda doc: edit_item(doc, item_id, **{field: value})
        )

    def set_fields(self, text: str, **fields: Any) -> int:
        """The same change to every selected action, as one undoable step."""
        ids = self.selected_ids()
        if ids:
            self.session.roadmap_change(text, lambda doc: edit_items(doc, ids, **fields))
        return len(ids)

    def set_review(self, review: str) -> int:
        text = {"accepted": tr("Accept actions"), "dropped": tr("Drop actions")}.get(
            review, tr("Review actions")
        )
        return self.set_fields(text, review=review)

    def ask_owner(self) -> None:
        owner, ok = QInputDialog.getItem(
            self,
            tr("Owner"),
            tr("Owner of the %d selected actions (a person, a role, or type a name):")
            % len(self.selected_ids()),
            self.owner_suggestions(),
            0,
            True,
        )
        if ok:
            self.set_fields(tr("Set owner"), owner=owner.strip())

    def name_owners(self) -> None:
        """Name the people who hold the plan's roles, in one undoable step."""
        doc = self.session.doc
        if doc is None:
            return
        dialog = OwnersDialog(doc, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or not (names := dialog.names()):
            return
        try:
            owners = name_owners(doc, names)
        except CxError as exc:
            QMessageBox.warning(self, tr("People in roles"), exc.message)
            return
        self.session.set_fields(tr("Name people in roles"), "roadmap", owners=owners)

    def ask_horizon(self) -> None:
        menu = QMenu(self)
        for key, label in HORIZON_NAMES.items():
            menu.addAction(tr(label), partial(self.set_fields, tr("Set when"), horizon=key))
        menu.exec(
            self.buttons["horizonButton"].mapToGlobal(
                self.buttons["horizonButton"].rect().bottomLeft()
            )
        )

    def ask_due(self) -> None:
        """Ask until the date is one, or the facilitator cancels: a typo never closes the
        dialog and loses what was typed."""
        prompt = tr("Due date of the selected actions (%s):") % example()
        label, text = prompt, ""
        while True:
            text, ok = QInputDialog.getText(
                self, tr("Due date"), label, QLineEdit.EchoMode.Normal, text
            )
            if not ok:
                return
            value = parse_date(text)
            if value is not None:
                self.set_fields(tr("Set due date"), due=value)
                return
            label = (
                tr("“%s” is not a date. Type it as %s:") % (text.strip(), example())
                if text.strip()
                else prompt
            )

    def remove_selected(self) -> None:
        ids = set(self.selected_ids())
        if not ids:
            return

        def remove(doc: Any) -> None:
            doc.roadmap = [i for i in doc.roadmap if i.id not in ids]

        self.session.roadmap_change(tr("Remove actions"), remove)


__all__ = ["RoadmapPage"]
