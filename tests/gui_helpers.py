"""Driving the real widgets the way a person would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox


def answer_all(qtbot, window, keys) -> None:
    """Answer every question of the current participant with the keyboard."""
    page = window.page("answer")
    assert window.stack.currentWidget() is page
    for key in keys:
        qtbot.keyClick(page, key)
        qtbot.keyClick(page, Qt.Key.Key_Return)


def open_dialogs(name: str = "") -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible() and (not name or w.objectName() == name)
    ] + [
        w
        for top in QApplication.topLevelWidgets()
        for w in top.findChildren(QMessageBox)
        if w.isVisible() and (not name or w.objectName() == name)
    ]


def close_dialogs() -> None:
    for box in open_dialogs():
        box.close()
