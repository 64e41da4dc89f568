"""A long workshop in the real window, in a process of its own.

Run by tests/test_soak.py as `python tests/soak_app.py PEOPLE CONFIG_DIR`: a round of
PEOPLE participants, each answering every statement by keyboard, with navigation, undo
and comments along the way, then the reveal, the results and the roadmap. Prints one
JSON line with what it did; any crash in the Qt binding ends the process non-zero.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

K = Qt.Key
DIGITS = [K.Key_1, K.Key_2, K.Key_3, K.Key_4, K.Key_5]


def main() -> int:
    people = int(sys.argv[1])
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
    app = QApplication([])
    from cxassess.core.document import Participant
    from cxassess.gui.main_window import MainWindow

    started = time.perf_counter()
    none_before = sys.getrefcount(None)
    window = MainWindow()
    window.ask_unsaved = lambda: "discard"  # type: ignore[method-assign]
    window.resize(1024, 768)
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.commands.new(team=True)
    window.session.set_participants(
        [
            Participant(name=f"Person {i + 1}", role="Sales" if i % 2 else "Ops")
            for i in range(people)
        ],
        "people",
    )
    window.start_answering()
    handover = window.page("handover")
    page = window.page("answer")
    answers = 0
    for i in range(people):
        assert window.stack.currentWidget() is handover, "not back at the hand-over"
        QTest.mouseClick(handover.start_button, Qt.MouseButton.LeftButton)
        assert window.stack.currentWidget() is page, "answering did not start"
        total = len(page.question_ids)
        for q in range(total):
            QTest.keyClick(page, DIGITS[(i + q) % 5])
            answers += 1
            if q == 3:
                # change of mind: back, forward, undo the answer and give it again
                QTest.keyClick(page, K.Key_Left)
                QTest.keyClick(page, K.Key_Right)
                QTest.keyClick(window, K.Key_Z, Qt.KeyboardModifier.ControlModifier)
                QTest.keyClick(page, DIGITS[(i + q) % 5])
                answers += 1
            if q == 5 and i % 3 == 0:
                page.comment.setFocus()
                QTest.keyClicks(page.comment, "seen last week")
                QTest.keyClick(page.comment, K.Key_Return)
                continue
            QTest.keyClick(page, K.Key_Return)
        app.processEvents()
    doc = window.session.require()
    sealed = sum(1 for p in doc.participants if p.sealed)
    QTest.mouseClick(handover.results_button, Qt.MouseButton.LeftButton)
    results = window.page("results")
    assert window.stack.currentWidget() is results, "the results were not revealed"
    window.show_page("roadmap")
    window.show_page("trends")
    window.show_page("results")
    app.processEvents()
    respondents = results.scores.respondents
    window.close()
    app.processEvents()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "people": people,
                "answers": answers,
                "stored": sum(len(p.answers) for p in doc.participants),
                "sealed": sealed,
                "respondents": respondents,
                "seconds": round(time.perf_counter() - started, 1),
                "peak_mb": round(peak_mb, 1),
                "none_refs_lost": none_before - sys.getrefcount(None),
            }
        ),
        flush=True,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
