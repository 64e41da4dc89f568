"""Three assessments of one team, months apart, with a questionnaire change before the third:
carry-over, follow-up, comparison, the PDF section and the app's trend view."""

from __future__ import annotations

import io
import json
import re
from datetime import date

import pytest
from helpers import person, run_cli, small_questionnaire_data
from pypdf import PdfReader

from cxassess.core.compare import compare
from cxassess.core.document import Answer, Assessment, RoadmapItem
from cxassess.core.followup import carried_items, earlier_items_status, start_from
from cxassess.core.roadmap import edit_item, edit_items, regenerate_roadmap
from cxassess.core.storage import load_document, save_document
from cxassess.core.validation import parse_questionnaire
from cxassess.report.pdf import build_report


def answer_all(doc: Assessment, values: dict[str, dict[str, int]]) -> None:
    for p in doc.participants:
        p.answers = {qid: Answer(value=v) for qid, v in values[p.name].items()}


@pytest.fixture
def history(tmp_path):
    """January, April and July assessments; b2 is replaced by b3 before July."""
    q1 = parse_questionnaire(small_questionnaire_data())
    data = small_questionnaire_data()
    data["version"] = "2"
    data["dimensions"][1]["questions"][1] = {
        **data["dimensions"][1]["questions"][1],
        "id": "b3",
        "text": "A new statement",
        "actions": [
            {"id": "b3-x", "text": "Do b3", "effort": "low", "kpi": "k", "level": "two"},
        ],
    }
    q2 = parse_questionnaire(data)

    jan = Assessment.new(
        q1,
        team="Ops",
        assessed_on=date(2026, 1, 15),
        participants=[
            person("Ana", {"a1": 2, "a2": 2, "b1": 1, "b2": 3}, "Sales"),
            person("Bo", {"a1": 2, "a2": 3, "b1": 2, "b2": 3}, "Sales"),
            person("Cy", {"a1": 3, "a2": 2, "b1": 1, "b2": 3}, "Sales"),
        ],
    )
    jan.targets["a"] = 3.5
    regenerate_roadmap(jan)
    # The team took on all but the last suggestion, which nobody reviewed, and added one.
    edit_items(jan, [i.id for i in jan.roadmap[:-1]], review="accepted")
    jan.roadmap.insert(-1, RoadmapItem(action="Visit five customers", review="accepted"))
    edit_item(jan, jan.roadmap[0].id, status="done", notes="Done before April")
    edit_item(jan, jan.roadmap[1].id, due=date(2026, 3, 1))
    jan_path = tmp_path / "jan.cxa"
    save_document(jan, jan_path)

    apr = start_from(jan, jan_path, date(2026, 4, 15))
    answer_all(apr, {n: {"a1": 3, "a2": 3, "b1": 2, "b2": 4} for n in ("Ana", "Bo", "Cy")})
    carried = carried_items(apr)
    edit_items(apr, [i.id for i in carried], review="accepted")
    edit_item(apr, carried[0].id, status="done", notes="Finished in March")
    edit_item(apr, carried[1].id, status="dropped", notes="No budget this year")
    apr_path = tmp_path / "apr.cxa"
    save_document(apr, apr_path)

    jul = start_from(apr, apr_path, date(2026, 7, 15))
    jul = Assessment.model_validate(
        jul.model_dump() | {"questionnaire": q2, "questionnaire_hash": q2.content_hash}
    )
    answer_all(jul, {n: {"a1": 4, "a2": 4, "b1": 4, "b3": 1} for n in ("Ana", "Bo", "Cy")})
    jul_path = tmp_path / "jul.cxa"
    save_document(jul, jul_path)
    return {"jan": jan, "apr": apr, "jul": jul, "paths": (jan_path, apr_path, jul_path)}


def test_new_assessment_carries_team_targets_and_open_items(history):
    jan, apr = history["jan"], history["apr"]
    assert [p.id for p in apr.participants] == [p.id for p in jan.participants]
    assert [p.role for p in apr.participants] == ["Sales"] * 3
    assert apr.targets == {"a": 3.5}
    assert apr.previous[-1].id == jan.id and apr.previous[-1].path.endswith("jan.cxa")
    open_before = [
        i for i in jan.roadmap if i.status in ("planned", "in_progress") and i.review == "accepted"
    ]
    carried = carried_items(apr)
    assert [i.carried_from for i in carried] == [i.id for i in open_before]
    assert jan.roadmap[0].id not in {i.carried_from for i in carried}  # done items stay behind
    assert jan.roadmap[-1].id not in {i.carried_from for i in carried}  # never accepted
    assert all(i.origin == "carried" for i in carried)


