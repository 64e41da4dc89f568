"""The roadmap engine: targets, gaps, generated actions, horizons, and edits that survive."""

from __future__ import annotations

from datetime import date

import pytest
from helpers import doc_with, person, small_questionnaire

from cxassess.core.gaps import default_target, dimension_gaps
from cxassess.core.roadmap import (
    add_item,
    edit_item,
    generate_roadmap,
    horizon_for,
    is_alignment_step,
    reassessment_date,
    regenerate_roadmap,
)

# small questionnaire levels: one (1), two (2), three (3), four (4); actions: -x -> two (low), -y -> four (high)


def team_doc():
    q = small_questionnaire()
    people = [
        person("Ana", {"a1": 1, "a2": 1, "b1": 4, "b2": 4}),
        person("Bo", {"a1": 1, "a2": 5, "b1": 4, "b2": 4}),
        person("Cy", {"a1": 2, "a2": 3, "b1": 4, "b2": 4}),
    ]
    return doc_with(q, people, assessed_on=date(2026, 1, 10))


def test_default_target_is_one_level_up():
    q = small_questionnaire()
    assert default_target(q, 1.2) == 2
    assert default_target(q, 2.5) == 3
    assert default_target(q, 4.5) == 5  # top level: the top of the scale


def test_gaps_use_set_targets_and_defaults():
    doc = team_doc()
    doc.targets["b"] = 4.5
    gaps = {g.dimension_id: g for g in dimension_gaps(doc)}
    # a: means a1 = 4/3, a2 = 3 -> score 13/6 = 2.17, level two, default target three (3)
    assert gaps["a"].target == 3 and gaps["a"].target_is_default
    assert gaps["a"].gap == pytest.approx(3 - 13 / 6)
    assert gaps["b"].target == 4.5 and not gaps["b"].target_is_default
    assert gaps["b"].gap == pytest.approx(0.5)


def test_generated_actions_follow_the_next_level_and_agenda():
    doc = team_doc()
    items = generate_roadmap(doc)
    by_question = {}
    for item in items:
        by_question.setdefault(item.question, []).append(item)
    # a1 mean 1.33 (level one): the action for level two; a2 mean 3 (level three, below target 3? no)
    assert [i.source_action for i in by_question["a1"]] == ["a1-x"]
    assert "a2" not in by_question  # mean 3 is at the target
    # b questions (mean 4) are above target 5? target for b is default: level four -> 5
    assert {i.source_action for i in by_question["b1"]} == {"b1-y"}
    # a1 has answers 1,1,2: span 1, not on the agenda; a2 spans 1..5 but meets the target
    assert not any(is_alignment_step(i) for i in items)


def test_disagreement_goes_to_the_discussion_not_the_roadmap():
    q = small_questionnaire()
    doc = doc_with(q, [person("Ana", {"a1": 1}), person("Bo", {"a1": 4}), person("Cy", {"a1": 1})])
    items = generate_roadmap(doc)
    assert not any(is_alignment_step(i) or "Align the team" in i.action for i in items)
    a1 = [i for i in items if i.question == "a1"]
    # each suggestion says why, in words, and waits for review
    assert a1 and all(i.review == "suggested" for i in items)
    assert a1[0].reason == (
        "The team's average answer is 2.0 (Two); the target is 3.0 (Three). "
        "High impact, high effort."
    )


def test_horizons_and_quick_wins():
    assert horizon_for(1.0, "low") == "now"
    assert horizon_for(0.2, "low") == "next"
    assert horizon_for(0.8, "medium") == "next"
    assert horizon_for(0.2, "medium") == "later"
    assert horizon_for(2.0, "high") == "next"
    assert horizon_for(1.0, "high") == "later"
    doc = team_doc()
    items = generate_roadmap(doc)
    horizons = [i.horizon for i in items]
    assert horizons == sorted(horizons, key=["now", "next", "later"].index)
    for horizon, (first, last) in {"now": (14, 30), "next": (45, 90), "later": (120, 365)}.items():
        dues = [i.due for i in items if i.horizon == horizon]
        assert dues == sorted(dues)
        for due in dues:
            # within its horizon, on a weekday (a weekend date moves back to the Friday)
            assert first - 2 <= (due - doc.assessed_on).days <= last and due.weekday() < 5


