"""Starting the desktop app."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path


def run(files: Sequence[str] = ()) -> int:
    """Open the main window (and any files given); returns the exit status."""
    from PySide6.QtWidgets import QApplication

    from cxassess.gui.i18n import install_translator
    from cxassess.gui.main_window import MainWindow, schedule_warm_up

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("cxassess")
    app.setOrganizationName("cxassess")
    app.setApplicationDisplayName("cxassess")
    install_translator(app)
    window = MainWindow()
    window.show()
    schedule_warm_up()
    for name in files:
        window.open_path(Path(name))
    return int(app.exec())