def test_carried_actions_are_asked_again_with_a_fresh_reason_and_flagged_overdue(history):
    jan = history["jan"]
    fresh = start_from(jan, None, date(2026, 4, 15))
    overdue = next(i for i in carried_items(fresh) if i.carried_from == jan.roadmap[1].id)
    # The team decides again: not the plan until accepted, and nothing of the old answers.
    assert overdue.review == "suggested"
    assert overdue.reason == (
        "On the roadmap of 15 January 2026, not started; due 01 March 2026, overdue. "
        "Keep it, change it or drop it."
    )
    assert overdue.horizon == "now" and overdue.due == date(2026, 3, 1)
    on_time = next(i for i in carried_items(fresh) if i.carried_from == jan.roadmap[2].id)
    assert "overdue" not in on_time.reason and "Your answer" not in on_time.reason


def test_follow_through_counts_only_what_the_team_accepted(history):
    jan, apr = history["jan"], history["apr"]
    counted = {item.id for item, _s, _n in earlier_items_status(apr, jan)}
    assert counted == {i.id for i in jan.roadmap if i.review == "accepted"}
    assert jan.roadmap[-1].id not in counted


def test_follow_up_statuses_and_notes(history):
    jan, apr = history["jan"], history["apr"]
    status = {item.id: (s, note) for item, s, note in earlier_items_status(apr, jan)}
    assert status[jan.roadmap[0].id] == ("done", "Done before April")
    carried = carried_items(apr)
    assert status[carried[0].carried_from] == ("done", "Finished in March")
    assert status[carried[1].carried_from] == ("dropped", "No budget this year")
    # regenerating the new roadmap keeps the reviewed carried items
    regenerate_roadmap(apr)
    assert {i.carried_from for i in carried_items(apr)} >= {
        carried[0].carried_from,
        carried[1].carried_from,
    }


def test_comparison_on_common_questions(history):
    c = compare([history["jul"], history["jan"], history["apr"]])  # any order in, oldest first out
    assert c.dates == ("2026-01-15", "2026-04-15", "2026-07-15")
    assert c.added == ["b3"] and c.removed == ["b2"]
    a = next(d for d in c.dimensions if d.id == "a")
    b = next(d for d in c.dimensions if d.id == "b")
    assert a.values == pytest.approx((7 / 3, 3.0, 4.0))
    assert b.values == pytest.approx((4 / 3, 2.0, 4.0))  # b1 only: b2 and b3 are not shared
    assert a.change == pytest.approx(1.0) and b.change == pytest.approx(2.0)
    # everyone answered alike in April and July: no chance in it, any change is clear
    assert a.spread == 0 and a.margin == 0 and a.clear
    assert c.overall.values == pytest.approx((11 / 6, 2.5, 4.0))
    assert c.moved(1)[0].id == "b1"
    assert c.moved(-1) == []


def test_change_within_the_spread_is_named_so():
    q = parse_questionnaire(small_questionnaire_data())
    before = Assessment.new(
        q,
        assessed_on=date(2026, 1, 1),
        participants=[
            person("A", {"a1": 3, "a2": 3, "b1": 3, "b2": 3}),
            person("B", {"a1": 3, "a2": 3, "b1": 3, "b2": 3}),
        ],
    )
    after = Assessment.new(
        q,
        assessed_on=date(2026, 4, 1),
        participants=[
            person("A", {"a1": 1, "a2": 1, "b1": 3, "b2": 3}),
            person("B", {"a1": 5, "a2": 5, "b1": 3, "b2": 3}),
        ],
    )
    a = next(d for d in compare([before, after]).dimensions if d.id == "a")
    # mean unchanged at 3; people are 4 points apart: no real change
    assert a.change == 0 and a.spread == pytest.approx(2**1.5) and a.clear is False


def _round(day: date, values: list[int]) -> Assessment:
    q = parse_questionnaire(small_questionnaire_data())
    people = [person(f"P{i}", {"a1": v, "a2": v, "b1": 3, "b2": 3}) for i, v in enumerate(values)]
    return Assessment.new(q, assessed_on=day, participants=people)


