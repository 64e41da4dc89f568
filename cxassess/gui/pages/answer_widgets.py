"""The answer screen's own widgets: a choice button that wraps its anchor text, and a
comment box where Enter saves and moves on and Escape hands the keys back."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)


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


class CommentEdit(QLineEdit):
    """The comment box: Enter saves and moves on once, and gives the keys back to the page.

    A plain QLineEdit lets Enter travel on to its parent as well, which moved two
    statements at once, and kept the focus, so the next answer key landed in the comment.
    """

    submitted = Signal()
    left = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.submitted.emit()
        elif event.key() == Qt.Key.Key_Escape:
            event.accept()
            self.left.emit()
        else:
            super().keyPressEvent(event)


__all__ = ["ChoiceButton", "CommentEdit"]
