"""Previewing a survey tool's export before it is imported: what each column holds, which
answers were not recognised, and a choice for each, saved as a mapping for the next wave.

Reading runs off the GUI thread; every choice reads the file again with the mapping so
far, so what the dialog shows is exactly what importing would do.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxassess.core.import_result import ImportResult, all_problems, column_letter, mapping_entries
from cxassess.core.layouts import Column
from cxassess.core.mapping import Mapping, dump_mapping
from cxassess.core.matching import DONT_KNOW
from cxassess.core.problems import CxError
from cxassess.core.questionnaire import Questionnaire
from cxassess.gui.background import BackgroundTask, Progress, describe
from cxassess.gui.i18n import tr
from cxassess.gui.widgets.common import fit_to_screen, named

FIXED = ("meta", "time", "id", "version", "review")
PENDING = QColor("#fff1c2")


class ImportPreviewDialog(QDialog):
    """Each column and what it matched; a choice where it did not; then Import."""

    def __init__(self, path: Path, q: Questionnaire, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreviewDialog")
        self.setWindowTitle(tr("Import %s") % path.name)
        self.path, self.q = path, q
        self.mapping = Mapping()
        self.found: ImportResult | None = None
        self.error: CxError | None = None
        self._busy = False
        self._again = False
        self.targets: list[tuple[str, str]] = [
            ("ignore", tr("Ignore this column")),
            ("name", tr("Name")),
            ("first name", tr("First name")),
            ("last name", tr("Last name")),
            ("role", tr("Role or department")),
            ("unit", tr("Part of the organisation known best")),
            ("email", tr("E-mail")),
        ]
        for _dim, question in q.questions():
            self.targets.append((question.id, f"{question.id} · {question.text}"))
        for _dim, question in q.questions():
            self.targets.append((f"comment:{question.id}", tr("Comment on %s") % question.id))
        layout = QVBoxLayout(self)
        self.summary = named(QLabel(tr("Reading %s…") % path.name), "importSummary", tr("Summary"))
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        split = QSplitter(Qt.Orientation.Vertical)
        self.columns = named(QTableWidget(0, 3), "importColumns", tr("Columns"))
        self.columns.setHorizontalHeaderLabels([tr("Column"), tr("Header"), tr("Holds")])
        self._stretch(self.columns, 1)
        self.columns.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.columns.setColumnWidth(2, 420)
        split.addWidget(self.columns)
        self.values = named(QTableWidget(0, 3), "importValues", tr("Answers not recognised"))
        self.values.setHorizontalHeaderLabels([tr("Answer as written"), tr("Where"), tr("Means")])
        self._stretch(self.values, 0)
        split.addWidget(self.values)
        split.setSizes([440, 110])
        layout.addWidget(split, 1)
        self.problems = named(QLabel(""), "importProblems", tr("Problems"))
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setStyleSheet("color: #a0301f")
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = named(
            QPushButton(tr("&Save mapping…")),
            "saveMappingButton",
            tr("Save these choices to reuse for the next wave"),
        )
        self.save_button.clicked.connect(self.save_mapping)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.load_button = named(
            QPushButton(tr("&Load mapping…")), "loadMappingButton", tr("Use a saved mapping")
        )
        self.load_button.clicked.connect(self.load_mapping)
        buttons.addButton(self.load_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = named(
            QPushButton(tr("&Import")), "importButton", tr("Import the responses as shown")
        )
        self.import_button.setEnabled(False)
        self.import_button.setDefault(True)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 980, 640)
        self.refresh()

    @staticmethod
    def _stretch(table: QTableWidget, column: int) -> None:
        header = table.horizontalHeader()
        for i in range(table.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if i == column
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(i, mode)
        table.verticalHeader().hide()
        table.setWordWrap(False)

    def refresh(self) -> None:
        """Read the file again with the mapping as it stands."""
        if self._busy:
            self._again = True
            return
        self._busy = True
        self.import_button.setEnabled(False)
        path, q, mapping = self.path, self.q, self.mapping

        def read(progress: Progress) -> ImportResult:
            from cxassess.core.survey_import import read_export

            return read_export(path, q, mapping)

        self.reading: BackgroundTask[ImportResult] = BackgroundTask(read, "import-preview", self)
        self.reading.done.connect(self._shown)
        self.reading.failed.connect(self._shown)
        self.reading.start()

    def _shown(self, outcome: object) -> None:
        self._busy = False
        if self._again:
            self._again = False
            self.refresh()
            return
        if isinstance(outcome, CxError):
            self.found, self.error = None, outcome
            self.summary.setText(outcome.message)
            self.problems.setText("\n".join(outcome.lines()[:8]))
            return
        if isinstance(outcome, Exception):  # a fault: say so, import nothing
            self.found = None
            self.summary.setText(describe(outcome))
            return
        assert isinstance(outcome, ImportResult)
        self.found, self.error = outcome, None
        self._fill_columns(outcome)
        self._fill_values(outcome)
        matched = sum(1 for c in outcome.layout.columns if c.kind in ("answer", "comment"))
        pending = len(outcome.pending_columns) + len(outcome.pending_values)
        tool = outcome.layout.tool
        text = tr("%s: %d people, %d columns of answers and comments matched.") % (
            tool[0].upper() + tool[1:] if tool == "a spreadsheet" else tool + tr(" export"),
            len(outcome.participants),
            matched,
        )
        if outcome.rejected:
            text += " " + tr("%d submissions marked rejected are left out.") % outcome.rejected
        if pending:
            text += (
                " "
                + tr("%d choices to make below; nothing is imported until they are made.") % pending
            )
        self.summary.setText(text)
        others = [p.describe() for p in outcome.problems if "mapping" not in p.message]
        self.problems.setText("\n".join(others[:6]) + ("\n…" if len(others) > 6 else ""))
        self.import_button.setEnabled(not all_problems(outcome, self.q))

    def _holds(self, column: Column) -> str:
        if column.kind == "answer":
            return column.question or ""
        if column.kind == "comment":
            return f"comment:{column.question}"
        return {"first_name": "first name", "last_name": "last name", "unknown": ""}.get(
            column.kind, column.kind
        )

    def _fill_columns(self, result: ImportResult) -> None:
        shown = [c for c in result.layout.columns if c.header]
        self.columns.setRowCount(len(shown))
        first_pending: int | None = None
        for row, column in enumerate(shown):
            self.columns.setItem(row, 0, QTableWidgetItem(column_letter(column.index)))
            header = QTableWidgetItem(column.header.replace("\n", " "))
            header.setToolTip(column.header)
            self.columns.setItem(row, 1, header)
            if column.kind == "unknown":
                first_pending = row if first_pending is None else first_pending
                # what still needs a choice stands out from what was recognised
                for item in (self.columns.item(row, 0), header):
                    if item is None:
                        continue
                    item.setBackground(PENDING)
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
            if column.kind in FIXED:
                words = {
                    "time": tr("When it was sent (dates the assessment)"),
                    "id": tr("Submission id (the same person on a second import)"),
                    "version": tr("Form version (checked)"),
                    "review": tr("Review state (rejected ones are left out)"),
                }
                item = QTableWidgetItem(words.get(column.kind, tr("The tool's bookkeeping")))
                item.setForeground(Qt.GlobalColor.darkGray)
                self.columns.setItem(row, 2, item)
                self.columns.removeCellWidget(row, 2)
                continue
            combo = named(QComboBox(), f"importColumn{column.index}", tr("What this column holds"))
            if column.kind == "unknown":
                hint = tr("— choose —")
                if column.proposal is not None:
                    hint = tr("— looks like %s (%d%% alike): confirm —") % (
                        column.proposal.question,
                        round(column.proposal.similarity * 100),
                    )
                combo.addItem(hint, "")
            for target, label in self.targets:
                combo.addItem(label, target)
            current = combo.findData(self._holds(column)) if column.kind != "unknown" else 0
            combo.setCurrentIndex(max(current, 0))
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, h=column.header: self._column_chosen(h, c)
            )
            self.columns.setCellWidget(row, 2, combo)
        pending_item = self.columns.item(first_pending, 1) if first_pending is not None else None
        if pending_item is not None:
            item = pending_item
            # once the rows are laid out: the first choice to make is in view
            QTimer.singleShot(
                0, lambda: self.columns.scrollToItem(item, QTableWidget.ScrollHint.PositionAtTop)
            )

    def _fill_values(self, result: ImportResult) -> None:
        pending = list(result.pending_values.values())
        self.values.setRowCount(len(pending))
        for row, value in enumerate(pending):
            written = QTableWidgetItem(value.text)
            written.setBackground(PENDING)
            self.values.setItem(row, 0, written)
            where = tr("in %d cell(s), first at row %d, column %s") % (
                value.cells,
                value.row,
                column_letter(value.column.index),
            )
            self.values.setItem(row, 1, QTableWidgetItem(where))
            combo = named(QComboBox(), f"importValue{row}", tr("What this answer means"))
            combo.addItem(tr("— choose —"), "")
            for point, label in enumerate(self.q.scale.labels, start=1):
                combo.addItem(f"{point} · {label}", str(point))
            combo.addItem(tr("Don't know"), "dk")
            combo.addItem(tr("Not applicable"), "na")
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, t=value.text: self._value_chosen(t, c)
            )
            self.values.setCellWidget(row, 2, combo)

    def _column_chosen(self, header: str, combo: QComboBox) -> None:
        target = combo.currentData()
        if target:
            self.mapping.columns[header] = str(target)
            self.refresh()

    def _value_chosen(self, text: str, combo: QComboBox) -> None:
        target = combo.currentData()
        if target:
            point: int | str | None = (
                int(target) if str(target).isascii() and str(target).isdigit() else None
            )
            if target == "dk":
                point = DONT_KNOW
            self.mapping.values[text] = point
            self.refresh()

    def save_mapping(self) -> None:
        """Write the choices so far as a mapping file."""
        from PySide6.QtWidgets import QFileDialog

        from cxassess.core.storage import atomic_write_bytes
        from cxassess.gui.widgets.common import show_error

        if self.found is None:
            return
        suggestion = str(self.path.with_name(self.path.stem + "-mapping.yaml"))
        target, _ = QFileDialog.getSaveFileName(
            self, tr("Save the mapping"), suggestion, "YAML (*.yaml);;CSV (*.csv)"
        )
        if not target:
            return
        columns, values = mapping_entries(self.found, self.q)
        try:
            text = dump_mapping(columns, values, target.lower().endswith(".csv"))
            atomic_write_bytes(Path(target), text.encode("utf-8"))
        except CxError as exc:
            show_error(self, exc.message, exc.lines())

    def load_mapping(self) -> None:
        """Take the choices from a saved mapping file."""
        from PySide6.QtWidgets import QFileDialog

        from cxassess.gui.widgets.common import show_error

        target, _ = QFileDialog.getOpenFileName(
            self, tr("Use a mapping"), str(self.path.parent), tr("Mapping (*.yaml *.yml *.csv)")
        )
        if not target:
            return
        self.use_mapping(Path(target), show_error)

    def use_mapping(self, path: Path, on_error=None) -> bool:  # type: ignore[no-untyped-def]
        """Adopt a mapping file's choices and read the export again."""
        from cxassess.core.mapping import load_mapping

        try:
            self.mapping = load_mapping(path, self.q)
        except CxError as exc:
            if on_error is not None:
                on_error(self, exc.message, exc.lines())
            return False
        self.refresh()
        return True


__all__ = ["ImportPreviewDialog"]