def test_a_change_is_judged_by_its_margin_of_error_not_by_the_spread():
    # Thirty people a side, answers 1 to 5 averaging 2.4 then 3.0: the spread (1.0) is
    # larger than the change (0.6), yet thirty answers a side pin each mean down to ±0.4.
    before = _round(date(2026, 1, 1), [1, 2, 2, 3, 4] * 6)
    after = _round(date(2026, 4, 1), [2, 2, 3, 4, 4] * 6)
    a = next(d for d in compare([before, after]).dimensions if d.id == "a")
    assert a.change == pytest.approx(0.6) and a.spread > a.change
    # Welch: sqrt(1.08 / 30 + 0.828 / 30) * t(57.4 df, so 57 -> 1.96) = 0.494
    assert a.margin == pytest.approx(0.494, abs=0.002) and a.clear is True
    # Three people with the same answers move as much and it could be chance.
    small = compare([_round(date(2026, 1, 1), [1, 2, 4]), _round(date(2026, 4, 1), [2, 2, 5])])
    a3 = next(d for d in small.dimensions if d.id == "a")
    assert a3.change == pytest.approx(2 / 3) and a3.clear is False and a3.margin > 2
    # One person: no spread to judge chance by, so the change is not called anything.
    solo = compare([_round(date(2026, 1, 1), [2]), _round(date(2026, 4, 1), [4])])
    assert solo.overall.margin is None and solo.overall.clear is None


