"""Typing a date: ISO or the user's own format, exactly that date, or a visible refusal.

A QDateEdit edits a date section by section, so typing "2027-03-15" over it can give
another date, and the locale's way of writing dates is not accepted at all.
"""

from __future__ import annotations

from datetime import date
from typing import cast

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from cxassess.gui.i18n import tr


def _formats(locale: QLocale) -> list[str]:
    found: list[str] = []
    for kind in (QLocale.FormatType.ShortFormat, QLocale.FormatType.LongFormat):
        fmt = locale.dateFormat(kind)
        # Four-digit years first: "yy" alone would read 27 as 1927.
        if "yyyy" not in fmt and "yy" in fmt:
            found.append(fmt.replace("yy", "yyyy"))
        found.append(fmt)
    # People drop leading zeros ("1/4/2027" for "dd/MM/yyyy").
    loose = [f.replace("dd", "d").replace("MM", "M") for f in found if "MMM" not in f]
    return list(dict.fromkeys(found + loose))


def parse_date(text: str, locale: QLocale | None = None) -> date | None:
    """The date typed, in ISO (2027-03-15) or the locale's format; None if not a real date."""
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    loc = locale or QLocale()
    for fmt in _formats(loc):
        parsed = loc.toDate(text, fmt)
        if parsed.isValid():
            value = cast(date, parsed.toPython())
            if "yyyy" not in fmt and value.year < 2000:
                value = value.replace(year=value.year + 100)
            return value
    return None


def example(locale: QLocale | None = None) -> str:
    """How to type a date, in both accepted forms."""
    loc = locale or QLocale()
    sample = QDate(2027, 3, 15)
    return tr("%s or %s") % ("2027-03-15", loc.toString(sample, _formats(loc)[0]))


class DateValidator(QValidator):
    """Acceptable only when the text is a real date; anything else is still being typed."""

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        state = (
            QValidator.State.Acceptable
            if parse_date(text) is not None
            else QValidator.State.Intermediate
        )
        return state, text, pos


class DateLineEdit(QLineEdit):
    """A date typed as text; turns red while the text is not a real date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dateLineEdit")
        self.setAccessibleName(tr("Date"))
        self.setValidator(DateValidator(self))
        self.setPlaceholderText(example())
        self.setToolTip(tr("Type a date as %s") % example())
        self.textChanged.connect(self._restyle)

    def _restyle(self, text: str) -> None:
        bad = bool(text.strip()) and parse_date(text) is None
        self.setStyleSheet("QLineEdit { background: #fde2e2; }" if bad else "")

    def set_date(self, value: date | None) -> None:
        self.setText(value.isoformat() if value is not None else "")

    def date(self) -> date | None:
        return parse_date(self.text())


__all__ = ["DateLineEdit", "DateValidator", "example", "parse_date"]
