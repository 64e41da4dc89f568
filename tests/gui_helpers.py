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


def reply(name: str, key: str, before=None, tries: int = 250) -> None:
    """Click the button `key` in the dialog `name` once it opens (modal dialogs block in
    exec(), so the click is scheduled before the action that opens it). `before` may work
    the dialog's widgets first."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QAbstractButton

    def attempt(left: int) -> None:
        box = QApplication.activeModalWidget()
        if box is not None and box.objectName() == name:
            if before is not None:
                before(box)
            button = box.findChild(QAbstractButton, f"{name}_{key}")
            assert button is not None, f"{name} has no button {key}"
            button.click()
        elif left > 0:
            QTimer.singleShot(20, lambda: attempt(left - 1))

    QTimer.singleShot(0, lambda: attempt(tries))
