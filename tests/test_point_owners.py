"""Points the discussion leaves open are shared out: one department's matters of record do
not all land on its head on top of the plan's work there."""

from __future__ import annotations

from datetime import date

from helpers import doc_with, person

from cxassess.core.discussion import open_points
from cxassess.core.document import RoadmapItem
from cxassess.core.follow_through import busiest, workload
from cxassess.core.owners import BUSY, point_owners, settles
from cxassess.core.scoring import score_document

SERVICE = "Head of customer service"
COO = "Chief operating officer"
DIVIDED = ("li-close-loop", "ac-quick-fix", "ac-history")


def _team(shipped, planned_for_service: int):
    # Six people split 1 against 5 on three matters of record customer service owns; 3
    # everywhere else, so these three are the only open points.
    people = []
    for i in range(6):
        answers = {qu.id: 3 for _, qu in shipped.questions()}
        answers.update({qid: 1 if i % 2 else 5 for qid in DIVIDED})
        # Less divided, so it comes last on the agenda: it must still be given out first.
        answers["li-close-loop"] = 1 if i % 2 else 4
        people.append(person(f"P{i}", answers))
    doc = doc_with(shipped, people, assessed_on=date(2026, 11, 12))
    doc.owners = {SERVICE: "Ana Ruiz", COO: "Tom Reid"}
    doc.roadmap = [
        RoadmapItem(action=f"Service step {i}", owner=SERVICE, review="accepted")
        for i in range(planned_for_service)
    ]
    return doc


def test_a_busy_owner_keeps_what_only_they_can_settle_and_the_rest_goes_round(shipped):
    doc = _team(shipped, planned_for_service=3)
    scores = score_document(doc)
    owners = point_owners(doc, scores)
    assert set(owners) == set(DIVIDED)
    assert [p.question_id for p in open_points(doc, scores)][-1] == "li-close-loop"
    # Only customer service owns li-close-loop's steps: it stays there. The two whose steps
    # the chief operating officer also owns go to him, as Ana would otherwise hold five.
    assert owners["li-close-loop"] == SERVICE
    assert owners["ac-quick-fix"] == COO and owners["ac-history"] == COO
    assert settles(doc, scores, "ac-history")[0] == "Tom Reid (Chief operating officer)"
    held = workload(doc, scores)
    assert held["Ana Ruiz (Head of customer service)"] == 4 < BUSY
    assert busiest(doc, scores) is None


def test_an_owner_with_room_settles_every_point_of_their_own(shipped):
    doc = _team(shipped, planned_for_service=0)
    scores = score_document(doc)
    assert set(point_owners(doc, scores).values()) == {SERVICE}


def test_a_point_a_finding_is_about_has_one_date_for_its_decision_and_its_settling(
    shipped, monkeypatch
):
    from cxassess.core.demo import demo_workshop
    from cxassess.core.findings import Finding, findings

    doc = demo_workshop(shipped)
    scores = score_document(doc)
    open_ids = {p.question_id for p in open_points(doc, scores)}
    about = [f for f in findings(doc, scores) if f.subject in open_ids and f.owner]
    assert about  # the demo's matter of record voted on is still open
    for finding in about:
        assert settles(doc, scores, finding.subject)[1] == finding.due(doc.assessed_on)
    # A finding asking for its decision sooner than the point's month (the units finding
    # gives a week) brings the settling forward to its date.
    import cxassess.core.findings as found

    # cm-impact is open and not a matter of record: a month to settle on its own.
    week = Finding("Where people sit.", "", "Ask each side.", "HR", 7, subject="cm-impact")
    month = settles(doc, scores, "cm-impact")[1]
    monkeypatch.setattr(found, "findings", lambda d, s: [*about, week])
    assert settles(doc, scores, "cm-impact")[1] == week.due(doc.assessed_on) < month


def test_a_portfolio_change_is_the_difference_of_the_ends_printed_beside_it():
    from cxassess.report.portfolio_pdf import _movers

    team = {
        "team": "Motor claims",
        "organisation": "Caldera Insurance",
        "change": {
            "from": 1.9351,
            "to": 2.6349,  # 0.6998 exactly, printed 1.94 → 2.63
            "change": 0.6998,
            "shown": 0.69,
            "beyond": True,
            "margin": 0.24,
            "from_date": "2026-06-10",
            "to_date": "2026-10-14",
        },
    }
    row = _movers({"teams": [team]})[0]
    assert row[2] == "1.94 → 2.63"
    assert row[3].startswith("+0.69 (beyond ±0.24)")
