"""Importing a spreadsheet of responses: the wide layout, or a survey tool's export."""

from __future__ import annotations

from pathlib import Path

from cxassess.core.document import Assessment, Participant
from cxassess.core.questionnaire import Questionnaire
from cxassess.core.sheets import text_sheet
from cxassess.core.survey_import import import_export


def parse_responses_csv(text: str, q: Questionnaire, source: str = "") -> list[Participant]:
    """Participants from CSV text; CxError lists every bad cell by row and column."""
    doc, _ = import_export(text_sheet(text, source), q)
    return doc.participants


def import_responses_csv(
    path: Path, q: Questionnaire, organisation: str = "", team: str = ""
) -> Assessment:
    """A new assessment from a responses spreadsheet (CSV, XLSX or an ODK Central .zip)."""
    doc, _ = import_export(Path(path), q, organisation=organisation, team=team)
    return doc


__all__ = ["import_responses_csv", "parse_responses_csv"]
