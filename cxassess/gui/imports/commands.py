"""The File menu's imports: participants' files merged in, responses files previewed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from cxassess.core.problems import CxError
from cxassess.gui.command_host import CXA_FILTER, CommandBase
from cxassess.gui.i18n import tr
from cxassess.gui.widgets.common import show_error

if TYPE_CHECKING:
    from cxassess.core.mapping import Mapping
    from cxassess.core.questionnaire import Questionnaire


class ImportCommands(CommandBase):
    """Importing participant files and survey tools' exports."""

    def import_files_dialog(self) -> None:
        paths = self.prompts.ask_open_paths(tr("Import participant files"), CXA_FILTER)
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[Path]) -> bool:
        """Add participants' files to the open assessment, or start a new one with them.

        Says who will be added and where before doing it; answer conflicts are settled
        one by one, and people who look imported twice are offered to be combined.
        """
        from cxassess.gui.imports.merge_dialog import plan_import

        plan = plan_import(self.parent, self.session, self.prompts, paths)
        if plan is None:
            return False
        merged, into_open = plan
        if into_open:
            self.session.set_participants(merged.participants, tr("Import participant files"))
        else:
            if not self.can_replace():
                return False
            self.session.replace(merged, None, dirty=True)
        self._status(
            tr("Imported %d file(s): %d people in the assessment.")
            % (len(paths), len(self.session.require().participants))
        )
        self.host.show_landing()
        return True

    def import_csv_dialog(self) -> None:
        path = self.prompts.ask_open_path(
            tr("Import responses"),
            tr("Responses (*.csv *.tsv *.txt *.xlsx *.zip);;CSV (*.csv *.tsv *.txt);;")
            + tr("Excel workbook (*.xlsx);;ODK Central download (*.zip);;All files (*)"),
        )
        if path is not None:
            self.import_csv(path)

    def import_csv(self, path: Path) -> bool:
        """Preview a responses file, settle what it does not match, then import it."""
        from PySide6.QtWidgets import QDialog

        from cxassess.gui.imports.preview import ImportPreviewDialog

        if not self.can_replace():
            return False
        q = self.session.doc.questionnaire if self.session.doc is not None else self.shipped()
        dialog = ImportPreviewDialog(path, q, self.parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.finish_import(path, q, dialog.mapping)

    def finish_import(self, path: Path, q: Questionnaire, mapping: Mapping) -> bool:
        """Import a responses file with the choices made in its preview."""
        from cxassess.core.survey_import import import_export

        try:
            doc, _ = import_export(path, q, mapping)
        except CxError as exc:
            show_error(self.parent, tr("%s could not be imported.") % path.name, exc.lines())
            return False
        self.session.replace(doc, None, dirty=True)
        self.host.show_landing()
        self._status(
            tr("Imported %d people from %s, dated %s.")
            % (len(doc.participants), path.name, doc.assessed_on.isoformat())
        )
        return True


__all__ = ["ImportCommands"]
