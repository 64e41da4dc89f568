"""People answer for the whole organisation and say which part they know best (the unit
lens); statements of fact are checked against a document instead of voted on; a high
answer says what to look for; and a roadmap action records what its measure showed."""

from __future__ import annotations

import csv
import json
import subprocess
from datetime import date
from pathlib import Path

import pytest
from helpers import doc_with, person, refusal_messages, run_cli, small_questionnaire_data
from room_client import Room

from cxassess.core.demo import demo_workshop
from cxassess.core.discussion import discussion_list
from cxassess.core.document import FORMAT_VERSION, AgreedScore, Answer, Participant
from cxassess.core.findings import findings
from cxassess.core.roles import OTHER_UNITS, unit_groups
from cxassess.core.scoring import score_document
from cxassess.core.storage import load_document, save_document


def _unit_team(q, units: dict[str, tuple[int, int]]) -> list[Participant]:
    """People per unit, each answering every statement with the unit's point (a, b)."""
    people = []
    for unit, (count, value) in units.items():
        for i in range(count):
            p = person(f"{unit}{i}", {qu.id: value for _, qu in q.questions()}, "Staff")
            p.unit = unit
            people.append(p)
    return people


def test_a_unit_lens_shows_groups_of_three_and_never_a_smaller_one(small_q):
    doc = doc_with(small_q, _unit_team(small_q, {"Support": (3, 4), "Sales": (3, 2)}))
    groups = unit_groups(doc)
    assert [(g.role, g.members, g.scores.overall.score) for g in groups] == [
        ("Sales", 3, 2.0),
        ("Support", 3, 4.0),
    ]
    # Two people in Stores: folded with the smallest shown unit, never shown alone.
    doc = doc_with(
        small_q, _unit_team(small_q, {"Support": (4, 4), "Sales": (3, 2), "Stores": (2, 1)})
    )
    shown = {g.role: g.members for g in unit_groups(doc)}
    assert "Stores" not in shown and shown[OTHER_UNITS] >= 3
    assert all(members >= 3 for members in shown.values())
    # One unit of three and one of two: the lens would show the pair by subtraction.
    doc = doc_with(small_q, _unit_team(small_q, {"Support": (3, 4), "Sales": (2, 2)}))
    assert unit_groups(doc) == []


def test_units_survive_a_file_and_old_files_read_without_them(tmp_path, small_q):
    doc = doc_with(small_q, _unit_team(small_q, {"Support": (3, 4), "Sales": (3, 2)}))
    doc.roadmap = []
    path = tmp_path / "t.cxa"
    save_document(doc, path)
    raw = json.loads(path.read_text())
    assert raw["format_version"] == FORMAT_VERSION >= 9
    assert {p["unit"] for p in raw["participants"]} == {"Support", "Sales"}
    assert {p.unit for p in load_document(path).participants} == {"Support", "Sales"}
    old = Path(__file__).parent / "fixtures" / "old_formats" / "format8-demo-workshop.cxa"
    assert all(p.unit == "" for p in load_document(old).participants)


def test_a_spreadsheet_with_a_unit_column_imports_and_scores_by_unit(tmp_path, shipped):
    ids = [qu.id for _, qu in shipped.questions()]
    sheet = tmp_path / "answers.csv"
    with sheet.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["participant", "role", "Part of the organisation you know best", *ids])
        for i in range(6):
            unit, value = ("Support", 4) if i < 3 else ("Sales", 2)
            out.writerow([f"P{i}", "Manager", unit, *[value] * len(ids)])
    target = tmp_path / "team.cxa"
    done = run_cli("import", str(sheet), "-q", "customer-centric-culture", "-o", str(target))
    assert done.returncode == 0, done.stderr
    assert [p.unit for p in load_document(target).participants] == ["Support"] * 3 + ["Sales"] * 3
    scored = run_cli("score", str(target), "--json")
    units = json.loads(scored.stdout)["units"]
    assert [(u["unit"], u["respondents"], u["overall"]["score"]) for u in units] == [
        ("Sales", 3, 2.0),
        ("Support", 3, 4.0),
    ]
    assert "By unit" in run_cli("score", str(target)).stdout