def test_compare_cli(history):
    jan, apr, jul = map(str, history["paths"])
    result = run_cli("compare", jan, apr, jul, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["questions_added"] == ["b3"] and data["questions_removed"] == ["b2"]
    dims = {d["id"]: d for d in data["dimensions"]}
    assert dims["b"]["values"] == [1.333, 2.0, 4.0] and dims["b"]["clear"] is True
    text = run_cli("compare", jan, jul)
    assert text.returncode == 0 and "New questions, not compared: b3" in text.stdout
    assert run_cli("compare", jan).returncode == 1


def test_report_since_last_time(history, tmp_path):
    jan, apr, jul = history["paths"]
    out = tmp_path / "jul.pdf"
    result = run_cli("report", str(jul), "--previous", str(jan), str(apr), "-o", str(out))
    assert result.returncode == 0, result.stderr
    text = re.sub(
        r"\s+",
        " ",
        "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages),
    )
    assert "Since last time" in text and "Scores over time" in text
    assert "new statements not compared: b3" in text and "statements no longer asked: b2" in text
    assert "Moved up most" in text
    assert "What was done from the last roadmap" in text
    assert "Finished in March" in text and "No budget this year" in text
    plain = build_report(history["jul"])
    assert "Since last time" not in re.sub(
        r"\s+", " ", "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(plain)).pages)
    )


def test_a_quarter_later_says_what_was_done_and_what_it_moved(history):
    """April's report: the done action under Done (not a horizon), its measure and its
    point's change beside it, and what of January's roadmap was left behind and why."""
    apr = history["apr"]
    text = re.sub(
        r"\s+",
        " ",
        "\n".join(
            p.extract_text()
            for p in PdfReader(io.BytesIO(build_report(apr, previous=[history["jan"]]))).pages
        ),
    )
    assert "not in these counts, and left behind: 1 suggestion the team never reviewed" in text
    # One the team turned down was decided on: said so, not as never accepted.
    turned = history["jan"].model_copy(deep=True)
    turned.roadmap[-1].review = "dropped"
    said = " ".join(
        p.extract_text() for p in PdfReader(io.BytesIO(build_report(apr, previous=[turned]))).pages
    ).split()
    assert "left behind: 1 suggestion the team turned down then" in " ".join(said)
    assert "1 action already done or dropped then is counted but not carried" in text
    assert "still to be decided again" not in text  # April decided on all it carried
    undecided = apr.model_copy(deep=True)
    reopened = next(i for i in undecided.roadmap if i.carried_from and i.status == "dropped")
    reopened.status, reopened.review = "planned", "suggested"
    again = " ".join(
        p.extract_text()
        for p in PdfReader(io.BytesIO(build_report(undecided, previous=[history["jan"]]))).pages
    )
    again = re.sub(r"\s+", " ", again)
    assert "1 carried over is still to be decided again" in again
    # It is shown with the plan, not hidden among the suggestions.
    carried_group = again.split("Carried over from the last roadmap, to decide again")[1]
    assert reopened.action[:30] in carried_group
    done = next(i for i in apr.roadmap if i.status == "done")
    point = done.question
    assert point is not None
    before, now = (
        sum(p.answers[point].value for p in d.participants) / 3 for d in (history["jan"], apr)
    )
    assert f"Its point: {before:.2f} then, {now:.2f} now" in text
    # The plan's groups: the done action sits under Done, after the horizons.
    plan = text[text.index("Roadmap") :]
    assert "Done # Action" in plan
    done_group = plan[plan.index("Done # Action") :]
    assert done.action[:30] in done_group
    for horizon in ("Now (", "Next (", "Later ("):
        if horizon in plan:
            assert done.action[:30] not in plan[plan.index(horizon) : plan.index("Done # Action")]


def test_the_headline_says_whether_the_level_moved_clearly(history):
    apr, jan = history["apr"], history["jan"]
    pages = PdfReader(io.BytesIO(build_report(apr, previous=[jan]))).pages
    summary = re.sub(r"\s+", " ", pages[1].extract_text())
    overall = compare([jan, apr]).overall
    verdict = "a clear change" if overall.clear else "within the margin of error"
    # The change printed is the difference of the two ends as printed.
    shown = round(overall.values[-1], 2) - round(overall.values[-2], 2)
    # A clear rise with most of it unexplained by the plan follows what was done.
    unexplained = "ask what changed before crediting the plan" in summary
    if unexplained:
        verdict = "beyond the margin of error"
        assert f"Answers rose {shown:+.2f} from" in summary
    else:
        assert f"Since last time: {shown:+.2f} from" in summary
    assert "on 15 January 2026" in summary and verdict in summary
    # both ends of the change are given as precisely as the change itself
    before, now = overall.values[-2], overall.values[-1]
    assert f"{before:.2f}) on 15 January 2026 to {now:.2f}" in summary or (
        f"from {before:.2f} on 15 January 2026 to {now:.2f}" in summary
    )
    plain = re.sub(r"\s+", " ", PdfReader(io.BytesIO(build_report(apr))).pages[1].extract_text())
    assert "Since last time:" not in plain


def test_radar_shows_the_earlier_shape(history):
    from cxassess.core.gaps import dimension_gaps
    from cxassess.core.scoring import score_document
    from cxassess.report.context import ReportContext
    from cxassess.report.results import radar_series
    from cxassess.report.styles import Branding, make_styles

    jul = history["jul"]
    scores = score_document(jul)
    earlier = [(d, score_document(d)) for d in (history["apr"], history["jan"])]
    ctx = ReportContext(
        jul, scores, dimension_gaps(jul, scores), [], [], make_styles(), Branding(), earlier
    )
    last = dict((name, values) for name, values, _c, _s in radar_series(ctx))["Last time"]
    assert last == pytest.approx([3.0, 3.0])  # April, the most recent: a = 3, b = (2 + 4) / 2


def test_trend_view_in_the_app(qtbot, window, history):
    jul = history["paths"][2]
    assert window.commands.open_path(jul)
    window.show_page("trends")
    page = window.page("trends")
    # July links to April and January through its file, so they load by themselves
    assert page.comparison is not None and page.comparison.dates[0] == "2026-01-15"
    table = page.table
    rows = {
        table.item(r, 0).text(): [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    }
    assert rows["B"][1:5] == ["1.33", "2.00", "4.00", "+2.00"]
    assert rows["B"][5].startswith("clear change")
    assert "b3" in page.summary.text() and "b2" in page.summary.text()
    followup = {
        page.followup.item(r, 0).text(): page.followup.item(r, 1).text()
        for r in range(page.followup.rowCount())
    }
    assert "Done" in followup.values() and "Dropped" in followup.values()


def test_assess_again_from_the_app(qtbot, window, history):
    jan_path = history["paths"][0]
    window.prompts.ask_open_path = lambda *_a: jan_path
    window.commands.new_from_earlier_dialog()
    doc = window.session.doc
    assert doc.team == "Ops" and [p.name for p in doc.participants] == ["Ana", "Bo", "Cy"]
    assert all(not p.answers for p in doc.participants)
    assert window.stack.currentWidget() is window.page("setup")
    window.show_page("roadmap")
    roadmap = window.page("roadmap")
    assert roadmap.only_earlier.isVisible()
    roadmap.only_earlier.setChecked(True)
    visible = [
        roadmap.proxy.mapToSource(roadmap.proxy.index(r, 0)).row()
        for r in range(roadmap.proxy.rowCount())
    ]
    assert all(roadmap.model.item_at(r).carried_from for r in visible)
    # mark a carried action done with a note, in the table
    row = visible[0]
    from cxassess.gui.pages.roadmap_model import NOTES, RESULT, STATUS

    assert roadmap.model.setData(roadmap.model.index(row, STATUS), "done")
    assert roadmap.model.setData(roadmap.model.index(row, NOTES), "Shipped in May")
    assert roadmap.model.setData(roadmap.model.index(row, RESULT), "Complaints down 38%")
    item = next(
        i
        for i in window.session.doc.roadmap
        if i.carried_from == roadmap.model.item_at(row).carried_from
    )
    assert item.status == "done" and item.notes == "Shipped in May"
    assert item.result == "Complaints down 38%"
    assert roadmap.model.index(row, RESULT).data() == "Complaints down 38%"
    window.session.undo_stack.undo()
    assert next(i for i in window.session.doc.roadmap if i.id == item.id).result == ""
    loaded = load_document(jan_path)
    assert earlier_items_status(window.session.doc, loaded)


def test_the_apps_pdf_of_a_reassessment_says_what_moved_since_last_time(
    qtbot, window, history, tmp_path
):
    """Export PDF in the app finds the earlier files the document links to, as the command
    line's report does without --previous; follow-through counts accepted actions only."""
    import subprocess

    from gui_helpers import close_dialogs, open_dialogs

    jan = history["jan"]
    apr_path = history["paths"][1]
    assert window.commands.open_path(apr_path)
    target = tmp_path / "april.pdf"
    window.prompts.ask_save_path = lambda *_a: target
    window.commands.export("pdf")
    with qtbot.waitSignal(window.commands.export_worker.succeeded, timeout=90_000):
        pass
    qtbot.waitUntil(lambda: bool(open_dialogs("exportDoneDialog")), timeout=5000)
    close_dialogs()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    flat = " ".join(text.split())
    assert "Since last time" in flat
    accepted = sum(1 for i in jan.roadmap if i.review == "accepted")
    assert f"Of {accepted} actions on the roadmap of 15 January 2026" in flat
    assert len(jan.roadmap) > accepted  # the suggestion nobody accepted is not counted
    # The command line does the same without --previous, and --previous alone turns it off.
    from helpers import run_cli

    for extra, expected in (([], True), (["--previous"], False)):
        out = tmp_path / f"cli{len(extra)}.pdf"
        done = run_cli("report", str(apr_path), "-o", str(out), *extra)
        assert done.returncode == 0, done.stderr
        pdf = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True)
        assert ("Since last time" in pdf.stdout) is expected


def test_a_quarter_later_counts_what_rose_fell_or_stayed_and_what_is_late(history):
    from cxassess.core.compare import Pattern
    from cxassess.core.followup import earlier_items_status

    jan, apr = history["jan"], history["apr"]
    pattern = compare([jan, apr]).pattern()
    assert (pattern.compared, pattern.rose, pattern.fell, pattern.same) == (4, 4, 0, 0)
    pages = PdfReader(io.BytesIO(build_report(apr, previous=[jan]))).pages
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pages))
    summary = re.sub(r"\s+", " ", pages[1].extract_text())
    assert "4 of 4 statements rose, 0 fell." in summary
    assert "Of the 4 statements asked both times, 4 rose, 0 fell and 0 stayed level" in text
    assert "Moved down most No statement fell." in text
    # Not started splits into late and not yet due, against the new assessment's date.
    reopened = apr.model_copy(deep=True)
    item = next(i for i in reopened.roadmap if i.carried_from and i.status == "dropped")
    item.status = "planned"
    for due, words in (
        (date(2026, 3, 1), "all past their due date"),
        (date(2026, 7, 1), "none of them due yet"),
    ):
        item.due = due
        earlier = next(i for i in jan.roadmap if i.id == item.carried_from)
        earlier.due = due
        again = PdfReader(io.BytesIO(build_report(reopened, previous=[jan]))).pages
        flat = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in again))
        waiting = [i for i, st, _ in earlier_items_status(reopened, jan) if st == "planned"]
        assert f"{len(waiting)} not started, {words}." in flat
    # A fall and a clear rise are said as such.
    assert Pattern(10, 6, 3, 1, 1, 0).words() == (
        "Of the 10 statements asked both times, 6 rose, 3 fell and 1 stayed level; "
        "1 of the rises and none of the falls are larger than the margin of error."
    )


