"""The main window: menus, the step bar, and the flow between screens.

Screens are built the first time they are shown (`pages.registry`), so the window
appears before pydantic, matplotlib or reportlab are imported. Its actions are one table
(`actions`); the room, presenter and portfolio windows live in `companions`; what the
File menu does lives in `document_commands`.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QToolBar, QWidget

from cxassess.gui.actions import apply_rules, key_sequences, window_actions
from cxassess.gui.companions import Companions
from cxassess.gui.document_commands import DocumentCommands
from cxassess.gui.i18n import tr
from cxassess.gui.pages.registry import REVEALING_PAGES, Pages
from cxassess.gui.pages.start_page import StartPage
from cxassess.gui.prompts import Prompts
from cxassess.gui.session import DocumentSession
from cxassess.gui.widgets.common import fit_to_screen, show_info

if TYPE_CHECKING:
    import uuid

    from cxassess.core.document import Assessment
    from cxassess.gui.portfolio.window import PortfolioWindow
    from cxassess.gui.presenter.window import PresenterWindow
    from cxassess.gui.room.window import RoomWindow


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
        self.commands = DocumentCommands(self, self)
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
        self.pages = Pages(self.stack, self.session, self.prompts, self._wire_page)
        self.page = self.pages.get
        self.companions = Companions(self, self.session, self._room_closed)
        self._build_actions()
        self._connect_start()
        self._update_title()
        self._update_enabled()
        fit_to_screen(self, 1280, 800)
        self._painted = False
        self.ready = False  # True once shortcuts, icon and recent files are in place

    @property
    def room(self) -> RoomWindow | None:
        return self.companions.room

    @property
    def presenter(self) -> PresenterWindow | None:
        return self.companions.presenter

    @property
    def portfolio(self) -> PortfolioWindow | None:
        return self.companions.portfolio

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
            action.setShortcuts(key_sequences(keys))
        self._pending_shortcuts.clear()
        self.ready = True

        self.setWindowIcon(QIcon(str(_icon_path())))
        self.refresh_start()

    # --- screens --------------------------------------------------------------------
    def _wire_page(self, name: str, page: QWidget) -> None:
        """Connect a screen the first time it is built."""
        from cxassess.gui.pages.answer_page import AnswerPage
        from cxassess.gui.pages.handover_page import HandoverPage
        from cxassess.gui.pages.setup_page import SetupPage
        from cxassess.gui.pages.trends_page import TrendsPage

        if isinstance(page, SetupPage):
            page.startAnswering.connect(self.start_answering)
            page.loadQuestionnaireRequested.connect(self.commands.choose_questionnaire)
        elif isinstance(page, AnswerPage):
            page.finished.connect(self._participant_finished)
        elif isinstance(page, HandoverPage):
            page.startParticipant.connect(self._start_participant)
            page.revealed.connect(lambda: self.show_page("results"))
            page.roomRequested.connect(self.open_room)
        elif isinstance(page, TrendsPage):
            page.addEarlierRequested.connect(self.commands.compare_dialog)
            page.load_linked()

    def _start_participant(self, participant_id: str) -> None:
        import uuid

        self.answer_as(uuid.UUID(participant_id))

    def show_page(self, name: str) -> None:
        if name == "start":
            self.refresh_start()
            self.stack.setCurrentWidget(self.start_page)
        else:
            if self.session.doc is None:
                return
            if name in REVEALING_PAGES and self.results_locked():
                name = "handover"  # the round is open: nothing of the answers is shown
            if name == "answer" and self.pages.get("answer").participant_id is None:
                self.start_answering()
                return
            if name == "handover":
                self.pages.get("handover").prepare(None)
            if name == "roadmap" and not self.session.require().roadmap:
                self.pages.get("roadmap").regenerate()
            self.stack.setCurrentWidget(self.pages.get(name))
        self.session.page = name
        self._check_step(name)

    def _check_step(self, name: str) -> None:
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

    def show_earlier(self, docs: list[Assessment]) -> None:
        """Compare the open assessment with earlier ones on the "Over time" screen."""
        self.pages.get("trends").add_earlier(docs)
        self.show_page("trends")

    def status(self, text: str, ms: int = 5000) -> None:
        self.statusBar().showMessage(text, ms)

    def results_locked(self) -> bool:
        """True while a workshop's private answering is under way."""
        from cxassess.core.round import results_visible

        doc = self.session.doc
        return doc is not None and not results_visible(doc)

    # --- actions and menus --------------------------------------------------------
    def _build_actions(self) -> None:
        # Shortcuts are attached after the first paint: building a QKeySequence makes
        # PySide create all of the Qt namespace's enums, about 10 ms of start-up.
        self._pending_shortcuts: list[tuple[QAction, tuple[str, ...]]] = []
        self.specs = window_actions(self, self.commands)
        self.menu_actions: dict[str, QAction] = {}
        self.step_actions: dict[str, QAction] = {}
        menus = {
            "file": self.menuBar().addMenu(tr("&File")),
            "edit": self.menuBar().addMenu(tr("&Edit")),
            "view": self.menuBar().addMenu(tr("&View")),
            "help": self.menuBar().addMenu(tr("&Help")),
        }
        steps = QToolBar(tr("Steps"))
        steps.setObjectName("stepsToolbar")
        steps.setMovable(False)
        self.addToolBar(steps)
        last_group: dict[str, int] = {}
        for spec in self.specs:
            action = QAction(spec.text, self)
            action.setObjectName(spec.name)
            action.triggered.connect(lambda _=False, slot=spec.slot: slot())
            if spec.shortcuts:
                self._pending_shortcuts.append((action, tuple(spec.shortcuts)))
            menu = menus[spec.menu]
            if spec.menu in last_group and last_group[spec.menu] != spec.group:
                if spec.menu == "file" and last_group["file"] == 0:
                    self.recent_menu = menu.addMenu(tr("Open &recent"))
                menu.addSeparator()
            last_group[spec.menu] = spec.group
            menu.addAction(action)
            if spec.page:
                action.setCheckable(True)
                self.step_actions[spec.page] = action
                steps.addAction(action)
            self.menu_actions[spec.name] = action
        steps.addSeparator()
        for spec in self.specs:
            if spec.toolbar and not spec.page:
                steps.addAction(self.menu_actions[spec.name])
        self.step_actions["start"].setChecked(True)
        self.act_undo = self.session.undo_stack.createUndoAction(self, tr("&Undo"))
        self.act_undo.setObjectName("actionUndo")
        self.act_redo = self.session.undo_stack.createRedoAction(self, tr("&Redo"))
        self.act_redo.setObjectName("actionRedo")
        self._pending_shortcuts += [
            (self.act_undo, ("Undo",)),
            (self.act_redo, ("Redo", "Ctrl+Shift+Z", "Ctrl+Y")),
        ]
        menus["edit"].addAction(self.act_undo)
        menus["edit"].addAction(self.act_redo)

    def _update_enabled(self) -> None:
        # While the round is open nothing may show, print or project anyone's answers.
        locked = self.results_locked()
        apply_rules(self.specs, self.menu_actions, self.session.doc is not None, locked)
        if locked:
            self.companions.hide_presenter()

    def _document_changed(self, kind: str) -> None:
        if kind == "round":
            self._update_enabled()

    def _update_title(self) -> None:
        title = self.session.title()
        if title and self.session.read_only:
            title = tr("%s (read-only)") % title
        self.setWindowTitle(f"{title}[*] — cxassess" if title else "cxassess[*]")

    def _document_replaced(self) -> None:
        self.companions.close_room()  # a room serves the document it was opened for, no other
        self._update_title()
        self._update_enabled()
        self.session.page = ""
        answer = self.pages.built("answer")
        if answer is not None:
            self.pages.get("answer").clear()

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
        from cxassess.gui.pages.start_page import recovery_entries
        from cxassess.gui.settings import recent_files

        entries = recent_files()
        self.start_page.set_recent(entries)
        self.set_recent_menu(entries)
        current = str(self.session.doc.id) if self.session.doc is not None else None
        self.start_page.set_recovery(recovery_entries(current))

    def set_recent_menu(self, entries: list[tuple[str, str]]) -> None:
        self.recent_menu.clear()
        for path, details in entries:
            label = f"{Path(path).name} — {details}" if details else Path(path).name
            self.recent_menu.addAction(label, partial(self.commands.open_path, Path(path)))

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
        page = self.pages.get("answer")
        page.start(participant_id)
        self.stack.setCurrentWidget(page)
        self.session.page = "answer"
        self._check_step("answer")

    def _participant_finished(self) -> None:
        doc = self.session.require()
        previous = self.pages.get("answer").participant_id
        if doc.is_team:
            # Nothing of the last person's answers stays on screen, and no undo reopens them.
            self.pages.get("answer").clear()
            if previous is not None:
                self.session.seal(previous)
            self.pages.get("handover").prepare(previous)
            self.stack.setCurrentWidget(self.pages.get("handover"))
            self.session.page = "handover"
        else:
            self.session.flush_autosave()
            self.show_page("results")

    # --- the companion windows -----------------------------------------------------
    def open_room(self, host: str | None = None) -> None:
        """Let participants answer on their phones; the round stays open until revealed."""
        from cxassess.room.headless import lan_address

        if self.session.doc is not None:
            self.companions.open_room(host or lan_address())

    def _room_closed(self) -> None:
        handover = self.pages.built("handover")
        if self.session.doc is not None and self.stack.currentWidget() is handover:
            self.pages.get("handover").prepare(None, keep_message=True)

    def open_portfolio(self, folder: Path | None = None) -> None:
        """Open many teams' files from a folder in a portfolio window."""
        folder = folder or self.ask_portfolio_folder()
        if folder is not None:
            self.companions.open_portfolio(
                folder, self.commands.open_path, self.prompts.ask_save_path
            )

    def ask_portfolio_folder(self) -> Path | None:
        return _portfolio_folder(self)

    def toggle_presenter(self) -> None:
        if self.session.doc is not None and not self.results_locked():
            self.companions.toggle_presenter()

    def show_shortcuts(self) -> None:
        from cxassess.gui.actions import shortcut_lines

        answering = tr(
            "Answering: 1–5 choose an answer, D don't know, 0 or N not applicable (where offered), "
            "Enter or → next, ← back."
        )
        lines = shortcut_lines([*self.menu_actions.values(), self.act_undo, self.act_redo])
        show_info(self, answering + "\n\n" + "\n".join(lines))

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
        self.companions.close_all()  # a room writes its last answers first
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


__all__ = ["MainWindow"]
