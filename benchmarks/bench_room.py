"""The room under load: simulated phones joining and answering at once, over real HTTP.

    uv run python benchmarks/bench_room.py [--phones 30 100] [--app] [--crowd 300]
        [--open-files 256] [--slow 1100]

Each phone joins, answers every statement one request at a time (as the page does), and
finishes. Printed: refused connections and errors, answer round-trip p50/p95/max, and the
same figures for a floor measured in the same run: an aiohttp server in the same kind of
thread answering a trivial JSON request. With --app the room is opened from the real main
window (offscreen) and the longest gap in the GUI event loop is printed too.

--crowd runs that many phones against a real `cxassess room` process held to an open-file
limit of --open-files; --slow runs that many slow clients (headers a byte a second, from
25 addresses) against one at 1,024 while 30 phones from other addresses answer, and then
times the next join after the attackers leave.
"""

from __future__ import annotations

import argparse
import asyncio
import errno
import os
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from aiohttp import (
    ClientError,
    ClientOSError,
    ClientSession,
    ServerDisconnectedError,
    TCPConnector,
    web,
)

from cxassess.core.document import Assessment
from cxassess.core.questionnaire_io import load_questionnaire
from cxassess.resources import DEFAULT_QUESTIONNAIRE, resolve_questionnaire
from cxassess.room.server import DirectOwner, RoomServer


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def phone_address(i: int) -> str:
    """Each phone its own address, as on a workshop's Wi-Fi (all of loopback answers)."""
    return f"127.0.{3 + i // 250}.{1 + i % 250}"


async def phones(url: str, pin: str, count: int, questions: list[str]) -> dict[str, object]:
    """Run `count` phones at once, each with its own connections from its own address;
    returns latencies (s) of the joins and the answer requests, errors, and retries.

    Like a browser, a phone sends a request again once when the room closed the idle
    keep-alive connection it went out on (the room closes the longest-idle connection
    to let another phone in when it is at its limit)."""
    latencies: list[float] = []
    joins: list[float] = []
    errors: list[str] = []
    retries = [0]

    async def one(i: int) -> None:
        connector = TCPConnector(limit=6, local_addr=(phone_address(i), 0))
        async with ClientSession(connector=connector) as http:

            async def send(method: str, path: str, **kw: Any) -> tuple[int, Any]:
                for attempt in (1, 2):
                    try:
                        async with http.request(method, url + path, **kw) as r:
                            data = await r.json() if r.status in (200, 201) else await r.read()
                            return r.status, data
                    except (ServerDisconnectedError, ClientOSError) as exc:
                        # An evicted keep-alive shows as a disconnect, or as a reset when
                        # the room's close crosses the request on the wire; a browser sends
                        # again either way, as the phone page does.
                        reset = isinstance(exc, ServerDisconnectedError) or (
                            exc.errno == errno.ECONNRESET
                        )
                        if attempt == 2 or not reset:
                            raise
                        retries[0] += 1
                raise AssertionError("unreachable")

            try:
                started = time.perf_counter()
                status, data = await send(
                    "POST", "/join", json={"pin": pin, "name": f"Phone {i}", "role": ""}
                )
                if status != 201:
                    errors.append(f"join {status}")
                    return
                joins.append(time.perf_counter() - started)
                auth = {"Authorization": f"Bearer {data['key']}"}
                for n, qid in enumerate(questions):
                    started = time.perf_counter()
                    body = {"answers": [{"question": qid, "value": 1 + (i + n) % 5, "comment": ""}]}
                    status, _ = await send("PUT", "/answers", json=body, headers=auth)
                    if status != 200:
                        errors.append(f"answer {status}")
                    latencies.append(time.perf_counter() - started)
                status, _ = await send("POST", "/finish", headers=auth)
                if status != 200:
                    errors.append(f"finish {status}")
            except (OSError, ClientError) as exc:
                errors.append(f"refused: {exc}")

    await asyncio.gather(*(one(i) for i in range(count)))
    return {"latencies": latencies, "joins": joins, "errors": errors, "retries": retries[0]}


