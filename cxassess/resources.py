"""Where the shipped questionnaires and assets live, in a checkout or an installed wheel."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    # An installed wheel carries the folders inside the package; a checkout has them
    # at the top of the repository.
    bundled = _PACKAGE / "_data" / name
    if bundled.is_dir():
        return bundled
    return _PACKAGE.parent / name


def questionnaires_dir() -> Path:
    """The folder of shipped questionnaires."""
    return _data_dir("questionnaires")


def assets_dir() -> Path:
    """The folder of shipped assets (fonts, icons, translations)."""
    return _data_dir("assets")


DEFAULT_QUESTIONNAIRE = "customer-centric-culture"


def shipped_questionnaires() -> list[Path]:
    """Every shipped questionnaire file."""
    return sorted(questionnaires_dir().glob("*.yaml"))


def resolve_questionnaire(name_or_path: str) -> Path:
    """A path to a questionnaire given as a file path, as a shipped questionnaire's name, or
    as `name@version` for an earlier version still shipped (forms made from it must import)."""
    candidate = Path(name_or_path)
    if candidate.exists():
        return candidate
    name, _, version = name_or_path.removesuffix(".yaml").partition("@")
    if version:
        shipped = questionnaires_dir() / "previous" / f"{name}-{version}.yaml"
        current = questionnaires_dir() / f"{name}.yaml"
        if not shipped.exists() and current.exists() and _version_of(current) == version:
            return current
    else:
        shipped = questionnaires_dir() / f"{name}.yaml"
    if shipped.exists():
        return shipped
    return candidate


def _version_of(path: Path) -> str:
    from cxassess.core.questionnaire_io import load_questionnaire

    return load_questionnaire(path).version


def command_line() -> list[str]:
    """The program and leading arguments that run cxassess's command line in a new process.

    In the standalone app there is no Python to run ``-m``: the app's own executable is the
    command line, and on Windows the console one (``cxassess-cli.exe``) beside the windowed
    one, because a windowed program has no standard output for the progress lines.
    """
    if getattr(sys, "frozen", False):
        program = Path(sys.executable)
        console = program.with_name(f"{program.stem}-cli{program.suffix}")
        return [str(console if console.exists() else program)]
    return [sys.executable, "-m", "cxassess.cli"]
