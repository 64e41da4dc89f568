"""Who owns the assessment the room serves, and runs its changes on their own thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Protocol, TypeVar

from cxassess.core.document import Assessment
from cxassess.core.durable import GroupCommit

T = TypeVar("T")


class Owner(Protocol):
    """Whoever owns the assessment: runs a change on its own thread and says the result."""

    def run(self, change: Callable[[Assessment], T], writes: bool = True) -> Future[T]: ...


class DirectOwner:
    """Owns the document in a process without a GUI: changes run under a lock. With a
    `commit` (a GroupCommit writing the file), a write's future resolves only once the
    change is on disk; without one (tests, a throwaway room), at once."""

    def __init__(self, doc: Assessment, commit: GroupCommit | None = None) -> None:
        self.doc = doc
        self.lock = threading.Lock()
        self.commit = commit

    def run(self, change: Callable[[Assessment], T], writes: bool = True) -> Future[T]:
        future: Future[T] = Future()
        try:
            with self.lock:
                result = change(self.doc)
        except BaseException as exc:
            future.set_exception(exc)
            return future
        if writes and self.commit is not None:
            self.commit.commit(future, result)
        else:
            future.set_result(result)
        return future


__all__ = ["DirectOwner", "Owner"]
