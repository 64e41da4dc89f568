"""The standalone app's size, and its time to first window against the developer start.

Run: packaging/build, then uv run python benchmarks/bench_bundle.py
Every sample is a fresh process timed from launch until the main window's first paint
(the app prints a line then: `open --exit-when-shown`); the four starts are interleaved
and their medians compared with the floor, a bare PySide6 window from the same Python.
Target: the standalone app within 1.3x of the bare window.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "cxassess"
RUNS = 15

BARE = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            print("window shown", flush=True)
            QTimer.singleShot(0, obj.close)
        return False
w = QMainWindow(); w.resize(1280, 800)
f = FirstPaint(); w.installEventFilter(f)
w.show()
app.exec()
"""


def sample(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env, cwd=env["HOME"])
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.stdout.read()
    assert proc.wait() == 0 and "window shown" in line, (command, line)
    return elapsed


def size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> None:
    if not (BUNDLE / "cxassess").exists():
        raise SystemExit("no build in dist/cxassess: run packaging/build first")
    home = tempfile.mkdtemp()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        CXASSESS_DATA_DIR=tempfile.mkdtemp(),
        XDG_CONFIG_HOME=tempfile.mkdtemp(),
        HOME=home,
    )
    uv = shutil.which("uv")
    starts = {
        "bare PySide6 window (floor)": [sys.executable, "-c", BARE],
        "standalone app": [str(BUNDLE / "cxassess"), "open", "--exit-when-shown"],
        "installed entry point": [
            str(Path(sys.executable).parent / "cxassess"),
            "open",
            "--exit-when-shown",
        ],
    }
    if uv:
        starts["uv run cxassess"] = [
            uv,
            "run",
            "--project",
            str(ROOT),
            "cxassess",
            "open",
            "--exit-when-shown",
        ]
    times: dict[str, list[float]] = {name: [] for name in starts}
    for command in starts.values():  # warm the file cache and bytecode
        sample(command, env)
    for _ in range(RUNS):
        for name, command in starts.items():
            times[name].append(sample(command, env))
    floor = statistics.median(times["bare PySide6 window (floor)"])
    print(f"time to first window, median of {RUNS} interleaved fresh processes:")
    for name, values in times.items():
        median = statistics.median(values)
        print(
            f"  {name:30s} {median * 1000:6.0f} ms  (min {min(values) * 1000:4.0f})"
            f"  {median / floor:.2f}x the floor"
        )
    archives = sorted((ROOT / "dist").glob("cxassess-*"))
    print(f"bundle folder dist/cxassess: {size(BUNDLE) / 2**20:.0f} MiB")
    for archive in archives:
        print(f"package {archive.name}: {archive.stat().st_size / 2**20:.0f} MiB")


if __name__ == "__main__":
    main()
