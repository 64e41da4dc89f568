"""Files written by earlier versions of cxassess open with nothing lost and nothing shown.

The fixtures were written by the code of the last commit of each format (see
tests/fixtures/old_formats/make.sh), not by today's code with keys deleted.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from helpers import run_cli

from cxassess.core.document import FORMAT_VERSION
from cxassess.core.round import results_visible
from cxassess.core.scoring import score_document
from cxassess.core.storage import load_document, save_document

OLD = Path(__file__).parent / "fixtures" / "old_formats"


def _raw(name: str) -> dict:
    return json.loads((OLD / name).read_text(encoding="utf-8"))


def _same_answers(raw: dict, doc) -> None:
    assert [p["id"] for p in raw["participants"]] == [str(p.id) for p in doc.participants]
    for old, new in zip(raw["participants"], doc.participants, strict=True):
        assert old["name"] == new.name and old.get("role", "") == new.role
        assert set(old["answers"]) == set(new.answers)
        for question_id, answer in old["answers"].items():
            kept = new.answers[question_id]
            assert kept.value == answer["value"]
            assert kept.comment == answer.get("comment", "")


@pytest.mark.parametrize(
    "name",
    [
        "format2-demo-workshop.cxa",
        "format3-demo-workshop.cxa",
        "format7-demo-workshop.cxa",
        "format8-demo-workshop.cxa",
        "format9-demo-workshop.cxa",
        "format10-demo-workshop.cxa",
    ],
)
def test_an_old_workshop_opens_with_every_answer_score_and_action(name, tmp_path):
    raw = _raw(name)
    assert raw["format_version"] == int(name[6:].split("-")[0])
    doc = load_document(OLD / name)
    assert doc.format_version == FORMAT_VERSION
    _same_answers(raw, doc)
    assert doc.assessed_on == date.fromisoformat(raw["assessed_on"])
    assert doc.team == raw["team"] and doc.organisation == raw["organisation"]
    assert {k: v["score"] for k, v in raw["agreed_questions"].items()} == {
        k: v.score for k, v in doc.agreed_questions.items()
    }
    assert {k: v["rationale"] for k, v in raw["agreed_dimensions"].items()} == {
        k: v.rationale for k, v in doc.agreed_dimensions.items()
    }
    # Before sealing existed nobody was sealed and the results were open to all.
    assert not doc.round_open and results_visible(doc)
    assert not any(p.sealed for p in doc.participants)
    # A format-2 roadmap was the plan: accepted, except what had been dropped. Format 3
    # wrote the review state, leaving out the default (accepted), as it did the status.
    assert [i.action for i in doc.roadmap] == [i["action"] for i in raw["roadmap"]]
    for old, new in zip(raw["roadmap"], doc.roadmap, strict=True):
        status = old.get("status", "planned")
        if raw["format_version"] == 2:
            assert new.review == ("dropped" if status == "dropped" else "accepted")
        else:
            assert new.review == old.get("review", "accepted")
        assert new.status == status and new.owner == old.get("owner", "")
    scores = score_document(doc)
    assert scores.respondents == len(raw["participants"])

    again = tmp_path / "again.cxa"
    save_document(doc, again)
    assert json.loads(again.read_text())["format_version"] == FORMAT_VERSION
    back = load_document(again)
    _same_answers(raw, back)
    assert score_document(back).overall.score == scores.overall.score


def test_a_format_7_empty_answer_stays_not_applicable_and_is_never_read_as_dont_know():
    raw = _raw("format7-demo-workshop.cxa")
    empty = {
        (p["id"], qid)
        for p in raw["participants"]
        for qid, a in p["answers"].items()
        if a.get("value") is None
    }
    assert empty  # the demo has people who said "not applicable / don't know"
    doc = load_document(OLD / "format7-demo-workshop.cxa")
    kinds = {(str(p.id), qid): a.kind for p in doc.participants for qid, a in p.answers.items()}
    assert {kinds[k] for k in empty} == {"na"}
    scores = score_document(doc)
    assert sum(s.not_applicable for s in scores.questions) == len(empty)
    assert sum(s.dont_know for s in scores.questions) == 0


def test_a_format_3_round_left_open_stays_closed_to_every_reader(tmp_path):
    raw = _raw("format3-open-round.cxa")
    doc = load_document(OLD / "format3-open-round.cxa")
    _same_answers(raw, doc)
    assert doc.round_open and not results_visible(doc)
    sealed = [bool(p.get("finished_at")) for p in raw["participants"]]
    assert [p.sealed for p in doc.participants] == sealed and sum(sealed) == 8
    assert [i.review for i in doc.roadmap] == [i.get("review", "accepted") for i in raw["roadmap"]]
    # The command line shows nothing of a round still open.
    for command in (["score"], ["export", "--csv", str(tmp_path / "a.csv")]):
        out = run_cli(command[0], str(OLD / "format3-open-round.cxa"), *command[1:])
        assert out.returncode != 0 and "not finished" in out.stderr
        assert not (tmp_path / "a.csv").exists()
