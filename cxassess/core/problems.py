"""Problems found in user input, reported by location rather than by traceback."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

PathPart = str | int
Path = tuple[PathPart, ...]


def clip(text: str, limit: int = 60) -> str:
    """Text from the input as a message quotes it: one line, at most `limit` characters.

    A hostile file can put 100,000 characters or a thousand line breaks where a name or
    an id belongs; the message must still be one readable line.
    """
    flat = text.replace("\r", "\\r").replace("\n", "\\n")
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def format_path(path: Sequence[PathPart]) -> str:
    """Render a location as `dimensions[2].questions[4].anchors`."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            name = clip(str(part), 40)
            out += f".{name}" if out else name
    return out or "(top level)"


class Problem(NamedTuple):
    """One thing wrong with an input, with where to find it.

    A NamedTuple rather than a dataclass: the app imports this module on its start-up
    path, where the dataclasses module's import time shows.
    """

    path: Path
    message: str
    line: int | None = None
    source: str = ""

    def describe(self) -> str:
        """One line a person can act on: `file:line: path: message`."""
        where = self.source
        if self.line is not None:
            where = f"{where}:{self.line}" if where else f"line {self.line}"
        loc = format_path(self.path) if self.path else ""
        parts = [p for p in (where, loc) if p]
        prefix = ": ".join(parts)
        message = clip(self.message, 400)
        return f"{prefix}: {message}" if prefix else message


class CxError(Exception):
    """Bad input or a failed operation, with one or more problems to show the user."""

    def __init__(self, message: str, problems: Iterable[Problem] = ()) -> None:
        super().__init__(message)
        self.message = message
        self.problems: list[Problem] = list(problems)

    def lines(self) -> list[str]:
        """Every problem as one line, or the message when there are none."""
        if not self.problems:
            return [self.message]
        return [p.describe() for p in self.problems]

    def __str__(self) -> str:
        return "\n".join([self.message, *self.lines()]) if self.problems else self.message
