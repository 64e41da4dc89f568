"""Questionnaire 3.0: one step at a time, measures that follow their action, owners who
exist."""

from __future__ import annotations

import random
import re
from collections import Counter
from datetime import UTC, date, datetime

from helpers import refusal_messages, small_questionnaire_data

from cxassess.core.document import AgreedScore, Answer, Assessment, Participant
from cxassess.core.roadmap import generate_roadmap
from cxassess.core.validation import parse_questionnaire


def _answers(shipped, value_for) -> dict[str, Answer]:
    return {qu.id: Answer(value=value_for(qu.id)) for _, qu in shipped.questions()}


def test_every_statement_offers_one_action_at_each_level_above_the_lowest(shipped):
    above_lowest = [lv.id for lv in shipped.levels[1:]]
    for _, qu in shipped.questions():
        levels = [a.level for a in qu.actions]
        assert sorted(levels, key=shipped.level_index) == above_lowest, (qu.id, levels)


def test_action_ids_name_their_statement(shipped):
    for _, qu in shipped.questions():
        for action in qu.actions:
            assert action.id.startswith(qu.id + "-"), (qu.id, action.id)


def test_no_two_actions_share_a_measure(shipped):
    kpis = Counter(a.kpi.casefold() for _, qu in shipped.questions() for a in qu.actions)
    assert [k for k, n in kpis.items() if n > 1] == []


def test_targets_are_relative_and_never_zero(shipped):
    for _, qu in shipped.questions():
        for action in qu.actions:
            target = action.target.casefold()
            assert target, action.id
            assert not target.startswith(("zero", "none", "no ")), (action.id, action.target)
            # "Under 60 days" or "every key customer at 8" ignores where a team starts.
            assert not target.startswith(("under ", "below ", "every ")), action.id
            # A fixed share of customers ("seven in ten") ignores the baseline its action
            # takes first.
            assert not target.startswith(("seven in ten", "eight in ten", "nine in ten")), action.id
            # Nor a fixed share of anything ("two in three", "three in four teams").
            assert not re.match(r"(one|two|three|four) in (three|four)\b", target), action.id
            # A share grows by closing part of its own shortfall: "up by half" on seven in
            # ten asks for more than everyone.
            if action.kpi.casefold().startswith("share"):
                assert not re.match(r"up (by )?(half|a third|a quarter)", target), action.id
            # Not every team can be at or above the average.
            assert "above the average in every" not in target, action.id


def test_a_prerequisite_never_sits_above_the_action_that_needs_it(shipped):
    # Otherwise the first step of a team at a lower level would be a higher level's work.
    level = {
        a.id: shipped.level_index(a.level) for _, qu in shipped.questions() for a in qu.actions
    }
    above = [
        (a.id, need)
        for _, qu in shipped.questions()
        for a in qu.actions
        for need in a.requires
        if level[need] > level[a.id]
    ]
    assert above == []
    # The steps that work on "ideal customers" have a profile to work from.
    needs = {a.id: a.requires for _, qu in shipped.questions() for a in qu.actions}
    for action_id in ("ic-motives-interviews", "ic-retention-warning", "ac-product-early"):
        assert needs[action_id] == ["ic-defined-draft"], action_id


def test_a_reactive_manager_alone_gets_only_aware_steps(shipped):
    doc = Assessment.new(
        shipped, participants=[Participant(name="Me", answers=_answers(shipped, lambda _: 1))]
    )
    plan = generate_roadmap(doc)
    assert plan
    actions = {a.id: a for _, qu in shipped.questions() for a in qu.actions}
    assert {actions[item.source_action].level for item in plan} == {"aware"}


def test_a_thirty_person_team_climbs_one_level_per_statement(shipped):
    rng = random.Random(11)
    people = [
        Participant(name=f"P{i}", answers=_answers(shipped, lambda _: rng.choice((1, 2, 2, 3))))
        for i in range(30)
    ]
    doc = Assessment.new(shipped, team="All hands", participants=people)
    plan = generate_roadmap(doc)
    assert 1 <= len(plan) <= 10
    from cxassess.core.scoring import score_document

    scores = score_document(doc)
    actions = {a.id: a for _, qu in shipped.questions() for a in qu.actions}
    from cxassess.core.roadmap import lower_view

    for item in plan:
        stats = scores.question(item.question)
        mean = stats.mean
        # A divided matter of record nobody checked is planned from its cautious half.
        if stats.on_agenda and shipped.question(item.question).evidence:
            mean = min(mean, lower_view(stats.distribution))
        reached = shipped.level_index(shipped.level_for(mean).id)
        # The next level up from where the statement stands: never one beyond it.
        assert shipped.level_index(actions[item.source_action].level) == reached + 1, item


def _with_owner_score(shipped, cm_owner: int | None, agreed: float | None = None) -> Assessment:
    answers = _answers(shipped, lambda qid: 2)
    answers["cm-owner"] = Answer(value=cm_owner)
    doc = Assessment.new(shipped, participants=[Participant(name="Me", answers=answers)])
    if agreed is not None:
        doc.agreed_questions["cm-owner"] = AgreedScore(
            score=agreed, rationale="Checked", recorded_at=datetime.now(UTC)
        )
    return doc


def _owners(plan) -> set[str]:
    return {item.owner for item in plan}


def test_an_organisation_without_a_cx_executive_hands_its_actions_to_the_stand_in(shipped):
    # Agreed at Aware on cm-owner: a coordinator without authority, so no executive to own
    # the work.
    plan = generate_roadmap(_with_owner_score(shipped, 2, agreed=2.0), limit=40)
    owners = _owners(plan)
    assert "Chief operating officer, until there is a customer experience executive" in owners
    assert "Customer experience executive" not in owners


