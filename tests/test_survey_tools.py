"""Every survey tool's export imports with every answer, not-applicable and comment intact."""

from __future__ import annotations

import datetime as dt

import pytest
import survey_exports as ex
import yaml
from helpers import run_cli

from cxassess.core.mapping import load_mapping
from cxassess.core.problems import CxError
from cxassess.core.storage import load_document
from cxassess.core.survey_import import import_export, read_export


def check_everyone(doc, team, comments: bool) -> None:
    by_name = {p.name: p for p in doc.participants}
    assert sorted(by_name) == sorted(p.name for p in team)
    for person in team:
        got = by_name[person.name]
        assert got.role == person.role
        values = {qid: a.value for qid, a in got.answers.items()}
        assert values == person.answers, person.name
        if comments:
            said = {qid: a.comment for qid, a in got.answers.items() if a.comment}
            assert said == person.comments


BUILDERS = {
    "google": (ex.google_forms, "g.csv", "Google Forms", False),
    "microsoft": (ex.microsoft_forms, "ms.xlsx", "Microsoft Forms", False),
    "surveymonkey": (ex.surveymonkey, "sm.csv", "SurveyMonkey", False),
    "qualtrics": (ex.qualtrics, "qx.csv", "Qualtrics", False),
    "limesurvey": (ex.limesurvey, "ls.csv", "LimeSurvey", False),
    "odk": (ex.odk_central_zip, "odk.zip", "ODK Central", True),
    "kobo-csv": (ex.kobo_labels, "kobo.csv", "KoboToolbox", True),
    "kobo-xlsx": (
        lambda q, p, t: ex.kobo_labels(q, p, t, xlsx=True),
        "kobo.xlsx",
        "KoboToolbox",
        True,
    ),
}


@pytest.mark.parametrize("tool", sorted(BUILDERS))
def test_each_tools_export_imports_exactly(tmp_path, shipped, tool):
    build, name, label, comments = BUILDERS[tool]
    team = ex.people(shipped)
    path = build(shipped, tmp_path / name, team)
    doc, result = import_export(path, shipped)
    assert result.layout.tool == label
    check_everyone(doc, team, comments)
    # dated from the latest submission, as the tool wrote it
    assert doc.assessed_on == max(p.sent for p in team).date()
    # and through the command, with nothing to settle
    out = tmp_path / "out.cxa"
    done = run_cli("import", str(path), "-o", str(out))
    assert done.returncode == 0, done.stderr
    assert f"Imported 4 participant(s) from a {label} export" in done.stdout
    check_everyone(load_document(out), team, comments)


def test_limesurvey_question_codes_and_answer_codes(tmp_path, shipped):
    team = ex.people(shipped)
    path = ex.limesurvey(shipped, tmp_path / "codes.csv", team, codes=True)
    # "G1Q1[cmowner]": the row code is the statement id without its hyphen
    doc, result = import_export(path, shipped)
    assert result.layout.tool == "LimeSurvey"
    check_everyone(doc, team, False)


def test_a_reimported_export_counts_nobody_twice(tmp_path, shipped):
    from cxassess.core.merge import merge_documents

    team = ex.people(shipped)
    path = ex.google_forms(shipped, tmp_path / "g.csv", team)
    a, _ = import_export(path, shipped)
    b, _ = import_export(path, shipped)
    assert len(merge_documents([a, b], ["a", "b"]).participants) == 4


def test_odk_review_states_leave_out_rejected_and_name_those_with_issues(tmp_path, shipped):
    team = ex.people(shipped)
    path = ex.odk_central_zip(shipped, tmp_path / "odk.zip", team, {1: "rejected", 2: "hasIssues"})
    out = tmp_path / "o.cxa"
    done = run_cli(
        "import", str(path), "-o", str(out), "--organisation", "Northwind", "--team", "Ops"
    )
    assert done.returncode == 0, done.stderr
    assert "Left out 1 submission(s) marked rejected." in done.stdout
    assert "marked as having issues: 山田 花子 (row 4)" in done.stdout
    doc = load_document(out)
    assert sorted(p.name for p in doc.participants) == sorted(
        p.name for i, p in enumerate(team) if i != 1
    )
    assert (doc.organisation, doc.team) == ("Northwind", "Ops")


