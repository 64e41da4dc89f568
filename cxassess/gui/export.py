"""PDF and CSV export off the GUI thread, with progress and cancel."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from cxassess.core.document import Assessment
from cxassess.core.problems import CxError


class ExportWorker(QObject):
    """Builds a PDF or CSV from a copy of the document in a worker thread.

    The worker gets its own deep copy, so the user can keep editing while it runs; the
    figures it draws belong to this thread alone (matplotlib is not thread-safe).
    """

    progress = Signal(int, str)
    succeeded = Signal(str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, doc: Assessment, target: Path, kind: str) -> None:
        super().__init__()
        self.doc = doc.model_copy(deep=True)
        self.target = target
        self.kind = kind
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @Slot()
    def run(self) -> None:
        from cxassess.report.pdf import ReportCancelled

        try:
            if self.kind == "pdf":
                from cxassess.report.pdf import build_report_file

                build_report_file(
                    self.doc,
                    self.target,
                    progress=lambda f, m: self.progress.emit(int(f * 100), m),
                    cancelled=self._cancel.is_set,
                )
            else:
                from cxassess.core.export import answers_long_csv
                from cxassess.core.storage import atomic_write_bytes

                self.progress.emit(10, "answers")
                atomic_write_bytes(self.target, answers_long_csv(self.doc).encode("utf-8"))
                self.progress.emit(100, "done")
        except ReportCancelled:
            self.cancelled.emit()
            return
        except CxError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # a bug must not take the app down with the user's work
            self.failed.emit(f"{type(exc).__name__}: {exc}")
            return
        self.succeeded.emit(str(self.target))


def start_export(worker: ExportWorker, parent: QObject) -> QThread:
    """Run the worker in a new thread that cleans itself up."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    for signal in (worker.succeeded, worker.failed, worker.cancelled):
        signal.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    thread.finished.connect(thread.deleteLater)
    thread.start()
    return thread
