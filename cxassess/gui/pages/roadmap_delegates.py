"""Table editors for the roadmap: a fixed set of choices, and a typed date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from cxassess.gui.i18n import tr
from cxassess.gui.widgets.date_input import DateLineEdit

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


class TextDelegate(QStyledItemDelegate):
    """Edits text inside its own cell. Qt's default editor grows sideways as the text
    does and covers the neighbouring columns; this one stays in the cell and scrolls.
    With `suggestions`, it offers them as the text is typed (people, roles, owners)."""

    def __init__(
        self, parent: QWidget | None = None, suggestions: Callable[[], list[str]] | None = None
    ) -> None:
        super().__init__(parent)
        self.suggestions = suggestions

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        if self.suggestions is not None:
            completer = QCompleter(self.suggestions(), editor)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            editor.setCompleter(completer)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        editor.setGeometry(option.rect)


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


__all__ = ["ChoiceDelegate", "DateDelegate", "TextDelegate"]