def test_an_organisation_with_a_cx_executive_gives_them_their_actions(shipped):
    plan = generate_roadmap(_with_owner_score(shipped, 3, agreed=3.0), limit=40)
    owners = _owners(plan)
    assert "Customer experience executive" in owners
    assert not any("until there is" in o for o in owners)


def test_answers_alone_do_not_decide_whether_a_role_is_held(shipped):
    """Whether an executive is named is a matter of record: until the room agrees it, an
    average of beliefs, for or against, names both the role and its stand-in."""
    for belief in (2, 3, 5):
        owners = _owners(generate_roadmap(_with_owner_score(shipped, belief), limit=40))
        assert "Customer experience executive, or chief operating officer if none" in owners
        assert "Customer experience executive" not in owners
        assert not any("until there is" in o for o in owners)


def test_the_agreed_score_decides_whether_the_role_exists(shipped):
    # Everyone answered 3, but the team agreed there is nobody: the stand-in it is.
    plan = generate_roadmap(_with_owner_score(shipped, 3, agreed=1.0), limit=40)
    assert "Customer experience executive" not in _owners(plan)


def test_an_unknown_role_names_both_owners(shipped):
    plan = generate_roadmap(_with_owner_score(shipped, None), limit=40)
    owners = _owners(plan)
    assert "Customer experience executive, or chief operating officer if none" in (owners)
    insight = [item.owner for item in plan if "insight" in item.owner]
    assert insight and all(
        o == "Head of customer insight, or head of marketing if none" for o in insight
    )


def test_owner_roles_must_name_a_statement_and_a_level():
    data = small_questionnaire_data()
    data["owners"] = [
        {"role": "CX lead", "fallback": "COO", "exists_when": "zz", "exists_at": "ten"}
    ]
    messages = refusal_messages(data)
    assert "'zz' is not a statement's id" in messages
    assert "'ten' is not one of the levels" in messages


def test_owner_roles_leave_an_older_questionnaire_hash_alone():
    data = small_questionnaire_data()
    before = parse_questionnaire(data).content_hash
    data["owners"] = []
    assert parse_questionnaire(data).content_hash == before
    data["owners"] = [{"role": "CX lead", "fallback": "COO"}]
    assert parse_questionnaire(data).content_hash != before


def test_compare_across_two_and_three_says_what_the_questionnaire_kept(tmp_path, shipped):
    import json
    from pathlib import Path

    from helpers import run_cli

    from cxassess.core.storage import save_document

    old = Path(__file__).parent / "fixtures" / "old_formats" / "format7-demo-workshop.cxa"
    people = [Participant(name=f"P{i}", answers=_answers(shipped, lambda _: 3)) for i in range(4)]
    new = tmp_path / "new.cxa"
    save_document(
        Assessment.new(
            shipped, team="Leadership", participants=people, assessed_on=date(2027, 2, 10)
        ),
        new,
    )
    shown = run_cli("compare", str(old), str(new))
    assert shown.returncode == 0, shown.stderr
    added = [
        "cm-skills",
        "cm-council",
        "cm-engagement",
        "li-unprompted",
        "li-effort",
        "li-consent",
        "ac-extra-help",
        "ac-partners",
        "ac-ideas",
    ]
    assert (
        "The questionnaire changed from version 2.0 to 3.8: 38 statements are shared and "
        "compared, 9 new (not compared) and 0 retired."
    ) in shown.stdout
    assert "New questions, not compared: " + ", ".join(added) in shown.stdout
    data = json.loads(run_cli("compare", str(old), str(new), "--json").stdout)
    assert [a["questionnaire_version"] for a in data["assessments"]] == ["2.0", "3.8"]
    # Only the statements both versions share are compared, never the new ones.
    assert len(data["questions"]) == 38
    assert not {q["id"] for q in data["questions"]} & set(added)
    assert data["questions_added"] == added and data["questions_removed"] == []


def test_a_divided_vote_on_a_matter_of_record_does_not_decide_who_owns_the_work(shipped):
    """cm-owner is a fact: three people say only a coordinator exists, three say an executive
    with authority does. Their average (3.0) must not hand the work to an executive who may
    not be there; until the room checks, both are named, and the agreed score then decides."""
    from cxassess.core.roadmap import generate_roadmap

    people = []
    for i, value in enumerate([2, 2, 2, 4, 4, 4]):
        answers = {qu.id: Answer(value=2) for _, qu in shipped.questions()}
        answers["cm-owner"] = Answer(value=value)
        people.append(Participant(name=f"P{i}", answers=answers))
    doc = Assessment.new(shipped, participants=people)
    owners = _owners(generate_roadmap(doc, limit=40))
    both = "Customer experience executive, or chief operating officer if none"
    assert both in owners and "Customer experience executive" not in owners
    doc.agreed_questions["cm-owner"] = AgreedScore(
        score=3.0,
        rationale="Checked",
        evidence="Executive responsibilities",
        recorded_at=datetime.now(UTC),
    )
    owners = _owners(generate_roadmap(doc, limit=40))
    assert "Customer experience executive" in owners and both not in owners


def test_each_statements_actions_are_listed_in_the_order_of_their_levels(shipped):
    """A reader follows a statement's ladder down the file: Aware, then Developing, then
    Established, then Customer-led."""
    for _, qu in shipped.questions():
        levels = [shipped.level_index(a.level) for a in qu.actions]
        assert levels == sorted(levels), qu.id
