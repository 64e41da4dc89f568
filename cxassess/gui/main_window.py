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

from cxassess.gui.document_commands import DocumentCommands
from cxassess.gui.i18n import tr
from cxassess.gui.prompts import Prompts
from cxassess.gui.session import DocumentSession
from cxassess.gui.start_page import StartPage
from cxassess.gui.widgets import fit_to_screen, show_info

if TYPE_CHECKING:
    import uuid

# Screens that show the team's answers: hidden while a workshop's round is open.
REVEALING_PAGES = ("results", "roadmap", "trends")


class MainWindow(QMainWindow):
    """Coordinates the screens; all document changes go through the session."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.session = DocumentSession(self)
        self.session.dirtyChanged.connect(self.setWindowModified)
        self.session.pathChanged.connect(self._update_title)
        self.session.documentReplaced.connect(self._document_replaced)
        self.session.changed.connect(self._document_changed)
        self.prompts = Prompts(self)
        self.commands = DocumentCommands(self)
        # Until a backup works again, the message stays: answers are not safe meanwhile.
        self.session.autosaveFailed.connect(
            lambda text: self.statusBar().showMessage(
                tr("Automatic backup failed, answers are NOT safe: %s") % text
            )
        )
        self.session.autosaveWorks.connect(
            lambda: self.statusBar().showMessage(tr("Automatic backup works again."), 5000)
        )
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.start_page = StartPage()
        self.stack.addWidget(self.start_page)
        self._pages: dict[str, QWidget] = {}
        self.presenter: QWidget | None = None
        self.room: Any = None
        self._build_actions()
        self._connect_start()
        self._update_title()
        self._update_enabled()
        fit_to_screen(self, 1280, 800)
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
        page.loadQuestionnaireRequested.connect(self.commands.choose_questionnaire)
        return page

    def _make_answer(self) -> QWidget:
        from cxassess.gui.answer_page import AnswerPage

        page = AnswerPage(self.session, self.prompts)
        page.finished.connect(self._participant_finished)
        return page

    def _make_handover(self) -> QWidget:
        from cxassess.gui.handover_page import HandoverPage

        page = HandoverPage(self.session, self.prompts)
        page.startParticipant.connect(self._start_participant)
        page.revealed.connect(lambda: self.show_page("results"))
        page.roomRequested.connect(self.open_room)
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
        page.addEarlierRequested.connect(self.commands.compare_dialog)
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
            if name in REVEALING_PAGES and self.results_locked():
                name = "handover"  # the round is open: nothing of the answers is shown
            if name == "answer" and self.page("answer").participant_id is None:
                self.start_answering()
                return
            if name == "handover":
                self.page("handover").prepare(None)
            if name == "roadmap" and not self.session.require().roadmap:
                self.page("roadmap").regenerate()
            self.stack.setCurrentWidget(self.page(name))
        self.session.page = name
        for key, action in self.step_actions.items():
            action.setChecked(key == name or (key == "answer" and name == "handover"))

    def show_landing(self, page: str = "") -> None:
        """The screen to land on after opening, importing or restoring a document.

        A recovered session returns to the screen it was on; answering resumes through
        the hand-over screen in a workshop, so nobody lands inside someone's answers.
        """
        doc = self.session.require()
        if self.results_locked():
            self.show_page("handover")
        elif page in ("setup", "answer", "handover", *REVEALING_PAGES):
            self.show_page(page)
        else:
            self.show_page("results" if any(p.answers for p in doc.participants) else "setup")

    def results_locked(self) -> bool:
        """True while a workshop's private answering is under way."""
        from cxassess.core.round import results_visible

        doc = self.session.doc
        return doc is not None and not results_visible(doc)

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
            tr("New &solo assessment"),
            lambda: self.commands.new(team=False),
            key.New,
            "actionNewSolo",
        )
        self.act_new_ws = self._action(
            tr("New team &workshop"),
            lambda: self.commands.new(team=True),
            "Ctrl+Shift+N",
            "actionNewWorkshop",
        )
        self.act_open = self._action(
            tr("&Open…"), self.commands.open_dialog, key.Open, "actionOpen"
        )
        self.act_from_earlier = self._action(
            tr("New assessment from an &earlier one…"),
            self.commands.new_from_earlier_dialog,
            None,
            "actionFromEarlier",
        )
        self.act_compare = self._action(
            tr("&Compare with earlier assessments…"),
            self.commands.compare_dialog,
            None,
            "actionCompare",
        )
        self.act_portfolio = self._action(
            tr("&Portfolio of many teams…"),
            self.open_portfolio,
            None,
            "actionPortfolio",
        )
        self.act_import = self._action(
            tr("&Import participant files…"),
            self.commands.import_files_dialog,
            "Ctrl+I",
            "actionImportFiles",
        )
        self.act_import_csv = self._action(
            tr("Import &responses (CSV, XLSX, survey tools)…"),
            self.commands.import_csv_dialog,
            None,
            "actionImportCsv",
        )
        self.act_save = self._action(tr("&Save"), self.commands.save, key.Save, "actionSave")
        self.act_save_as = self._action(
            tr("Save &as…"), self.commands.save_as, key.SaveAs, "actionSaveAs"
        )
        self.act_pdf = self._action(
            tr("Export &PDF report…"),
            lambda: self.commands.export("pdf"),
            "Ctrl+E",
            "actionExportPdf",
        )
        self.act_pdf_suggestions = self._action(
            tr("Export PDF with the suggested actions…"),
            lambda: self.commands.export("pdf", suggestions=True),
            None,
            "actionExportPdfSuggestions",
        )
        # The PDF names nobody by default; this copy is for the people who took part.
        self.act_pdf_named = self._action(
            tr("Export PDF naming the participants…"),
            lambda: self.commands.export("pdf", named=True),
            None,
            "actionExportPdfNamed",
        )
        self.act_csv = self._action(
            tr("Export answers as &CSV…"),
            lambda: self.commands.export("csv"),
            "Ctrl+Shift+E",
            "actionExportCsv",
        )
        self.act_form = self._action(
            tr("Write an answer &form to send out…"),
            self.commands.export_form,
            None,
            "actionExportForm",
        )
        self.act_close = self._action(
            tr("&Close"), self.commands.close_document, key.Close, "actionClose"
        )
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
        for a in (self.act_import, self.act_import_csv, self.act_compare, self.act_portfolio):
            file_menu.addAction(a)
        file_menu.addSeparator()
        for a in (
            self.act_save,
            self.act_save_as,
            self.act_pdf,
            self.act_pdf_suggestions,
            self.act_pdf_named,
            self.act_csv,
            self.act_form,
        ):
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
            self.act_pdf_suggestions,
            self.act_pdf_named,
            self.act_csv,
            self.act_form,
            self.act_close,
            self.act_present,
        ):
            a.setEnabled(has_doc)
        for name in ("setup", "answer", *REVEALING_PAGES):
            self.step_actions[name].setEnabled(has_doc)
        self.act_compare.setEnabled(has_doc)
        # While the round is open nothing may show, print or project anyone's answers.
        locked = self.results_locked()
        hint = tr("Locked until the facilitator reveals the results on the hand-over screen")
        for a in (
            self.act_pdf,
            self.act_pdf_suggestions,
            self.act_pdf_named,
            self.act_csv,
            self.act_present,
            self.act_compare,
            *(self.step_actions[n] for n in REVEALING_PAGES),
        ):
            if locked:
                a.setEnabled(False)
            a.setToolTip(hint if locked else a.text().replace("&", ""))
        if locked and self.presenter is not None and self.presenter.isVisible():
            self.presenter.close()

    def _document_changed(self, kind: str) -> None:
        if kind == "round":
            self._update_enabled()

    def _update_title(self) -> None:
        title = self.session.title()
        if title and self.session.read_only:
            title = tr("%s (read-only)") % title
        self.setWindowTitle(f"{title}[*] — cxassess" if title else "cxassess[*]")

    def _document_replaced(self) -> None:
        if self.room is not None:
            self.room.close()  # a room serves the document it was opened for, no other
        self._update_title()
        self._update_enabled()
        self.session.page = ""
        if "answer" in self._pages:
            self._pages["answer"].clear()  # type: ignore[attr-defined]

    # --- start screen ----------------------------------------------------------------
    def _connect_start(self) -> None:
        s = self.start_page
        c = self.commands
        s.newSolo.connect(lambda: c.new(team=False))
        s.newWorkshop.connect(lambda: c.new(team=True))
        s.openRequested.connect(c.open_dialog)
        s.importFilesRequested.connect(c.import_files_dialog)
        s.importCsvRequested.connect(c.import_csv_dialog)
        s.fromEarlierRequested.connect(c.new_from_earlier_dialog)
        s.openRecent.connect(lambda p: c.open_path(Path(p)))
        s.restoreRequested.connect(c.restore)
        s.discardRecoveryRequested.connect(c.discard_recovery)

    def refresh_start(self) -> None:
        from cxassess.core.recovery import list_recovery
        from cxassess.gui.settings import recent_files

        entries = recent_files()
        self.start_page.set_recent(entries)
        self.set_recent_menu(entries)
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

    def set_recent_menu(self, entries: list[tuple[str, str]]) -> None:
        self.recent_menu.clear()
        for path, details in entries:
            label = f"{Path(path).name} — {details}" if details else Path(path).name
            self.recent_menu.addAction(label, lambda p=path: self.commands.open_path(Path(p)))

    # --- asking the user ------------------------------------------------------------
    def ask_unsaved(self) -> str:
        """'save', 'discard' or 'cancel' for a document with unsaved changes."""
        return self.prompts.ask_unsaved(self.session.title())

    # --- answering flow -----------------------------------------------------------
    def start_answering(self) -> None:
        doc = self.session.require()
        if doc.is_team:
            self.session.open_round()
            self.show_page("handover")
        else:
            self.answer_as(doc.participants[0].id)

    def answer_as(self, participant_id: uuid.UUID) -> None:
        doc = self.session.require()
        if doc.is_team and doc.participant(participant_id).sealed:
            return  # sealed answers are never shown again without an unlock
        page = self.page("answer")
        page.start(participant_id)
        self.stack.setCurrentWidget(page)
        self.session.page = "answer"
        for key, action in self.step_actions.items():
            action.setChecked(key == "answer")

    def _participant_finished(self) -> None:
        doc = self.session.require()
        previous = self.page("answer").participant_id
        if doc.is_team:
            # Nothing of the last person's answers stays on screen, and no undo reopens them.
            self.page("answer").clear()
            self.session.seal(previous)
            self.page("handover").prepare(previous)
            self.stack.setCurrentWidget(self.page("handover"))
            self.session.page = "handover"
        else:
            self.session.flush_autosave()
            self.show_page("results")

    # --- the room -------------------------------------------------------------------
    def open_room(self, host: str | None = None) -> None:
        """Let participants answer on their phones; the round stays open until revealed."""
        from cxassess.gui.room_window import RoomWindow
        from cxassess.room.headless import lan_address

        if self.session.doc is None:
            return
        if self.room is not None:
            self.room.raise_()
            self.room.activateWindow()
            return
        self.session.open_round()
        try:
            self.room = RoomWindow(self.session, host or lan_address())
        except OSError as exc:
            show_info(self, tr("The room could not open: %s") % exc.strerror)
            return
        self.room.closed.connect(self._room_closed)
        self.room.show()

    def _room_closed(self) -> None:
        self.room = None
        if self.session.doc is not None and self.stack.currentWidget() is self.page("handover"):
            self.page("handover").prepare(None, keep_message=True)

    # --- presenter, help, closing ---------------------------------------------------
    def open_portfolio(self, folder: Path | None = None) -> None:
        """Open many teams' files from a folder in a portfolio window."""
        from cxassess.gui.portfolio_window import PortfolioWindow

        folder = folder or self.ask_portfolio_folder()
        if folder is None:
            return
        self.portfolio = PortfolioWindow(
            folder, self.commands.open_path, self.prompts.ask_save_path
        )
        self.portfolio.show()

    def ask_portfolio_folder(self) -> Path | None:
        return _portfolio_folder(self)

    def toggle_presenter(self) -> None:
        from cxassess.gui.presenter import PresenterWindow

        if self.session.doc is None or self.results_locked():
            return
        if self.presenter is not None and self.presenter.isVisible():
            self.presenter.close()
            return
        if self.presenter is None:
            self.presenter = PresenterWindow(self.session)
        self.presenter.present()  # type: ignore[attr-defined]

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
        if not self.commands.can_replace():
            event.ignore()
            return
        if self.presenter is not None:
            self.presenter.close()
        if self.room is not None:
            self.room.close()  # its last answers are written before the copy is let go
        if self.session.doc is not None:
            self.session.discard_recovery()
        self.session.shutdown()
        self.commands.wait_for_exports()
        event.accept()


def _portfolio_folder(window: QWidget) -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    folder = QFileDialog.getExistingDirectory(window, tr("A folder of assessment files"))
    return Path(folder) if folder else None


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


__all__ = ["MainWindow", "schedule_warm_up"]
