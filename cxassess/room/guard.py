"""What keeps the room open for phones while someone attacks it.

Wrong PINs are counted per address and room-wide; connections are capped per address and
in total, and the oldest idle one makes way for a new one, so that phones from other
addresses still get in while one device (or a hundred) holds connections open; refusals
are reported once per burst, never once per connection, because a full standard-error
pipe would freeze the room.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from typing import Any

PIN_WINDOW_S = 60.0
PIN_FAILURES_ALLOWED = 10  # per address and minute
ROOM_PIN_WINDOW_S = 600.0
ROOM_PIN_FAILURES = 100  # in the whole room in ten minutes: then the PIN changes
PER_ADDRESS = 64  # a browser opens six; a few phones may share an address behind a router
FILES_KEPT_FREE = 64  # descriptors left for files, fonts, the GUI
MAX_CONNECTIONS = 4096
WANTED_OPEN_FILES = 8192
BURST_S = 10.0
# A new connection whose first request has not arrived is kept this long before it may
# make way for another: a phone's request on its way is never the one cut off. A
# keep-alive connection idle after its answer may go at once (the browser opens another).
MIN_IDLE_S = 1.0


class PinGuard:
    """Counts wrong PINs: more than ten in a minute from one address locks it out for the
    minute, and a hundred in ten minutes in the room asks for a new PIN.

    `clock` is injectable so that the minutes can be tested without waiting them out."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._failures: dict[str, deque[float]] = {}
        self._pending: dict[str, int] = {}  # joins whose PIN is not judged yet
        self._room: deque[float] = deque()
        self._clock = clock

    @staticmethod
    def _trim(times: deque[float], now: float, window: float) -> deque[float]:
        while times and now - times[0] > window:
            times.popleft()
        return times

    def blocked(self, address: str) -> bool:
        """True while this address may not try a PIN."""
        recent = self._trim(
            self._failures.setdefault(address, deque()), self._clock(), PIN_WINDOW_S
        )
        return len(recent) + self._pending.get(address, 0) >= PIN_FAILURES_ALLOWED

    def begin(self, address: str) -> bool:
        """A join starts: counted before its body arrives, so a thousand joins sent at
        once cannot all be tried; False (refuse with 429) when the address is locked out."""
        if self.blocked(address):
            return False
        self._pending[address] = self._pending.get(address, 0) + 1
        return True

    def end(self, address: str, wrong: bool) -> bool:
        """The join was judged; True when wrong PINs in the room reached the limit, so
        that the PIN must change (the count starts again)."""
        left = self._pending.get(address, 1) - 1
        if left > 0:
            self._pending[address] = left
        else:
            self._pending.pop(address, None)
        if not wrong:
            return False
        now = self._clock()
        self._failures.setdefault(address, deque()).append(now)
        room = self._trim(self._room, now, ROOM_PIN_WINDOW_S)
        room.append(now)
        if len(room) >= ROOM_PIN_FAILURES:
            room.clear()
            return True
        return False