async def floor_phones(url: str, count: int, requests: int) -> list[float]:
    latencies: list[float] = []
    async with ClientSession(connector=TCPConnector(limit=0)) as http:

        async def one() -> None:
            for _ in range(requests):
                started = time.perf_counter()
                async with http.put(url, json={"answers": []}) as r:
                    await r.read()
                latencies.append(time.perf_counter() - started)

        await asyncio.gather(*(one() for _ in range(count)))
    return latencies


def start_floor_server() -> tuple[str, asyncio.AbstractEventLoop]:
    """A trivial aiohttp server in its own thread, like the room's."""
    ready = threading.Event()
    box: dict[str, object] = {}

    def serve() -> None:
        loop = asyncio.new_event_loop()
        asyncio.set_event_loop(loop)

        async def handler(request: web.Request) -> web.Response:
            await request.read()
            return web.json_response({"answered": 1, "total": 26})

        async def start() -> None:
            app = web.Application()
            app.router.add_put("/floor", handler)
            runner = web.AppRunner(app, access_log=None, handle_signals=False)
            await runner.setup()
            site = web.TCPSite(runner, "127.0.0.1", 0)
            await site.start()
            box["port"] = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

        loop.run_until_complete(start())
        box["loop"] = loop
        ready.set()
        loop.run_forever()

    threading.Thread(target=serve, daemon=True).start()
    ready.wait(10)
    return f"http://127.0.0.1:{box['port']}/floor", box["loop"]  # type: ignore[return-value]


def report(label: str, lat: list[float], floor: list[float], errors: list[str]) -> None:
    ms = [v * 1000 for v in lat]
    fl = [v * 1000 for v in floor]
    print(
        f"{label:<28} requests {len(ms):5d}  errors {len(errors):3d}  "
        f"p50 {statistics.median(ms):6.1f} ms  p95 {pct(ms, 95):6.1f} ms  max {max(ms):6.1f} ms  |  "
        f"floor p95 {pct(fl, 95):5.1f} ms  ratio p95 {pct(ms, 95) / pct(fl, 95):4.1f}x"
    )
    if errors:
        print("   first errors:", errors[:5])


def headless(count: int, q_ids: list[str], q: object, durable: bool) -> None:
    """The room as `cxassess room` runs it: with `durable`, a 200 waits for the file on
    disk (group commit, atomic write, fsync); without, answers stay in memory (the cost
    of durability is the difference)."""
    import tempfile

    from cxassess.room.headless import durable_owner

    doc = Assessment.new(q, round_open=True)  # type: ignore[arg-type]  # as a room opens it
    folder = tempfile.mkdtemp(prefix="cxassess-bench-")
    path = Path(folder) / "room.cxa"
    commit = None
    if durable:
        owner, commit = durable_owner(doc, path)
    else:
        owner = DirectOwner(doc)
    server = RoomServer(owner, doc.questionnaire)
    url = server.start("127.0.0.1")
    floor_url, _ = start_floor_server()
    floor = _floor_elsewhere(floor_url, count, len(q_ids))
    writes_before = _writes()
    result = _phones_elsewhere(url, server.pin, count)
    writes = _writes() - writes_before
    server.stop()
    if commit is not None:
        commit.close()
    stored = sum(len(p.answers) for p in doc.participants)
    label = f"headless, {'durable' if durable else 'in memory'}, {count} phones"
    report(label, result["latencies"], floor, result["errors"])  # type: ignore[arg-type]
    extra = f"; file writes {writes} for {len(result['latencies'])} answers" if durable else ""  # type: ignore[arg-type]
    print(
        f"   answers stored {stored} of {count * len(q_ids)}; sealed {sum(p.sealed for p in doc.participants)}{extra}"
    )


