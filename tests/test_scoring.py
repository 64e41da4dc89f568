"""Scores, agreement and the role lens, checked against values computed by hand."""

from __future__ import annotations

import pytest
from helpers import doc_with, person, small_questionnaire

from cxassess.core.agreement import rwg, rwg_j
from cxassess.core.document import AgreedScore
from cxassess.core.roles import OTHER_ROLES, role_groups
from cxassess.core.scoring import score_document, score_individuals

# dimension a (weight 1): a1 weight 2, a2 weight 1; dimension b (weight 3): b1, b2
WEIGHTS = {"a1": 2, "b": 3}
A1 = [3] * 12
A2 = [1, 5] * 6
B1 = [4] * 6 + [5] * 6
B2 = [2] * 6 + [None] * 3 + [4] * 3
ROLES = ["Sales"] * 5 + ["Support"] * 4 + ["Finance"] * 2 + ["CEO"]


def workshop():
    q = small_questionnaire(weights=WEIGHTS)
    people = [
        person(f"P{i}", {"a1": A1[i], "a2": A2[i], "b1": B1[i], "b2": B2[i]}, ROLES[i])
        for i in range(12)
    ]
    return doc_with(q, people)


def test_twelve_person_workshop_matches_hand_computation():
    s = score_document(workshop())
    a2, b1, b2 = s.question("a2"), s.question("b1"), s.question("b2")
    # a2: answers 1 and 5 six times each; variance 48/11 > sigma^2 = 2, so rwg clamps to 0
    assert a2.mean == 3 and a2.sd == pytest.approx((48 / 11) ** 0.5) and a2.rwg == 0
    assert a2.span == 4 and a2.on_agenda
    # b1: variance 3/11, rwg = 1 - (3/11)/2
    assert b1.mean == 4.5 and b1.rwg == pytest.approx(1 - (3 / 11) / 2) and not b1.on_agenda
    # b2: three N/A; values 2 x6 and 4 x3; mean 24/9, variance 8/8 = 1, rwg 0.5
    assert b2.n == 9 and b2.not_applicable == 3
    assert b2.mean == pytest.approx(24 / 9) and b2.rwg == pytest.approx(0.5) and b2.on_agenda
    assert b2.median == 2 and (b2.min, b2.max) == (2, 4)
    assert b2.distribution == (0, 6, 0, 3, 0)
    assert s.question("a1").rwg == 1
    a, b = s.dimension("a"), s.dimension("b")
    assert a.score == pytest.approx((3 * 2 + 3 * 1) / 3)
    assert b.score == pytest.approx((4.5 + 24 / 9) / 2)
    overall = (3 * 1 + (4.5 + 24 / 9) / 2 * 3) / 4
    assert s.overall.score == pytest.approx(overall)
    assert s.overall.index == pytest.approx((overall - 1) / 4 * 100)
    assert s.overall.level and s.overall.level.id == "three"
    # rwg(j): a has mean variance 24/11 >= 2, so 0; b from variances 3/11 and 1
    assert a.rwg_j == 0
    m = (3 / 11 + 1) / 2 / 2
    assert b.rwg_j == pytest.approx(2 * (1 - m) / (2 * (1 - m) + m))
    assert [x.question_id for x in s.agenda()] == ["a2", "b2"]
    assert s.respondents == 12


def test_agreed_scores_sit_beside_computed_ones():
    doc = workshop()
    doc.agreed_dimensions["a"] = AgreedScore(score=3.5, rationale="We discussed a2")
    doc.agreed_questions["a2"] = AgreedScore(score=2, rationale="Mostly absent")
    s = score_document(doc)
    assert s.dimension("a").agreed == 3.5 and s.dimension("a").score == pytest.approx(3)
    assert s.dimension("a").agreed_rationale == "We discussed a2"
    assert s.question("a2").agreed == 2 and s.question("a2").mean == 3


def test_solo_assessment_scores_and_coverage():
    q = small_questionnaire(weights=WEIGHTS)
    doc = doc_with(q, [person("Me", {"a1": 4, "a2": None, "b1": 2, "b2": 3})])
    s = score_document(doc)
    assert s.dimension("a").score == 4 and s.dimension("a").coverage == 0.5
    assert not s.dimension("a").insufficient
    assert s.dimension("b").score == 2.5
    assert s.overall.score == pytest.approx((4 + 2.5 * 3) / 4)
    assert s.question("a1").rwg is None and not s.agenda()


def test_dimension_below_minimum_coverage_is_insufficient():
    q = small_questionnaire(weights=WEIGHTS)
    doc = doc_with(q, [person("Me", {"a1": 4, "b1": None, "b2": None})])
    s = score_document(doc)
    b = s.dimension("b")
    assert b.insufficient and b.score is None and b.level is None and b.coverage == 0
    assert s.overall.score == 4  # only scored dimensions count


def test_individual_scores():
    doc = workshop()
    individual = score_individuals(doc)
    first = individual[doc.participants[0].id]
    assert first.dimension("a").score == pytest.approx((3 * 2 + 1) / 3)
    assert first.dimension("b").score == pytest.approx(3)


def test_role_lens_folds_small_roles_into_other():
    groups = role_groups(workshop())
    assert [(g.role, g.members) for g in groups] == [("Sales", 5), ("Support", 4), (OTHER_ROLES, 3)]
    other = groups[-1].scores
    # Finance (P9, P10) and CEO (P11): a2 answers 5, 1, 5
    assert other.question("a2").mean == pytest.approx(11 / 3)


def test_role_lens_never_leaves_a_group_small_enough_to_single_out():
    doc = workshop()
    groups = role_groups(doc, min_size=4)
    # Finance+CEO (3) is below 4, so the smallest shown role (Support) is folded in too
    assert [(g.role, g.members) for g in groups] == [("Sales", 5), (OTHER_ROLES, 7)]
    assert all(g.members >= 4 for g in groups)


def test_role_lens_minimum_is_never_below_two():
    doc = workshop()
    assert all(g.members >= 2 for g in role_groups(doc, min_size=1))


def test_role_lens_empty_when_nothing_is_safe():
    q = small_questionnaire()
    doc = doc_with(q, [person(f"P{i}", {"a1": 3}, role=f"R{i}") for i in range(4)])
    assert role_groups(doc) == []


def test_rwg_formula_and_edge_cases():
    assert rwg([3], 5) is None
    assert rwg([2, 4], 5) == pytest.approx(0)  # variance 2 == sigma^2
    assert rwg([3, 4], 5) == pytest.approx(1 - 0.5 / 2)
    assert rwg_j([], 5) is None
    assert rwg_j([0.5, 0.5], 5) == pytest.approx(2 * 0.75 / (2 * 0.75 + 0.25))
