"""Who prepares the portfolio, and for which meeting: named on its cover and in its decisions."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from cxassess.gui.i18n import tr
from cxassess.gui.settings import settings
from cxassess.gui.widgets.common import named

LEAD_KEY = "portfolio/lead"
MEMBERS_KEY = "portfolio/members"  # remembered by organisation, as JSON
MAX_NAME = 200


class PreparedDialog(QDialog):
    """The programme lead's name (remembered) and, optionally, the meeting's date."""

    def __init__(self, parent: QWidget | None = None, organisations: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Prepare the portfolio"))
        self.setMinimumWidth(520)
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
        # Each organisation's member of the committee owns its decisions: named here, the
        # report names a person instead of a role.
        remembered = _remembered()
        self.organisations = [o for o in organisations if o.strip()]
        self.members = named(
            QTableWidget(len(self.organisations), 2),
            "membersTable",
            tr("Members of the committee"),
            tr("Who owns each organisation's decisions; leave blank to name the role"),
        )
        self.members.setHorizontalHeaderLabels([tr("Organisation"), tr("Member")])
        self.members.verticalHeader().hide()
        self.members.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.members.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.members.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        for row, organisation in enumerate(self.organisations):
            label = QTableWidgetItem(organisation)
            label.setFlags(label.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.members.setItem(row, 0, label)
            self.members.setItem(row, 1, QTableWidgetItem(remembered.get(organisation, "")))
        self.members.resizeRowsToContents()
        # As tall as its rows, up to eight; more scroll.
        shown = sum(self.members.rowHeight(r) for r in range(min(8, len(self.organisations))))
        self.members.setFixedHeight(shown + self.members.horizontalHeader().height() + 4)
        self.members.setVisible(bool(self.organisations))
        if self.organisations:
            form.addRow(tr("Committee:"), self.members)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def committee(self) -> dict[str, str]:
        """Each organisation's member as typed (spaces collapsed, at most 200 characters);
        blank ones are left out, and all are remembered for next time."""
        out: dict[str, str] = {}
        for row, organisation in enumerate(self.organisations):
            cell = self.members.item(row, 1)
            name = " ".join((cell.text() if cell else "").split())[:MAX_NAME]
            if name:
                out[organisation] = name
        settings().setValue(MEMBERS_KEY, json.dumps(_remembered() | out))
        return out

    def values(self) -> tuple[str, date | None, dict[str, str]]:
        """The lead's name (spaces collapsed), the meeting's date, if one was given, and the
        committee's members by organisation."""
        name = " ".join(self.lead.text().split())
        settings().setValue(LEAD_KEY, name)
        members = self.committee()
        if not self.for_meeting.isChecked():
            return name, None, members
        day = self.meeting.date()
        return name, date(day.year(), day.month(), day.day()), members


def _remembered() -> dict[str, str]:
    """The members named last time, by organisation (nothing when the setting is unreadable)."""
    try:
        stored = json.loads(str(settings().value(MEMBERS_KEY, "{}") or "{}"))
    except ValueError:
        return {}
    if not isinstance(stored, dict):
        return {}
    return {str(k): str(v) for k, v in stored.items()}


def ask_prepared(
    parent: QWidget, organisations: Sequence[str] = ()
) -> tuple[str, date | None, dict[str, str]] | None:
    """Ask who prepares the portfolio, for which meeting and who sits on the committee for
    each organisation; None when cancelled."""
    dialog = PreparedDialog(parent, organisations)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.values()
