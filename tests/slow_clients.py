"""Slow clients: connections that send a request's headers a byte at a time, forever.

    python tests/slow_clients.py HOST PORT COUNT ADDRESSES SECONDS

Opens COUNT connections to HOST:PORT spread over ADDRESSES loopback source addresses
(127.0.1.1, 127.0.1.2, ...), sends each one byte a second, and opens a new one whenever
the server closes one, for SECONDS; then closes them all and prints one JSON line:
how many connections it opened, how many the server closed, and how many were refused.
Used by tests/test_room_attack.py and benchmarks/bench_room.py.
"""

from __future__ import annotations

import json
import resource
import selectors
import socket
import sys
import time


def main() -> int:
    host, port, count, addresses, seconds = (
        sys.argv[1],
        int(sys.argv[2]),
        int(sys.argv[3]),
        int(sys.argv[4]),
        float(sys.argv[5]),
    )
    _soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, count + 256), hard))
    request = f"POST /r/x/join HTTP/1.1\r\nHost: {host}:{port}\r\nX-Slow: ".encode() + b"a" * 10_000
    opened = closed = refused = 0
    sel = selectors.DefaultSelector()
    live: dict[socket.socket, int] = {}

    def connect(i: int) -> None:
        nonlocal opened, refused
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            sock.bind((f"127.0.1.{1 + i % addresses}", 0))
            sock.settimeout(2)
            sock.connect((host, port))
        except OSError:
            refused += 1
            sock.close()
            return
        sock.setblocking(False)
        opened += 1
        live[sock] = 0
        sel.register(sock, selectors.EVENT_READ)

    for i in range(count):
        connect(i)
    ends = time.monotonic() + seconds
    tick = 0
    while time.monotonic() < ends:
        for key, _ in sel.select(timeout=0.2):
            sock = key.fileobj
            try:
                data = sock.recv(4096)  # type: ignore[union-attr]
            except OSError:
                data = b""
            if not data:
                closed += 1
                sel.unregister(sock)
                live.pop(sock, None)  # type: ignore[arg-type]
                sock.close()  # type: ignore[union-attr]
        now = time.monotonic()
        if now >= tick:
            tick = now + 1.0
            for sock, sent in list(live.items()):
                try:
                    sock.send(request[sent : sent + 1])
                    live[sock] = sent + 1
                except OSError:
                    pass
            for i in range(count - len(live)):  # a slow client comes back at once
                if time.monotonic() >= ends:
                    break
                connect(i)
    for sock in live:
        sock.close()
    print(json.dumps({"opened": opened, "closed": closed, "refused": refused}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
