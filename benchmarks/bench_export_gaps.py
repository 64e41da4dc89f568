"""How long the app's event loop stalls while a PDF is exported.

    uv run python benchmarks/bench_export_gaps.py

A timer ticks every 5 ms on the GUI thread while a 30-person report is built, first in a
worker thread of the app (the way exports used to run), then in a separate process (the
way they run now). Printed for each: the longest gap between ticks, how many gaps were
over 100 ms, and how long the export took. The floor is the longest gap of the same timer
with nothing running, measured in the same run.
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication

from cxassess.core.document import Answer, Assessment, Participant
from cxassess.core.questionnaire_io import load_questionnaire
from cxassess.core.roadmap import edit_item, regenerate_roadmap
from cxassess.resources import DEFAULT_QUESTIONNAIRE, resolve_questionnaire


def thirty_people() -> Assessment:
    q = load_questionnaire(resolve_questionnaire(DEFAULT_QUESTIONNAIRE))
    rng = random.Random(30)
    people = [
        Participant(
            name=f"Person {i}",
            role=["Sales", "Support", "Operations"][i % 3],
            answers={qu.id: Answer(value=rng.randint(1, 5)) for _, qu in q.questions()},
        )
        for i in range(30)
    ]
    doc = Assessment.new(q, participants=people, team="Thirty")
    regenerate_roadmap(doc)
    for item in doc.roadmap[:10]:
        edit_item(doc, item.id, review="accepted", owner="Head of CX")
    return doc


class ThreadBuild(QObject):
    """The report built in a worker thread of the app, as exports used to be."""

    done = Signal()

    def __init__(self, doc: Assessment, target: Path) -> None:
        super().__init__()
        self.doc, self.target = doc, target

    @Slot()
    def run(self) -> None:
        from cxassess.report.pdf import build_report_file

        build_report_file(self.doc, self.target)
        self.done.emit()


def measure(app: QApplication, start, finished_signal) -> tuple[float, int, float]:
    """Longest event-loop gap (ms), gaps over 100 ms, and seconds until finished."""
    clock = QElapsedTimer()
    clock.start()
    gaps: list[int] = []
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    done = [False]
    finished_signal.connect(lambda *_: done.__setitem__(0, True))
    began = time.perf_counter()
    timer.start()
    start()
    while not done[0]:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    return max(gaps or [0]), sum(1 for g in gaps if g > 100), time.perf_counter() - began


def main() -> None:
    app = QApplication.instance() or QApplication([])
    doc = thirty_people()
    folder = Path(tempfile.mkdtemp(prefix="cxassess-gaps-"))
    # Warm-up, as the app does after start: the first chart must not count the imports.
    from cxassess.report.pdf import build_report_file

    build_report_file(doc, folder / "warm.pdf")

    idle = QTimer()
    idle.setSingleShot(True)
    idle.setInterval(1500)
    floor = measure(app, idle.start, idle.timeout)

    thread = QThread()
    build = ThreadBuild(doc, folder / "thread.pdf")
    build.moveToThread(thread)
    thread.started.connect(build.run)
    build.done.connect(thread.quit)
    before = measure(app, thread.start, thread.finished)

    from cxassess.gui.export import PdfJob

    job = PdfJob(doc, folder / "process.pdf")
    after = measure(app, job.start, job.succeeded)

    print(f"{'':34} {'longest gap':>12} {'gaps > 100 ms':>14} {'export':>8}")
    for label, (gap, over, seconds) in (
        ("floor: timer alone (1.5 s)", floor),
        ("before: report in a worker thread", before),
        ("after: report in its own process", after),
    ):
        print(f"{label:34} {gap:9.0f} ms {over:14d} {seconds:7.2f} s")
    print(f"longest gap, before / after: {before[0]:.0f} ms / {after[0]:.0f} ms")


if __name__ == "__main__":
    main()
