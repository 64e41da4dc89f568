"""The command line's surface and the layering that keeps headless commands light."""

from __future__ import annotations

import subprocess
import sys

from helpers import run_cli

from cxassess import __version__

COMMANDS = ["validate", "import", "merge", "score", "report", "export", "demo"]


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"cxassess {__version__}"


def test_help_lists_every_command():
    result = run_cli("--help")
    assert result.returncode == 0
    for command in COMMANDS:
        assert f"    {command} " in result.stdout


def test_usage_error_exits_2_without_traceback():
    result = run_cli("score")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_missing_file_is_one_clear_line(tmp_path):
    result = run_cli("score", str(tmp_path / "nope.cxa"))
    assert result.returncode == 1
    assert result.stderr.strip() == f"{tmp_path / 'nope.cxa'}: no such file."


def _loaded_modules(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys; print('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {m.split(".")[0] for m in out.split()}


# What each layer may import is checked statically by `lint-imports` (pyproject.toml);
# this test checks what a headless command actually loads when it runs.
def test_headless_commands_load_no_qt(tmp_path):
    csv = tmp_path / "r.csv"
    csv.write_text("participant,cm-owner\nAna,3\nBo,4\n")
    out = tmp_path / "r.cxa"
    code = (
        "from cxassess.cli import main\n"
        f"assert main(['import', {str(csv)!r}, '-o', {str(out)!r}]) == 0\n"
        f"assert main(['score', {str(out)!r}, '--json']) == 0\n"
        f"assert main(['validate', {str(out)!r}]) == 0\n"
        f"assert main(['export', {str(out)!r}, '--csv', {str(tmp_path / 'o.csv')!r}]) == 0\n"
    )
    modules = _loaded_modules(code)
    assert "PySide6" not in modules
    assert not modules & {"matplotlib", "reportlab"}
