"""Where the shipped questionnaires and assets live, in a checkout or an installed wheel."""

from __future__ import annotations

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
    """A path to a questionnaire given as a file path or as a shipped questionnaire's name."""
    candidate = Path(name_or_path)
    if candidate.exists():
        return candidate
    shipped = questionnaires_dir() / f"{name_or_path.removesuffix('.yaml')}.yaml"
    if shipped.exists():
        return shipped
    return candidate
