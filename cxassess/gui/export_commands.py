"""The File menu's exports: the PDF and CSV off the GUI thread, and the send-out form."""

from __future__ import annotations

from pathlib import Path

from cxassess.core.problems import CxError
from cxassess.gui.command_host import CommandBase
from cxassess.gui.i18n import tr
from cxassess.gui.widgets.common import show_error


class ExportCommands(CommandBase):
    """Exports with progress, cancel and a way to open what was written."""

    def _earlier_files(self, doc: object) -> list[Path]:
        """The earlier assessments the document links to that can be found and read, so
        that the report shows what moved since (Since last time)."""
        from cxassess.core.document import Assessment
        from cxassess.core.followup import load_linked

        assert isinstance(doc, Assessment)
        folder = self.session.path.parent if self.session.path is not None else None
        return [path for path, _earlier in load_linked(doc, folder)]

    def export(self, kind: str, suggestions: bool = False, named: bool = False) -> None:
        from cxassess.gui.export import CsvJob, ExportController, PdfJob

        doc = self.session.doc
        if doc is None or self.host.results_locked():
            return
        base = Path(self.session.title()).stem or "assessment"
        if kind == "pdf":
            path = self.prompts.ask_save_path(
                tr("Export the PDF report"),
                base + ("-named" if named else "") + ".pdf",
                "PDF (*.pdf)",
            )
        else:
            path = self.prompts.ask_save_path(
                tr("Export answers as CSV"), base + ".csv", "CSV (*.csv)"
            )
        if path is None:
            return
        job = (
            PdfJob(doc, path, suggestions, named, self._earlier_files(doc))
            if kind == "pdf"
            else CsvJob(doc, path)
        )
        label = tr("Building the report…") if kind == "pdf" else tr("Writing the CSV…")
        controller = ExportController(job, label, self.parent)
        controller.done.connect(lambda target: self._exported(Path(target)))
        controller.failed.connect(
            lambda text: show_error(
                self.parent, tr("The export failed; nothing was written."), [text]
            )
        )
        controller.cancelled.connect(
            lambda: self._status(tr("Export cancelled; nothing was written."))
        )
        self.export_worker = job
        self._exports.append(controller)
        controller.finished.connect(
            lambda: self._exports.remove(controller) if controller in self._exports else None
        )
        controller.start()

    def export_form(self) -> bool:
        """Write the send-out form: participants answer offline and send back a .cxa file."""
        from cxassess.room.form import write_form

        doc = self.session.doc
        if doc is None:
            return False
        base = Path(self.session.title()).stem or "assessment"
        path = self.prompts.ask_save_path(
            tr("Write an answer form to send out"), base + " - form.html", "HTML (*.html)"
        )
        if path is None:
            return False
        try:
            write_form(doc, path)
        except CxError as exc:
            show_error(self.parent, tr("The form could not be written."), exc.lines())
            return False
        self._status(
            tr("Wrote %s: send it to participants; merge the files they send back with Import.")
            % path.name,
            10000,
        )
        return True

    def _exported(self, path: Path) -> None:
        from PySide6.QtCore import Qt, QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QMessageBox

        self._status(tr("Wrote %s") % path, 10000)
        box = QMessageBox(self.parent)
        box.setObjectName("exportDoneDialog")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(tr("cxassess"))
        box.setText(tr("Wrote %s.") % path.name)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        open_file = box.addButton(tr("Open file"), QMessageBox.ButtonRole.AcceptRole)
        open_folder = box.addButton(tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.setEscapeButton(box.addButton(QMessageBox.StandardButton.Close))
        open_file.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        )
        box.open()

    def wait_for_exports(self) -> None:
        for controller in list(self._exports):
            controller.wait()


__all__ = ["ExportCommands"]
