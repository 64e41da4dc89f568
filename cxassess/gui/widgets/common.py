"""Small helpers shared by the screens: naming for accessibility, dialogs that do not block."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QLabel, QLayout, QWidget

from cxassess.gui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

W = TypeVar("W", bound=QWidget)


def named(widget: W, object_name: str, accessible: str, tooltip: str = "") -> W:
    """Give a widget its objectName (for tests and styling) and accessible name (for screen readers)."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    if tooltip:
        widget.setToolTip(tooltip)
    return widget


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Size a window as asked, but never larger than the screen's free area (a 1024x768
    or 1280x720 projector hid buttons and the room's address below the bottom edge)."""
    from PySide6.QtGui import QGuiApplication

    # The primary screen, where a new window opens. Asking a window that was never shown
    # for its screen (`window.screen()`) left a pointer behind on which a later window's
    # construction crashed inside QScreen::virtualSiblings (seen under the test suite).
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        free = screen.availableGeometry()
        # The title bar and borders come on top of the size asked for; before the window is
        # first shown their size is unknown, so allow what desktops commonly draw.
        frame_w = window.frameGeometry().width() - window.width() if window.isVisible() else 8
        frame_h = window.frameGeometry().height() - window.height() if window.isVisible() else 40
        width = min(width, free.width() - frame_w)
        height = min(height, free.height() - frame_h)
    window.resize(width, height)


def heading(text: str, object_name: str, level: int = 1) -> QLabel:
    """A bold heading label, scaled from the system font so it follows the user's font size."""
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * (1.6 if level == 1 else 1.25))
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return named(label, object_name, text)


def muted(text: str, object_name: str) -> QLabel:
    """A secondary, word-wrapped label."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return named(label, object_name, text)


def show_error(parent: QWidget | None, text: str, details: Sequence[str] = ()) -> QMessageBox:
    """An error dialog that says what happened and what to do; window-modal but not blocking,
    so the app (and tests) keep running while it is open."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setObjectName("errorDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("cxassess"))
    box.setText(text)
    if details:
        box.setInformativeText("\n".join(details[:12]) + ("\n…" if len(details) > 12 else ""))
        box.setDetailedText("\n".join(details))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def show_info(parent: QWidget | None, text: str) -> QMessageBox:
    """A non-blocking information message."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setObjectName("infoDialog")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(tr("cxassess"))
    box.setText(text)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def clear_layout(layout: QLayout) -> None:
    """Remove and delete everything a layout holds, nested layouts included."""
    while layout.count():
        child = layout.takeAt(0)
        if child is None:
            continue
        widget, inner = child.widget(), child.layout()
        if widget is not None:
            widget.hide()  # gone from the screen now, not at the next turn of the event loop
            widget.deleteLater()
        elif inner is not None:
            clear_layout(inner)
            inner.deleteLater()
