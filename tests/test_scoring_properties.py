"""Invariants of the scoring definitions, over many generated teams."""

from __future__ import annotations

import statistics

from helpers import doc_with, person, small_questionnaire
from hypothesis import given, settings
from hypothesis import strategies as st

from cxassess.core.scoring import score_document

Q = small_questionnaire(questions_per_dim=3)
QIDS = [q.id for _, q in Q.questions()]
answer = st.one_of(st.none(), st.integers(1, 5))
team = st.lists(st.fixed_dictionaries({qid: answer for qid in QIDS}), min_size=1, max_size=12)


def build(rows):
    return doc_with(Q, [person(f"P{i}", row) for i, row in enumerate(rows)])


@settings(max_examples=150, deadline=None)
@given(team)
def test_scores_stay_on_the_scale(rows):
    s = score_document(build(rows))
    for d in s.dimensions:
        assert d.score is None or 1 <= d.score <= 5
        assert d.index is None or 0 <= d.index <= 100
        assert d.rwg_j is None or 0 <= d.rwg_j <= 1
    for qs in s.questions:
        assert qs.rwg is None or 0 <= qs.rwg <= 1
    assert s.overall.score is None or 1 <= s.overall.score <= 5


@settings(max_examples=100, deadline=None)
@given(team, st.randoms(use_true_random=False))
def test_participant_order_does_not_matter(rows, rnd):
    shuffled = list(rows)
    rnd.shuffle(shuffled)
    a, b = score_document(build(rows)), score_document(build(shuffled))
    assert a.overall.score == b.overall.score or abs(a.overall.score - b.overall.score) < 1e-9
    for x, y in zip(a.questions, b.questions, strict=True):
        assert x.mean == y.mean or abs(x.mean - y.mean) < 1e-9
        assert x.rwg == y.rwg or abs(x.rwg - y.rwg) < 1e-9
        assert x.on_agenda == y.on_agenda


@settings(max_examples=100, deadline=None)
@given(team, st.sampled_from(QIDS), st.data())
def test_not_applicable_changes_no_other_question(rows, qid, data):
    who = data.draw(st.integers(0, len(rows) - 1))
    changed = [dict(r) for r in rows]
    changed[who][qid] = None
    a, b = score_document(build(rows)), score_document(build(changed))
    for x, y in zip(a.questions, b.questions, strict=True):
        if x.question_id != qid:
            assert x == y


@settings(max_examples=60, deadline=None)
@given(st.integers(2, 30), st.integers(1, 5))
def test_identical_answers_agree_fully(n, value):
    s = score_document(build([dict.fromkeys(QIDS, value)] * n))
    assert all(q.rwg == 1 for q in s.questions)
    assert all(d.rwg_j == 1 for d in s.dimensions)
    assert not s.agenda()


@settings(max_examples=100, deadline=None)
@given(team)
def test_rwg_matches_the_formula(rows):
    s = score_document(build(rows))
    for qs in s.questions:
        values = [r[qs.question_id] for r in rows if r[qs.question_id] is not None]
        if len(values) < 2:
            assert qs.rwg is None
            continue
        expected = max(0.0, min(1.0, 1 - statistics.variance(values) / ((25 - 1) / 12)))
        assert abs(qs.rwg - expected) < 1e-9


@settings(max_examples=200, deadline=None)
@given(team)
def test_question_statistics_equal_the_statistics_module_exactly(rows):
    # Scores come from answer counts, not lists of answers: the figures must be the very
    # same floats the textbook formulas give on the answers themselves.
    s = score_document(build(rows))
    for qs in s.questions:
        values = [r[qs.question_id] for r in rows if r[qs.question_id] is not None]
        assert qs.n == len(values)
        assert qs.not_applicable == len(rows) - len(values)
        if not values:
            assert qs.mean is None and qs.median is None and qs.min is None
            continue
        assert qs.mean == statistics.fmean(values)
        assert qs.median == float(statistics.median(values))
        assert (qs.min, qs.max, qs.span) == (min(values), max(values), max(values) - min(values))
        assert qs.distribution == tuple(values.count(v) for v in range(1, 6))
        if len(values) >= 2:
            assert qs.sd == statistics.variance(values) ** 0.5
