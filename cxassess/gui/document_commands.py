"""What the File menu does: new, open, save, import, merge, compare and export.

The window owns the screens; this object owns the commands that replace or combine
documents, so each can ask its questions (through the window's prompts) and report
errors in one place.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from cxassess.core.problems import CxError
from cxassess.gui.i18n import tr
from cxassess.gui.widgets import show_error, show_info

if TYPE_CHECKING:
    from cxassess.core.document import Assessment
    from cxassess.core.mapping import Mapping
    from cxassess.core.questionnaire import Questionnaire
    from cxassess.gui.main_window import MainWindow

CXA_FILTER = "cxassess assessments (*.cxa)"


class DocumentCommands:
    """Document-level commands, each a complete user action with its own errors.

    A plain class: it needs no signals, and a QObject subclass costs start-up time.
    """

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.session = window.session
        self.prompts = window.prompts
        self._exports: list[Any] = []
        self.export_worker: Any = None

    def _status(self, text: str, ms: int = 5000) -> None:
        self.window.statusBar().showMessage(text, ms)

    def can_replace(self) -> bool:
        """Before another document replaces this one: save, discard or stay."""
        if self.session.doc is None or not self.session.is_dirty:
            return True
        choice = self.window.ask_unsaved()
        if choice == "save":
            return self.save()
        return choice == "discard"

    # --- new and open -----------------------------------------------------------------
    def shipped(self) -> Questionnaire:
        from cxassess.core.questionnaire_io import load_questionnaire
        from cxassess.resources import DEFAULT_QUESTIONNAIRE, resolve_questionnaire

        return load_questionnaire(resolve_questionnaire(DEFAULT_QUESTIONNAIRE))

    def new(self, team: bool) -> None:
        from cxassess.core.document import Assessment, Participant

        if not self.can_replace():
            return
        try:
            q = self.shipped()
        except CxError as exc:
            show_error(
                self.window,
                tr("The shipped questionnaire could not be read. Reinstall cxassess."),
                exc.lines(),
            )
            return
        people = (
            [Participant(name=tr("Participant %d") % i) for i in (1, 2, 3)]
            if team
            else [Participant(name=tr("Me"))]
        )
        self.session.replace(Assessment.new(q, participants=people), None)
        self.window.show_page("setup")

    def open_dialog(self) -> None:
        path = self.prompts.ask_open_path(tr("Open an assessment"), CXA_FILTER)
        if path is not None:
            self.open_path(path)

    def _load_to_replace(self, path: Path) -> Assessment | None:
        """Read a file that will replace the open document, after the unsaved-changes
        question; None (with the error shown) when it cannot be."""
        from cxassess.core.storage import load_document

        if not self.can_replace():
            return None
        try:
            return load_document(path)
        except CxError as exc:
            show_error(self.window, tr("%s could not be opened.") % path.name, exc.lines())
            return None

    def open_path(self, path: Path) -> bool:
        from cxassess.core.locks import Locked

        doc = self._load_to_replace(path)
        if doc is None:
            return False
        lock = None
        read_only = False
        current = self.session.path
        if current is not None and current.resolve() == path.resolve():
            # Opening the file this window holds: it gives the lock to itself.
            self.session.close()
        try:
            lock = self.session.hold(path)
        except Locked as exc:
            choice = self.prompts.ask(
                "lockedDialog",
                tr("%s is already open for writing.") % path.name,
                exc.message
                + "\n\n"
                + tr(
                    "Open a read-only copy to look at it? Saving it then needs another name, "
                    "so neither window overwrites the other."
                ),
                [("cancel", tr("Cancel")), ("read_only", tr("Open &read-only"))],
            )
            if choice != "read_only":
                return False
            read_only = True
        except CxError:
            lock = None  # a folder without locks (read-only media): open as usual
        self.session.replace(doc, path, lock=lock, read_only=read_only)
        self.remember(path)
        self.window.show_landing()
        if read_only:
            self._status(
                tr("Read-only: %s is open elsewhere. Save as… keeps your changes in a new file.")
                % path.name,
                0,
            )
        if lock is not None and lock.took_over is not None:
            self._status(
                tr("%s was left open by %s, which is no longer running; it is yours now.")
                % (path.name, lock.took_over.describe()),
                10000,
            )
        if "assessed_on" in doc.reconstructed:
            show_info(
                self.window,
                tr(
                    "%s had no assessment date (an earlier cxassess left it out of files saved "
                    "on the day they were made). It is dated %s from %s; check it in Set-up, "
                    "and save to keep it."
                )
                % (path.name, doc.assessed_on.isoformat(), doc.reconstructed["assessed_on"]),
            )
        return True

    def remember(self, path: Path) -> None:
        from cxassess.gui.settings import remember_recent

        self.window.set_recent_menu(remember_recent(path, self.session.require()))

    # --- save ---------------------------------------------------------------------------
    def save(self) -> bool:
        if self.session.doc is None:
            return False
        if self.session.path is None or self.session.read_only:
            return self.save_as()
        return self._save_to(self.session.path)

    def save_as(self) -> bool:
        if self.session.doc is None:
            return False
        suggestion = (self.session.title() or "assessment").replace("/", "-")
        if not suggestion.endswith(".cxa"):
            suggestion += ".cxa"
        path = self.prompts.ask_save_path(tr("Save the assessment"), suggestion, CXA_FILTER)
        if path is None:
            return False
        if path.suffix != ".cxa":
            path = path.with_suffix(".cxa")
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        try:
            self.session.save(path)
        except CxError as exc:
            show_error(
                self.window,
                exc.message,
                [
                    tr(
                        "Choose another folder with Save as…; your answers are still safe in the automatic backup."
                    )
                ],
            )
            return False
        self.remember(path)
        self._status(tr("Saved %s") % path)
        return True

    def close_document(self) -> None:
        if self.can_replace():
            self.session.close()
            self.window.show_page("start")

    # --- recovery -------------------------------------------------------------------------
    def restore(self, document_id: str) -> None:
        from cxassess.core.recovery import list_recovery
        from cxassess.core.storage import load_document

        entry = next((e for e in list_recovery() if e.document_id == document_id), None)
        if entry is None or not self.can_replace():
            return
        try:
            doc = load_document(entry.copy)
        except CxError as exc:
            show_error(self.window, tr("The automatic backup could not be read."), exc.lines())
            return
        self.session.replace(doc, entry.original, dirty=True)
        self.window.show_landing(entry.page)
        self._status(tr("Restored. Save to keep the restored answers in your own file."), 10000)
        if doc.round_open and doc.room is not None:
            # The room was open when the app stopped: phones are waiting at its address.
            self.window.open_room()

    def discard_recovery(self, document_id: str) -> None:
        from cxassess.core.recovery import discard_recovery

        discard_recovery(document_id)
        self.window.refresh_start()

    # --- smile and repeat -----------------------------------------------------------------
    def new_from_earlier_dialog(self) -> None:
        path = self.prompts.ask_open_path(tr("Start from an earlier assessment"), CXA_FILTER)
        if path is not None:
            self.new_from_earlier(path)

    def new_from_earlier(self, path: Path) -> bool:
        """Same team, people and targets; the earlier roadmap's open items come along for review."""
        from datetime import date

        from cxassess.core.followup import start_from

        earlier = self._load_to_replace(path)
        if earlier is None:
            return False
        self.session.replace(start_from(earlier, path, date.today()), None, dirty=True)
        self.window.show_page("setup")
        carried = sum(1 for item in self.session.require().roadmap if item.carried_from)
        self._status(
            tr("Started from %s; %d open actions carried over for review in the roadmap.")
            % (path.name, carried),
            10000,
        )
        return True

    def compare_dialog(self) -> None:
        if self.session.doc is None:
            return
        paths = self.prompts.ask_open_paths(tr("Compare with earlier assessments"), CXA_FILTER)
        if paths:
            self.compare_with(paths)

    def compare_with(self, paths: list[Path]) -> bool:
        from cxassess.core.storage import load_document

        try:
            docs = [load_document(p) for p in paths]
        except CxError as exc:
            show_error(self.window, exc.message, exc.lines())
            return False
        self.window.page("trends").add_earlier(docs)
        self.window.show_page("trends")
        return True

    # --- importing ------------------------------------------------------------------------
    def import_files_dialog(self) -> None:
        paths = self.prompts.ask_open_paths(tr("Import participant files"), CXA_FILTER)
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[Path]) -> bool:
        """Add participants' files to the open assessment, or start a new one with them.

        Says who will be added and where before doing it; answer conflicts are settled
        one by one, and people who look imported twice are offered to be combined.
        """
        from cxassess.gui.importing import plan_import

        plan = plan_import(self.window, self.session, paths)
        if plan is None:
            return False
        merged, into_open = plan
        if into_open:
            self.session.set_participants(merged.participants, tr("Import participant files"))
        else:
            if not self.can_replace():
                return False
            self.session.replace(merged, None, dirty=True)
        self._status(
            tr("Imported %d file(s): %d people in the assessment.")
            % (len(paths), len(self.session.require().participants))
        )
        self.window.show_landing()
        return True

    def import_csv_dialog(self) -> None:
        path = self.prompts.ask_open_path(
            tr("Import responses"),
            tr("Responses (*.csv *.tsv *.txt *.xlsx *.zip);;CSV (*.csv *.tsv *.txt);;")
            + tr("Excel workbook (*.xlsx);;ODK Central download (*.zip);;All files (*)"),
        )
        if path is not None:
            self.import_csv(path)

    def import_csv(self, path: Path) -> bool:
        """Preview a responses file, settle what it does not match, then import it."""
        from PySide6.QtWidgets import QDialog

        from cxassess.gui.import_preview import ImportPreviewDialog

        if not self.can_replace():
            return False
        q = self.session.doc.questionnaire if self.session.doc is not None else self.shipped()
        dialog = ImportPreviewDialog(path, q, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.finish_import(path, q, dialog.mapping)

    def finish_import(self, path: Path, q: Questionnaire, mapping: Mapping) -> bool:
        """Import a responses file with the choices made in its preview."""
        from cxassess.core.survey_import import import_export

        try:
            doc, _ = import_export(path, q, mapping)
        except CxError as exc:
            show_error(self.window, tr("%s could not be imported.") % path.name, exc.lines())
            return False
        self.session.replace(doc, None, dirty=True)
        self.window.show_landing()
        self._status(
            tr("Imported %d people from %s, dated %s.")
            % (len(doc.participants), path.name, doc.assessed_on.isoformat())
        )
        return True

    def choose_questionnaire(self) -> None:
        path = self.prompts.ask_open_path(tr("Use a questionnaire"), "YAML (*.yaml *.yml)")
        if path is not None:
            self.use_questionnaire(path)

    def use_questionnaire(self, path: Path) -> bool:
        from cxassess.core.questionnaire_io import load_questionnaire

        doc = self.session.require()
        if any(p.answers for p in doc.participants):
            show_error(
                self.window,
                tr("Answers have already been given with the current questionnaire."),
                [tr("Start a new assessment to use a different questionnaire.")],
            )
            return False
        try:
            q = load_questionnaire(path)
        except CxError as exc:
            show_error(
                self.window,
                tr("The questionnaire %s has problems. Fix them and try again:") % path.name,
                exc.lines(),
            )
            return False
        self.session.set_fields(
            tr("Change questionnaire"),
            "meta",
            questionnaire=q,
            questionnaire_hash=q.content_hash,
            targets={},
        )
        return True

    # --- export ---------------------------------------------------------------------------
    def export(self, kind: str, suggestions: bool = False, named: bool = False) -> None:
        from cxassess.gui.export import CsvJob, ExportController, PdfJob

        doc = self.session.doc
        if doc is None or self.window.results_locked():
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
        job = PdfJob(doc, path, suggestions, named) if kind == "pdf" else CsvJob(doc, path)
        label = tr("Building the report…") if kind == "pdf" else tr("Writing the CSV…")
        controller = ExportController(job, label, self.window)
        controller.done.connect(lambda target: self._exported(Path(target)))
        controller.failed.connect(
            lambda text: show_error(
                self.window, tr("The export failed; nothing was written."), [text]
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
            show_error(self.window, tr("The form could not be written."), exc.lines())
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
        box = QMessageBox(self.window)
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


def doc_label(doc: Assessment) -> str:
    """How the open assessment is named in questions about it."""
    return doc.team or doc.organisation or tr("the open assessment")


__all__ = ["CXA_FILTER", "DocumentCommands", "doc_label"]
