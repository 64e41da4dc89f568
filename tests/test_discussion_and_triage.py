"""The discussion list (ranked, with reasons, a few proposed) and a roadmap the room triages:
only accepted actions are the plan."""

from __future__ import annotations

import io
import json

from helpers import doc_with, person, run_cli
from pypdf import PdfReader

from cxassess.core.discussion import discussion_list, reason_for
from cxassess.core.roadmap import edit_items, regenerate_roadmap, suggestions, the_plan
from cxassess.core.scoring import score_document
from cxassess.core.storage import load_document, save_document


def _team(q, columns: dict[str, list[int]]):
    """People answering: a column per question, one value per person (shorter columns:
    the later people left that question unanswered)."""
    n = max(len(vals) for vals in columns.values())
    return doc_with(
        q,
        [
            person(f"P{i}", {qid: vals[i] for qid, vals in columns.items() if i < len(vals)})
            for i in range(n)
        ],
    )


def test_reasons_say_what_kind_of_disagreement(small_q):
    doc = _team(
        small_q,
        {
            "a1": [1, 1, 2, 2, 4, 5, 5, 4, 5],  # two camps
            "a2": [2, 2, 2, 1, 2, 5],  # one person far away
            "b1": [1, 2, 3, 4, 5, 3],  # all over the scale
        },
    )
    scores = score_document(doc)
    assert reason_for(scores.question("a1"), 5) == "split: 4 people at 1-2, 5 people at 4-5"
    assert reason_for(scores.question("a2"), 5) == "one outlier: 1 person at 5, 5 people at 1-2"
    assert reason_for(scores.question("b1"), 5) == "spread across the scale: answers from 1 to 5"


def test_thirty_people_still_get_a_short_proposal(shipped):
    import random

    rng = random.Random(7)
    ids = [qu.id for _, qu in shipped.questions()]
    people = [person(f"P{i}", {qid: rng.randint(1, 5) for qid in ids}) for i in range(30)]
    doc = doc_with(shipped, people)
    scores = score_document(doc)
    items = discussion_list(shipped, scores, doc.discussion_size)
    assert sum(s.on_agenda for s in scores.questions) == 26  # everything is flagged
    assert [i.proposed for i in items] == [True] * 8 + [False] * 18
    assert items[0].disagreement >= items[7].disagreement >= items[-1].disagreement - 0.5
    doc.discussion_size = 5
    assert sum(i.proposed for i in discussion_list(shipped, scores, doc.discussion_size)) == 5


def test_score_json_has_the_discussion_in_order(tmp_path, small_q):
    doc = _team(small_q, {"a1": [1, 5, 1, 5], "a2": [3, 3, 3, 3], "b1": [2, 3, 4, 2]})
    path = tmp_path / "t.cxa"
    save_document(doc, path)
    result = run_cli("score", str(path), "--json")
    data = json.loads(result.stdout)
    assert data["discussion"][0] == {
        "question": "a1",
        "reason": "split: 2 people at 1-2, 2 people at 4-5",
        "proposed": True,
    }
    assert "a2" not in [d["question"] for d in data["discussion"]]


def _pdf_text(path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_only_accepted_actions_are_the_plan_in_the_pdf(tmp_path, small_q):
    doc = _team(small_q, {"a1": [1, 2, 1], "a2": [2, 2, 1], "b1": [1, 1, 2], "b2": [2, 1, 1]})
    regenerate_roadmap(doc)
    assert not the_plan(doc) and len(suggestions(doc)) == len(doc.roadmap)
    chosen = doc.roadmap[0]
    dropped = doc.roadmap[1]
    edit_items(doc, [chosen.id], review="accepted", owner="Sam")
    edit_items(doc, [dropped.id], review="dropped")
    assert [i.id for i in the_plan(doc)] == [chosen.id]
    # regenerating keeps what was reviewed
    regenerate_roadmap(doc)
    assert {i.id for i in doc.roadmap} >= {chosen.id, dropped.id}
    path = tmp_path / "t.cxa"
    save_document(doc, path)
    pdf = tmp_path / "t.pdf"
    assert run_cli("report", str(path), "-o", str(pdf)).returncode == 0
    text = _pdf_text(pdf)
    assert chosen.action in text and "1 actions the team accepted" in text
    assert dropped.action not in text and "Suggested actions" not in text
    # the suggestions on request, in an annex
    assert run_cli("report", str(path), "-o", str(pdf), "--suggestions").returncode == 0
    text = _pdf_text(pdf)
    annex = text.split("Suggested actions")[-1]
    others = [i for i in doc.roadmap if i.review == "suggested"]
    assert others and others[0].action[:30] in annex.replace("\n", " ")
    assert dropped.action[:30] not in annex.replace("\n", " ")


def test_a_format_2_roadmap_counts_as_accepted(tmp_path, small_q):
    doc = _team(small_q, {"a1": [1, 2], "a2": [2, 2], "b1": [1, 1], "b2": [2, 1]})
    regenerate_roadmap(doc)
    path = tmp_path / "old.cxa"
    save_document(doc, path)
    raw = json.loads(path.read_text())
    raw["format_version"] = 2
    for p in raw["participants"]:
        del p["finished_at"]
    for key in ("round_open", "discussion_size"):
        del raw[key]
    raw["roadmap"][0]["status"] = "dropped"
    for item in raw["roadmap"]:
        del item["review"], item["reason"]
    path.write_text(json.dumps(raw))
    old = load_document(path)
    assert old.roadmap[0].review == "dropped"
    assert all(i.review == "accepted" for i in old.roadmap[1:])