def _floor_elsewhere(url: str, count: int, requests: int) -> list[float]:
    """The floor's clients in a process of their own too, as the phones are."""
    import json
    import subprocess

    out = subprocess.run(
        [sys.executable, __file__, "--floor-client", url, str(count), str(requests)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(out)  # type: ignore[no-any-return]


def _phones_elsewhere(url: str, pin: str, count: int) -> dict[str, Any]:
    """The phones in a process of their own, as real phones are: the room's process then
    has only its own work (in one process, the phones' client would share its GIL)."""
    import json
    import subprocess

    out = subprocess.run(
        [sys.executable, __file__, "--client", url, pin, str(count)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(out)  # type: ignore[no-any-return]


_WRITES = [0]


def _writes() -> int:
    """How many atomic writes of the room's file this process made (one fsync each)."""
    return _WRITES[0]


def _count_writes() -> None:
    from cxassess.room import headless

    original = headless.atomic_write_bytes

    def counted(path: Path, data: bytes, private: bool = True) -> None:
        _WRITES[0] += 1
        original(path, data, private)

    headless.atomic_write_bytes = counted  # type: ignore[assignment]


def in_app(count: int, q_ids: list[str]) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault(
        "CXASSESS_DATA_DIR", str(Path(os.environ.get("TMPDIR", "/tmp")) / "cxassess-bench")
    )
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from cxassess.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow()
    window.ask_unsaved = lambda: "discard"  # type: ignore[method-assign]
    window.show()
    window.commands.new(team=True)
    window.start_answering()
    window.open_room(host="127.0.0.1")
    room = window.room
    floor_url, _ = start_floor_server()
    floor = _floor_elsewhere(floor_url, count, len(q_ids))
    # The phones run in a process of their own, as real phones would: the app's process
    # then has only its own work, as in the room.

    box: dict[str, object] = {}

    def run_phones() -> None:
        box["r"] = _phones_elsewhere(room.url, room.server.pin, count)

    thread = threading.Thread(target=run_phones)
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    thread.start()
    while thread.is_alive():
        app.processEvents()
        time.sleep(0.001)
    # let the last queued answers land and the recovery copy be written
    end = time.monotonic() + 1.0
    while time.monotonic() < end:
        app.processEvents()
    timer.stop()
    result = box["r"]
    report(f"app, {count} phones", result["latencies"], floor, result["errors"])  # type: ignore[index]
    doc = window.session.require()
    stored = sum(len(p.answers) for p in doc.participants)
    print(
        f"   answers stored {stored} of {count * len(q_ids)}; longest GUI event-loop gap {max(gaps):.0f} ms"
    )
    room.close()
    window.session.discard_recovery()
    window.close()


def room_process(path: Path, open_files: int) -> tuple[Any, str, str]:
    """`cxassess room` as the facilitator runs it, under an open-file limit it cannot
    raise; its standard error is a pipe nobody reads until it ends."""
    import resource
    import subprocess

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_NOFILE, (open_files, open_files))

    proc = subprocess.Popen(
        [sys.executable, "-m", "cxassess.cli", "room", str(path), "--host", "127.0.0.1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=limit,
        env=dict(os.environ, PYTHONUNBUFFERED="1"),
    )
    assert proc.stdout is not None
    url = proc.stdout.readline().split("room: ", 1)[1].strip()
    pin = proc.stdout.readline().split("pin: ", 1)[1].strip()
    return proc, url, pin


def _close(proc: Any) -> str:
    import signal

    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=60)
    return str(err)


def _new_room_file(q: object) -> Path:
    import tempfile

    from cxassess.core.storage import save_document

    path = Path(tempfile.mkdtemp(prefix="cxassess-bench-")) / "room.cxa"
    save_document(Assessment.new(q), path)  # type: ignore[arg-type]
    return path


def many_phones(count: int, open_files: int, q_ids: list[str], q: object) -> None:
    """`count` phones at once against `cxassess room` under a small open-file limit."""
    from cxassess.core.storage import load_document

    path = _new_room_file(q)
    proc, url, pin = room_process(path, open_files)
    floor_url, _ = start_floor_server()
    floor = _floor_elsewhere(floor_url, count, len(q_ids))
    result = _phones_elsewhere(url, pin, count)
    err = _close(proc)
    doc = load_document(path)
    refused = sum(1 for e in result["errors"] if e.startswith(("refused", "join")))
    report(
        f"cxassess room, {count} phones, {open_files} files",
        result["latencies"],
        floor,
        result["errors"],
    )
    joins = [v * 1000 for v in result["joins"]]
    print(
        f"   phones refused {refused}; requests sent again on a closed keep-alive "
        f"{result.get('retries', 0)}; join p50 {statistics.median(joins):.0f} ms, "
        f"p95 {pct(joins, 95):.0f} ms; answers in the file "
        f"{sum(len(p.answers) for p in doc.participants)} of {count * len(q_ids)}; "
        f"stderr lines {len(err.splitlines())}, tracebacks {err.count('Traceback')}"
    )


def slow_attack(slow: int, count: int, open_files: int, q_ids: list[str], q: object) -> None:
    """`slow` clients dribbling headers a byte a second from 25 addresses while `count`
    phones from other addresses answer; then the time from the attackers leaving to the
    next successful join."""
    import json
    import subprocess
    import urllib.request

    path = _new_room_file(q)
    proc, url, pin = room_process(path, open_files)
    host, port = url.split("/")[2].split(":")
    seconds = 30.0
    attack = subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).resolve().parents[1] / "tests" / "slow_clients.py"),
            host,
            port,
            str(slow),
            "25",
            str(seconds),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    time.sleep(3)  # the attack holds its connections before the phones come
    floor_url, _ = start_floor_server()
    floor = _floor_elsewhere(floor_url, count, len(q_ids))
    started = time.monotonic()
    result = _phones_elsewhere(url, pin, count)
    phones_took = time.monotonic() - started
    told = json.loads(attack.communicate(timeout=seconds + 60)[0])
    left = time.monotonic()
    joined_after = None
    while time.monotonic() - left < 30:
        request = urllib.request.Request(
            url + "/join",
            data=json.dumps({"pin": pin, "name": "After the attack"}).encode(),
            method="POST",
        )
        request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=5) as response:
                if response.status == 201:
                    joined_after = time.monotonic() - left
                    break
        except OSError:
            time.sleep(0.1)
    err = _close(proc)
    report(
        f"{slow} slow clients, {count} phones",
        result["latencies"],
        floor,
        result["errors"],
    )
    joins = [v * 1000 for v in result["joins"]] or [float("nan")]
    print(
        f"   phones joined during the attack {len(result['joins'])} of {count} "
        f"(join p95 {pct(joins, 95):.0f} ms, all done in {phones_took:.1f} s); slow clients "
        f"opened {told['opened']}, closed by the room {told['closed']}, refused {told['refused']}; "
        f"next join after they left: "
        + (f"{joined_after * 1000:.0f} ms" if joined_after is not None else "none in 30 s")
        + f"; stderr lines {len(err.splitlines())}, tracebacks {err.count('Traceback')}"
    )


