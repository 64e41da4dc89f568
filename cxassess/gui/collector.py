"""Garbage collection on the GUI thread only.

Python's cyclic collector runs in whichever thread happens to allocate when a generation
fills up. The room serves from a thread of its own, so without this the collector could
free a cycle holding a Qt object there, off the GUI thread, which crashes the process
("Fatal Python error: Segmentation fault ... Garbage-collecting" in the room thread).
Automatic collection is turned off and a timer on the GUI thread collects instead,
generation by generation, as the thresholds would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Collects cyclic garbage from a GUI-thread timer; automatic collection stays off."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds."""
        counts = gc.get_count()
        if counts[0] <= self.threshold[0]:
            return
        if counts[1] > self.threshold[1]:
            gc.collect(2 if counts[2] > self.threshold[2] else 1)
        else:
            gc.collect(0)


_installed: GuiThreadCollector | None = None


def install(parent: QObject) -> GuiThreadCollector:
    """Install the collector once per process, owned by `parent` (the application)."""
    global _installed
    if _installed is None:
        _installed = GuiThreadCollector(parent)
    return _installed


__all__ = ["GuiThreadCollector", "install"]
