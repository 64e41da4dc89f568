"""Every user-visible string of the app can be translated."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = ROOT / "assets" / "translations" / "cxassess_template.ts"


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        pytest.fail(f"pyside6-{name} is missing from the environment")
    return found


def _sources(ts: Path) -> set[str]:
    return set(re.findall(r"<source>(.*?)</source>", ts.read_text(encoding="utf-8"), re.S))


def test_translation_template_lists_every_string(tmp_path):
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "cxassess" / "gui").rglob("*.py"))
    subprocess.run([_tool("lupdate"), *files, "-ts", str(fresh)], check=True, capture_output=True)
    missing = _sources(fresh) - _sources(TEMPLATE)
    assert not missing, f"regenerate the template (see cxassess/gui/i18n.py): {sorted(missing)[:5]}"
    assert "Start answering" in _sources(TEMPLATE)


def test_installed_translation_changes_the_app(qtbot, tmp_path, app_env):
    from PySide6.QtCore import QCoreApplication, QTranslator

    from cxassess.gui.i18n import tr

    ts = tmp_path / "cxassess_xx.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
        "<context><name></name><message><source>Start answering</source>"
        "<translation>Antworten beginnen</translation></message></context></TS>",
        encoding="utf-8",
    )
    qm = tmp_path / "cxassess_xx.qm"
    subprocess.run([_tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    app = QCoreApplication.instance()
    app.installTranslator(translator)
    try:
        assert tr("Start answering") == "Antworten beginnen"
    finally:
        app.removeTranslator(translator)
    assert tr("Start answering") == "Start answering"