def test_the_date_is_the_latest_submission_unless_given(tmp_path, shipped):
    team = ex.people(shipped)
    path = ex.surveymonkey(shipped, tmp_path / "sm.csv", team)
    out = tmp_path / "o.cxa"
    done = run_cli("import", str(path), "-o", str(out))
    assert "dated 2026-11-26 (the latest submission)" in done.stdout
    given = run_cli("import", str(path), "-o", str(out), "--date", "2026-12-01")
    assert given.returncode == 0 and "dated 2026-12-01 (as given)" in given.stdout
    assert load_document(out).assessed_on == dt.date(2026, 12, 1)
    bad = run_cli("import", str(path), "-o", str(out), "--date", "yesterday")
    assert bad.returncode == 2 and "“yesterday” is not a date" in bad.stderr


def test_day_or_month_first_is_read_from_the_whole_column(tmp_path, shipped):
    team = ex.people(shipped, 2)
    path = ex.google_forms(shipped, tmp_path / "g.csv", team)
    text = path.read_text(encoding="utf-8")
    # the linked Sheet's export in a day-first locale: 24/11/2026 18:05:00
    for person in team:
        google = person.sent.strftime("%Y/%m/%d %-I:%M:%S %p") + " GMT+1"
        text = text.replace(google, person.sent.strftime("%d/%m/%Y %H:%M:%S"))
    path.write_text(text, encoding="utf-8")
    doc, result = import_export(path, shipped)
    assert doc.assessed_on == dt.date(2026, 11, 24) and not result.notes


def test_unmatched_columns_and_answers_are_listed_then_settled_by_a_mapping(tmp_path, shipped):
    team = ex.people(shipped, 3)
    path = ex.google_forms(shipped, tmp_path / "g.csv", team)
    text = path.read_text(encoding="utf-8")
    owner = next(qu for _, qu in shipped.questions() if qu.id == "cm-owner")
    budget = next(qu for _, qu in shipped.questions() if qu.id == "cm-budget")
    # a retyped title (near), a free-text question (no match), a custom option label
    text = text.replace(owner.text, owner.text.replace("named", "nominated"), 1)
    text = text.replace("Your role or department", "Your role or department,Anything else?", 1)
    lines = text.split("\n")  # read_text turned the tool's CRLF into "\n"
    lines = [lines[0]] + [
        line.replace(f"{p.role},", f"{p.role},fine,", 1) if line else line
        for line, p in zip(lines[1:], [*team, None], strict=False)
    ]
    text = "\n".join(lines).replace(budget.anchors[2], "Sometimes")
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "o.cxa"
    done = run_cli("import", str(path), "-o", str(out))
    assert done.returncode == 1 and not out.exists()
    err = done.stderr
    assert "g.csv:1: column F (" in err and "looks like statement cm-owner" in err
    assert "column E (Anything else?): “Anything else?” is not a question id" in err
    assert "“Sometimes”" in err and "settle it in a mapping" in err
    assert "--write-mapping" in err
    # write the mapping, decide what is open, and import with it
    mapping = tmp_path / "wave1.yaml"
    wrote = run_cli("import", str(path), "--write-mapping", str(mapping))
    assert wrote.returncode == 0, wrote.stderr
    assert "2 to decide and 1 proposal(s) to check" in wrote.stdout
    data = yaml.safe_load(mapping.read_text(encoding="utf-8"))
    assert data["columns"]["Anything else?"] is None
    proposed = next(k for k in data["columns"] if "nominated" in k)
    assert data["columns"][proposed] == "cm-owner"  # proposed, to check
    assert data["values"] == {"Sometimes": None}
    data["columns"]["Anything else?"] = "ignore"
    data["values"]["Sometimes"] = 3
    mapping.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    done = run_cli("import", str(path), "-o", str(out), "--mapping", str(mapping))
    assert done.returncode == 0, done.stderr
    doc = load_document(out)
    for person in team:
        got = next(p for p in doc.participants if p.name == person.name)
        assert got.answers["cm-owner"].value == person.answers["cm-owner"]
        expected_budget = 3 if person.answers["cm-budget"] == 3 else person.answers["cm-budget"]
        assert got.answers["cm-budget"].value == expected_budget
    # the next wave reuses it as it is
    wave2 = ex.google_forms(shipped, tmp_path / "g2.csv", ex.people(shipped, 2))
    text2 = wave2.read_text(encoding="utf-8").replace(
        owner.text, owner.text.replace("named", "nominated"), 1
    )
    wave2.write_text(text2, encoding="utf-8")
    again = run_cli("import", str(wave2), "-o", str(tmp_path / "w2.cxa"), "--mapping", str(mapping))
    assert again.returncode == 0, again.stderr


