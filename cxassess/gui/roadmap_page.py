"""The roadmap editor: suggested actions to accept or drop, owners, dates, KPIs, own actions."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxassess.core.roadmap import add_item, edit_item, reassessment_date, regenerate_roadmap
from cxassess.gui.columns import ColumnFitter
from cxassess.gui.date_input import DateLineEdit, example
from cxassess.gui.i18n import tr
from cxassess.gui.models import HORIZON_NAMES, STATUS_NAMES, RoadmapModel
from cxassess.gui.session import DocumentSession
from cxassess.gui.widgets import heading, muted, named

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a field with a fixed set of values in a combo box."""

    def __init__(self, choices: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for key, label in self.choices.items():
            combo.addItem(tr(label), key)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(QStyledItemDelegate):
    """Edits a due date as typed text: exactly the date typed, or a visible refusal."""

    refused = Signal(str)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        return DateLineEdit(parent)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, DateLineEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.set_date(value if isinstance(value, date) else None)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:
        # Qt closes an editor whose text its validator does not accept without a word when
        # the focus leaves it; say that the date was refused, so the old one stays knowingly.
        if (
            event.type() == QEvent.Type.FocusOut
            and isinstance(editor, DateLineEdit)
            and editor.text().strip()
            and editor.date() is None
        ):
            self.refused.emit(editor.text().strip())
        return super().eventFilter(editor, event)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, DateLineEdit)
        text = editor.text().strip()
        value = editor.date()
        if text and value is None:
            self.refused.emit(text)  # the old date stays; the page says why
            return
        model.setData(index, value, Qt.ItemDataRole.EditRole)


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
        buttons = QHBoxLayout()
        specs = [
            (
                "regenerateButton",
                tr("&Suggest actions"),
                tr("Suggest actions from the scores again; your edits and own actions are kept"),
                self.regenerate,
            ),
            (
                "addActionButton",
                tr("&Add own action"),
                tr("Add an action of your own"),
                self.add_action,
            ),
            (
                "acceptButton",
                tr("Acce&pt"),
                tr("Keep the selected action as planned"),
                lambda: self._set_status("planned"),
            ),
            (
                "dropButton",
                tr("&Drop"),
                tr("Drop the selected action"),
                lambda: self._set_status("dropped"),
            ),
            (
                "doneButton",
                tr("Mark d&one"),
                tr("Mark the selected action done"),
                lambda: self._set_status("done"),
            ),
            (
                "removeActionButton",
                tr("&Remove"),
                tr("Remove the selected action from the roadmap"),
                self.remove_selected,
            ),
        ]
        for name, label, tip, slot in specs:
            button = named(QPushButton(label), name, label.replace("&", ""), tip)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.only_earlier = named(
            QCheckBox(tr("Only actions from the earlier roadmap")),
            "onlyEarlierCheck",
            tr("Show only actions carried over from the earlier assessment, to follow them up"),
        )
        self.only_earlier.toggled.connect(self._filter)
        buttons.addWidget(self.only_earlier)
        layout.addLayout(buttons)
        self.model = RoadmapModel()
        self.model.on_edit = self._edit
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.view = named(QTableView(), "roadmapTable", tr("Roadmap actions"))
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setWordWrap(True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.verticalHeader().hide()
        # Action, KPI and notes share the width; Source is left out on a small screen.
        self.columns = ColumnFitter(self.view, {0: 3.0, 3: 2.0, 7: 1.4}, optional={8: 1150})
        self.date_delegate = DateDelegate(self.view)
        self.date_delegate.refused.connect(self._date_refused)
        self.view.setItemDelegateForColumn(2, self.date_delegate)
        self.view.setItemDelegateForColumn(4, ChoiceDelegate(STATUS_NAMES, self.view))
        self.view.setItemDelegateForColumn(5, ChoiceDelegate(HORIZON_NAMES, self.view))
        layout.addWidget(self.view, 1)
        self.problem = named(QLabel(), "roadmapProblem", tr("Problem with the last edit"))
        self.problem.setStyleSheet("color: #a4262c; font-weight: bold;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        session.documentReplaced.connect(self.refresh)
        session.changed.connect(lambda kind: self.refresh() if kind == "roadmap" else None)

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
        selected = self.selected_id()
        self.model.set_items(doc.roadmap)
        self.only_earlier.setVisible(any(item.carried_from for item in doc.roadmap))
        self._filter(self.only_earlier.isChecked() and self.only_earlier.isVisible())
        active = [i for i in doc.roadmap if i.status != "dropped"]
        if doc.roadmap:
            self.summary.setText(
                tr("%d actions (%d dropped). Double-click a cell to edit; re-assess on %s.")
                % (len(active), len(doc.roadmap) - len(active), reassessment_date(doc).isoformat())
            )
        else:
            self.summary.setText(
                tr(
                    "No actions yet. 'Suggest actions' builds a roadmap from the scores and targets."
                )
            )
        if selected is not None:
            row = self.model.row_of(selected)
            if row >= 0:
                self.view.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def _filter(self, only_earlier: bool) -> None:
        for row in range(self.model.rowCount()):
            hide = only_earlier and self.model.item_at(row).carried_from is None
            self.view.setRowHidden(self.proxy.mapFromSource(self.model.index(row, 0)).row(), hide)

    def selected_id(self) -> uuid.UUID | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.item_at(self.proxy.mapToSource(index).row()).id

    def regenerate(self) -> None:
        self.session.roadmap_change(tr("Suggest actions"), lambda doc: regenerate_roadmap(doc))

    def add_action(self) -> None:
        doc = self.session.require()
        self.session.roadmap_change(
            tr("Add action"), lambda d: add_item(d, tr("New action: describe what will be done"))
        )
        row = len(doc.roadmap) - 1
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.view.setCurrentIndex(index)
        self.view.edit(index)

    def _edit(self, item_id: uuid.UUID, field: str, value: Any) -> None:
        self.session.roadmap_change(
            tr("Edit %s") % field, lambda doc: edit_item(doc, item_id, **{field: value})
        )

    def _set_status(self, status: str) -> None:
        item_id = self.selected_id()
        if item_id is not None:
            self._edit(item_id, "status", status)

    def remove_selected(self) -> None:
        item_id = self.selected_id()
        if item_id is None:
            return

        def remove(doc: Any) -> None:
            doc.roadmap = [i for i in doc.roadmap if i.id != item_id]

        self.session.roadmap_change(tr("Remove action"), remove)


__all__ = ["RoadmapPage", "date"]
