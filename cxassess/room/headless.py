"""`cxassess room FILE`: a room without the app, saving the file as answers arrive.

A phone hears 200 only once its answer is in the file on disk (group commit: one
atomic, fsynced write for all requests of the same few milliseconds), so a kill right
after the 200 loses nothing. The file is locked for the room's lifetime.
"""

from __future__ import annotations

import contextlib
import signal
import socket
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from cxassess.core.durable import GroupCommit, Unsaved
from cxassess.core.locks import FileLock
from cxassess.core.room_keys import close_room, settle_port
from cxassess.core.storage import atomic_write_bytes, load_document, readable_bytes
from cxassess.room.server import DirectOwner, RoomServer

if TYPE_CHECKING:
    from cxassess.core.document import Assessment


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


class SaveReporter:
    """Tells the facilitator once when saving starts failing, and once when it works again."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.failing = False

    def __call__(self, failure: str | None) -> None:
        if failure is not None and not self.failing:
            self.failing = True
            print(
                f"NOT SAVED: {failure} Phones keep their answers and send them again; "
                "free some space or fix the folder.",
                file=sys.stderr,
                flush=True,
            )
        elif failure is None and self.failing:
            self.failing = False
            print(f"Saving again: every answer is in {self.path}.", file=sys.stderr, flush=True)


def run_room(path: Path, host: str | None, port: int) -> int:
    """Serve the room until SIGINT, SIGTERM or SIGHUP, then save; 0 once all is saved."""
    lock = FileLock(path, "cxassess room")
    doc = load_document(path)
    lock.acquire()
    try:
        if lock.took_over is not None:
            print(
                f"Note: {path} was still marked as open by {lock.took_over.describe()}, "
                "which is no longer running; this room takes it over.",
                file=sys.stderr,
                flush=True,
            )
        return _serve(path, doc, host, port)
    finally:
        lock.release()


def durable_owner(
    doc: Assessment, path: Path, on_result: Callable[[str | None], None] = lambda _f: None
) -> tuple[DirectOwner, GroupCommit]:
    """An owner whose writes are acknowledged once `path` holds them (group commit)."""
    owner = DirectOwner(doc)

    def snapshot() -> bytes:
        with owner.lock:
            return readable_bytes(owner.doc, path)

    commit = GroupCommit(lambda data: atomic_write_bytes(path, data), snapshot, on_result)
    owner.commit = commit
    return owner, commit


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def _serve(path: Path, doc: Assessment, host: str | None, port: int) -> int:
    owner, commit = durable_owner(doc, path, SaveReporter(path))
    with owner.lock:
        server = RoomServer.for_document(
            owner,
            doc,
            report=_say,
            on_pin=lambda pin: print(
                f"pin: {pin} (too many wrong PINs were tried: this is the room's new PIN)",
                flush=True,
            ),
        )
    commit.commit()  # the open round and the room's keys are on disk before any phone joins
    commit.flush()
    if commit.failure is not None:
        commit.close()
        print(f"The room did not open: {commit.failure}", file=sys.stderr)
        return 1
    # SIGINT (Ctrl+C) closes the room for good. SIGTERM and SIGHUP come from a logout, a
    # shutdown or a closed terminal: the room pauses, keeping its address, PIN and keys,
    # so that running `cxassess room` again lets every phone carry on.
    ending: list[int] = []
    closing = threading.Event()

    def stop(sig: int, _frame: object) -> None:
        ending.append(sig)
        closing.set()

    for sig in (signal.SIGINT, signal.SIGTERM, getattr(signal, "SIGHUP", None)):
        if sig is not None:
            signal.signal(sig, stop)
    url = server.start(host or lan_address(), port, control=True)
    with contextlib.suppress(Unsaved):  # the SaveReporter has said so already
        owner.run(lambda d: settle_port(d, server.port)).result()
    if server.reopened:
        _say(
            "Reopened the room that was left open: same address and PIN, and phones that "
            "joined carry on."
            if not server.moved
            else "Reopened the room that was left open, but its port is taken by another "
            "program: phones must scan the new address."
        )
    print(f"room: {url}", flush=True)
    print(f"pin: {server.pin}", flush=True)
    if server.control is not None:
        # The discussion without the app: loopback only, a token of its own.
        print(f"control: {server.control.url}", flush=True)
    try:
        while not closing.wait(0.5):
            pass
    finally:
        counts = server.counts()
        server.stop()
        paused = bool(ending) and ending[0] != signal.SIGINT
        if not paused:
            with owner.lock:
                close_room(doc)
        commit.commit()
        commit.flush()
        commit.close()
    if commit.failure is not None:
        print(
            f"Room closed, but the last changes could not be saved: {commit.failure} "
            "Every answer a phone was told was saved is in the file.",
            file=sys.stderr,
        )
        return 1
    if paused:
        print(
            f"Room paused: {counts.joined} joined, {counts.finished} finished; saved {path}. "
            f"Run `cxassess room {path}` again and phones carry on.",
            flush=True,
        )
        return 0
    print(
        f"Room closed: {counts.joined} joined, {counts.finished} finished; saved {path}.",
        flush=True,
    )
    return 0


__all__ = ["SaveReporter", "durable_owner", "lan_address", "run_room"]