def test_regenerate_keeps_edits_and_manual_items_without_duplicates():
    doc = team_doc()
    regenerate_roadmap(doc)
    first = next(i for i in doc.roadmap if i.source_action == "a1-x")
    edit_item(doc, first.id, owner="Zoë", status="in_progress", due=date(2026, 2, 1))
    dropped = next(i for i in doc.roadmap if i.source_action == "b1-y")
    edit_item(doc, dropped.id, status="dropped")
    manual = add_item(doc, "Visit three customers", owner="Bo")
    before = len(doc.roadmap)
    # answers change so a generated item disappears, and regenerate
    doc.participants[0].answers["b2"].value = 5
    regenerate_roadmap(doc)
    ids = {i.id for i in doc.roadmap}
    assert first.id in ids and dropped.id in ids and manual.id in ids
    kept = next(i for i in doc.roadmap if i.id == first.id)
    assert kept.owner == "Zoë" and kept.status == "in_progress" and kept.due == date(2026, 2, 1)
    assert sum(1 for i in doc.roadmap if i.source_action == "a1-x") == 1
    assert sum(1 for i in doc.roadmap if i.source_action == "b1-y") == 1
    assert len(doc.roadmap) <= before


def test_edit_rejects_unknown_fields_and_bad_values():
    doc = team_doc()
    regenerate_roadmap(doc)
    item = doc.roadmap[0]
    with pytest.raises(KeyError):
        edit_item(doc, item.id, origin="manual")
    with pytest.raises(ValueError):
        edit_item(doc, item.id, status="finished")


def test_reassessment_defaults_to_ninety_days():
    doc = team_doc()
    assert reassessment_date(doc) == date(2026, 4, 10)
    doc.reassess_on = date(2026, 6, 1)
    assert reassessment_date(doc) == date(2026, 6, 1)
    doc.reassess_on = None
    regenerate_roadmap(doc)
    assert doc.reassess_on == date(2026, 4, 10)


def test_a_score_agreed_in_discussion_counts(shipped):
    from cxassess.core.document import AgreedScore

    # everyone answers 3; the team then agrees the organisation is really at 1 on one point
    answers = {qu.id: 3 for _, qu in shipped.questions()}
    doc = doc_with(shipped, [person("A", answers), person("B", answers)])
    doc.targets = {d.id: 3.2 for d in shipped.dimensions}
    before = {i.question for i in generate_roadmap(doc, limit=100)}
    doc.agreed_questions["cm-empower"] = AgreedScore(score=1.0, rationale="No written authority.")
    items = generate_roadmap(doc, limit=100)
    empower = next(i for i in items if i.question == "cm-empower")
    assert empower.reason.startswith("The score agreed in discussion is 1.0 (Reactive)")
    assert empower.priority > max(i.priority for i in items if i.question != "cm-empower")
    assert "cm-empower" in before  # it was there, now it leads
    assert items[0].question == "cm-empower" or empower.horizon == "now"


def test_an_action_added_by_hand_stands_on_the_chart_where_its_statements_step_would(shipped):
    from cxassess.core.demo import demo_workshop
    from cxassess.core.gaps import weigh
    from cxassess.core.roadmap import add_item
    from cxassess.report.roadmap_charts import impact_effort_figure
    from cxassess.report.roadmap_pdf import chart_points

    doc = demo_workshop(shipped)
    first = doc.roadmap[0]
    own = add_item(doc, "Give the shared inbox an owner", question=first.question, effort="low")
    assert own.priority == 0
    numbered = list(enumerate(doc.roadmap, start=1))
    heights = {n: p for n, _e, p in chart_points(numbered, weigh(doc))}
    # Not on the floor as if it addressed no gap: at its statement's height.
    assert heights[len(doc.roadmap)] == weigh(doc)[first.question].priority > 0
    # One with no statement stays at zero, and the axis leaves room for the whole dot.
    loose = add_item(doc, "Tidy the shared drive", effort="low")
    assert loose.priority == 0
    fig = impact_effort_figure(chart_points(list(enumerate(doc.roadmap, start=1)), weigh(doc)))
    low, _high = fig.axes[0].get_ylim()
    assert low < 0
