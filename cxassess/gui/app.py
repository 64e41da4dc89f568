"""Starting the desktop app."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication, QWidget


class Application(QApplication):
    """The app object; opens the files the system hands over while running (on macOS a
    double-clicked ``.cxa`` arrives as an event sent to the app, not on the command line).

    An override of the app's own ``event`` rather than an app-wide event filter: a filter
    would route every event of every widget through Python and slow the whole window.
    """

    fileOpenRequested = Signal(str)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            if event.file():
                self.fileOpenRequested.emit(event.file())
            return True
        return super().event(event)


class ExitWhenShown(QObject):
    """Closes the window once it has been painted: the start-up check of a build."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print("cxassess: window shown", flush=True)
            if isinstance(watched, QWidget):
                QTimer.singleShot(0, watched.close)
        return False


def run(files: Sequence[str] = (), exit_when_shown: bool = False) -> int:
    """Open the main window (and any files given); returns the exit status."""
    from cxassess.gui.i18n import install_translator
    from cxassess.gui.main_window import MainWindow

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else Application(sys.argv[:1])
    app.setApplicationName("cxassess")
    app.setOrganizationName("cxassess")
    app.setApplicationDisplayName("cxassess")
    app.setDesktopFileName("cxassess")  # Wayland and the dock find the icon by this name
    install_translator(app)
    from cxassess.gui.collector import install as install_collector

    install_collector(app)
    window = MainWindow()
    if isinstance(app, Application):
        app.fileOpenRequested.connect(lambda name: window.commands.open_path(Path(name)))
    if exit_when_shown:
        window.installEventFilter(ExitWhenShown(window))
    window.show()
    if not exit_when_shown:
        schedule_warm_up()
    for name in files:
        window.commands.open_path(Path(name))
    return int(app.exec())


def warm_up() -> None:
    """Import the core after the window is shown, so the first click is instant, and
    matplotlib in the background, so the first chart does not stall the window."""
    import threading

    import cxassess.core.document
    import cxassess.core.storage  # noqa: F401

    def charts() -> None:
        # Only pure-Python modules here: no Qt object may be created off the GUI thread.
        import matplotlib.backends.backend_agg
        import matplotlib.figure  # noqa: F401

        import cxassess.report.charts  # noqa: F401

    threading.Thread(target=charts, name="cxassess-warm-up", daemon=True).start()


def schedule_warm_up() -> None:
    QTimer.singleShot(50, warm_up)
