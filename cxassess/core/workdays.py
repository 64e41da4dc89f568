"""Dates people are held to fall on working days."""

from __future__ import annotations

from datetime import date, timedelta


def working_day(day: date) -> date:
    """The date, or the Friday before when it falls on a weekend: a promise due on a
    Saturday is read as missed on Monday."""
    return day - timedelta(days=max(0, day.weekday() - 4))


__all__ = ["working_day"]
