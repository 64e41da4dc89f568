"""Spreadsheet import, merging participants' files, and long-form export, via the CLI."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import yaml
from helpers import doc_with, person, run_cli, small_questionnaire_data

from cxassess.core.csv_import import parse_responses_csv
from cxassess.core.document import Answer
from cxassess.core.problems import CxError
from cxassess.core.storage import load_document, save_document

HEADER = ["participant", "role", "a1", "a2", "b1", "b2"]
ROWS = [
    ["Zoë", "Sales", "3", "1", "4", "2"],
    ["Łukasz", "Sales", "3", "5", "4", "2"],
    ["山田", "Sales", "3", "1", "4", "2"],
    ["Ørsted", "Sales", "3", "5", "4", "2"],
    ["محمد", "Sales", "3", "1", "4", "2"],
    ["Ana", "Support", "3", "5", "4", "2"],
    ["Bo", "Support", "3", "1", "5", "NA"],
    ["Cy", "Support", "3", "5", "5", ""],
    ["Di", "Support", "3", "1", "5", "n/a"],
    ["Ed", "Finance", "3", "5", "5", "4"],
    ["Flo", "Finance", "3", "1", "5", "4"],
    ["Gus", "CEO", "3", "5", "5", "4"],
]


@pytest.fixture
def qfile(tmp_path) -> Path:
    data = small_questionnaire_data(weights={"a1": 2, "b": 3})
    path = tmp_path / "small.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False))
    return path


def write_csv(path: Path, rows, delimiter=",", bom=False) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_text(("\ufeff" if bom else "") + buffer.getvalue(), encoding="utf-8")
    return path


@pytest.mark.parametrize(("delimiter", "bom"), [(",", False), (";", True), ("\t", False)])
def test_twelve_person_workshop_imported_from_csv_scores_by_hand(tmp_path, qfile, delimiter, bom):
    src = write_csv(tmp_path / "r.csv", [HEADER, *ROWS], delimiter, bom)
    out = tmp_path / "w.cxa"
    result = run_cli("import", str(src), "-q", str(qfile), "-o", str(out))
    assert result.returncode == 0, result.stderr
    scored = run_cli("score", str(out), "--json")
    assert scored.returncode == 0, scored.stderr
    data = json.loads(scored.stdout)
    # Same answers as the hand-computed workshop in test_scoring.py
    overall = (3 * 1 + (4.5 + 24 / 9) / 2 * 3) / 4
    assert data["overall"]["score"] == pytest.approx(overall, abs=1e-3)
    assert data["overall"]["index"] == pytest.approx((overall - 1) / 4 * 100, abs=0.05)
    dims = {d["id"]: d for d in data["dimensions"]}
    assert dims["a"]["score"] == 3 and dims["a"]["rwg_j"] == 0
    b2 = next(q for q in data["questions"] if q["id"] == "b2")
    assert b2["n"] == 9 and b2["not_applicable"] == 3 and b2["rwg"] == 0.5
    assert data["agenda"] == ["a2", "b2"]
    assert [(r["role"], r["respondents"]) for r in data["roles"]] == [
        ("Sales", 5),
        ("Support", 4),
        ("Other roles", 3),
    ]
    doc = load_document(out)
    assert [p.name for p in doc.participants][:5] == ["Zoë", "Łukasz", "山田", "Ørsted", "محمد"]


def test_every_bad_cell_is_reported_and_nothing_written(tmp_path, qfile):
    rows = [[*HEADER, "zz"], *[[*r, "3"] for r in ROWS]]
    rows[2][2] = "7"  # out of range
    rows[3][4] = "four"  # not a number
    rows[4][0] = ""  # no name
    rows[5][5] = "2.5"  # not whole
    src = write_csv(tmp_path / "r.csv", rows)
    out = tmp_path / "w.cxa"
    result = run_cli("import", str(src), "-q", str(qfile), "-o", str(out))
    assert result.returncode == 1
    assert not out.exists()
    err = result.stderr
    assert "r.csv:1: column G (zz): “zz” is not a question id" in err
    assert "r.csv:3: column C (a1): “7” is outside the scale" in err
    assert "r.csv:4: column E (b1): “four” is not an answer" in err
    assert "r.csv:5: column A (participant): the participant name is empty" in err
    assert "r.csv:6: column F (b2): “2.5” is outside the scale" in err
    assert "Traceback" not in err


def test_name_columns_by_their_usual_names_and_duplicates(small_q):
    # "name" and "Abteilung" are found as the name and role columns
    people = parse_responses_csv("Name,Abteilung,a1\nAna,Vertrieb,3\n", small_q)
    assert [(p.name, p.role, p.answers["a1"].value) for p in people] == [("Ana", "Vertrieb", 3)]
    with pytest.raises(CxError) as info:
        parse_responses_csv("participant,a1,a1\nAna,3,3\nana,2,2\n", small_q)
    text = "\n".join(info.value.lines())
    assert "question “a1” has two columns" in text
    assert "participant “ana” already appears on row 2" in text


def test_merge_three_solo_files(tmp_path, small_q):
    people = [
        person("Ana", {"a1": 4, "a2": 2, "b1": 5, "b2": None}),
        person("Bo", {"a1": 2, "a2": 2, "b1": 3, "b2": 1}),
        person("Cy", {"a1": 3, "a2": 5, "b1": 4, "b2": 2}),
    ]
    paths = []
    for p in people:
        path = tmp_path / f"{p.name}.cxa"
        save_document(doc_with(small_q, [p], team="Team"), path)
        paths.append(str(path))
    out = tmp_path / "merged.cxa"
    # Ana's file given twice: she is counted once
    result = run_cli("merge", *paths, paths[0], "-o", str(out))
    assert result.returncode == 0, result.stderr
    data = json.loads(run_cli("score", str(out), "--json").stdout)
    assert data["assessment"]["participants"] == 3
    a1 = next(q for q in data["questions"] if q["id"] == "a1")
    assert a1["mean"] == 3 and a1["rwg"] == pytest.approx(0.5)  # variance 1, sigma^2 2
    b2 = next(q for q in data["questions"] if q["id"] == "b2")
    assert b2["n"] == 2 and b2["mean"] == 1.5
    dims = {d["id"]: d["score"] for d in data["dimensions"]}
    assert dims["a"] == pytest.approx((3 + 3) / 2)
    assert dims["b"] == pytest.approx((4 + 1.5) / 2)


def test_merge_conflict_is_reported_unless_prefer_latest(tmp_path, small_q):
    ana = person("Ana", {"a1": 4})
    ana.answers["a1"] = Answer(value=4, answered_at="2026-01-01T10:00:00Z")
    later = ana.model_copy(deep=True)
    later.answers["a1"] = Answer(value=2, answered_at="2026-01-02T10:00:00Z")
    first, second = tmp_path / "1.cxa", tmp_path / "2.cxa"
    save_document(doc_with(small_q, [ana]), first)
    save_document(doc_with(small_q, [later]), second)
    out = tmp_path / "m.cxa"
    result = run_cli("merge", str(first), str(second), "-o", str(out))
    assert result.returncode == 1 and not out.exists()
    assert "answered 4 in" in result.stderr and "but 2 in" in result.stderr
    assert "--prefer-latest" in result.stderr
    result = run_cli("merge", str(second), str(first), "-o", str(out), "--prefer-latest")
    assert result.returncode == 0, result.stderr
    assert load_document(out).participants[0].answers["a1"].value == 2


def test_merge_refuses_different_questionnaires(tmp_path, small_q):
    other_data = small_questionnaire_data()
    other_data["dimensions"][0]["questions"][0]["text"] = "Reworded"
    other_data["dimensions"][1]["questions"].pop()
    from cxassess.core.validation import parse_questionnaire

    other = parse_questionnaire(other_data)
    a, b = tmp_path / "a.cxa", tmp_path / "b.cxa"
    save_document(doc_with(small_q, [person("Ana", {"a1": 3})]), a)
    save_document(doc_with(other, [person("Bo", {"a1": 3})]), b)
    out = tmp_path / "m.cxa"
    result = run_cli("merge", str(a), str(b), "-o", str(out))
    assert result.returncode == 1 and not out.exists()
    assert "question 'a1' differs" in result.stderr
    assert "question 'b2' is only in the first" in result.stderr


def test_export_long_form_and_anonymous(tmp_path, small_q):
    doc = doc_with(
        small_q,
        [
            person("Ana", {"a1": 4, "a2": None}, "Sales"),
            person("=cmd()", {"b1": 2}, "Support"),
        ],
    )
    doc.participants[0].answers["a1"].comment = "Good, mostly"
    path = tmp_path / "d.cxa"
    save_document(doc, path)
    out = tmp_path / "o.csv"
    assert run_cli("export", str(path), "--csv", str(out)).returncode == 0
    rows = list(csv.reader(out.open(encoding="utf-8")))
    assert rows[0] == ["participant", "role", "dimension", "question", "value", "comment"]
    assert rows[1] == ["Ana", "Sales", "a", "a1", "4", "Good, mostly"]
    assert rows[2] == ["Ana", "Sales", "a", "a2", "NA", ""]
    assert rows[3][0] == "'=cmd()"  # not run as a formula by a spreadsheet
    doc.anonymous = True
    save_document(doc, path)
    assert run_cli("export", str(path), "--csv", str(out)).returncode == 0
    rows = list(csv.reader(out.open(encoding="utf-8")))
    assert [r[0] for r in rows[1:]] == ["P1", "P1", "P2"]
    assert {r[1] for r in rows[1:]} == {""}
    assert "Ana" not in out.read_text(encoding="utf-8")
