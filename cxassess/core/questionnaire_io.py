"""Reading questionnaire files from disk."""

from __future__ import annotations

from pathlib import Path

from cxassess.core.files import read_capped
from cxassess.core.problems import CxError
from cxassess.core.questionnaire import Questionnaire
from cxassess.core.validation import parse_questionnaire
from cxassess.core.yamlsource import MAX_BYTES, load_yaml


def read_text_file(path: Path, limit: int, what: str) -> str:
    """Read a UTF-8 text file, refusing missing, oversized or undecodable files clearly."""
    data = read_capped(path, limit, what)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CxError(
            f"{path} is not UTF-8 text (bad byte at position {exc.start}); save it as UTF-8."
        ) from None


def load_questionnaire(path: Path) -> Questionnaire:
    """Read and validate a questionnaire YAML file; CxError lists every problem."""
    text = read_text_file(path, MAX_BYTES, "a questionnaire")
    data, lines = load_yaml(text, str(path))
    return parse_questionnaire(data, lines, str(path))