class BurstLog:
    """Says what the room refused at most once per burst: the first refusal at once,
    then a count every ten seconds while refusals go on."""

    def __init__(
        self,
        write: Callable[[str], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._write = write or _stderr
        self._clock = clock
        self._counts: dict[str, int] = {}
        self._last = -BURST_S

    def __call__(self, reason: str) -> None:
        self._counts[reason] = self._counts.get(reason, 0) + 1
        now = self._clock()
        if now - self._last < BURST_S:
            return
        self._last = now
        counts, self._counts = self._counts, {}
        told = "; ".join(f"{n} × {why}" for why, n in sorted(counts.items()))
        self._write(f"The room refused connections: {told}.")


def _stderr(text: str) -> None:
    with contextlib.suppress(OSError, ValueError):  # no standard error, or a closed one
        print(text, file=sys.stderr, flush=True)


class BurstHandler(logging.Handler):
    """Routes the server libraries' own error logs (with their tracebacks) into a
    BurstLog: one line per burst instead of one traceback per refused connection."""

    def __init__(self, log: BurstLog) -> None:
        super().__init__(logging.WARNING)
        self.log = log

    def emit(self, record: logging.LogRecord) -> None:
        reason = record.getMessage().splitlines()[0][:120]
        if record.exc_info and record.exc_info[1] is not None:
            reason = f"{reason} ({type(record.exc_info[1]).__name__})"
        self.log(reason)


def raise_open_file_limit(wanted: int = WANTED_OPEN_FILES) -> int:
    """Raise this process's soft limit on open files towards `wanted` (as far as the hard
    limit allows); returns the soft limit now in force."""
    try:
        import resource
    except ImportError:  # Windows: no such limit on sockets
        return MAX_CONNECTIONS + FILES_KEPT_FREE
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
            soft = target
        except (ValueError, OSError):
            pass
    return MAX_CONNECTIONS + FILES_KEPT_FREE if soft == resource.RLIM_INFINITY else soft


class Admission:
    """Which connections the room keeps: at most PER_ADDRESS from one address and
    `total` in all. At the total, the connection idle the longest (no request under way:
    a keep-alive, or a slow client still sending its headers) is closed for the new one;
    when every connection is busy, the room stops accepting until one is free, and new
    ones wait in the system's queue instead of being refused.

    Used from the room's event loop only."""

    KEEP, REFUSE, WAIT = "keep", "refuse", "wait"

    def __init__(
        self,
        total: int,
        report: Callable[[str], None],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.total = max(16, total)
        self.report = report
        self._clock = clock
        self._open: OrderedDict[Any, str] = OrderedDict()  # handler -> address, idle first
        self._idle_since: dict[Any, float] = {}
        self._served: set[Any] = set()  # connections that have had an answer
        self._per_address: dict[str, int] = {}
        self._busy: dict[Any, int] = {}
        self.freed: Callable[[], None] = lambda: None  # told when a place frees up

    def __len__(self) -> int:
        return len(self._open)

    def verdict(self, address: str) -> str:
        """What to do with a new connection from this address."""
        if self._per_address.get(address, 0) >= PER_ADDRESS:
            self.report("too many connections from one address")
            return self.REFUSE
        if len(self._open) < self.total or self._evict():
            return self.KEEP
        self.report("every connection busy; new ones wait")
        return self.WAIT

    def add(self, handler: Any, address: str) -> None:
        """A kept connection is open."""
        self._open[handler] = address
        self._idle_since[handler] = self._clock()
        self._per_address[address] = self._per_address.get(address, 0) + 1

    def _evict(self) -> bool:
        now = self._clock()
        for handler in self._open:  # the one idle longest comes first
            if self._busy.get(handler):
                continue
            if (
                handler not in self._served
                and now - self._idle_since.get(handler, now) < MIN_IDLE_S
            ):
                continue
            handler.force_close()
            self.gone(handler)
            return True
        return False

    def gone(self, handler: Any) -> None:
        """A connection closed."""
        address = self._open.pop(handler, None)
        self._busy.pop(handler, None)
        self._idle_since.pop(handler, None)
        self._served.discard(handler)
        if address is not None:
            left = self._per_address.get(address, 1) - 1
            if left > 0:
                self._per_address[address] = left
            else:
                self._per_address.pop(address, None)
            self.freed()

    def working(self, handler: Any, busy: bool) -> None:
        """A request started (True) or ended on this connection: an ended one goes to
        the back of the idle queue."""
        if handler not in self._open:
            return
        count = self._busy.get(handler, 0) + (1 if busy else -1)
        if count > 0:
            self._busy[handler] = count
        else:
            self._busy.pop(handler, None)
            self._open.move_to_end(handler)
            self._idle_since[handler] = self._clock()
            self._served.add(handler)
            self.freed()


def descriptors_in_use() -> int:
    """How many files this process has open now (0 where the system does not say)."""
    import os

    for folder in ("/proc/self/fd", "/dev/fd"):
        try:
            return len(os.listdir(folder))
        except OSError:
            continue
    return 0


__all__ = [
    "Admission",
    "BurstHandler",
    "BurstLog",
    "PinGuard",
    "descriptors_in_use",
    "raise_open_file_limit",
]
