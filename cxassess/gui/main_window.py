"""The main window: menus, the step bar, and the flow between screens.

Screens are built the first time they are shown, so the window appears before pydantic,
matplotlib or reportlab are imported.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QToolBar, QWidget

from cxassess.core.problems import CxError
from cxassess.gui.i18n import tr
from cxassess.gui.session import DocumentSession
from cxassess.gui.start_page import StartPage
from cxassess.gui.widgets import show_error, show_info

if TYPE_CHECKING:
    import uuid

    from PySide6.QtCore import QSettings

    from cxassess.core.questionnaire import Questionnaire

MAX_RECENT = 8
CXA_FILTER = "cxassess assessments (*.cxa)"


def settings() -> QSettings:
    """Preferences and recent files, in an INI file in the user's config folder."""
    from PySide6.QtCore import QSettings

    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "cxassess", "cxassess")


class MainWindow(QMainWindow):
    """Coordinates the screens; all document changes go through the session."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.session = DocumentSession(self)
        self.session.dirtyChanged.connect(self.setWindowModified)
        self.session.pathChanged.connect(self._update_title)
        self.session.documentReplaced.connect(self._document_replaced)
        self.session.autosaveFailed.connect(
            lambda text: self.statusBar().showMessage(
                tr("Automatic backup failed: %s") % text, 10000
            )
        )
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.start_page = StartPage()
        self.stack.addWidget(self.start_page)
        self._pages: dict[str, QWidget] = {}
        self._exports: list[Any] = []
        self.presenter: QWidget | None = None
        self._build_actions()
        self._connect_start()
        self._update_title()
        self._update_enabled()
        self.resize(1280, 800)
        self._painted = False
        self.ready = False  # True once shortcuts, icon and recent files are in place

    def event(self, event: QEvent) -> bool:
        # Reading the recovery folder, recent files and the SVG icon waits until the
        # window has been painted once: start-up time is part of the product.
        if not getattr(self, "_painted", True) and event.type() == QEvent.Type.Paint:
            self._painted = True
            QTimer.singleShot(0, self._after_show)
        return super().event(event)

    def _after_show(self) -> None:
        from PySide6.QtGui import QIcon

        for action, keys in self._pending_shortcuts:
            action.setShortcuts([QKeySequence(k) for k in keys])
        self._pending_shortcuts.clear()
        self.ready = True

        self.setWindowIcon(QIcon(str(_icon_path())))
        self.refresh_start()

    # --- pages, built on first use -------------------------------------------------
    def page(self, name: str) -> Any:
        if name not in self._pages:
            factory: dict[str, Callable[[], QWidget]] = {
                "setup": self._make_setup,
                "answer": self._make_answer,
                "handover": self._make_handover,
                "results": self._make_results,
                "roadmap": self._make_roadmap,
                "trends": self._make_trends,
            }
            widget = factory[name]()
            self._pages[name] = widget
            self.stack.addWidget(widget)
            if self.session.doc is not None and hasattr(widget, "refresh"):
                widget.refresh()
        return self._pages[name]

    def _make_setup(self) -> QWidget:
        from cxassess.gui.setup_page import SetupPage

        page = SetupPage(self.session)
        page.startAnswering.connect(self.start_answering)
        page.loadQuestionnaireRequested.connect(self.choose_questionnaire)
        return page

    def _make_answer(self) -> QWidget:
        from cxassess.gui.answer_page import AnswerPage

        page = AnswerPage(self.session)
        page.finished.connect(self._participant_finished)
        return page

    def _make_handover(self) -> QWidget:
        from cxassess.gui.handover_page import HandoverPage

        page = HandoverPage(self.session)
        page.startParticipant.connect(self._start_participant)
        page.showResults.connect(lambda: self.show_page("results"))
        return page

    def _start_participant(self, participant_id: str) -> None:
        import uuid

        self.answer_as(uuid.UUID(participant_id))

    def _make_results(self) -> QWidget:
        from cxassess.gui.results_page import ResultsPage

        return ResultsPage(self.session)

    def _make_trends(self) -> QWidget:
        from cxassess.gui.trends_page import TrendsPage

        page = TrendsPage(self.session)
        page.addEarlierRequested.connect(self.compare_dialog)
        page.load_linked()
        return page

    def _make_roadmap(self) -> QWidget:
        from cxassess.gui.roadmap_page import RoadmapPage

        return RoadmapPage(self.session)

    def show_page(self, name: str) -> None:
        if name == "start":
            self.refresh_start()
            self.stack.setCurrentWidget(self.start_page)
        else:
            if self.session.doc is None:
                return
            if name == "answer" and self.page("answer").participant_id is None:
                self.start_answering()
                return
            if name == "roadmap" and not self.session.require().roadmap:
                self.page("roadmap").regenerate()
            self.stack.setCurrentWidget(self.page(name))
        for key, action in self.step_actions.items():
            action.setChecked(key == name or (key == "answer" and name == "handover"))

    # --- actions and menus --------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | str | None = None,
        name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            self._pending_shortcuts.append((action, [shortcut]))
        action.triggered.connect(lambda _=False: slot())
        action.setObjectName(name or text)
        return action

    def _build_actions(self) -> None:
        # Shortcuts are attached after the first paint: building a QKeySequence makes
        # PySide create all of the Qt namespace's enums, about 10 ms of start-up.
        self._pending_shortcuts: list[tuple[QAction, list[Any]]] = []
        key = QKeySequence.StandardKey
        self.act_new = self._action(
            tr("New &solo assessment"), self.new_solo, key.New, "actionNewSolo"
        )
        self.act_new_ws = self._action(
            tr("New team &workshop"), self.new_workshop, "Ctrl+Shift+N", "actionNewWorkshop"
        )
        self.act_open = self._action(tr("&Open…"), self.open_dialog, key.Open, "actionOpen")
        self.act_from_earlier = self._action(
            tr("New assessment from an &earlier one…"),
            self.new_from_earlier_dialog,
            None,
            "actionFromEarlier",
        )
        self.act_compare = self._action(
            tr("&Compare with earlier assessments…"), self.compare_dialog, None, "actionCompare"
        )
        self.act_import = self._action(
            tr("&Import participant files…"),
            self.import_files_dialog,
            "Ctrl+I",
            "actionImportFiles",
        )
        self.act_import_csv = self._action(
            tr("Import &spreadsheet (CSV)…"), self.import_csv_dialog, None, "actionImportCsv"
        )
        self.act_save = self._action(tr("&Save"), self.save, key.Save, "actionSave")
        self.act_save_as = self._action(tr("Save &as…"), self.save_as, key.SaveAs, "actionSaveAs")
        self.act_pdf = self._action(
            tr("Export &PDF report…"), lambda: self.export("pdf"), "Ctrl+E", "actionExportPdf"
        )
        self.act_csv = self._action(
            tr("Export answers as &CSV…"),
            lambda: self.export("csv"),
            "Ctrl+Shift+E",
            "actionExportCsv",
        )
        self.act_close = self._action(tr("&Close"), self.close_document, key.Close, "actionClose")
        self.act_quit = self._action(tr("&Quit"), self.close, key.Quit, "actionQuit")
        self.act_undo = self.session.undo_stack.createUndoAction(self, tr("&Undo"))
        self._pending_shortcuts.append((self.act_undo, [key.Undo]))
        self.act_undo.setObjectName("actionUndo")
        self.act_redo = self.session.undo_stack.createRedoAction(self, tr("&Redo"))
        self._pending_shortcuts.append((self.act_redo, [key.Redo, "Ctrl+Y"]))
        self.act_redo.setObjectName("actionRedo")
        self.act_present = self._action(
            tr("&Presenter view"), self.toggle_presenter, "F11", "actionPresenter"
        )
        menu = self.menuBar()
        file_menu = menu.addMenu(tr("&File"))
        for a in (self.act_new, self.act_new_ws, self.act_from_earlier, self.act_open):
            file_menu.addAction(a)
        self.recent_menu = file_menu.addMenu(tr("Open &recent"))
        file_menu.addSeparator()
        for a in (self.act_import, self.act_import_csv, self.act_compare):
            file_menu.addAction(a)
        file_menu.addSeparator()
        for a in (self.act_save, self.act_save_as, self.act_pdf, self.act_csv):
            file_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(self.act_close)
        file_menu.addAction(self.act_quit)
        edit = menu.addMenu(tr("&Edit"))
        edit.addAction(self.act_undo)
        edit.addAction(self.act_redo)
        view = menu.addMenu(tr("&View"))
        self.step_actions: dict[str, QAction] = {}
        steps = QToolBar(tr("Steps"))
        steps.setObjectName("stepsToolbar")
        steps.setMovable(False)
        self.addToolBar(steps)
        for name, text, shortcut in (
            ("start", tr("Start"), "Alt+1"),
            ("setup", tr("1 · Set-up"), "Alt+2"),
            ("answer", tr("2 · Answer"), "Alt+3"),
            ("results", tr("3 · Results"), "Alt+4"),
            ("roadmap", tr("4 · Roadmap"), "Alt+5"),
            ("trends", tr("5 · Over time"), "Alt+6"),
        ):
            action = self._action(text, lambda n=name: self.show_page(n), shortcut, f"step_{name}")
            action.setCheckable(True)
            self.step_actions[name] = action
            steps.addAction(action)
            view.addAction(action)
        self.step_actions["start"].setChecked(True)
        view.addSeparator()
        view.addAction(self.act_present)
        steps.addSeparator()
        steps.addAction(self.act_pdf)
        steps.addAction(self.act_present)
        help_menu = menu.addMenu(tr("&Help"))
        help_menu.addAction(
            self._action(tr("&Keyboard shortcuts"), self.show_shortcuts, "F1", "actionShortcuts")
        )
        help_menu.addAction(
            self._action(tr("&About cxassess"), self.show_about, None, "actionAbout")
        )

    def _update_enabled(self) -> None:
        has_doc = self.session.doc is not None
        for a in (
            self.act_save,
            self.act_save_as,
            self.act_pdf,
            self.act_csv,
            self.act_close,
            self.act_present,
        ):
            a.setEnabled(has_doc)
        for name in ("setup", "answer", "results", "roadmap", "trends"):
            self.step_actions[name].setEnabled(has_doc)
        self.act_compare.setEnabled(has_doc)

    def _update_title(self) -> None:
        title = self.session.title()
        self.setWindowTitle(f"{title}[*] — cxassess" if title else "cxassess")

    def _document_replaced(self) -> None:
        self._update_title()
        self._update_enabled()
        if "answer" in self._pages:
            self._pages["answer"].participant_id = None  # type: ignore[attr-defined]

    # --- start screen ----------------------------------------------------------------
    def _connect_start(self) -> None:
        s = self.start_page
        s.newSolo.connect(self.new_solo)
        s.newWorkshop.connect(self.new_workshop)
        s.openRequested.connect(self.open_dialog)
        s.importFilesRequested.connect(self.import_files_dialog)
        s.importCsvRequested.connect(self.import_csv_dialog)
        s.fromEarlierRequested.connect(self.new_from_earlier_dialog)
        s.openRecent.connect(lambda p: self.open_path(Path(p)))
        s.restoreRequested.connect(self.restore)
        s.discardRecoveryRequested.connect(self.discard_recovery)

    def refresh_start(self) -> None:
        from cxassess.core.recovery import list_recovery

        self.start_page.set_recent(self.recent_files())
        current = str(self.session.doc.id) if self.session.doc is not None else None
        entries = []
        for entry in list_recovery():
            if entry.document_id == current:
                continue
            where = str(entry.original) if entry.original else tr("never saved")
            when = entry.written_at.astimezone().strftime("%d %b %Y %H:%M")
            entries.append(
                (
                    entry.document_id,
                    tr("%s (%s), last change %s") % (entry.title or tr("Untitled"), where, when),
                )
            )
        self.start_page.set_recovery(entries)

    def recent_files(self) -> list[str]:
        value = settings().value("recent", [])
        paths = [value] if isinstance(value, str) else list(value or [])
        return [p for p in paths if Path(p).exists()][:MAX_RECENT]

    def _remember(self, path: Path) -> None:
        paths = [str(path)] + [p for p in self.recent_files() if p != str(path)]
        settings().setValue("recent", paths[:MAX_RECENT])
        self.recent_menu.clear()
        for p in paths[:MAX_RECENT]:
            self.recent_menu.addAction(Path(p).name, lambda p=p: self.open_path(Path(p)))

    # --- asking the user (separate methods so tests can answer them) ------------------
    def ask_open_path(self, title: str, filter_: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, title, "", filter_)
        return Path(path) if path else None

    def ask_open_paths(self, title: str, filter_: str) -> list[Path]:
        from PySide6.QtWidgets import QFileDialog

        paths, _ = QFileDialog.getOpenFileNames(self, title, "", filter_)
        return [Path(p) for p in paths]

    def ask_save_path(self, title: str, suggestion: str, filter_: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, title, suggestion, filter_)
        return Path(path) if path else None

    def ask_unsaved(self) -> str:
        """'save', 'discard' or 'cancel' for a document with unsaved changes."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Unsaved changes"))
        box.setText(tr("Save the changes to %s before closing?") % self.session.title())
        box.setInformativeText(
            tr("Your answers are backed up automatically, but only saving writes your own file.")
        )
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        return {
            QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard",
        }.get(QMessageBox.StandardButton(answer), "cancel")

    def _can_replace(self) -> bool:
        """Before another document replaces this one: save, discard or stay."""
        if self.session.doc is None or not self.session.is_dirty:
            return True
        choice = self.ask_unsaved()
        if choice == "save":
            return self.save()
        return choice == "discard"

    # --- documents ----------------------------------------------------------------
    def _shipped(self) -> Questionnaire:
        from cxassess.core.questionnaire_io import load_questionnaire
        from cxassess.resources import DEFAULT_QUESTIONNAIRE, resolve_questionnaire

        return load_questionnaire(resolve_questionnaire(DEFAULT_QUESTIONNAIRE))

    def new_solo(self) -> None:
        self._new(team=False)

    def new_workshop(self) -> None:
        self._new(team=True)

    def _new(self, team: bool) -> None:
        from cxassess.core.document import Assessment, Participant

        if not self._can_replace():
            return
        try:
            q = self._shipped()
        except CxError as exc:
            show_error(
                self,
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
        self.show_page("setup")

    def open_dialog(self) -> None:
        path = self.ask_open_path(tr("Open an assessment"), CXA_FILTER)
        if path is not None:
            self.open_path(path)

    def open_path(self, path: Path) -> bool:
        from cxassess.core.storage import load_document

        if not self._can_replace():
            return False
        try:
            doc = load_document(path)
        except CxError as exc:
            show_error(self, tr("%s could not be opened.") % path.name, exc.lines())
            return False
        self.session.replace(doc, path)
        self._remember(path)
        answered = any(p.answers for p in doc.participants)
        self.show_page("results" if answered else "setup")
        return True

    def save(self) -> bool:
        if self.session.doc is None:
            return False
        if self.session.path is None:
            return self.save_as()
        return self._save_to(self.session.path)

    def save_as(self) -> bool:
        if self.session.doc is None:
            return False
        suggestion = (self.session.title() or "assessment").replace("/", "-")
        if not suggestion.endswith(".cxa"):
            suggestion += ".cxa"
        path = self.ask_save_path(tr("Save the assessment"), suggestion, CXA_FILTER)
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
                self,
                exc.message,
                [
                    tr(
                        "Choose another folder with Save as…; your answers are still safe in the automatic backup."
                    )
                ],
            )
            return False
        self._remember(path)
        self.statusBar().showMessage(tr("Saved %s") % path, 5000)
        return True

    def close_document(self) -> None:
        if self._can_replace():
            self.session.close()
            self.show_page("start")

    def restore(self, document_id: str) -> None:
        from cxassess.core.recovery import list_recovery
        from cxassess.core.storage import load_document

        entry = next((e for e in list_recovery() if e.document_id == document_id), None)
        if entry is None or not self._can_replace():
            return
        try:
            doc = load_document(entry.copy)
        except CxError as exc:
            show_error(self, tr("The automatic backup could not be read."), exc.lines())
            return
        self.session.replace(doc, entry.original, dirty=True)
        self.show_page("results" if any(p.answers for p in doc.participants) else "setup")
        self.statusBar().showMessage(
            tr("Restored. Save to keep the restored answers in your own file."), 10000
        )

    def discard_recovery(self, document_id: str) -> None:
        from cxassess.core.recovery import discard_recovery

        discard_recovery(document_id)
        self.refresh_start()

    # --- smile and repeat -----------------------------------------------------------
    def new_from_earlier_dialog(self) -> None:
        path = self.ask_open_path(tr("Start from an earlier assessment"), CXA_FILTER)
        if path is not None:
            self.new_from_earlier(path)

    def new_from_earlier(self, path: Path) -> bool:
        """Same team, people and targets; the earlier roadmap's open items come along for review."""
        from datetime import date

        from cxassess.core.followup import start_from
        from cxassess.core.storage import load_document

        if not self._can_replace():
            return False
        try:
            earlier = load_document(path)
        except CxError as exc:
            show_error(self, tr("%s could not be opened.") % path.name, exc.lines())
            return False
        self.session.replace(start_from(earlier, path, date.today()), None, dirty=True)
        self.show_page("setup")
        carried = sum(1 for item in self.session.require().roadmap if item.carried_from)
        self.statusBar().showMessage(
            tr("Started from %s; %d open actions carried over for review in the roadmap.")
            % (path.name, carried),
            10000,
        )
        return True

    def compare_dialog(self) -> None:
        if self.session.doc is None:
            return
        paths = self.ask_open_paths(tr("Compare with earlier assessments"), CXA_FILTER)
        if paths:
            self.compare_with(paths)

    def compare_with(self, paths: list[Path]) -> bool:
        from cxassess.core.storage import load_document

        try:
            docs = [load_document(p) for p in paths]
        except CxError as exc:
            show_error(self, exc.message, exc.lines())
            return False
        self.page("trends").add_earlier(docs)
        self.show_page("trends")
        return True

    # --- importing ----------------------------------------------------------------
    def import_files_dialog(self) -> None:
        paths = self.ask_open_paths(tr("Import participant files"), CXA_FILTER)
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[Path]) -> bool:
        """Merge participants' files into the open workshop, or into a new one."""
        from cxassess.core.merge import merge_documents
        from cxassess.core.storage import load_document

        try:
            docs = [load_document(p) for p in paths]
            current = self.session.doc
            if current is not None:
                merged = merge_documents([current, *docs], [self.session.title(), *map(str, paths)])
                self.session.set_participants(merged.participants, tr("Import participant files"))
            else:
                merged = merge_documents(docs, [str(p) for p in paths])
                self.session.replace(merged, None, dirty=True)
        except CxError as exc:
            show_error(self, exc.message, (exc.problems and exc.lines()) or [])
            return False
        self.statusBar().showMessage(tr("Imported %d file(s).") % len(paths), 5000)
        self.show_page("results")
        return True

    def import_csv_dialog(self) -> None:
        path = self.ask_open_path(tr("Import a spreadsheet of responses"), "CSV (*.csv *.txt)")
        if path is not None:
            self.import_csv(path)

    def import_csv(self, path: Path) -> bool:
        from cxassess.core.csv_import import import_responses_csv

        if not self._can_replace():
            return False
        try:
            q = self.session.doc.questionnaire if self.session.doc is not None else self._shipped()
            doc = import_responses_csv(path, q)
        except CxError as exc:
            show_error(self, tr("%s could not be imported.") % path.name, exc.lines())
            return False
        self.session.replace(doc, None, dirty=True)
        self.show_page("results")
        return True

    def choose_questionnaire(self) -> None:
        path = self.ask_open_path(tr("Use a questionnaire"), "YAML (*.yaml *.yml)")
        if path is not None:
            self.use_questionnaire(path)

    def use_questionnaire(self, path: Path) -> bool:
        from cxassess.core.questionnaire_io import load_questionnaire

        doc = self.session.require()
        if any(p.answers for p in doc.participants):
            show_error(
                self,
                tr("Answers have already been given with the current questionnaire."),
                [tr("Start a new assessment to use a different questionnaire.")],
            )
            return False
        try:
            q = load_questionnaire(path)
        except CxError as exc:
            show_error(
                self,
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

    # --- answering flow -----------------------------------------------------------
    def start_answering(self) -> None:
        doc = self.session.require()
        if doc.is_team:
            self.page("handover").prepare(None)
            self.show_page("handover")
        else:
            self.answer_as(doc.participants[0].id)

    def answer_as(self, participant_id: uuid.UUID) -> None:
        page = self.page("answer")
        page.start(participant_id)
        self.stack.setCurrentWidget(page)
        for key, action in self.step_actions.items():
            action.setChecked(key == "answer")

    def _participant_finished(self) -> None:
        doc = self.session.require()
        previous = self.page("answer").participant_id
        self.session.flush_autosave()
        if doc.is_team:
            # Nothing of the last person's answers stays on screen.
            self.page("answer").participant_id = None
            self.page("handover").prepare(previous)
            self.show_page("handover")
        else:
            self.show_page("results")

    # --- export -------------------------------------------------------------------
    def export(self, kind: str) -> None:
        from cxassess.gui.export import ExportController, ExportWorker

        doc = self.session.doc
        if doc is None:
            return
        base = Path(self.session.title()).stem or "assessment"
        if kind == "pdf":
            path = self.ask_save_path(tr("Export the PDF report"), base + ".pdf", "PDF (*.pdf)")
        else:
            path = self.ask_save_path(tr("Export answers as CSV"), base + ".csv", "CSV (*.csv)")
        if path is None:
            return
        worker = ExportWorker(doc, path, kind)
        label = tr("Building the report…") if kind == "pdf" else tr("Writing the CSV…")
        controller = ExportController(worker, label, self)
        controller.done.connect(lambda target: self._exported(Path(target)))
        controller.failed.connect(
            lambda text: show_error(self, tr("The export failed; nothing was written."), [text])
        )
        controller.cancelled.connect(
            lambda: self.statusBar().showMessage(tr("Export cancelled; nothing was written."), 5000)
        )
        self.export_worker = worker
        self._exports.append(controller)
        controller.thread.finished.connect(
            lambda: self._exports.remove(controller) if controller in self._exports else None
        )
        controller.start()

    def _exported(self, path: Path) -> None:
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QMessageBox

        self.statusBar().showMessage(tr("Wrote %s") % path, 10000)
        box = show_info(self, tr("Wrote %s.") % path.name)
        box.setObjectName("exportDoneDialog")
        open_file = box.addButton(tr("Open file"), QMessageBox.ButtonRole.AcceptRole)
        open_folder = box.addButton(tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        open_file.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
        )

    # --- presenter, help, closing ---------------------------------------------------
    def toggle_presenter(self) -> None:
        from cxassess.gui.presenter import PresenterWindow

        if self.session.doc is None:
            return
        if self.presenter is not None and self.presenter.isVisible():
            self.presenter.close()
            return
        if self.presenter is None:
            self.presenter = PresenterWindow(self.session)
        self.presenter.refresh()  # type: ignore[attr-defined]
        self.presenter.showFullScreen()

    def show_shortcuts(self) -> None:
        show_info(
            self,
            tr(
                "Answering: 1–5 choose an answer, 0 or N not applicable, Enter or → next, ← back.\n"
                "Ctrl+S save, Ctrl+Z undo, Ctrl+Shift+Z redo, Ctrl+E export PDF, F11 presenter view,\n"
                "Alt+1 … Alt+5 move between Start, Set-up, Answer, Results and Roadmap."
            ),
        )

    def show_about(self) -> None:
        from cxassess import __version__

        show_info(
            self,
            tr("cxassess %s\nCustomer-centric culture assessment for teams and managers.")
            % __version__,
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._can_replace():
            event.ignore()
            return
        if self.session.doc is not None:
            self.session.discard_recovery()
        if self.presenter is not None:
            self.presenter.close()
        for controller in list(self._exports):
            controller.wait()
        event.accept()


def _icon_path() -> Path:
    from cxassess.resources import assets_dir

    return assets_dir() / "icons" / "cxassess.svg"


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


__all__ = ["MainWindow", "schedule_warm_up", "settings"]
