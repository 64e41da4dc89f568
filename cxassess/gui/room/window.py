"""The room on the projector: a QR code, the address, the PIN and a live count.

The server runs in its own thread; every change it asks for reaches the document on the
GUI thread through a queued signal, so the screens and the recovery copy stay in step.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cxassess.core.room_keys import settle_port
from cxassess.gui.i18n import tr
from cxassess.gui.session import DocumentSession
from cxassess.gui.session_edits import ChangeKind
from cxassess.gui.widgets.common import fit_to_screen, heading, muted, named

if TYPE_CHECKING:
    from cxassess.core.document import Assessment
    from cxassess.room.server import RoomServer

T = TypeVar("T")
ANNOUNCE_MS = 250
BUSY_RETRY_MS = 2


class QtOwner(QObject):
    """Runs the room's changes on the GUI thread, through the session."""

    _call = Signal(object)

    def __init__(self, session: DocumentSession) -> None:
        super().__init__(session)
        self.session = session
        self.doc = session.require()  # the room serves this document and no other
        self._call.connect(self._run, Qt.ConnectionType.QueuedConnection)
        # Thirty phones answering at once must not redraw the screens thirty times a
        # second: changes are applied at once, and announced together a moment later.
        self._kinds: set[ChangeKind] = set()
        self._announce = QTimer(self)
        self._announce.setSingleShot(True)
        self._announce.setInterval(ANNOUNCE_MS)
        self._announce.timeout.connect(self.announce)
        # A phone hears 200 only once its change is in the recovery copy on disk. Changes
        # that arrive together share one write: the timer fires once the queued requests
        # of this turn of the event loop have all been applied.
        self._waiting: list[tuple[Future[Any], Any]] = []
        self._commit = QTimer(self)
        self._commit.setSingleShot(True)
        self._commit.setInterval(0)
        self._commit.timeout.connect(self._make_durable)

    def run(self, change: Callable[[Assessment], T], writes: bool = True) -> Future[T]:
        future: Future[T] = Future()
        self._call.emit((change, writes, future))
        return future

    @Slot(object)
    def _run(self, job: tuple[Callable[[Any], Any], bool, Future[Any]]) -> None:
        from cxassess.core.collect import Refused

        change, writes, future = job
        if self.session.doc is not self.doc:
            future.set_exception(Refused(410, "The room has closed."))
            return
        people = [(p.id, p.finished_at) for p in self.doc.participants]
        try:
            result = change(self.doc)
        except BaseException as exc:
            future.set_exception(exc)
            return
        if not writes:
            future.set_result(result)
            return
        # Undo must not reach this change from now on, not only once it is announced:
        # Ctrl+Z in between would remove a phone's participant under it.
        self.session.drop_history()
        self._waiting.append((future, result))
        if not self._commit.isActive():
            self._commit.start()
        after = [(p.id, p.finished_at) for p in self.doc.participants]
        self._kinds.add("participants" if after != people else "answers")
        if not self._announce.isActive():
            self._announce.start()

    def _make_durable(self, force: bool = False) -> None:
        if self.session.backup_busy and not force:
            # One dump per write: the answers arriving meanwhile share the next one.
            self._commit.start(BUSY_RETRY_MS)
            return
        waiting, self._waiting = self._waiting, []
        if waiting:
            self.session.commit_recovery(waiting)

    def announce(self) -> None:
        """Tell the screens (and the recovery copy) what the room changed since last time.

        Someone else's answers: undo must not reach them.
        """
        kinds, self._kinds = self._kinds, set()
        for kind in sorted(kinds):
            self.session.external_change(kind)


