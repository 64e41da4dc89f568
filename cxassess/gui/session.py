"""The open document, its undo history, saving and autosave, as one observable object.

Widgets never change the Assessment directly: they call the session's methods, which
run undoable commands and emit what changed, so every screen can redraw what it shows.
The undoable edits themselves are in `session_edits`; this module holds the document's
life: replacing, saving, locks, the recovery copy and the round's undo barriers.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from cxassess.core.problems import CxError
from cxassess.gui.i18n import tr
from cxassess.gui.session_edits import ChangeKind, SessionEdits, UndoableChange

T = TypeVar("T")

if TYPE_CHECKING:
    import uuid

    # Imported lazily at run time: pydantic is not needed to show the first window.
    from cxassess.core.document import Assessment

AUTOSAVE_DELAY_MS = 400


class DocumentSession(SessionEdits, QObject):
    """One open assessment: change signals, undo, save, and the recovery copy."""

    documentReplaced = Signal()
    changed = Signal(str)  # a ChangeKind: what the screens should redraw
    dirtyChanged = Signal(bool)
    pathChanged = Signal()
    autosaveFailed = Signal(str)
    autosaveWorks = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc: Assessment | None = None
        self.path: Path | None = None
        # True when another window or room holds the file: Save writes elsewhere.
        self.read_only = False
        self._file_lock: Any = None  # the FileLock held on `path`
        self._recovery_lock: Any = None  # marks the recovery copy as this live session's
        self.page = ""  # the screen in use, kept with the recovery copy to return to it
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_DELAY_MS)
        self._autosave.timeout.connect(self.write_recovery)
        self._commit: Any = None  # the GroupCommit writing recovery copies, made on first use
        self._failing = False

    def _clean_changed(self, clean: bool) -> None:
        self.dirtyChanged.emit(not clean)

    # --- document lifecycle -------------------------------------------------------
    def replace(
        self,
        doc: Assessment,
        path: Path | None,
        dirty: bool = False,
        lock: Any = None,
        read_only: bool = False,
    ) -> None:
        """Show a different document (new, opened or recovered).

        `lock` is the FileLock already taken on `path` (see `hold`); a document opened
        `read_only` is held elsewhere and is saved only under another name."""
        if self.doc is not None:
            self.discard_recovery()
        self._release_locks()
        self.doc = doc
        self.path = path
        self._file_lock = lock
        self.read_only = read_only
        self._hold_recovery()
        self.undo_stack.clear()
        if dirty:
            # A recovered or imported document has changes not yet saved anywhere.
            self.undo_stack.resetClean()
            self.undo_stack.push(
                UndoableChange(self, tr("Recovered changes"), "meta", lambda: None, lambda: None)
            )
        self.documentReplaced.emit()
        self.pathChanged.emit()
        self.dirtyChanged.emit(self.is_dirty)
        if dirty:
            self.write_recovery()

    @property
    def is_dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def require(self) -> Assessment:
        """The open document (a programming error to call without one)."""
        if self.doc is None:
            raise RuntimeError("No document is open.")
        return self.doc

    def touched(self, kind: ChangeKind) -> None:
        """Called by commands after they ran: tell the screens, schedule the recovery copy."""
        doc = self.require()
        doc.touch()
        self.changed.emit(kind)
        if not self._autosave.isActive():
            self._autosave.start()

    @staticmethod
    def hold(path: Path) -> Any:
        """Lock `path` for this window; raises Locked naming the holder."""
        from cxassess.core.locks import FileLock

        return FileLock(path, "cxassess app").acquire()

    def _release_locks(self) -> None:
        for lock in (self._file_lock, self._recovery_lock):
            if lock is not None:
                lock.release()
        self._file_lock = self._recovery_lock = None

    def _hold_recovery(self) -> None:
        # The recovery copy is this live session's: another window must not offer it as
        # left behind by a crash (nor discard it).
        from cxassess.core.locks import FileLock, Locked
        from cxassess.core.recovery import recovery_dir, recovery_folder

        if self.doc is None:
            return
        try:
            recovery_folder()
            self._recovery_lock = FileLock(
                recovery_dir() / f"{self.doc.id}.cxa", "cxassess app"
            ).acquire()
        except Locked:
            self._recovery_lock = None  # open in another window too: that one keeps it
        except CxError as exc:
            self.autosaveFailed.emit(exc.message)

    def save(self, path: Path | None = None) -> Path:
        """Save atomically to `path` (or the current file); CxError says why it failed.

        Saving under a new name locks that file first: another window or room holding it
        would overwrite this save with its own."""
        from cxassess.core.storage import save_document

        target = path or self.path
        if target is None:
            raise CxError(tr("Choose where to save the assessment first."))
        if self.read_only and target == self.path:
            raise CxError(
                tr("%s is open in another cxassess window or room; save under another name.")
                % target.name
            )
        lock = self._file_lock
        new_lock = None
        if lock is None or Path(lock.path) != Path(target):
            new_lock = self.hold(target)
        try:
            save_document(self.require(), target)
        except BaseException:
            if new_lock is not None:
                new_lock.release()
            raise
        if new_lock is not None:
            if lock is not None:
                lock.release()
            self._file_lock = new_lock
            self.read_only = False
        self.path = target
        self.undo_stack.setClean()
        self.discard_recovery()
        self.pathChanged.emit()
        return target

    def _committer(self) -> Any:
        if self._commit is None:
            from cxassess.core.durable import GroupCommit

            self._commit = GroupCommit(self._write_recovery_now, on_result=self._commit_result)
        return self._commit

    @staticmethod
    def _write_recovery_now(payload: tuple[str, bytes, Path | None, str, str]) -> None:
        from cxassess.core.recovery import write_recovery

        write_recovery(*payload)

    def _commit_result(self, failure: str | None) -> None:
        # Runs on the commit thread: the signals reach the window through its event loop.
        if failure is not None:
            self._failing = True
            self.autosaveFailed.emit(failure)
        elif self._failing:
            self._failing = False
            self.autosaveWorks.emit()

    def recovery_payload(self) -> tuple[str, bytes, Path | None, str, str]:
        """What the recovery copy holds now (dumped on the GUI thread, written elsewhere)."""
        from cxassess.core.storage import readable_bytes

        doc = self.require()
        return (
            str(doc.id),
            readable_bytes(doc, tr("the automatic backup")),
            self.path,
            self.title(),
            self.page,
        )

    @property
    def backup_busy(self) -> bool:
        """True while a backup is being written (the room then waits to dump again)."""
        return self._commit is not None and bool(self._commit.busy)

    def commit_recovery(self, waiters: list[Any]) -> None:
        """Write the recovery copy off the GUI thread; then resolve `waiters` (the room's
        answers, acknowledged only once they are on disk), or fail them as Unsaved."""
        from cxassess.core.durable import Unsaved

        try:
            payload = self.recovery_payload()
        except CxError as exc:
            self.autosaveFailed.emit(exc.message)
            for future, _ in waiters:
                future.set_exception(Unsaved(exc.message))
            return
        self._committer().submit(payload, waiters)

    def write_recovery(self) -> None:
        """Write the recovery copy now (the autosave timer calls this)."""
        if self.doc is None or not self.is_dirty:
            return
        self.commit_recovery([])

    def flush_autosave(self) -> None:
        """Write any pending recovery copy, and wait until it is on disk."""
        if self._autosave.isActive():
            self._autosave.stop()
            self.write_recovery()
        if self._commit is not None:
            self._commit.flush()

    def discard_recovery(self) -> None:
        from cxassess.core.recovery import discard_recovery

        self._autosave.stop()
        if self._commit is not None:
            self._commit.flush()  # a copy still being written must not reappear after this
        if self.doc is not None:
            discard_recovery(str(self.doc.id))

    def close(self) -> None:
        """Close deliberately: the recovery copy is no longer needed."""
        self.discard_recovery()
        self._release_locks()
        self.doc = None
        self.path = None
        self.read_only = False
        self.undo_stack.clear()
        self.documentReplaced.emit()

    def shutdown(self) -> None:
        """The window closes: finish writing, give up the files."""
        if self._commit is not None:
            self._commit.close()
            self._commit = None
        self._release_locks()

    def title(self) -> str:
        doc = self.doc
        if doc is None:
            return ""
        if self.path is not None:
            return self.path.name
        return doc.team or doc.organisation or tr("Untitled assessment")

    # --- the round: sealing and revealing, which undo cannot cross -----------------------
    def _barrier(self, kind: ChangeKind) -> None:
        """After a change undo must not reach back over (someone else's answers).

        The history is dropped, but the document stays marked as changed until saved.
        """
        self.undo_stack.clear()
        self.undo_stack.resetClean()
        self.dirtyChanged.emit(True)
        self.touched(kind)

    def open_round(self) -> None:
        """Private answering starts: results stay hidden until revealed."""
        doc = self.require()
        if not doc.round_open:
            doc.round_open = True
            self._barrier("round")

    def reveal(self, pin: str | None = None) -> None:
        """The facilitator shows the results: the round is over (WrongPin if a PIN is set
        and this is not it)."""
        from cxassess.core.round import reveal

        doc = self.require()
        if doc.round_open:
            reveal(doc, pin)
            self._barrier("round")

    def discuss(self, change: Callable[[Assessment], T], kind: ChangeKind = "discussion") -> T:
        """A step of the room's discussion (a vote opened or closed, ideas merged): the
        phones' votes are part of it, so undo does not reach back over it. The core's
        Refused says why a step cannot be taken now."""
        result = change(self.require())
        self._barrier(kind)
        return result

    def drop_history(self) -> None:
        """Someone else changed the document just now (a phone in the room): from this
        moment no undo may reach back over it, even before the screens hear of it."""
        self.undo_stack.clear()
        self.undo_stack.resetClean()

    def external_change(self, kind: ChangeKind) -> None:
        """The document was changed from outside the app (answers from the room)."""
        self._barrier(kind)

    def seal(self, participant_id: uuid.UUID) -> None:
        """The person finished: their answers are sealed, and no undo reopens them."""
        from cxassess.core.people import finish

        finish(self.require(), participant_id)
        self._barrier("participants")
        self.flush_autosave()

    def unlock(self, participant_id: uuid.UUID, pin: str | None = None) -> None:
        """Let a finished person change their answers again (the facilitator's PIN,
        where one is set)."""
        from cxassess.core.round import unlock

        unlock(self.require(), participant_id, pin)
        self._barrier("participants")

    def set_facilitator_pin(self, pin: str | None) -> None:
        """Set (or, with None, remove) the facilitator's PIN; kept only as a hash."""
        from cxassess.core.round import hash_pin

        doc = self.require()
        doc.facilitator_pin = None if pin is None else hash_pin(pin)
        self._barrier("meta")


__all__ = ["DocumentSession"]
