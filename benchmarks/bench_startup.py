"""Time to the first shown window: cxassess against a bare PySide6 window, same run.

Run: uv run python benchmarks/bench_startup.py
Each sample is a fresh process, timed from launch until the main window's first paint
(an event filter prints a line then); the medians of interleaved runs are compared.
Target: cxassess under 1.3x bare.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

FIRST_PAINT = """
from PySide6.QtCore import QEvent, QObject
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print("shown", flush=True)
            import sys
            print(",".join(m for m in ("pydantic", "matplotlib", "reportlab") if m in sys.modules), flush=True)
            app.exit(0)
        return False
"""

BARE = (
    """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
"""
    + FIRST_PAINT
    + """
w = QMainWindow(); w.resize(1280, 800)
f = FirstPaint(); w.installEventFilter(f)
w.show()
app.exec()
"""
)

APP = (
    """
from PySide6.QtWidgets import QApplication
app = QApplication([])
"""
    + FIRST_PAINT
    + """
from cxassess.gui.main_window import MainWindow
w = MainWindow()
f = FirstPaint(); w.installEventFilter(f)
w.show()
app.exec()
"""
)

RUNS = 11


def sample(code: str, env: dict[str, str]) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout is not None
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    rest = proc.stdout.read()
    proc.wait()
    assert line.strip() == "shown", line
    return elapsed, rest.strip()


def main() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env["CXASSESS_DATA_DIR"] = tempfile.mkdtemp()
    env["XDG_CONFIG_HOME"] = tempfile.mkdtemp()
    sample(BARE, env)  # warm the file cache and bytecode for both
    sample(APP, env)
    bare, ours, loaded = [], [], ""
    for _ in range(RUNS):  # interleaved, so load on the machine affects both alike
        bare.append(sample(BARE, env)[0])
        t, loaded = sample(APP, env)
        ours.append(t)
    b, o = statistics.median(bare), statistics.median(ours)
    print(f"bare PySide6 window   median {b * 1000:6.0f} ms  (min {min(bare) * 1000:.0f})")
    print(f"cxassess main window  median {o * 1000:6.0f} ms  (min {min(ours) * 1000:.0f})")
    print(
        f"ratio {o / b:.2f}x  (target < 1.3x); heavy modules loaded at first paint: {loaded or 'none'}"
    )


if __name__ == "__main__":
    main()
