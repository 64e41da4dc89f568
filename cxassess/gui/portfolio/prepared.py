"""Who prepares the portfolio, and for which meeting: named on its cover and in its decisions."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from cxassess.gui.i18n import tr
from cxassess.gui.settings import settings
from cxassess.gui.widgets.common import named

LEAD_KEY = "portfolio/lead"


class PreparedDialog(QDialog):
    """The programme lead's name (remembered) and, optionally, the meeting's date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Prepare the portfolio"))
        self.setMinimumWidth(400)
        form = QFormLayout(self)
        self.lead = named(
            QLineEdit(str(settings().value(LEAD_KEY, "") or "")),
            "leadEdit",
            tr("Programme lead"),
            tr("Named on the cover and as the owner of the committee's decisions"),
        )
        self.lead.setPlaceholderText(tr("Your name"))
        self.lead.setMaxLength(200)
        form.addRow(tr("Programme &lead:"), self.lead)
        self.for_meeting = named(
            QCheckBox(tr("For a &meeting on")), "meetingCheck", tr("For a meeting")
        )
        self.for_meeting.setChecked(True)
        self.meeting = named(QDateEdit(), "meetingDate", tr("Meeting date"))
        self.meeting.setCalendarPopup(True)
        self.meeting.setDisplayFormat("yyyy-MM-dd")
        week = date.today() + timedelta(days=7)
        self.meeting.setDate(QDate(week.year, week.month, week.day))
        self.for_meeting.toggled.connect(self.meeting.setEnabled)
        form.addRow(self.for_meeting, self.meeting)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, date | None]:
        """The lead's name (spaces collapsed) and the meeting's date, if one was given."""
        name = " ".join(self.lead.text().split())
        settings().setValue(LEAD_KEY, name)
        if not self.for_meeting.isChecked():
            return name, None
        day = self.meeting.date()
        return name, date(day.year(), day.month(), day.day())


def ask_prepared(parent: QWidget) -> tuple[str, date | None] | None:
    """Ask who prepares the portfolio and for which meeting; None when cancelled."""
    dialog = PreparedDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.values()
