"""What the File menu does: new, open, save, import, merge, compare and export.

The window owns the screens; this object owns the commands that replace or combine
documents, so each can ask its questions (through the host's prompts) and report errors
in one place. It knows the window only through `CommandHost`, so a fake can stand in.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from cxassess.core.problems import CxError
from cxassess.gui.command_host import CXA_FILTER, CommandHost
from cxassess.gui.export_commands import ExportCommands
from cxassess.gui.i18n import tr
from cxassess.gui.imports.commands import ImportCommands
from cxassess.gui.widgets.common import show_error, show_info

if TYPE_CHECKING:
    from cxassess.core.document import Assessment


class DocumentCommands(ImportCommands, ExportCommands):
    """Document-level commands, each a complete user action with its own errors.

    A plain class: it needs no signals, and a QObject subclass costs start-up time.
    """

    # --- new and open -----------------------------------------------------------------
    def new(self, team: bool) -> None:
        from cxassess.core.document import Assessment, Participant

        if not self.can_replace():
            return
        try:
            q = self.shipped()
        except CxError as exc:
            show_error(
                self.parent,
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
        self.host.show_page("setup")

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
            show_error(self.parent, tr("%s could not be opened.") % path.name, exc.lines())
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
        self.host.show_landing()
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
                self.parent,
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

        self.host.set_recent_menu(remember_recent(path, self.session.require()))

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
                self.parent,
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
            self.host.show_page("start")

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
            show_error(self.parent, tr("The automatic backup could not be read."), exc.lines())
            return
        self.session.replace(doc, entry.original, dirty=True)
        self.host.show_landing(entry.page)
        self._status(tr("Restored. Save to keep the restored answers in your own file."), 10000)
        if doc.room is not None:
            # The room was open when the app stopped (answering or discussing): phones
            # are waiting at its address.
            self.host.open_room()

    def discard_recovery(self, document_id: str) -> None:
        from cxassess.core.recovery import discard_recovery

        discard_recovery(document_id)
        self.host.refresh_start()

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
        self.host.show_page("setup")
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
            show_error(self.parent, exc.message, exc.lines())
            return False
        self.host.show_earlier(docs)
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
                self.parent,
                tr("Answers have already been given with the current questionnaire."),
                [tr("Start a new assessment to use a different questionnaire.")],
            )
            return False
        try:
            q = load_questionnaire(path)
        except CxError as exc:
            show_error(
                self.parent,
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


__all__ = ["CXA_FILTER", "CommandHost", "DocumentCommands"]
