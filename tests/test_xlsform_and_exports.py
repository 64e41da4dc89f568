"""Collecting at scale: the XLSForm for ODK Central / KoboToolbox, and their exports back in."""

from __future__ import annotations

import csv
import io
import random
import re

import pytest
from helpers import run_cli, shipped_statements

from cxassess.core.csv_import import import_responses_csv
from cxassess.core.merge import merge_documents
from cxassess.core.problems import CxError
from cxassess.core.results_json import scores_to_json
from cxassess.core.scoring import score_document
from cxassess.core.xlsform import xlsform_sheets


def test_the_xlsform_converts_as_odk_would_convert_it(tmp_path, shipped):
    from pyxform import xls2xform

    form = tmp_path / "form.xlsx"
    done = run_cli("xlsform", "customer-centric-culture", "-o", str(form))
    assert done.returncode == 0, done.stderr
    warnings: list[str] = []
    xform = xls2xform.convert(xlsform=str(form), warnings=warnings).xform
    assert warnings == []
    questions = [qu for _, qu in shipped.questions()]
    assert xform.count("<select1") == len(questions) == shipped_statements()
    assert f'version="{shipped.version}"' in xform and f'id="{shipped.id}"' in xform
    for dim in shipped.dimensions:
        assert f"<{dim.id}>" in xform  # one group per dimension
    # each statement's anchors are its choices, plus don't know, and not applicable only
    # where the statement says when it fits
    choices = xlsform_sheets(shipped)["choices"]
    first = questions[0]
    labels = [row[2] for row in choices if row[0] == "scale_" + first.id.replace("-", "_")]
    assert labels[:5] == [
        f"{i} · {label}: {anchor}"
        for i, (label, anchor) in enumerate(
            zip(shipped.scale.labels, first.anchors, strict=True), start=1
        )
    ]
    assert labels[5:] == ["Don't know"]
    partners = [row[2] for row in choices if row[0] == "scale_ac_partners"]
    assert partners[5:] == ["Don't know", "Not applicable (no partner serves our customers)"]
    assert xform.count(">na<") == sum(shipped.allows_na(qu.id) for qu in questions) == 2


def _people(shipped, n: int = 4) -> list[dict]:
    rng = random.Random(14)
    people = []
    for i in range(n):
        answers = {
            qu.id: rng.choice(["1", "2", "3", "4", "5", "na" if shipped.allows_na(qu.id) else "dk"])
            for _, qu in shipped.questions()
        }
        people.append(
            {"name": f"Person {i + 1}", "role": ["Sales", "Ops"][i % 2], "answers": answers}
        )
    return people


def _odk_export(shipped, people, version: str | None = None) -> tuple[list[str], list[list[str]]]:
    """An ODK Central CSV export of the form: group paths joined with '-'."""
    header = ["SubmissionDate", "form_version", "name", "role"]
    for dim, qu in shipped.questions():
        header += [f"{dim.id}-{qu.id}", f"{dim.id}-{qu.id}_comment"]
    header += ["meta-instanceID", "KEY", "SubmitterID"]
    rows = []
    for i, p in enumerate(people):
        key = f"uuid:00000000-0000-4000-8000-{i:012d}"
        row = [f"2026-11-2{i}T10:00:00.000Z", version or shipped.version, p["name"], p["role"]]
        for _, qu in shipped.questions():
            row += [p["answers"][qu.id], "seen it" if qu.id == "cm-owner" else ""]
        row += [key, key, "7"]
        rows.append(row)
    return header, rows


def _csv(header, rows) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerows([header, *rows])
    return buffer.getvalue()


def _typed_in(shipped, people, path) -> None:
    """The same answers as the wide CSV a facilitator would type."""
    ids = [qu.id for _, qu in shipped.questions()]
    rows = [[p["name"], p["role"], *[p["answers"][q].upper() for q in ids]] for p in people]
    path.write_text(_csv(["participant", "role", *ids], rows), encoding="utf-8")


