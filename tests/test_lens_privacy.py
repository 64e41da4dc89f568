"""The role and unit lenses together never single anybody out.

Both lenses cut the same people. Anyone at the laptop can see the team's figures and
every shown group with its size, and a facilitator knows who holds which role and works in
which unit. So any union of role groups, set against any union of unit groups, must differ
by nobody or by at least the floor: otherwise the difference is a small group's answers.
"""

from __future__ import annotations

from itertools import combinations

from helpers import doc_with, person
from hypothesis import given, settings
from hypothesis import strategies as st

from cxassess.core.document import Assessment, Participant
from cxassess.core.roles import NO_ROLE, NO_UNIT, OTHER_ROLES, OTHER_UNITS, role_groups, unit_groups
from cxassess.core.round import role_floor


def _member(p: Participant, unit: str, role: str) -> Participant:
    p.unit = unit
    p.role = role
    return p


def _team(small_q, rows: list[tuple[str, str, int]]) -> Assessment:
    """People as (role, unit, answer): each answers every statement with their point."""
    people = [
        _member(person(f"P{i}", {qu.id: value for _, qu in small_q.questions()}), unit, role)
        for i, (role, unit, value) in enumerate(rows)
    ]
    return doc_with(small_q, people)


def _shown_sets(doc: Assessment, groups, key, missing: str, other: str) -> list[frozenset[str]]:
    """Who is in each shown group, as a facilitator who knows everyone's role would tell."""
    respondents = [
        p for p in doc.participants if any(a.value is not None for a in p.answers.values())
    ]
    named = {g.role for g in groups if g.role != other}
    sets = []
    for g in groups:
        if g.role == other:
            members = {p.name for p in respondents if (key(p).strip() or missing) not in named}
        else:
            members = {p.name for p in respondents if (key(p).strip() or missing) == g.role}
        assert len(members) == g.members
        sets.append(frozenset(members))
    return sets


def _smallest_difference(doc: Assessment) -> int | None:
    """The fewest people (more than none) any union of shown roles and any union of shown
    units differ by, counting the team itself as a union of either; None if none differ."""
    everyone = frozenset(
        p.name for p in doc.participants if any(a.value is not None for a in p.answers.values())
    )
    roles = _shown_sets(doc, role_groups(doc), lambda p: p.role, NO_ROLE, OTHER_ROLES)
    units = _shown_sets(doc, unit_groups(doc), lambda p: p.unit, NO_UNIT, OTHER_UNITS)

    def unions(sets: list[frozenset[str]]) -> set[frozenset[str]]:
        found = {frozenset(), everyone}
        for k in range(1, len(sets) + 1):
            for chosen in combinations(sets, k):
                found.add(frozenset().union(*chosen))
        return found

    sizes = [len(a ^ b) for a in unions(roles) for b in unions(units)]
    return min((s for s in sizes if s), default=None)


def _fifth_apart(role: str) -> list[tuple[str, str, int]]:
    """A role of five, four of them in North; six in Service across South and West."""
    return (
        [(role, "North", 4)] * 4
        + [(role, "South", 1)]
        + [("Service", "South", 3)] * 3
        + [("Service", "West", 2)] * 3
    )


def test_a_unit_inside_a_role_but_one_person_is_not_shown(small_q):
    # Sales is five people; four of them are North. Sales minus North would be the fifth
    # person's answers, so North cannot stand beside Sales.
    doc = _team(small_q, _fifth_apart("Sales"))
    roles = {g.role: g.members for g in role_groups(doc)}
    assert roles == {"Sales": 5, "Service": 6}
    units = {g.role: g.members for g in unit_groups(doc)}
    assert "North" not in units
    smallest = _smallest_difference(doc)
    assert smallest is None or smallest >= role_floor(small_q)


def test_a_unit_lens_that_cuts_across_the_roles_safely_is_kept_whole(small_q):
    # Every role spreads over the units in threes: no union differs by one or two people.
    rows = [
        (role, unit, 3)
        for role in ("Sales", "Service")
        for unit in ("North", "South")
        for _ in range(3)
    ]
    doc = _team(small_q, rows)
    assert {g.role: g.members for g in unit_groups(doc)} == {"North": 6, "South": 6}
    assert _smallest_difference(doc) == 6


def test_a_groups_statement_that_one_person_answered_gives_no_figure(small_q):
    # Three in Sales, but two of them said "not applicable" to all of area B: B's figure for
    # Sales would be the third person's own answers.
    answers_full = {"a1": 4, "a2": 4, "b1": 5, "b2": 1}
    answers_na = {"a1": 4, "a2": 4, "b1": None, "b2": None}
    sales = [
        person("S0", answers_full, "Sales"),
        person("S1", answers_na, "Sales"),
        person("S2", answers_na, "Sales"),
    ]
    ops = [person(f"O{i}", {"a1": 2, "a2": 2, "b1": 2, "b2": 2}, "Ops") for i in range(3)]
    groups = {g.role: g for g in role_groups(doc_with(small_q, sales + ops))}
    b = groups["Sales"].scores.dimension("b")
    assert b.score is None and b.insufficient
    st_b1 = groups["Sales"].scores.question("b1")
    assert st_b1.n == 1 and st_b1.mean is None and st_b1.min is None and st_b1.max is None
    assert sum(st_b1.distribution) == 0
    # Area A, answered by all three, is shown.
    assert groups["Sales"].scores.dimension("a").score == 4.0


_ROLES = ("Sales", "Service", "Ops", "")
_UNITS = ("North", "South", "West", "")


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_ROLES), st.sampled_from(_UNITS), st.integers(1, 5)),
        min_size=4,
        max_size=30,
    )
)
def test_no_union_of_roles_and_units_singles_out_fewer_than_the_floor(small_q, rows):
    doc = _team(small_q, rows)
    smallest = _smallest_difference(doc)
    assert smallest is None or smallest >= role_floor(small_q)


def test_the_lens_tab_shows_only_what_the_core_allows_and_fits_a_projector(qtbot, small_q):
    from cxassess.gui.pages.lens_tab import LensTab

    doc = _team(small_q, _fifth_apart("Contact centre team leader"))
    tab = LensTab()
    qtbot.addWidget(tab)
    tab.resize(620, 600)
    tab.refresh(doc)

    def column(table, col=0):
        return [table.item(r, col).text() for r in range(table.rowCount())]

    # The long role wraps, so the areas' headers keep their room.
    assert column(tab.roles.table) == ["Contact centre\nteam leader", "Service"]
    assert column(tab.roles.table, 1) == ["5", "6"]
    # North (four of the five team leaders) is never a row of its own beside them.
    assert "North" not in column(tab.units.table)
    assert "set beside the roles" in tab.units.hint.text()
