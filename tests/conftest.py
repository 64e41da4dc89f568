"""Shared fixtures. Qt must run offscreen, decided before any QApplication exists."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from cxassess.core.questionnaire import Questionnaire  # noqa: E402
from cxassess.core.questionnaire_io import load_questionnaire  # noqa: E402

# As in the app (cxassess/gui/collector.py): the cyclic collector must never run in a room
# thread and free a Qt object there. Tests collect on the main thread between tests, and
# the window fixture installs the app's GUI-thread collector.
gc.disable()


@pytest.fixture(autouse=True)
def _collect_on_the_main_thread():
    yield
    gc.collect()


SHIPPED = ROOT / "questionnaires" / "customer-centric-culture.yaml"


@pytest.fixture(scope="session")
def shipped() -> Questionnaire:
    return load_questionnaire(SHIPPED)


@pytest.fixture(scope="session")
def small_q() -> Questionnaire:
    from helpers import small_questionnaire

    return small_questionnaire()


@pytest.fixture
def app_env(tmp_path, monkeypatch):
    """A private data folder (recovery copies) and settings file for GUI tests."""
    data = tmp_path / "data"
    monkeypatch.setenv("CXASSESS_DATA_DIR", str(data))
    from PySide6.QtCore import QSettings

    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config")
    )
    return data


@pytest.fixture
def window(qtbot, app_env, monkeypatch):
    """The real main window at laptop size; fails the test if a modal dialog is left open."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from cxassess.gui.collector import install
    from cxassess.gui.main_window import MainWindow

    install(QApplication.instance())
    win = MainWindow()
    monkeypatch.setattr(win, "ask_unsaved", lambda: "discard")
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitActive(win)
    qtbot.waitUntil(lambda: win.ready)
    yield win
    modal = QApplication.activeModalWidget()
    leftover = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    for widget in leftover:
        widget.close()
    if modal is not None:
        modal.close()
    win.session.discard_recovery()
    assert modal is None and not leftover, "a test left a dialog open"


@pytest.fixture
def workshop(tmp_path, shipped):
    """A workshop file with one listed person, Ana (Sales), of team Ops; tests that need
    another shape define their own."""
    from helpers import doc_with, person

    from cxassess.core.storage import save_document

    path = tmp_path / "workshop.cxa"
    save_document(doc_with(shipped, [person("Ana", {}, "Sales")], team="Ops"), path)
    return path


QT_FIXTURES = {"qtbot", "window", "qapp"}
APP_IN_A_PROCESS = ("test_soak.py", "test_room_restart.py")  # the real app, in a subprocess


def pytest_collection_modifyitems(config, items):
    """With CXASSESS_QT_ONLY=1 (CI's run on a second Python), only the tests that drive the
    Qt binding, in this process or the app's own: the rest does not depend on it."""
    if os.environ.get("CXASSESS_QT_ONLY") != "1":
        return
    keep, drop = [], []
    for item in items:
        qt = QT_FIXTURES & set(getattr(item, "fixturenames", ()))
        (keep if qt or item.path.name in APP_IN_A_PROCESS else drop).append(item)
    config.hook.pytest_deselected(items=drop)
    items[:] = keep