def test_a_unit_cell_is_cleaned_as_names_are_and_kept_small_enough_to_open(tmp_path, shipped):
    ids = [qu.id for _, qu in shipped.questions()]
    sheet = tmp_path / "answers.csv"
    hostile = "\u202eSupport\u200b  desk" + "x" * 3000
    with sheet.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["participant", "unit", *ids])
        out.writerow(["Ana", hostile, *["3"] * len(ids)])
    target = tmp_path / "team.cxa"
    done = run_cli("import", str(sheet), "-q", "customer-centric-culture", "-o", str(target))
    assert done.returncode == 0, done.stderr
    unit = load_document(target).participants[0].unit
    assert unit.startswith("Support desk") and len(unit) == 500


def test_a_phone_says_which_part_it_knows_and_a_listed_unit_is_kept(tmp_path, shipped):
    path = tmp_path / "workshop.cxa"
    listed = person("Ana", {}, "Sales")
    listed.unit = "Stores"
    save_document(doc_with(shipped, [listed], team="Ops"), path)
    room = Room(path)
    try:
        status, page, _ = room.call("GET", "")
        assert status == 200 and "Answer for the organisation as a whole" in page
        status, body, _ = room.call(
            "POST", "/join", {"pin": room.pin, "name": "Bo", "role": "", "unit": " Online  shop "}
        )
        assert status == 201, body
        status, body, _ = room.call(
            "POST", "/join", {"pin": room.pin, "name": "Ana", "role": "", "unit": "Head office"}
        )
        assert status == 201, body
        for bad, why in (("x" * 501, "at most"), ("Sto\ud800res", "unit")):
            status, body, _ = room.call(
                "POST", "/join", {"pin": room.pin, "name": "Cy", "unit": bad}
            )
            assert status == 422 and why in body["error"], body
    finally:
        room.close()
    units = {p.name: p.unit for p in load_document(path).participants}
    assert units == {"Ana": "Stores", "Bo": "Online shop"}


def test_where_people_sit_is_a_finding_when_units_see_a_statement_differently(small_q):
    people = _unit_team(small_q, {"Support": (3, 4), "Sales": (3, 2)})
    for p in people[:3]:  # Support is divided within itself too, so a1 is on the agenda
        p.answers["a1"] = Answer(value=5)
    people[0].answers["a1"] = Answer(value=3)
    for p in people[3:]:
        p.answers["a1"] = Answer(value=1)
    doc = doc_with(small_q, people)
    found = {f.lead: f for f in findings(doc, score_document(doc))}
    unit = found["Where people sit decides what they see."]
    assert "know Support best rate it more than a point higher than those who know Sales" in (
        unit.text
    )
    # No group's average on one statement: with three people it nearly says who answered what.
    assert "4.3" not in unit.text and "1.0" not in unit.text
    assert "score it on the weaker part" in unit.decision
    # Whether a practice crosses units is the organisation's decision, not the facilitator's.
    assert "facilitator" not in unit.owner
    # When fewer than three of a unit answered the statement (one of three marked it not
    # applicable), the unit is not compared on it: which way its answers went would be plain.
    people[0].answers["a1"] = Answer(value=None)
    doc = doc_with(small_q, people)
    subjects = [
        f.subject
        for f in findings(doc, score_document(doc))
        if f.lead == "Where people sit decides what they see."
    ]
    assert "a1" not in subjects


def _record_q(tmp_path):
    from cxassess.core.validation import parse_questionnaire

    data = small_questionnaire_data()
    data["dimensions"][0]["questions"][0]["evidence"] = "The bonus plans"
    data["dimensions"][0]["questions"][0]["look_for"] = {4: "A plan that names retention."}
    return parse_questionnaire(data)


