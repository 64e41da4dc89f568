"""What text a document may hold, and names as people recognise them.

Every string that reaches a document is valid Unicode without NUL: one lone surrogate
(legal in JSON as "\\ud800") would otherwise make every later save fail. Names and roles
are normalised before they are stored or compared, so that a name typed on a phone with a
zero-width space, full-width letters or a Cyrillic "A" (U+0410) is the same person as the one on
the facilitator's list, not a visually identical second one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

# Zero-width characters, the soft hyphen, and the bidirectional controls that can reorder
# what a name looks like without changing what it is.
_INVISIBLE = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]"
)
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")

# Letters of other scripts that look like Latin ones (from Unicode's confusables list,
# the ones a keyboard or an autocorrect puts in a name): compared as their Latin twin.
_LOOKALIKES = str.maketrans(
    "АВЕЅІЈКМНОРСТХУаеіјорсхуѕԁԛԝһӏ"  # Cyrillic
    "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧαικνορτυχ",  # Greek
    "ABESIJKMHOPCTXYaeijopcxysdqwhlABEZHIKMNOPTYXaikvoptux",
)


def text_problem(text: str) -> str | None:
    """Why a string cannot be stored, or None when it can."""
    if "\x00" in text:
        return "holds a NUL character"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"holds a broken character (a lone surrogate) at position {exc.start + 1}"
    return None


def lower_first(text: str) -> str:
    """A sentence's opening word as it reads mid-sentence ("The pay plans" -> "the pay plans");
    an acronym stays as it is ("HR director")."""
    if text[1:2].isupper():
        return text
    return text[:1].lower() + text[1:]


def valid_text(text: str) -> str:
    """The text unchanged, or ValueError saying why a file could not hold it."""
    problem = text_problem(text)
    if problem is not None:
        raise ValueError(problem)
    return text


def clean_name(text: str) -> str:
    """A name or role as stored: NFKC, no invisible or control characters, single spaces."""
    valid_text(text)
    text = unicodedata.normalize("NFKC", text)
    text = _CONTROL.sub(" ", _INVISIBLE.sub("", text))
    return " ".join(text.split())


def name_key(text: str) -> str:
    """What two names must share to be the same person: case, width, invisible characters
    and lookalike letters of other scripts do not count."""
    return clean_name(text).casefold().translate(_LOOKALIKES)


def same_name(a: str, b: str) -> bool:
    """True when two typed names name the same person."""
    return name_key(a) == name_key(b)


def shorten(text: str, limit: int) -> str:
    """The text cut at a word boundary to at most `limit` characters, ending in an ellipsis.

    For places that give an overview (a report's summary, cover or footer, a table in a
    terminal) where the full text appears elsewhere.
    """
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.") + "…"


__all__ = ["clean_name", "name_key", "same_name", "shorten", "text_problem", "valid_text"]


def level_figure(value: float, starts: Sequence[float]) -> str:
    """A score to one decimal, or two where one would round it across where a level starts
    (2.48 is Aware; "2.5" would read as Developing)."""
    shown = tenths(value)
    if any(min(value, float(shown)) < start <= max(value, float(shown)) for start in starts):
        shown = f"{value:.2f}"
    return shown


def tenths(value: float) -> str:
    """A figure to one decimal, halves up, from its value to three decimals: 2.15 is "2.2"
    wherever it is printed, whether it was computed (2.1499999999999995) or read back
    from a file that keeps three decimals (2.15, stored as 2.149999…)."""
    from decimal import ROUND_HALF_UP, Decimal

    return str(Decimal(f"{value:.3f}").quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
