"""Long sessions of the real app in fresh processes, where pytest's own references to
None cannot hide a Qt binding that frees it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from helpers import shipped_statements

SOAK = Path(__file__).with_name("soak_app.py")

PROBE = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication, QLabel, QProgressBar
    app = QApplication([])
    label, bar = QLabel(), QProgressBar()
    before = sys.getrefcount(None)
    for i in range(3000):
        label.setText(str(i))
        bar.setValue(i % 100)
        app.processEvents()
    print(before - sys.getrefcount(None))
    """
)


def _env(tmp_path: Path) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", CXASSESS_DATA_DIR=str(tmp_path / "data"))


def test_qt_calls_do_not_free_none():
    """A binding that drops a reference to None per call loses thousands here, and dies."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert int(result.stdout.strip()) <= 0, "the Qt binding frees None: the app will crash"


def test_thirty_person_workshop_in_the_real_window_exits_cleanly(tmp_path):
    result = subprocess.run(
        [sys.executable, str(SOAK), "30", str(tmp_path / "config")],
        capture_output=True,
        text=True,
        timeout=600,
        env=_env(tmp_path),
    )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "Fatal Python error" not in result.stderr
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    print("soak:", figures)
    statements = shipped_statements()
    assert figures["stored"] == 30 * statements and figures["answers"] >= 30 * statements
    assert figures["sealed"] == 30 and figures["respondents"] == 30
    assert figures["none_refs_lost"] <= 0