def test_a_matter_of_record_asks_for_the_document_not_a_vote(tmp_path):
    q = _record_q(tmp_path)
    values = [1, 1, 5, 5, 3]
    people = [person(f"P{i}", {"a1": v, "a2": 3, "b1": 3, "b2": 3}) for i, v in enumerate(values)]
    people[0].answers["a1"].comment = "Bonuses are all new bookings."
    doc = doc_with(q, people)
    scores = score_document(doc)
    item = next(i for i in discussion_list(q, scores) if i.question_id == "a1")
    assert item.evidence == "The bonus plans"
    assert item.ask == "a matter of record: bring the bonus plans and score what it shows"
    found = {f.lead: f for f in findings(doc, scores)}
    record = found["A matter of record is being voted on."]
    assert "from 1 to 5" in record.text and "Bonuses are all new bookings." in record.text
    assert "Nothing on the plan touches it." in record.text
    assert record.decision.startswith("Bring the bonus plans to the room")
    # With the plan's action on it done, the room scores from what that action produced.
    from cxassess.core.document import RoadmapItem

    doc.roadmap = [
        RoadmapItem(
            action="Rewrite the bonus plan.", question="a1", status="done", review="accepted"
        )
    ]
    done = {f.lead: f for f in findings(doc, score_document(doc))}
    assert done["A matter of record is being voted on."].decision.endswith(
        "the action on the plan, “Rewrite the bonus plan”, is done: score the statement from "
        "what it produced."
    )
    doc.roadmap = []
    # Once the room checked the document, the fact is no longer being voted on.
    doc.agreed_questions["a1"] = AgreedScore(
        score=1.0, evidence="Sales bonus plan 2026, p. 3", recorded_at=doc.modified_at
    )
    assert "A matter of record is being voted on." not in {
        f.lead for f in findings(doc, score_document(doc))
    }


def test_what_to_look_for_names_a_real_point(tmp_path):
    data = small_questionnaire_data()
    data["dimensions"][0]["questions"][0]["look_for"] = {6: "Beyond the scale."}
    assert "names point 6; points run from 1 to 5" in refusal_messages(data)
    # A digit that is not a plain one (a superscript, as a damaged file may hold) is named
    # as the problem, not a crash.
    data["dimensions"][0]["questions"][0]["look_for"] = {"¹": "Superscript."}
    assert "names point '¹'; points run from 1 to 5" in refusal_messages(data)
    q = _record_q(tmp_path)
    doc = doc_with(q, [person("Ana", {"a1": 4})])
    path = tmp_path / "t.cxa"
    save_document(doc, path)
    assert load_document(path).questionnaire.question("a1").look_for == {
        4: "A plan that names retention."
    }
    assert run_cli("validate", str(path)).returncode == 0


def test_the_shipped_questionnaire_checks_facts_and_says_what_to_look_for(shipped):
    records = {qu.id for _, qu in shipped.questions() if qu.evidence}
    assert {"cm-pay", "cm-owner", "ic-value", "li-value", "li-measures"} <= records
    for _, qu in shipped.questions():
        assert sorted(qu.look_for) == [4, 5], qu.id
        assert qu.look_for[4] != qu.look_for[5]
    assert "organisation as a whole" in (shipped.description or "")
    assert "part of the organisation you know first-hand" not in (shipped.description or "")


def _report_text(doc, folder: Path) -> str:
    """The PDF the command line writes for `doc`, as one line of text."""
    path = folder / "demo.cxa"
    save_document(doc, path)
    pdf = folder / "demo.pdf"
    assert run_cli("report", str(path), "-o", str(pdf)).returncode == 0
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    return " ".join(text.split())


