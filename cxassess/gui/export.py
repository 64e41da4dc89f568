"""PDF and CSV export without stalling the window, with progress and cancel.

The PDF is built in a process of its own (`cxassess report`), because matplotlib
and reportlab hold the interpreter lock for hundreds of milliseconds at a time: in a
thread of the app they froze the window during every export. The CSV is quick and is
written in a background task.
"""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from cxassess.core.document import Assessment
from cxassess.gui.background import BackgroundTask, Progress, describe
from cxassess.gui.i18n import tr


class ExportJob(QObject):
    """What the controller drives: progress, then exactly one of the three outcomes."""

    progress = Signal(int, str)
    succeeded = Signal(str)
    failed = Signal(str)
    cancelled = Signal()

    def start(self) -> None:
        raise NotImplementedError

    def cancel(self) -> None:
        raise NotImplementedError

    def wait(self, ms: int = 5000) -> None:
        """Stop and wait, for a window that is closing."""
        self.cancel()


class PdfJob(ExportJob):
    """Builds the report in a separate process from a copy of the document."""

    def __init__(
        self,
        doc: Assessment,
        target: Path,
        suggestions: bool = False,
        named: bool = False,
        previous: list[Path] | None = None,
    ) -> None:
        super().__init__()
        self._previous = list(previous or [])
        from cxassess.core.storage import dump_document

        self.target = Path(target)
        self._folder = tempfile.TemporaryDirectory(prefix="cxassess-export-")
        self._source = Path(self._folder.name) / "assessment.cxa"
        # A snapshot: the user can keep editing while the report is built.
        self._source.write_bytes(dump_document(doc))
        self._suggestions = suggestions
        self._named = named
        self._cancelling = False
        self._stderr = b""
        self.process = QProcess(self)
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.SeparateChannels)
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.readyReadStandardError.connect(self._read_errors)
        self.process.finished.connect(self._finished)
        self.process.errorOccurred.connect(self._error)

    def start(self) -> None:
        from cxassess.resources import command_line

        program, *arguments = command_line()
        arguments += ["report", str(self._source), "-o", str(self.target), "--progress-lines"]
        if self._suggestions:
            arguments.append("--suggestions")
        if self._named:
            arguments.append("--named")
        # The snapshot lives in a folder of its own: the earlier files are named here.
        arguments += ["--previous", *[str(p) for p in self._previous]]
        self.process.start(program, arguments)

    def cancel(self) -> None:
        if self.process.state() != QProcess.ProcessState.NotRunning:
            self._cancelling = True
            self.process.kill()

    def wait(self, ms: int = 5000) -> None:
        self.cancel()
        self.process.waitForFinished(ms)

    @Slot()
    def _read(self) -> None:
        while self.process.canReadLine():
            line = bytes(self.process.readLine().data()).decode("utf-8", "replace").strip()
            if line.startswith("progress "):
                _, fraction, *message = line.split(" ", 2)
                with contextlib.suppress(ValueError):
                    self.progress.emit(int(float(fraction) * 100), message[0] if message else "")

    @Slot()
    def _read_errors(self) -> None:
        self._stderr += bytes(self.process.readAllStandardError().data())

    def _cleanup(self) -> None:
        # A kill during the final write can leave the atomic save's temporary file.
        for leftover in self.target.parent.glob(f".{self.target.name}.*.tmp"):
            with contextlib.suppress(OSError):
                leftover.unlink()
        self._folder.cleanup()

    @Slot(int, QProcess.ExitStatus)
    def _finished(self, code: int, status: QProcess.ExitStatus) -> None:
        self._read_errors()
        self._cleanup()
        if self._cancelling:
            self.cancelled.emit()
        elif status == QProcess.ExitStatus.NormalExit and code == 0:
            self.succeeded.emit(str(self.target))
        else:
            text = self._stderr.decode("utf-8", "replace").strip().splitlines()
            self.failed.emit("\n".join(text[-6:]) or tr("The report builder stopped unexpectedly."))

    @Slot(QProcess.ProcessError)
    def _error(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._cleanup()
            self.failed.emit(
                tr("The report builder could not start: %s") % self.process.errorString()
            )


class CsvJob(ExportJob):
    """Writes the answers as CSV off the GUI thread, from a copy of the document."""

    def __init__(self, doc: Assessment, target: Path) -> None:
        super().__init__()
        snapshot = doc.model_copy(deep=True)
        self.target = target
        self.task: BackgroundTask[str] = BackgroundTask(
            lambda progress: _write_csv(snapshot, target, progress), "csv-export", self
        )
        self.task.progress.connect(lambda done, total, text: self.progress.emit(done, text))
        self.task.done.connect(lambda target: self.succeeded.emit(str(target)))
        self.task.failed.connect(lambda error: self.failed.emit(describe(error)))
        self.task.cancelled.connect(self.cancelled.emit)

    def start(self) -> None:
        self.task.start()

    def cancel(self) -> None:
        self.task.cancel()

    def wait(self, ms: int = 5000) -> None:
        self.cancel()
        self.task.wait(ms)


def _write_csv(doc: Assessment, target: Path, progress: Progress) -> str:
    from cxassess.core.export import answers_long_csv
    from cxassess.core.storage import atomic_write_bytes

    progress(10, 100, "answers")
    data = answers_long_csv(doc).encode("utf-8")
    progress.check()
    atomic_write_bytes(target, data)
    progress(100, 100, "done")
    return str(target)


class ExportController(QObject):
    """Lives in the GUI thread: shows progress, offers cancel, and reports the outcome."""

    done = Signal(str)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, job: ExportJob, label: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.job = job
        self.dialog = QProgressDialog(label, tr("Cancel"), 0, 100, parent)
        self.dialog.setObjectName("exportProgress")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(500)  # only shown when the work takes noticeably long
        self.dialog.setAutoClose(True)
        self.dialog.canceled.connect(job.cancel)
        job.progress.connect(self._progress)
        job.succeeded.connect(self._succeeded)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)

    def start(self) -> None:
        self.job.start()

    def wait(self, ms: int = 5000) -> None:
        self.job.wait(ms)

    @Slot(int, str)
    def _progress(self, value: int, message: str) -> None:
        self.dialog.setValue(value)
        self.dialog.setLabelText(message)

    @Slot(str)
    def _succeeded(self, target: str) -> None:
        self.dialog.reset()
        self.done.emit(target)
        self.finished.emit()

    @Slot(str)
    def _failed(self, text: str) -> None:
        self.dialog.reset()
        self.failed.emit(text)
        self.finished.emit()

    @Slot()
    def _cancelled(self) -> None:
        self.dialog.reset()
        self.cancelled.emit()
        self.finished.emit()


__all__ = ["CsvJob", "ExportController", "ExportJob", "PdfJob"]
