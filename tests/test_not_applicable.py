"""'Not applicable' only where a statement says when it fits (questionnaire 3.4 onwards).

Everywhere else it would hide a weak point instead of scoring it, so every path that
records an answer refuses it there: the document, the file, the room, imports and forms.
"""

from __future__ import annotations

import json

import pytest
from helpers import doc_with, person, run_cli

from cxassess.core.problems import CxError
from cxassess.core.questionnaire_io import load_questionnaire
from cxassess.core.storage import load_document, save_document
from cxassess.resources import questionnaires_dir


def test_the_questionnaire_declares_where_it_fits(shipped):
    assert shipped.not_applicable == "declared"
    declared = {qu.id: qu.not_applicable for _, qu in shipped.questions() if qu.not_applicable}
    assert declared == {
        "ic-key-accounts": "there is no customer or group that stands out from the rest",
        "ac-partners": "no partner serves our customers",
    }
    assert [qu.id for _, qu in shipped.questions() if shipped.allows_na(qu.id)] == [
        "ic-key-accounts",
        "ac-partners",
    ]
    # Earlier questionnaires offer it everywhere, and keep the hash their files were saved with.
    older = load_questionnaire(
        questionnaires_dir() / "previous" / "customer-centric-culture-3.3.yaml"
    )
    assert older.not_applicable == "anywhere"
    assert all(older.allows_na(qu.id) for _, qu in older.questions())
    assert "not_applicable" not in json.dumps(older.model_dump(exclude_defaults=True))


def test_the_document_refuses_it_where_the_statement_applies_to_everyone(shipped):
    doc = doc_with(shipped, [person("Ana", {})])
    ana = doc.participants[0].id
    with pytest.raises(ValueError, match="'cm-pay' applies to every organisation"):
        doc.set_answer(ana, "cm-pay", None)
    assert "cm-pay" not in doc.participants[0].answers
    doc.set_answer(ana, "cm-pay", None, dont_know=True)
    doc.set_answer(ana, "ac-partners", None, "We deliver ourselves")
    kinds = {qid: a.kind for qid, a in doc.participants[0].answers.items()}
    assert kinds == {"cm-pay": "dont_know", "ac-partners": "na"}


def test_a_file_with_it_on_such_a_statement_does_not_load(tmp_path, shipped):
    doc = doc_with(shipped, [person("Ana", {"cm-owner": 3, "ac-partners": None})])
    path = tmp_path / "w.cxa"
    save_document(doc, path)
    assert load_document(path).participants[0].answers["ac-partners"].kind == "na"
    raw = json.loads(path.read_bytes())
    raw["participants"][0]["answers"]["cm-owner"] = {"value": None}
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(CxError) as info:
        load_document(path)
    shown = "\n".join(info.value.lines())
    assert "cm-owner" in shown and "applies to every organisation" in shown


def test_an_import_names_the_cell_and_keeps_the_file_unwritten(tmp_path, shipped):
    ids = ["cm-owner", "cm-budget", "ac-partners"]
    rows = [
        ["participant", "role", *ids],
        ["Ana", "Sales", "3", "", "NA"],  # a blank is no answer; NA fits ac-partners
        ["Bo", "Ops", "2", "n/a", "4"],  # cm-budget offers no "not applicable"
    ]
    src = tmp_path / "answers.csv"
    src.write_text("\n".join(",".join(r) for r in rows) + "\n", encoding="utf-8")
    out = tmp_path / "w.cxa"
    done = run_cli("import", str(src), "-o", str(out))
    assert done.returncode != 0 and not out.exists()
    assert "answers.csv:3: column D (cm-budget)" in done.stderr
    assert "'cm-budget' applies to every organisation" in done.stderr
    src.write_text("\n".join(",".join(r) for r in rows[:2]) + "\nBo,Ops,2,DK,4\n", encoding="utf-8")
    done = run_cli("import", str(src), "-o", str(out))
    assert done.returncode == 0, done.stderr
    people = {p.name: p for p in load_document(out).participants}
    assert "cm-budget" not in people["Ana"].answers
    assert people["Ana"].answers["ac-partners"].kind == "na"
    assert people["Bo"].answers["cm-budget"].kind == "dont_know"