def qr_pixmap(text: str, scale: int = 10) -> QPixmap:
    """The text as a QR code that a phone reads from the back of the room."""
    import io

    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class RoomWindow(QWidget):
    """Open while the room is: large enough to read on a projector, no names, no answers."""

    closed = Signal()

    def __init__(self, session: DocumentSession, host: str, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        from cxassess.room.server import RoomServer

        self.setObjectName("roomWindow")
        self.setWindowTitle(tr("The room — cxassess"))
        self.session = session
        doc = session.require()
        self.owner = QtOwner(session)
        # The address, PIN and phones' keys live in the document while the round is open,
        # so a room reopened after a crash (from the automatic backup) carries on.
        self.server: RoomServer | None = RoomServer.for_document(self.owner, doc)
        url = self.server.start(host)
        port = self.server.port
        self.owner.run(lambda d: settle_port(d, port))
        self.reopened = self.server.reopened
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        self.qr = named(QLabel(), "roomQr", tr("QR code of the room's address"))
        self._qr = qr_pixmap(url)
        self.qr.setPixmap(self._qr)
        self.qr.setMinimumSize(200, 200)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.qr, 1)
        side = QVBoxLayout()
        layout.addLayout(side, 1)
        side.addWidget(heading(tr("Answer on your phone"), "roomTitle"))
        side.addWidget(
            muted(
                tr(
                    "Scan the code or type the address, then the PIN. Your answers are private: "
                    "nobody sees them one by one."
                ),
                "roomIntro",
            )
        )
        self.address = named(QLabel(url), "roomAddress", tr("Address of the room"))
        self.address.setWordWrap(True)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.address.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.address.setFont(font)
        side.addWidget(self.address)
        self.shown_pin = self.server.pin
        self.pin = named(QLabel(tr("PIN %s") % self.shown_pin), "roomPin", tr("PIN of the room"))
        font = self.pin.font()
        font.setPointSizeF(font.pointSizeF() * 3.2)
        font.setBold(True)
        self.pin.setFont(font)
        side.addWidget(self.pin)
        self.count = named(QLabel(), "roomCount", tr("How many joined, answer and finished"))
        font = self.count.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.count.setFont(font)
        side.addWidget(self.count)
        # What changed (a reopened room, a new PIN) must be read from the back of the room.
        self.notice = named(QLabel(), "roomNotice", tr("What changed in the room"))
        self.notice.setWordWrap(True)
        font = self.notice.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.notice.setFont(font)
        side.addWidget(self.notice)
        if self.server.reopened:
            self.notice.setText(
                tr("The room left open is open again: same address and PIN; phones carry on.")
                if not self.server.moved
                else tr(
                    "The room left open is open again, but its old port is taken by another "
                    "program: phones must scan this new address."
                )
            )
        side.addWidget(
            muted(
                tr(
                    "Phones must be on the same network as this laptop. Guest Wi-Fi often keeps "
                    "devices apart: use this laptop's hotspot instead. If Windows asks about the "
                    "firewall, allow private networks."
                ),
                "roomNetworkHint",
            )
        )
        side.addStretch(1)
        self.close_button = named(
            QPushButton(tr("&Close the room")),
            "closeRoomButton",
            tr("Stop taking answers; the address and PIN stop working"),
        )
        self.close_button.setMinimumHeight(40)
        self.close_button.clicked.connect(self.close)
        self.release_button = named(
            QPushButton(tr("&Release a place…")),
            "releasePlaceButton",
            tr("Let someone whose phone is lost or flat join again under the same name"),
        )
        self.release_button.setMinimumHeight(40)
        self.release_button.clicked.connect(self.ask_release)
        buttons = QHBoxLayout()
        buttons.addWidget(self.release_button)
        buttons.addWidget(self.close_button, 1)
        side.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setInterval(500)
        self._timer.timeout.connect(self.refresh_count)
        self._timer.start()
        self.refresh_count()
        fit_to_screen(self, 1100, 620)

    def resizeEvent(self, event: Any) -> None:
        # As large as the window allows, in whole pixels per module so it stays sharp.
        side = max(200, min(self.width() // 2 - 48, self.height() - 48))
        self.qr.setPixmap(
            self._qr.scaled(
                side,
                side,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.FastTransformation,
            )
        )
        super().resizeEvent(event)

    def keyPressEvent(self, event: Any) -> None:
        # Esc closes the room, as it closes a dialog; the buttons keep their own keys.
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    @property
    def url(self) -> str:
        return self.address.text()

    def refresh_count(self) -> None:
        if self.server is None:
            return
        if self.server.pin != self.shown_pin:
            self.shown_pin = self.server.pin
            self.pin.setText(tr("PIN %s") % self.shown_pin)
            self.notice.setText(
                tr(
                    "Too many wrong PINs were tried, so the room has a new PIN. Phones that "
                    "joined carry on; others use the PIN shown now."
                )
            )
        c = self.server.counts()
        self.count.setText(
            tr("%d joined · %d answering · %d finished") % (c.joined, c.answering, c.finished)
        )

    def ask_release(self) -> None:
        """Choose a person whose phone holds a place, and free it for another phone."""
        from PySide6.QtWidgets import QInputDialog

        from cxassess.core.room_keys import holders

        people = [(pid, name) for pid, name, finished in holders(self.owner.doc) if not finished]
        if not people:
            self.notice.setText(tr("No phone holds a place that could be released."))
            return
        names = [name for _pid, name in people]
        name, ok = QInputDialog.getItem(
            self,
            tr("Release a place"),
            tr(
                "Whose phone is lost or flat? Their phone stops answering for them, and they "
                "join again under the same name, with the answers given so far."
            ),
            names,
            0,
            False,
        )
        if ok and name in names:
            self.release(people[names.index(name)][0])

    def release(self, participant_id: Any) -> None:
        if self.server is None:
            return
        self.server.release(participant_id)
        name = self.owner.doc.participant(participant_id).name
        self.notice.setText(tr("%s can join again under the same name.") % name)

    def closeEvent(self, event: Any) -> None:
        from cxassess.core.room_keys import close_room

        self._timer.stop()
        if self.server is not None:
            self.server.stop()
            self.server = None
        # Closed on purpose: the address, PIN and keys end here (a crash keeps them).
        if self.session.doc is self.owner.doc:
            close_room(self.owner.doc)
            self.owner._kinds.add("round")
        self.owner._make_durable(force=True)
        self.owner.announce()
        self.session.flush_autosave()
        self.closed.emit()
        super().closeEvent(event)


__all__ = ["QtOwner", "RoomWindow", "qr_pixmap"]
