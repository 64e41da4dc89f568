"""PDF and CSV export off the GUI thread, with progress and cancel."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from cxassess.core.document import Assessment
from cxassess.core.problems import CxError
from cxassess.gui.i18n import tr


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


class ExportController(QObject):
    """Lives in the GUI thread: shows progress, offers cancel, and reports the outcome.

    The worker's signals reach these slots through queued connections, so no widget is
    ever touched from the worker thread.
    """

    done = Signal(str)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, worker: ExportWorker, label: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.worker = worker
        self.dialog = QProgressDialog(label, tr("Cancel"), 0, 100, parent)
        self.dialog.setObjectName("exportProgress")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(500)  # only shown when the work takes noticeably long
        self.dialog.setAutoClose(True)
        self.dialog.canceled.connect(worker.cancel)
        worker.progress.connect(self._progress)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        worker.cancelled.connect(self._cancelled)
        self.thread = QThread(self)
        worker.moveToThread(self.thread)
        self.thread.started.connect(worker.run)
        for signal in (worker.succeeded, worker.failed, worker.cancelled):
            signal.connect(self.thread.quit)
        self.thread.finished.connect(worker.deleteLater)

    def start(self) -> None:
        self.thread.start()

    def wait(self, ms: int = 5000) -> None:
        self.worker.cancel()
        self.thread.quit()
        self.thread.wait(ms)

    @Slot(int, str)
    def _progress(self, value: int, message: str) -> None:
        self.dialog.setValue(value)
        self.dialog.setLabelText(message)

    @Slot(str)
    def _succeeded(self, target: str) -> None:
        self.dialog.reset()
        self.done.emit(target)

    @Slot(str)
    def _failed(self, text: str) -> None:
        self.dialog.reset()
        self.failed.emit(text)

    @Slot()
    def _cancelled(self) -> None:
        self.dialog.reset()
        self.cancelled.emit()
