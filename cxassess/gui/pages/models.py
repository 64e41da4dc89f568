"""Qt item models over the core's results and roadmap, for sortable, editable tables."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from cxassess.core.questionnaire import Questionnaire
from cxassess.core.scoring import QuestionStats
from cxassess.gui.i18n import tr

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def format_number(value: float | None, digits: int = 2) -> str:
    """A score as shown in tables: fixed digits, or a dash for none."""
    return "–" if value is None else f"{value:.{digits}f}"


AGREEMENT_HELP = (
    "Agreement (rwg): how closely people's answers match. 1.00 means everyone gave the same "
    "answer; 0 means the answers are as spread out as if picked at random. Below 0.70 the "
    "team sees this differently and it is worth discussing."
)


class QuestionStatsModel(QAbstractTableModel):
    """Team statistics per question: mean, spread and agreement."""

    COLUMNS = (
        "Question",
        "Dimension",
        "Mean",
        "SD",
        "Range",
        "Agreement",
        "Agreed",
        "Agenda",
    )

    TEAM_ONLY = (3, 4, 5, 7)  # SD, range, agreement and agenda mean nothing for one person

    def __init__(self, team: bool = True) -> None:
        super().__init__()
        self._rows: list[QuestionStats] = []
        self._dims: dict[str, str] = {}
        self._team = team

    def set_stats(self, q: Questionnaire, rows: list[QuestionStats], team: bool) -> None:
        self.beginResetModel()
        self._rows = rows
        self._team = team
        self._dims = {d.id: d.title for d in q.dimensions}
        self.endResetModel()

    def stats_at(self, row: int) -> QuestionStats:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 2 and not self._team:
                return tr("Answer")
            return tr(self.COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section == 5:
            return tr(AGREEMENT_HELP)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        col = index.column()
        sort_values: list[Any] = [
            s.text,
            self._dims.get(s.dimension_id, ""),
            s.mean if s.mean is not None else -1,
            s.sd if s.sd is not None else -1,
            s.span,
            s.rwg if s.rwg is not None else 2,
            s.agreed if s.agreed is not None else -1,
            1 if s.on_agenda else 0,
        ]
        if role == SORT_ROLE:
            return sort_values[col]
        if role == Qt.ItemDataRole.DisplayRole:
            shown = [
                s.text,
                self._dims.get(s.dimension_id, ""),
                format_number(s.mean),
                format_number(s.sd),
                f"{s.min}–{s.max}" if s.min is not None else "–",
                format_number(s.rwg),
                format_number(s.agreed, 1),
                tr("discuss") if s.on_agenda else "",
            ]
            return shown[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            return s.text
        if role == Qt.ItemDataRole.ToolTipRole and col == 5:
            return tr(AGREEMENT_HELP)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 2:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


STATUS_NAMES = {
    "planned": "Planned",
    "in_progress": "In progress",
    "done": "Done",
    "dropped": "Dropped",
}
HORIZON_NAMES = {
    "now": "Now (0-30 days)",
    "next": "Next (1-3 months)",
    "later": "Later (3-12 months)",
}
