"""`cxassess room FILE`: a room without the app, saving the file as answers arrive."""

from __future__ import annotations

import signal
import socket
import sys
import threading
from pathlib import Path

from cxassess.core.storage import atomic_write_bytes, dump_document, load_document
from cxassess.room.server import DirectOwner, RoomServer

SAVE_DELAY_S = 0.5


def lan_address() -> str:
    """This machine's address on the local network, as phones will reach it.

    Connecting a UDP socket sends nothing; it only asks the system which interface
    it would use. Without a network, the loopback address.
    """
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.0.2.1", 9))  # a documentation address: never contacted
        address = str(probe.getsockname()[0])
    except OSError:
        address = "127.0.0.1"
    finally:
        probe.close()
    return address


class FileSaver:
    """Saves the document atomically shortly after each change, and once more at the end."""

    def __init__(self, owner: DirectOwner, path: Path) -> None:
        self.owner = owner
        self.path = path
        self._wake = threading.Event()
        self._stop = threading.Event()
        self.failure = ""
        self._thread = threading.Thread(target=self._loop, name="cxassess-room-save", daemon=True)
        self._thread.start()

    def changed(self) -> None:
        self._wake.set()

    def _loop(self) -> None:
        while not self._stop.is_set():
            self._wake.wait()
            if self._stop.wait(SAVE_DELAY_S):
                break
            self._wake.clear()
            self.save()

    def save(self) -> None:
        with self.owner.lock:
            data = dump_document(self.owner.doc)
        try:
            atomic_write_bytes(self.path, data)
        except Exception as exc:  # reported, and tried again at the next change
            self.failure = str(exc)
            print(f"Could not save {self.path}: {exc}", file=sys.stderr, flush=True)

    def close(self) -> None:
        self._stop.set()
        self._wake.set()
        self._thread.join(10)
        self.save()


def run_room(path: Path, host: str | None, port: int) -> int:
    """Serve the room until SIGINT or SIGTERM, then save and return 0."""
    doc = load_document(path)
    doc.round_open = True
    roles = sorted({p.role for p in doc.participants if p.role})
    owner = DirectOwner(doc)
    saver = FileSaver(owner, path)
    owner.changed = saver.changed
    server = RoomServer(
        owner, doc.questionnaire, roles, doc.anonymous, doc.team or doc.organisation
    )
    closing = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: closing.set())
    url = server.start(host or lan_address(), port)
    print(f"room: {url}", flush=True)
    print(f"pin: {server.pin}", flush=True)
    try:
        while not closing.wait(0.5):
            pass
    finally:
        counts = server.counts()
        server.stop()
        saver.close()
    print(
        f"Room closed: {counts.joined} joined, {counts.finished} finished; saved {path}.",
        flush=True,
    )
    return 0


__all__ = ["FileSaver", "lan_address", "run_room"]