@pytest.mark.parametrize("suffix", [".yaml", ".csv"])
def test_a_mapping_round_trips(tmp_path, shipped, suffix):
    from cxassess.core.import_result import mapping_entries
    from cxassess.core.mapping import dump_mapping

    team = ex.people(shipped, 2)
    path = ex.qualtrics(shipped, tmp_path / "q.csv", team)
    result = read_export(path, shipped)
    columns, values = mapping_entries(result, shipped)
    values = [("Quite often", "4", "custom"), ("Skip", "na", "custom")]
    file = tmp_path / f"m{suffix}"
    file.write_text(dump_mapping(columns, values, suffix == ".csv"), encoding="utf-8")
    mapping = load_mapping(file, shipped)
    assert mapping.values == {"Quite often": 4, "Skip": None}
    assert {k: v for k, v in mapping.columns.items()} == {s: t for s, t, _ in columns}
    # read with its own mapping, the export matches exactly as before
    again = read_export(path, shipped, mapping)
    assert [(c.kind, c.question) for c in again.layout.columns] == [
        (c.kind, c.question) for c in result.layout.columns
    ]


def test_a_bad_mapping_names_each_bad_entry(tmp_path, shipped):
    file = tmp_path / "m.yaml"
    file.write_text('columns:\n  "Q1": cm-nothing\nvalues:\n  "Often": 9\n', encoding="utf-8")
    with pytest.raises(CxError) as info:
        load_mapping(file, shipped)
    text = "\n".join(info.value.lines())
    assert "m.yaml:2: “Q1”: “cm-nothing” is not a statement id" in text
    assert "m.yaml:4: “Often”: “9” is not a point of the scale" in text


def test_name_and_role_columns_in_other_languages(tmp_path, small_q):
    path = tmp_path / "fr.csv"
    path.write_text("Horodateur;Prénom;Nom;Service;a1;a2\n2026-11-02 10:00;Zoé;Martin;Ventes;3;4\n")
    doc, result = import_export(path, small_q)
    assert result.layout.tool == "Google Forms"
    assert [(p.name, p.role) for p in doc.participants] == [("Zoé Martin", "Ventes")]
    assert doc.assessed_on == dt.date(2026, 11, 2)


def test_the_same_person_answering_twice_keeps_the_later_answers(tmp_path, shipped):
    team = ex.people(shipped, 2)
    later = ex.Person(
        team[0].name, team[0].role, team[0].email, {**team[0].answers, "cm-owner": 5},
        {}, team[1].sent + dt.timedelta(hours=3),
    )  # fmt: skip
    path = ex.google_forms(shipped, tmp_path / "g.csv", [team[0], team[1], later])
    doc, result = import_export(path, shipped)
    assert len(doc.participants) == 2
    assert (
        next(p for p in doc.participants if p.name == team[0].name).answers["cm-owner"].value == 5
    )
    assert result.replaced == [f"{team[0].name} (rows 2 and 4; row 4 kept)"]


def test_a_mapped_answer_in_superscript_digits_is_named_unreadable_not_a_crash():
    from cxassess.core.mapping import _point

    assert _point("²", 5) == "?" and _point("2", 5) == 2 and _point("٣", 5) == "?"