def test_an_odk_export_with_a_repeated_submission_imports_each_person_once(tmp_path, shipped):
    people = _people(shipped)
    header, rows = _odk_export(shipped, people)
    # Person 2 edited their submission later: the export (or two overlapping exports)
    # carries both versions under the same KEY.
    edited = {**people[1], "answers": {**people[1]["answers"], "cm-owner": "5"}}
    _, again = _odk_export(shipped, [people[0], edited])
    again[1][0] = "2026-11-29T09:00:00.000Z"  # submitted after the original
    export = tmp_path / "odk.csv"
    export.write_text(_csv(header, [*rows, again[1]]), encoding="utf-8")
    doc = import_responses_csv(export, shipped)
    assert len(doc.participants) == 4
    by_name = {p.name: p for p in doc.participants}
    assert by_name["Person 2"].answers["cm-owner"].value == 5  # the later version won
    assert by_name["Person 1"].answers["cm-owner"].comment == "seen it"
    # scores equal the same answers typed in
    people[1] = edited
    typed = tmp_path / "typed.csv"
    _typed_in(shipped, people, typed)
    expected = scores_to_json(
        typed_doc := import_responses_csv(typed, shipped), score_document(typed_doc)
    )
    got = scores_to_json(doc, score_document(doc))
    assert got["dimensions"] == expected["dimensions"] and got["overall"] == expected["overall"]
    # importing the same export again and merging counts nobody twice
    merged = merge_documents([doc, import_responses_csv(export, shipped)], ["a", "b"])
    assert len(merged.participants) == 4


def test_a_kobo_xlsx_export_imports(tmp_path, shipped):
    from openpyxl import Workbook

    people = _people(shipped, 3)
    header = ["start", "end", "form_version", "name", "role"]
    for dim, qu in shipped.questions():
        header += [f"{dim.id}/{qu.id}", f"{dim.id}/{qu.id}_comment"]
    header += ["_id", "_uuid", "_submission_time"]
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for i, p in enumerate(people):
        row = ["", "", shipped.version, p["name"], p["role"]]
        for _, qu in shipped.questions():
            value = p["answers"][qu.id]
            row += [int(value) if value.isdigit() else value, ""]
        row += [100 + i, f"aaaaaaaa-0000-4000-8000-{i:012d}", f"2026-11-2{i}T10:00:00"]
        sheet.append(row)
    export = tmp_path / "kobo.xlsx"
    book.save(export)
    done = run_cli(
        "import", str(export), "-q", "customer-centric-culture", "-o", str(tmp_path / "k.cxa")
    )
    assert done.returncode == 0, done.stderr
    assert "Imported 3 participant" in done.stdout


def test_an_export_of_another_form_version_is_refused(tmp_path, shipped):
    header, rows = _odk_export(shipped, _people(shipped, 2), version="1.0")
    export = tmp_path / "old.csv"
    export.write_text(_csv(header, rows), encoding="utf-8")
    with pytest.raises(
        CxError,
        match=r"version 1\.0 of the form .* this questionnaire is version "
        + re.escape(shipped.version),
    ):
        import_responses_csv(export, shipped)
    out = tmp_path / "x.cxa"
    done = run_cli("import", str(export), "-q", "customer-centric-culture", "-o", str(out))
    assert done.returncode == 1 and "version 1.0 of the form" in done.stderr and not out.exists()


def test_answers_to_the_previous_version_still_import_with_it(tmp_path, shipped):
    from cxassess.core.questionnaire_io import load_questionnaire
    from cxassess.core.storage import load_document
    from cxassess.resources import resolve_questionnaire

    previous = load_questionnaire(resolve_questionnaire("customer-centric-culture@2.0"))
    assert previous.version == "2.0" and shipped.version != "2.0"
    header, rows = _odk_export(previous, _people(previous, 3))
    export = tmp_path / "odk-2.0.csv"
    export.write_text(_csv(header, rows), encoding="utf-8")
    out = tmp_path / "x.cxa"
    done = run_cli("import", str(export), "-q", "customer-centric-culture@2.0", "-o", str(out))
    assert done.returncode == 0, done.stderr
    doc = load_document(out)
    assert doc.questionnaire.version == "2.0" and len(doc.participants) == 3
    # Scored against 2.0's statements: every answer of the export is in.
    assert all(len(p.answers) == len(list(previous.questions())) for p in doc.participants)
    # The current version says where the older one is when the versions differ.
    refused = run_cli("import", str(export), "-o", str(tmp_path / "y.cxa"))
    assert refused.returncode == 1 and "-q customer-centric-culture@2.0" in refused.stderr