def client(url: str, pin: str, count: int) -> None:
    """Phones only, printing what they saw as JSON (run by the app scenario)."""
    import json

    q = load_questionnaire(resolve_questionnaire(DEFAULT_QUESTIONNAIRE))
    result = asyncio.run(phones(url, pin, count, [qu.id for _, qu in q.questions()]))
    print(json.dumps(result))


def main() -> None:
    if len(sys.argv) == 5 and sys.argv[1] == "--client":
        client(sys.argv[2], sys.argv[3], int(sys.argv[4]))
        return
    if len(sys.argv) == 5 and sys.argv[1] == "--floor-client":
        import json

        print(
            json.dumps(asyncio.run(floor_phones(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))))
        )
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("--phones", type=int, nargs="*", default=[30, 100])
    parser.add_argument("--app", action="store_true", help="also open the room from the app")
    parser.add_argument(
        "--crowd", type=int, default=300, help="phones against `cxassess room` (0: skip)"
    )
    parser.add_argument("--open-files", type=int, default=256, help="the room's limit for --crowd")
    parser.add_argument("--slow", type=int, default=1100, help="slow clients (0: skip)")
    args = parser.parse_args()
    q = load_questionnaire(resolve_questionnaire(DEFAULT_QUESTIONNAIRE))
    q_ids = [qu.id for _, qu in q.questions()]
    _count_writes()
    for count in args.phones:
        headless(count, q_ids, q, durable=False)
        headless(count, q_ids, q, durable=True)
    if args.crowd:
        many_phones(args.crowd, args.open_files, q_ids, q)
    if args.slow:
        slow_attack(args.slow, 30, 1024, q_ids, q)
    if args.app:
        for count in args.phones:
            in_app(count, q_ids)


if __name__ == "__main__":
    main()
