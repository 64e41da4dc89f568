"""Reading the submission times survey tools write, each in its own way.

ISO 8601 (ODK, Kobo, Qualtrics, LimeSurvey: `2026-11-24 10:15:32`, `…T10:15:32.120Z`),
Google Forms' `2026/11/24 10:15:32 AM GMT+1`, and the locale-dependent `11/24/2026 10:15`
or `24.11.2026 10:15` of SurveyMonkey, Microsoft Forms and spreadsheets re-saved by Excel.
Whether `03/05/2026` is March or May is decided for a whole column: a day above 12 in
either place settles it, and a column where none does is read month first for "/" (the
tools' US default) and day first for ".", and said to be a guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

_SLASHED = re.compile(
    r"^\s*(\d{1,4})([/.\-])(\d{1,2})\2(\d{1,4})"
    r"(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*([AaPp]\.?[Mm]\.?)?)?"
    r"\s*(?:(?:GMT|UTC)\s*(?:([+-])(\d{1,2})(?::?(\d{2}))?)?|[A-Z]{2,5})?\s*$"
)


@dataclass(frozen=True)
class DateOrder:
    """How a column's slashed dates read, and whether that was a guess."""

    day_first: bool
    guessed: bool


def infer_order(texts: Iterable[str]) -> DateOrder:
    """Day or month first, from every value of one column."""
    dots = slashes = 0
    for text in texts:
        m = _SLASHED.match(text)
        if not m or len(m.group(1)) == 4:
            continue
        first, second = int(m.group(1)), int(m.group(3))
        if first > 12 >= second:
            return DateOrder(True, False)
        if second > 12 >= first:
            return DateOrder(False, False)
        if m.group(2) == ".":
            dots += 1
        else:
            slashes += 1
    return DateOrder(dots > slashes, dots + slashes > 0)


def parse_when(text: str, order: DateOrder = DateOrder(False, False)) -> datetime | None:
    """A submission time (naive where the tool gave no zone), or None if it is not one."""
    text = text.strip()
    if not text or len(text) > 64:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00") if text.endswith("Z") else text)
    except ValueError:
        pass
    m = _SLASHED.match(text)
    if not m:
        return None
    a, b, c = m.group(1), m.group(3), m.group(4)
    if len(a) == 4:
        year, month, day = int(a), int(b), int(c)
    else:
        year = int(c) + (2000 if len(c) <= 2 else 0)
        month, day = (int(b), int(a)) if order.day_first else (int(a), int(b))
    hour = int(m.group(5) or 0)
    minute = int(m.group(6) or 0)
    second = int(m.group(7) or 0)
    meridiem = (m.group(8) or "").replace(".", "").upper()
    if meridiem == "PM" and hour < 12:
        hour += 12
    elif meridiem == "AM" and hour == 12:
        hour = 0
    zone = None
    if m.group(9):
        offset = timedelta(hours=int(m.group(10)), minutes=int(m.group(11) or 0))
        zone = timezone(offset if m.group(9) == "+" else -offset)
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=zone)
    except ValueError:
        return None


def local_date_of(when: datetime) -> datetime:
    """A time as the laptop's clock shows it: zoned times move to the local zone."""
    return when.astimezone() if when.tzinfo is not None else when


def as_utc(when: datetime) -> datetime:
    """A time for the file (which stores zoned times): naive times are taken as local."""
    return (when if when.tzinfo is not None else when.astimezone()).astimezone(UTC)


__all__ = ["DateOrder", "as_utc", "infer_order", "local_date_of", "parse_when"]
