"""One writer per file: an OS lock held for as long as a window or a room has the file,
plus a lock file beside it that names the holder, as office suites do.

The OS lock is what decides: the system releases it when the holding process ends, however
it ends, so a lock whose OS lock can be taken is stale and is taken over (with a note). The
lock file is what people read: who holds the file, on which machine, since when.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from cxassess.core.problems import CxError


def lock_path_for(path: Path) -> Path:
    """The lock file of `path`: hidden, beside it (LibreOffice's `.~lock.NAME#` shape)."""
    return path.parent / f".~lock.{path.name}#"


@dataclass(frozen=True)
class Holder:
    """Who holds a file: user, machine, process, program and since when."""

    user: str
    host: str
    pid: int
    program: str
    since: str

    def describe(self) -> str:
        """The holder as a sentence part: "ana on laptop-3 (cxassess room, process 4711) since 14:02"."""
        try:
            when = datetime.fromisoformat(self.since).astimezone().strftime("%d %b %Y %H:%M")
        except ValueError:
            when = self.since or "an unknown time"
        return f"{self.user or 'someone'} on {self.host or 'another computer'} ({self.program}, process {self.pid}) since {when}"

    @staticmethod
    def read(path: Path) -> Holder | None:
        """The holder named in a lock file, or None if it names nobody readable."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            return Holder(
                str(raw.get("user", "")),
                str(raw.get("host", "")),
                int(raw.get("pid", 0)),
                str(raw.get("program", "cxassess")),
                str(raw.get("since", "")),
            )
        except (OSError, ValueError, TypeError, AttributeError):
            return None


class Locked(CxError):
    """The file is held by another writer."""

    def __init__(self, path: Path, holder: Holder | None) -> None:
        who = holder.describe() if holder else "another cxassess window or room"
        super().__init__(f"{path} is open for writing by {who}. Close it there first.")
        self.path = path
        self.holder = holder


def _me(program: str) -> Holder:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in containers without a passwd entry
        user = str(os.getuid()) if hasattr(os, "getuid") else ""
    return Holder(
        user,
        socket.gethostname(),
        os.getpid(),
        program,
        datetime.now(UTC).isoformat(timespec="seconds"),
    )


def _try_os_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError:
        # A file system without locks (some network shares): the lock file still names
        # the holder, and the holder check below decides.
        return True
    return True


class FileLock:
    """Holds `path` for one writer until `release()`; `acquire()` raises Locked."""

    def __init__(self, path: Path, program: str = "cxassess") -> None:
        self.path = Path(path)
        self.lock_path = lock_path_for(self.path)
        self.program = program
        self._fd: int | None = None
        self.took_over: Holder | None = None  # a stale holder whose lock was taken over

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> FileLock:
        """Take the lock, or raise Locked naming the holder; a stale lock is taken over."""
        if self._fd is not None:
            return self
        for _ in range(5):
            try:
                fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as exc:
                if not self.lock_path.parent.is_dir():
                    return self  # nothing to hold: the folder itself is missing
                raise CxError(
                    f"Could not lock {self.path}: {exc.strerror or exc}. Is the folder writable?"
                ) from None
            if not _try_os_lock(fd):
                os.close(fd)
                raise Locked(self.path, Holder.read(self.lock_path))
            # The file may have been unlinked by its releasing holder between our open and
            # our lock; then the lock is on a name nobody sees, so try again.
            try:
                same = os.fstat(fd).st_ino == os.stat(self.lock_path).st_ino
            except OSError:
                same = False
            if not same:
                os.close(fd)
                continue
            previous = Holder.read(self.lock_path)
            if previous is not None and previous.pid != os.getpid():
                self.took_over = previous
            me = json.dumps(_me(self.program).__dict__).encode("utf-8")
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, me)
            os.fsync(fd)
            self._fd = fd
            return self
        raise Locked(self.path, Holder.read(self.lock_path))

    def release(self) -> None:
        """Give the file up: the lock file goes, then the OS lock."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            os.unlink(self.lock_path)
        with contextlib.suppress(OSError):
            os.close(fd)

    def __enter__(self) -> FileLock:
        return self.acquire()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def holder_of(path: Path) -> Holder | None:
    """Who holds `path` now, or None when nobody alive does; changes nothing."""
    lock_path = lock_path_for(Path(path))
    try:
        fd = os.open(lock_path, os.O_RDWR)
    except OSError:
        return None
    try:
        if _try_os_lock(fd):
            return None
        return Holder.read(lock_path) or Holder("", "", 0, "cxassess", "")
    finally:
        os.close(fd)  # closing drops the probe's own lock, if it took one


__all__ = ["FileLock", "Holder", "Locked", "holder_of", "lock_path_for"]