def test_the_workshop_report_checks_the_pay_plan_and_shows_the_units(tmp_path, shipped):
    doc = demo_workshop(shipped)
    flat = _report_text(doc, tmp_path)
    assert "A matter of record is being voted on." in flat
    assert "Bonuses are 100% new bookings." in flat
    # The summary says up front how many scores rest on documents nobody has checked.
    records = sum(1 for _, qu in shipped.questions() if qu.evidence)
    assert (
        f"{records} of them are matters of record, which a document settles; none has been "
        "checked against it yet, so those scores are what people believe."
    ) in flat
    # Each decision says who carries it out and by when: a document is brought by an owner
    # of its statement's steps (the chief operating officer where customer service already
    # holds much of the plan), two weeks after the workshop.
    record = flat.split("A matter of record is being voted on.")[1].split("Owner: ")[1]
    assert record.split(",")[0] in {
        "HR director",
        "Head of customer service",
        "Chief operating officer",
    }
    assert record.split(",")[1].startswith(" by 26 November 2026.")
    # The demo's units differ most on a matter of record: its document settles it for the
    # whole organisation, so no finding says both units may be right about their part.
    assert "Where people sit decides what they see." not in flat
    assert "By unit" in flat and "Online shop" in flat and "Head office" in flat
    assert "Everyone answered for the whole organisation" in flat
    # The agenda marks the record it lists and asks for the document.
    flagged = [i for i in discussion_list(shipped, score_document(doc)) if i.proposed]
    if any(i.evidence for i in flagged):
        assert "Matter of record: bring" in flat


def test_the_room_records_the_document_an_agreed_score_was_checked_against(tmp_path, shipped):
    path = tmp_path / "workshop.cxa"
    save_document(doc_with(shipped, [person("Ana", {}, "Sales")], team="Ops"), path)
    room = Room(path)
    try:
        status, body, _ = room.control_call(
            "POST",
            "/agree",
            {"question": "cm-pay", "score": 1, "evidence": "Sales bonus plan 2026"},
        )
        assert status == 200, body
        status, body, _ = room.control_call(
            "POST", "/agree", {"question": "cm-pay", "score": 1, "evidence": 5}
        )
        assert status == 422 and "evidence" in body["error"]
    finally:
        room.close()
    agreed = load_document(path).agreed_questions["cm-pay"]
    assert agreed.score == 1.0 and agreed.evidence == "Sales bonus plan 2026"


@pytest.mark.parametrize("export", ["xlsform"])
def test_the_form_for_survey_engines_asks_the_unit_and_says_what_to_look_for(
    tmp_path, export, shipped
):
    from openpyxl import load_workbook

    out = tmp_path / "form.xlsx"
    assert run_cli("xlsform", "customer-centric-culture", "-o", str(out)).returncode == 0
    rows = list(load_workbook(out)["survey"].iter_rows(values_only=True))
    by_name = {row[1]: row for row in rows if row and row[1]}
    assert by_name["unit"][0] == "text"
    assert "organisation as a whole" in by_name["name"][3]
    assert "For 4 (Established), look for:" in by_name["cm-pay"][3]


def test_assessing_again_keeps_the_part_each_person_knows(tmp_path, shipped):
    from cxassess.core.followup import start_from

    doc = demo_workshop(shipped)
    again = start_from(doc, None, doc.assessed_on)
    assert [p.unit for p in again.participants] == [p.unit for p in doc.participants]
    assert {p.unit for p in again.participants} == {"Head office", "Online shop", "Retail stores"}


