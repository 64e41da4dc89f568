""" "Don't know" is an answer of its own, apart from "not applicable", on every surface:
the file, the laptop, the phone, imports, scores, merge, exports and the report."""

from __future__ import annotations

import json
import subprocess

import pytest
from helpers import doc_with, person, run_cli
from PySide6.QtCore import Qt
from room_client import Room

from cxassess.core.demo import demo_workshop
from cxassess.core.document import Answer
from cxassess.core.merge import find_conflicts
from cxassess.core.problems import CxError
from cxassess.core.scoring import score_document
from cxassess.core.storage import load_document, save_document

K = Qt.Key


def _pdf_text(path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    return " ".join(out.split())


def _with_dont_know(q, answers: dict[str, str | int]):
    """A person whose answers are points, "dk" or "na"."""
    p = person("Ana", {})
    for qid, a in answers.items():
        p.answers[qid] = Answer(value=a if isinstance(a, int) else None, dont_know=a == "dk")
    return p


def test_dont_know_counts_nowhere_in_the_score_and_is_counted_apart(small_q):
    people = [person(f"P{i}", {"a1": 4, "a2": 2}) for i in range(3)]
    people.append(_with_dont_know(small_q, {"a1": "dk", "a2": "na"}))
    people.append(_with_dont_know(small_q, {"a1": "dk", "a2": 5}))
    scores = score_document(doc_with(small_q, people))
    a1, a2 = scores.question("a1"), scores.question("a2")
    assert (a1.n, a1.mean, a1.dont_know, a1.not_applicable) == (3, 4.0, 2, 0)
    assert (a2.n, a2.mean, a2.dont_know, a2.not_applicable) == (4, 11 / 4, 0, 1)


def test_a_file_cannot_say_a_point_and_dont_know_at_once(tmp_path, small_q):
    path = tmp_path / "w.cxa"
    save_document(doc_with(small_q, [_with_dont_know(small_q, {"a1": "dk"})]), path)
    raw = json.loads(path.read_text())
    assert raw["participants"][0]["answers"]["a1"] == {"value": None, "dont_know": True}
    assert load_document(path).participants[0].answers["a1"].kind == "dont_know"
    raw["participants"][0]["answers"]["a1"]["value"] = 3
    path.write_text(json.dumps(raw))
    with pytest.raises(CxError) as info:
        load_document(path)
    shown = "\n".join(info.value.lines())
    assert "participants" in shown and "a1" in shown and "don't know" in shown


def test_the_room_keeps_dont_know_apart_and_refuses_both_at_once(workshop, shipped):
    room = Room(workshop)
    try:
        status, body, _ = room.call(
            "POST", "/join", {"pin": room.pin, "name": "Bo", "role": "Sales"}
        )
        key = body["key"]
        sent = [
            {"question": "cm-owner", "value": None, "dont_know": True, "comment": "No idea"},
            {"question": "ac-partners", "value": None, "comment": ""},
            {"question": "cm-goals", "value": 4, "dont_know": False},
        ]
        assert room.call("PUT", "/answers", {"answers": sent}, key)[0] == 200
        status, body, _ = room.call("GET", "/me", key=key)
        kinds = {a["question"]: (a["value"], a["dont_know"]) for a in body["answers"]}
        assert kinds == {
            "cm-owner": (None, True),
            "ac-partners": (None, False),
            "cm-goals": (4, False),
        }
        both = [{"question": "cm-goals", "value": 3, "dont_know": True}]
        status, body, _ = room.call("PUT", "/answers", {"answers": both}, key)
        assert status == 422 and "either a point or don't know" in body["error"]
        odd = [{"question": "cm-goals", "value": None, "dont_know": "yes"}]
        status, body, _ = room.call("PUT", "/answers", {"answers": odd}, key)
        assert status == 422 and "true or false" in body["error"]
    finally:
        room.close()
    bo = next(p for p in load_document(workshop).participants if p.name == "Bo")
    assert bo.answers["cm-owner"].kind == "dont_know"
    assert bo.answers["cm-owner"].comment == "No idea"
    assert bo.answers["ac-partners"].kind == "na"
    assert bo.answers["cm-goals"].value == 4  # the refused request changed nothing


def test_a_forms_words_for_dont_know_import_as_dont_know(tmp_path, small_q):
    import yaml
    from helpers import small_questionnaire_data

    qfile = tmp_path / "q.yaml"
    qfile.write_text(yaml.safe_dump(small_questionnaire_data(), sort_keys=False))
    rows = [
        "name,a1,a2,b1,b2",
        "Ana,Don't know,NA,3,dk",
        "Bo,not sure,Not applicable / don't know,4,Weiß nicht",
        "Cy,3,,?,2",
    ]
    src = tmp_path / "form.csv"
    src.write_text("\n".join(rows) + "\n", encoding="utf-8")
    out = tmp_path / "w.cxa"
    result = run_cli("import", str(src), "-q", str(qfile), "-o", str(out))
    assert result.returncode == 0, result.stderr
    people = {p.name: p for p in load_document(out).participants}
    kinds = {n: {q: a.kind for q, a in p.answers.items()} for n, p in people.items()}
    assert kinds["Ana"] == {"a1": "dont_know", "a2": "na", "b1": "point", "b2": "dont_know"}
    # A form made before the two were told apart offered one choice: not applicable.
    assert kinds["Bo"] == {"a1": "dont_know", "a2": "na", "b1": "point", "b2": "dont_know"}
    assert kinds["Cy"]["b1"] == "dont_know" and kinds["Cy"]["a2"] == "na"
    scored = json.loads(run_cli("score", str(out), "--json").stdout)
    a1 = next(q for q in scored["questions"] if q["id"] == "a1")
    assert (a1["n"], a1["dont_know"], a1["not_applicable"]) == (1, 2, 0)
    # A mapping can settle a word as don't know too.
    src.write_text("name,a1\nDi,peut-être\n", encoding="utf-8")
    mapping = tmp_path / "m.yaml"
    mapping.write_text("values:\n  peut-être: dk\n", encoding="utf-8")
    result = run_cli(
        "import", str(src), "-q", str(qfile), "--mapping", str(mapping), "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert load_document(out).participants[0].answers["a1"].kind == "dont_know"


def test_the_xlsform_offers_dont_know_and_its_submissions_import(shipped):
    from cxassess.core.matching import DONT_KNOW, ValueReader
    from cxassess.core.xlsform import xlsform_sheets

    choices = xlsform_sheets(shipped)["choices"]
    names = [row[1] for row in choices if row[0] == "scale_cm_owner"]
    assert names == ["1", "2", "3", "4", "5", "dk"]
    names = [row[1] for row in choices if row[0] == "scale_ac_partners"]
    assert names == ["1", "2", "3", "4", "5", "dk", "na"]
    reader = ValueReader(shipped)
    assert reader.read("dk", "cm-owner") == DONT_KNOW
    assert reader.read("na", "cm-owner") is None


def test_merge_and_export_tell_dont_know_from_not_applicable(small_q):
    from cxassess.core.export import answers_long_csv

    one = doc_with(small_q, [_with_dont_know(small_q, {"a1": "dk", "a2": "na"})])
    two = one.model_copy(deep=True)
    two.participants[0].answers["a1"] = Answer(value=None)
    conflicts = find_conflicts([one, two], ["one.cxa", "two.cxa"])
    assert [c.question for c in conflicts] == ["a1"]
    assert conflicts[0].describe() == "answered don't know in one.cxa but N/A in two.cxa"
    import csv
    import io

    rows = list(csv.reader(io.StringIO(answers_long_csv(one))))
    assert [row[4] for row in rows[1:]] == ["DK", "NA"]


def test_the_report_says_how_many_did_not_know(tmp_path, shipped):
    doc = demo_workshop(shipped)  # support cannot say which customers are worth most
    for someone in doc.participants[:2]:  # two work with no partner
        someone.answers["ac-partners"] = Answer(value=None)
    value = score_document(doc).question("ic-value")
    assert value.dont_know >= 4
    path = tmp_path / "w.cxa"
    save_document(doc, path)
    assert run_cli("report", str(path), "-o", str(tmp_path / "w.pdf")).returncode == 0
    text = _pdf_text(tmp_path / "w.pdf")
    assert f"{value.dont_know} of {value.n + value.dont_know} did not know" in text
    assert "Some things are not seen." in text and "did not know the answer to" in text
    assert "Don't know" in text  # the spread of answers has its own band
    # "Not applicable" is left out of the average too, and said beside it, not dropped.
    scores = score_document(doc)
    na = [st for st in scores.questions if st.not_applicable]
    assert na, "the demo has a statement some people said does not apply"
    for st in na:
        asked = st.n + st.dont_know + st.not_applicable
        assert f"{st.not_applicable} of {asked} said it does not apply" in text

    solo = doc_with(shipped, [_with_dont_know(shipped, {"cm-owner": "dk", "cm-budget": 3})])
    save_document(solo, path)
    assert run_cli("report", str(path), "-o", str(tmp_path / "s.pdf")).returncode == 0
    assert "Don't know" in _pdf_text(tmp_path / "s.pdf")


def test_d_answers_dont_know_on_the_laptop_and_undo_takes_it_back(qtbot, window):
    window.commands.new(team=False)
    window.start_answering()
    page = window.page("answer")
    assert page.buttons[100].isVisible() and page.buttons[100].accessibleName() == "Don't know"
    qtbot.keyClick(page, K.Key_D)
    me = window.session.doc.participants[0]
    assert me.answers["cm-owner"].kind == "dont_know" and page.buttons[100].isChecked()
    assert "[?]" in page.overview.topLevelItem(0).child(0).text(0)
    qtbot.keyClick(page, K.Key_0)  # cm-owner offers no "not applicable": nothing changes
    assert me.answers["cm-owner"].kind == "dont_know" and page.buttons[100].isChecked()
    page.buttons[3].click()
    assert me.answers["cm-owner"].value == 3 and not me.answers["cm-owner"].dont_know
    qtbot.keyClick(window, K.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert me.answers["cm-owner"].kind == "dont_know" and page.buttons[100].isChecked()
