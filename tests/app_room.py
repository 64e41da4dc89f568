"""The real app with its room open, in a process of its own, to be killed and started again.

Run by tests/test_room_restart.py as `python tests/app_room.py CONFIG_DIR FILE`, with
CXASSESS_DATA_DIR set. The first start opens FILE and its room on loopback; a start that
finds the automatic backup of a crash restores it, as the start page offers, which
reopens the room that was open. Either way it prints "room: URL" and "pin: PIN" and runs
until it is killed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication


def main() -> int:
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])
    path = Path(sys.argv[2])
    app = QApplication([])
    from cxassess.core.recovery import list_recovery
    from cxassess.gui.collector import install
    from cxassess.gui.main_window import MainWindow
    from cxassess.room import headless

    install(app)  # as the app's own start does: garbage is collected on this thread
    # The room binds to loopback here, where a phone in the test can reach it.
    headless.lan_address = lambda: "127.0.0.1"
    window = MainWindow()
    window.ask_unsaved = lambda: "discard"  # type: ignore[method-assign]
    window.resize(1024, 768)
    window.show()
    crashed = list_recovery()
    if crashed:
        window.commands.restore(crashed[0].document_id)
    else:
        window.commands.open_path(path)
        window.start_answering()
        window.open_room("127.0.0.1")
    room = window.room
    if room is None:
        print("no room", flush=True)
        return 1
    print(f"room: {room.url}", flush=True)
    print(f"pin: {room.server.pin if room.server else ''}", flush=True)
    print(f"reopened: {room.reopened}", flush=True)
    shots = os.environ.get("CXASSESS_SHOTS")
    if shots:  # to look at the room as the facilitator sees it
        room.resize(1024, 640)
        QTimer.singleShot(
            1500,
            lambda: room.grab().save(str(Path(shots) / f"room-reopened-{room.reopened}.png")),
        )
    QTimer.singleShot(600_000, app.quit)  # never outlive a test run
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