def test_the_summary_says_the_level_on_the_agreed_scores_and_an_uncovered_area(tmp_path, shipped):
    from cxassess.core.scoring import agreed_overall

    doc = demo_workshop(shipped)
    # The room agreed Commitment a level lower than its answers: the overall falls below
    # Developing's 2.5 on the agreed scores.
    doc.agreed_dimensions["commitment"] = doc.agreed_dimensions["commitment"].model_copy(
        update={"score": 2.0}
    )
    # The team left every Ideal customer action unreviewed: the area furthest from its
    # target has nothing on the plan.
    for item in doc.roadmap:
        if item.dimension == "ideal-customer":
            item.review = "suggested"
    scores = score_document(doc)
    agreed = agreed_overall(doc, scores)
    assert scores.overall.level.name == "Developing" and agreed < 2.5
    flat = _report_text(doc, tmp_path)
    # One headline naming both levels, and the figures behind each.
    assert "Maturity level: between Aware and Developing" in flat
    assert (
        f"From the answers, {scores.overall.score:.2f} (Developing); {agreed:.2f} (Aware) with "
        "the room's agreed score for Commitment to change in place of its answers."
    ) in flat
    ideal = scores.dimension("ideal-customer").score
    assert (
        "No action on the plan for Ideal customer, the area furthest from its target "
        f"(Aware {ideal:.1f} against Developing 3.4)"
    ) in flat


def test_a_clear_rise_with_no_action_behind_it_is_said(shipped):
    from types import SimpleNamespace as NS

    from cxassess.report.trends import _credit

    def change(qid, value, clear=True):
        return NS(id=qid, change=value, clear=clear)

    comparison = NS(questions=[change("a", 0.6), change("b", 0.7), change("c", 0.1, False)])
    done = [(NS(question="a"), "done", "")]
    assert _credit(comparison, done).startswith(
        "Of the 2 statements that rose clearly, 1 had no action from the last roadmap done"
    )
    assert "check both before crediting the plan" in _credit(comparison, [])
    both = [(NS(question="a"), "done", ""), (NS(question="b"), "in_progress", "")]
    assert _credit(comparison, both).startswith("Each of the 2 statements that rose clearly")
    # Planned but not started is no credit.
    assert "1 had no action" in _credit(comparison, [*done, (NS(question="b"), "planned", "")])


def test_a_level_only_just_reached_says_so_in_the_headline(tmp_path, shipped):
    doc = demo_workshop(shipped)
    doc.agreed_dimensions.clear()  # no agreed area score to set beside it
    flat = _report_text(doc, tmp_path)
    # Within its margin of the line, the headline names the line, not the level above it.
    assert "Maturity level: on the line between Aware and Developing" in flat
    assert "What Developing would mean:" in flat
    # ... and the insights put it one way, with the margin, not as a level reached.
    assert "On the line between Aware and Developing. The score, 2.57, is 0.07 above" in flat
    assert "Only just at Developing" not in flat and "the third of 5 levels" not in flat


def test_a_finding_made_last_time_too_asks_what_became_of_its_decision(tmp_path, shipped):
    import io

    from pypdf import PdfReader

    from cxassess.core.followup import start_from
    from cxassess.report.pdf import build_report

    nov = demo_workshop(shipped)
    feb = start_from(nov, None, date(2027, 2, 18))
    for someone in feb.participants:
        earlier = nov.participant(someone.id).answers
        someone.answers = {k: v.model_copy() for k, v in earlier.items()}
    pages = PdfReader(io.BytesIO(build_report(feb, previous=[nov]))).pages
    text = " ".join(" ".join(p.extract_text().split()) for p in pages)
    # Not asked again: escalated to the sponsor, quoting the decision asked for then.
    assert "Found on 12 November 2026 too. Decision: Escalate: the room was asked on " in text
    assert "Record whether that was done and what it showed" in text


