"""What the standalone app relies on: the command line it starts for reports, opening
files from the system, and the desktop entry and file type it installs on Linux.

The build itself (packaging/build, then packaging/smoke-test) runs in .ci/run.
"""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from conftest import ROOT

from cxassess.resources import command_line

LINUX = ROOT / "packaging" / "linux"


def test_reports_run_through_python_from_a_checkout():
    assert command_line() == [sys.executable, "-m", "cxassess.cli"]


def test_the_standalone_app_runs_its_own_console_program(tmp_path, monkeypatch):
    windowed = tmp_path / "cxassess.exe"
    windowed.write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(windowed))
    assert command_line() == [str(windowed)]  # Linux and macOS: one program does both
    (tmp_path / "cxassess-cli.exe").write_bytes(b"")
    assert command_line() == [str(tmp_path / "cxassess-cli.exe")]  # Windows


def _demo(tmp_path: Path) -> Path:
    from conftest import SHIPPED

    from cxassess.core.demo import demo_workshop
    from cxassess.core.questionnaire_io import load_questionnaire
    from cxassess.core.storage import save_document

    path = tmp_path / "team.cxa"
    save_document(demo_workshop(load_questionnaire(SHIPPED)), path)
    return path


def _app_env(tmp_path: Path) -> dict[str, str]:
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        CXASSESS_DATA_DIR=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )


def test_opening_a_file_from_the_command_line_shows_it(tmp_path):
    """`cxassess open FILE` is what a double-clicked .cxa runs (the desktop file, the
    Windows file association)."""
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "cxassess.launch",
            "open",
            "--exit-when-shown",
            str(_demo(tmp_path)),
        ],
        capture_output=True,
        text=True,
        env=_app_env(tmp_path),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "window shown" in done.stdout
    assert "Traceback" not in done.stderr and "unexpectedly" not in done.stderr


def _run_app(script: str, path: Path, tmp_path: Path) -> str:
    """Run a script that starts the app on `path` in a process of its own; its output."""
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)],
        capture_output=True,
        text=True,
        env=_app_env(tmp_path),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


OPEN_BY_EVENT = """
import sys
from PySide6.QtCore import QCoreApplication, QTimer, QUrl
from PySide6.QtGui import QFileOpenEvent
from cxassess.gui.app import Application, run

app = Application([])

def hand_over():
    QCoreApplication.sendEvent(app, QFileOpenEvent(QUrl.fromLocalFile(sys.argv[1])))
    QTimer.singleShot(0, report)

def report():
    window = next(w for w in app.topLevelWidgets() if hasattr(w, "session"))
    print("opened", window.session.path, flush=True)
    window.close()

QTimer.singleShot(0, hand_over)
raise SystemExit(run([]))
"""


def test_a_file_the_system_hands_over_opens(tmp_path):
    """macOS delivers a double-clicked file as an event sent to the running app."""
    path = _demo(tmp_path)
    assert f"opened {path}" in _run_app(OPEN_BY_EVENT, path, tmp_path)


def test_the_desktop_entry_opens_cxa_files():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(LINUX / "cxassess.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "cxassess open %F"
    assert desktop["Icon"] == "cxassess" and desktop["Terminal"] == "false"
    mime = ET.parse(LINUX / "cxassess-mime.xml").getroot()
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = mime.find("m:mime-type", ns)
    assert kind is not None and kind.get("type") + ";" == desktop["MimeType"]
    assert [g.get("pattern") for g in kind.findall("m:glob", ns)] == ["*.cxa"]
    # the file type the app saves is the one the desktop entry claims
    from cxassess.gui.document_commands import CXA_FILTER

    assert "*.cxa" in CXA_FILTER


OPEN_AS_ARGUMENT = """
import sys
from PySide6.QtCore import QTimer
from cxassess.gui.app import Application
from cxassess.launch import main

app = Application([])

def report():
    window = next(w for w in app.topLevelWidgets() if hasattr(w, "session"))
    print("opened", window.session.path, window.windowTitle(), flush=True)
    window.close()

QTimer.singleShot(0, report)
raise SystemExit(main(sys.argv[1:]))
"""


def test_cxassess_with_a_file_opens_it_as_a_file_manager_would(tmp_path):
    """`cxassess TEAM.cxa`: how a shell, or a file manager without the desktop entry, opens it."""
    path = _demo(tmp_path)
    assert f"opened {path} {path.name}" in _run_app(OPEN_AS_ARGUMENT, path, tmp_path)


def test_only_a_plain_open_skips_the_parser():
    from cxassess.cli import opens_files
    from cxassess.launch import window_request

    assert window_request(["a.cxa", "b c.CXA"]) == (["a.cxa", "b c.CXA"], False)
    assert opens_files(["a.cxa"]) and not opens_files(["score", "a.cxa"])
    assert not opens_files(["--json.cxa"]) and not opens_files([])
    assert window_request([]) == ([], False)
    assert window_request(["open", "a.cxa", "b c.cxa"]) == (["a.cxa", "b c.cxa"], False)
    assert window_request(["open", "--exit-when-shown"]) == ([], True)
    for other in (["--help"], ["open", "--help"], ["score", "a.cxa"], ["--version"]):
        assert window_request(other) is None


def test_the_program_still_answers_the_command_line(tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "cxassess.launch", "open", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0 and "assessment files" in done.stdout