def test_a_done_action_is_not_plotted_as_a_choice_of_effort(history):
    from cxassess.report.roadmap_pdf import chart_points

    apr = history["apr"]
    numbered = list(enumerate(apr.roadmap, start=1))
    plotted = {n for n, _e, _p in chart_points(numbered)}
    for n, item in numbered:
        assert (n in plotted) == (item.status not in ("done", "dropped")), item.action
    assert any(i.status == "done" for i in apr.roadmap)


def test_a_done_action_says_what_its_measure_showed_or_that_nobody_recorded_it(history):
    jan, apr = history["jan"], history["apr"]
    finished = next(i for i in carried_items(apr) if i.status == "done")
    edit_item(apr, finished.id, result="k down by a third since January")
    # Due two weeks before April's assessment, not started by then.
    apr.roadmap.append(
        RoadmapItem(action="Call ten customers", review="accepted", due=date(2026, 4, 1))
    )
    apr.roadmap.append(RoadmapItem(action="Visit a store", review="accepted", due=date(2026, 5, 1)))
    status = {item.id: item.result for item, _s, _n in earlier_items_status(apr, jan)}
    assert status[finished.carried_from] == "k down by a third since January"
    pages = PdfReader(io.BytesIO(build_report(apr, previous=[jan]))).pages
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pages))
    assert "Measured: k down by a third since January" in text
    # Done in January and never measured: the report asks for it rather than staying silent.
    assert "No result recorded for its measure yet." in text
    # The action due on 1 April is marked overdue in April's plan; the one due in May is not.
    late = [i for i in apr.roadmap if i.due and i.due < apr.assessed_on and i.status == "planned"]
    assert late and "Planned Overdue" in text
    assert "01 Apr 2026 (overdue)" in text  # and so does the summary's "Where to start"
    assert text.count("Overdue") == len(late)