def test_the_same_pattern_about_another_area_is_not_called_a_repeat(tmp_path, shipped):
    """Intent ahead of execution in Action last time and in Ideal customer now are two
    findings, not one found twice."""
    import io

    from pypdf import PdfReader

    from cxassess.core.findings import findings
    from cxassess.core.followup import start_from
    from cxassess.report.pdf import build_report

    nov = demo_workshop(shipped)
    feb = start_from(nov, None, date(2027, 2, 18))
    for someone in feb.participants:
        earlier = nov.participant(someone.id).answers
        someone.answers = {k: v.model_copy() for k, v in earlier.items()}
        for qid, answer in someone.answers.items():
            area = shipped.dimension_of(qid).id
            if answer.value is not None and area in ("action", "ideal-customer"):
                answer.value = 4 if area == "action" else 1
    intent = {f.lead: f for f in findings(nov, score_document(nov))}[
        "Strong in one place, weak in another."
    ]
    assert intent.subject == "action"
    now = {f.lead: f for f in findings(feb, score_document(feb))}[
        "Strong in one place, weak in another."
    ]
    assert now.subject == "ideal-customer"
    pages = PdfReader(io.BytesIO(build_report(feb, previous=[nov]))).pages
    text = " ".join(" ".join(p.extract_text().split()) for p in pages)
    bullet = text.split("Strong in one place, weak in another.")[1].split("Owner:")[0]
    assert "Found on" not in bullet


def test_the_weakest_areas_decision_re_dates_an_action_past_its_date(shipped):
    from cxassess.core.document import RoadmapItem
    from cxassess.core.findings import _first_step

    doc = doc_with(shipped, [], assessed_on=date(2027, 2, 18))
    doc.roadmap = [
        RoadmapItem(action="Agree triage rules.", dimension="action", due=date(2027, 1, 10))
    ]
    said = _first_step(doc, "action", "Action")
    assert said.startswith(
        "“Agree triage rules” is past its date (10 January 2027) and not started"
    )
    assert "re-date it with its owner or drop it" in said
    # Not yet due: checked half-way, well before its date, not on the day it is due.
    doc.roadmap[0].due = date(2027, 3, 10)
    said = _first_step(doc, "action", "Action", 10)
    assert said.startswith("Check on 26 February 2027, before its date (10 March 2027), that")


def test_the_owner_named_most_often_is_said_as_a_tie_when_it_is_one():
    from types import SimpleNamespace as NS

    from cxassess.report.next_steps import _owner

    def plan(*owners):
        return NS(roadmap=[NS(owner=o, status="planned") for o in owners])

    assert _owner(plan("A", "B", "A", "B", "C")) == (
        " (the owners named most often are A and B: 2 of 5 each)"
    )
    assert _owner(plan("A", "A", "B")) == " (the owner named most often is A: most of them)"


def test_a_managers_level_text_says_how_many_of_their_answers_sit_below_and_above(
    tmp_path, shipped
):
    answers = {}
    for dim, qu in shipped.questions():
        if dim.id == "commitment":
            answers[qu.id] = 2 if len(answers) % 2 == 0 else 4  # Aware and Established: 3.0
        else:
            answers[qu.id] = 3
    commitment = [qu.id for qu in shipped.dimension("commitment").questions]
    low = sum(1 for qid in commitment if answers[qid] == 2)
    doc = doc_with(shipped, [person("Dana", answers, "Head of lending")])
    flat = _report_text(doc, tmp_path)
    assert (
        f"Typical of Developing: An owner, a regular leadership review and some customer goals "
        f"exist; they compete with everything else. Of your answers here, {low} sit below that "
        f"level and {len(commitment) - low} sit above it"
    ) in flat


def test_a_level_made_only_just_past_its_margin_says_both_figures_in_two_decimals(small_q):
    from cxassess.core.insights import key_insights

    # 20 people, 2.1 overall: 0.10 past where "Two" starts, with a margin of about 0.09.
    # One decimal would print "±0.1" beside 0.10 and leave the reader unsure it counts.
    people = [person(f"P{i}", {"a1": 2, "a2": 2, "b1": 2, "b2": 2}) for i in range(16)]
    people += [person(f"Q{i}", {"a1": 2, "a2": 2, "b1": 3, "b2": 3}) for i in range(4)]
    doc = doc_with(small_q, people)
    text = " ".join(f"{i.lead} {i.text}" for i in key_insights(doc, score_document(doc)))
    assert "The uncertainty of a 20-person answer is about ±0.09." in text
    assert "The score is 0.10 above where Two starts (2.0), just past that" in text
    assert "±0.1." not in text
