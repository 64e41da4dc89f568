"""The room's listening socket: it accepts connections itself, so that the room decides
which to keep (see `guard.Admission`) and a burst of them never costs a traceback each."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import socket
from collections.abc import Callable
from typing import Any

from aiohttp.web_protocol import RequestHandler
from aiohttp.web_server import Server

from cxassess.room.guard import (
    FILES_KEPT_FREE,
    MAX_CONNECTIONS,
    Admission,
    descriptors_in_use,
    raise_open_file_limit,
)


class _Handler(RequestHandler):
    """aiohttp's connection handler, telling the room's admission when it opens and
    closes, so that connections are counted per address and in total."""

    __slots__ = ("_address", "_admission")

    def __init__(self, admission: Admission, address: str, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._admission = admission
        self._address = address

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        self._admission.add(self, self._address)

    def connection_lost(self, exc: BaseException | None) -> None:
        self._admission.gone(self)
        super().connection_lost(exc)


_RESOURCE_ERRORS = {errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM}


class Listener:
    """Accepts connections for an aiohttp `server`, one at a time, keeping or closing each
    as the admission says; while every connection is busy it stops accepting, and new
    ones wait in the system's queue instead of being refused.

    `header_timeout` is aiohttp's keep-alive timer, which runs from the connection (or the
    last answer) until a whole request has arrived: a client dribbling its headers is
    closed when it runs out."""

    def __init__(self, server: Server, report: Callable[[str], None], header_timeout: float):
        self.server = server
        self.report = report
        self.header_timeout = header_timeout
        limit = raise_open_file_limit()
        total = min(MAX_CONNECTIONS, limit - descriptors_in_use() - FILES_KEPT_FREE)
        self.admission = Admission(total, report)
        self._freed = asyncio.Event()
        self.admission.freed = self._freed.set
        self._socket: socket.socket | None = None
        self._task: asyncio.Task[None] | None = None

    def listen(self, host: str, port: int) -> int:
        """Start listening on host:port (0: any free port); returns the port."""
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        sock = socket.create_server((host, port), family=family, backlog=1024)
        sock.setblocking(False)
        self._socket = sock
        self._task = asyncio.get_running_loop().create_task(self._accept(sock))
        return int(sock.getsockname()[1])

    def connections(self) -> int:
        """How many connections are open now."""
        return len(self.admission)

    def working(self, protocol: Any, busy: bool) -> None:
        """A request started (True) or ended on this connection."""
        self.admission.working(protocol, busy)

    async def _accept(self, sock: socket.socket) -> None:
        loop = asyncio.get_running_loop()
        admission = self.admission
        while True:
            try:
                conn, peer = await loop.sock_accept(sock)
            except OSError as exc:
                if sock.fileno() == -1:
                    return
                self.report(
                    "no file descriptors left" if exc.errno in _RESOURCE_ERRORS else str(exc)
                )
                await asyncio.sleep(0.05)
                continue
            address = str(peer[0]) if isinstance(peer, tuple) and peer else "?"
            verdict = admission.verdict(address)
            while verdict == Admission.WAIT:
                self._freed.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._freed.wait(), 0.25)
                verdict = admission.verdict(address)
            if verdict == Admission.REFUSE:
                conn.close()
                continue

            def handler(address: str = address) -> _Handler:
                return _Handler(
                    admission,
                    address,
                    self.server,
                    loop=loop,
                    keepalive_timeout=self.header_timeout,
                    access_log=None,
                    lingering_time=1.0,
                )

            try:
                await loop.connect_accepted_socket(handler, conn)
            except OSError:
                conn.close()

    async def close(self) -> None:
        """Stop accepting; the connections close with the aiohttp server."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._socket is not None:
            self._socket.close()


__all__ = ["Listener"]
