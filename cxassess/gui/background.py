"""Work off the GUI thread, with progress, cancel and one outcome reported back.

Every slow job of the app (writing a CSV, reading a folder of teams, building the
portfolio PDF, reading a spreadsheet for the import preview) is a plain function given
a `Progress`; `BackgroundTask` runs it in a thread and delivers exactly one of `done`,
`failed` or `cancelled` on the GUI thread, because the task lives there and Qt queues
signals emitted from another thread to their receiver's thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal

from cxassess.core.problems import CxError

T = TypeVar("T")


class Cancelled(Exception):
    """Raised inside the work when the user cancelled; the task reports `cancelled`."""


class Progress:
    """Given to the work: report how far it got, and learn whether to stop."""

    def __init__(self, task: BackgroundTask[Any]) -> None:
        self._task = task

    @property
    def cancelled(self) -> bool:
        return self._task._cancel.is_set()

    def check(self) -> None:
        """Stop here if the user cancelled."""
        if self.cancelled:
            raise Cancelled

    def __call__(self, done: int, total: int = 100, message: str = "") -> None:
        """Report `done` of `total` steps; stops the work if it was cancelled."""
        self.check()
        self._task.progress.emit(done, total, message)


def describe(error: BaseException) -> str:
    """The message shown for a failed task: the product's own, or the fault's type."""
    if isinstance(error, CxError):
        return str(error)
    return f"{type(error).__name__}: {error}"


class BackgroundTask(QObject, Generic[T]):
    """Runs `work(progress)` in a thread of its own; the outcome arrives as a signal."""

    progress = Signal(int, int, str)  # done, total, message
    done = Signal(object)  # what the work returned
    failed = Signal(object)  # the exception; `describe` words it
    cancelled = Signal()
    finished = Signal()  # after any of the three

    def __init__(
        self, work: Callable[[Progress], T], name: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._name = name
        self._cancel = threading.Event()
        self._worker: threading.Thread | None = None

    def start(self) -> None:
        self._worker = threading.Thread(target=self._run, name=self._name, daemon=True)
        self._worker.start()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def running(self) -> bool:
        return self._worker is not None and self._worker.is_alive()

    def wait(self, ms: int = 5000) -> bool:
        """Wait for the work to end (a window that closes); True if it did."""
        if self._worker is not None:
            self._worker.join(ms / 1000)
        return not self.running

    def _run(self) -> None:
        try:
            result = self._work(Progress(self))
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # a fault must not take the app, or the user's work, down
            self.failed.emit(exc)
        else:
            if self._cancel.is_set():
                self.cancelled.emit()
            else:
                self.done.emit(result)
        self.finished.emit()


__all__ = ["BackgroundTask", "Cancelled", "Progress", "describe"]
