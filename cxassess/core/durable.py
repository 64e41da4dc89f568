"""Group commit: a change is acknowledged only once it is on disk, and one write (one
fsync) serves every change that arrived while the previous write ran.

The room answers a phone's 200 only after the answer is durable, so a kill, a closed
terminal or a power cut right after the 200 loses nothing. Writing once per request
would cost an fsync each; batching keeps 100 phones fast.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

from cxassess.core.problems import CxError

GROUP_WAIT_S = 0.003  # how long a write waits for more changes to share it


class Unsaved(Exception):
    """A change that was applied but could not be made durable (a full disk, a gone
    folder); whoever sent it must keep it and send it again."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


Waiter = tuple["Future[Any]", Any]  # a future and the result it gets once durable


class GroupCommit:
    """Writes the latest state for everyone waiting, one write at a time, off the caller's
    thread. `snapshot` (run on the commit thread) gives the bytes to write, unless the
    caller hands them over with `submit`; `write` puts them on disk durably."""

    def __init__(
        self,
        write: Callable[[Any], None],
        snapshot: Callable[[], Any] | None = None,
        on_result: Callable[[str | None], None] = lambda _failure: None,
        name: str = "cxassess-commit",
    ) -> None:
        self._write = write
        self._snapshot = snapshot
        self._on_result = on_result
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._waiters: list[Waiter] = []
        self._data: Any = None
        self._dirty = False
        self._writing = False
        self._stopping = False
        self._idle = threading.Event()
        self._idle.set()
        self.failure: str | None = None  # why the last write failed, None once one succeeds
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()

    def commit(self, future: Future[Any] | None = None, result: Any = None) -> None:
        """A change was applied: make it durable, then resolve `future` with `result`."""
        self.submit(None, [] if future is None else [(future, result)])

    def submit(self, data: Any, waiters: list[Waiter]) -> None:
        """Write `data` (or a fresh snapshot when None) and then resolve the waiters;
        only the latest data submitted before a write starts is written."""
        with self._lock:
            if data is not None:
                self._data = data
            self._waiters.extend(waiters)
            self._dirty = True
            self._idle.clear()
            self._wake.notify()

    def _loop(self) -> None:
        while True:
            with self._lock:
                while not self._dirty and not self._stopping:
                    self._idle.set()
                    self._wake.wait()
                if not self._dirty and self._stopping:
                    self._idle.set()
                    return
            time.sleep(GROUP_WAIT_S)  # let the other phones of this instant join the write
            with self._lock:
                waiters, self._waiters = self._waiters, []
                data, self._data = self._data, None
                self._dirty = False
                self._writing = True
            try:
                self._write_for(waiters, data)
            finally:
                with self._lock:
                    self._writing = False

    def _write_for(self, waiters: list[Waiter], data: Any) -> None:
        failure: str | None = None
        try:
            if data is None:
                if self._snapshot is None:
                    raise CxError("Nothing to write: no snapshot of the document.")
                data = self._snapshot()
            self._write(data)
        except CxError as exc:
            failure = exc.message
        except Exception as exc:  # the committer must never die: report, keep serving
            failure = f"{type(exc).__name__}: {exc}"
        self.failure = failure
        for future, result in waiters:
            if failure is None:
                future.set_result(result)
            else:
                future.set_exception(Unsaved(failure))
        self._on_result(failure)

    @property
    def busy(self) -> bool:
        """True while a write is waiting or under way: a caller that dumps the document
        itself (the app, on its GUI thread) waits for it, so there is one dump per write."""
        with self._lock:
            return self._dirty or self._writing

    def flush(self, timeout: float = 30.0) -> bool:
        """Wait until everything submitted so far is written (or failed)."""
        return self._idle.wait(timeout)

    def close(self, timeout: float = 30.0) -> None:
        """Write what is pending, then stop the thread."""
        with self._lock:
            self._stopping = True
            self._wake.notify()
        self._thread.join(timeout)


__all__ = ["GROUP_WAIT_S", "GroupCommit", "Unsaved"]