def test_a_rise_says_whether_it_is_broad_or_rests_on_a_few_people(history):
    from cxassess.core.breadth import breadth

    jan, apr = history["jan"], history["apr"]
    spread = breadth(jan, apr)
    assert (spread.people, spread.higher, spread.lower, spread.same) == (3, 3, 0, 0)
    pages = PdfReader(io.BytesIO(build_report(apr, previous=[jan]))).pages
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pages))
    assert "Of the 3 people who answered both times, 3 rated the statements higher" in text
    assert "the rise is broad, not the work of one or two people" in text
    # One person answering much higher lifts the average, and the report says so.
    lifted = apr.model_copy(deep=True)
    for p in lifted.participants:
        for qid, answer in p.answers.items():
            answer.value = 5 if p.name == "Ana" else jan.participant(p.id).answers[qid].value
    few = breadth(jan, lifted)
    assert (few.higher, few.same) == (1, 2)
    assert few.words().endswith("the rise rests on a few people; ask them what they saw change.")
    # Two people answering both times would be too few to count without singling them out.
    pair = lifted.model_copy(deep=True)
    pair.participants = pair.participants[:2]
    assert breadth(jan, pair) is None


def test_the_change_table_adds_up_as_printed_and_says_when_a_change_is_only_just_clear():
    from cxassess.core.compare import Change
    from cxassess.report.trends import _row

    # 2.566 and 2.894 print as 2.57 and 2.89: the change beside them is +0.32, not +0.33.
    row = _row(Change("overall", "Overall", (2.566, 2.894), 2.894 - 2.566, None, 0.20))
    assert row[1:] == ["2.57", "2.89", "+0.32", "clear change (±0.20)"]
    # Past its margin by a hundredth: clear, only just.
    near = _row(Change("a", "Area", (3.01, 3.27), 0.26, None, 0.25))
    assert near[-1] == "clear change, only just (±0.25)"
    assert _row(Change("a", "Area", (3.0, 3.1), 0.1, None, 0.25))[-1] == "could be chance (±0.25)"
