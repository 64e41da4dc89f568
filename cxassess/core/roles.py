"""The role and unit lenses: results by group, only where nobody's answers can be singled out.

Each lens alone keeps every group at the floor, and folds small groups so that the team's
figures minus the shown groups are never a small group either. The two lenses cut the same
people, so together they could still single someone out: a role of five beside a unit of
four of those five gives the fifth person's answers by subtraction. The unit lens therefore
also folds any unit whose groups, set against the roles' groups, would leave fewer people
than the floor on either side of a difference (`_exposure`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from cxassess.core.document import Assessment, Participant
from cxassess.core.round import role_floor
from cxassess.core.scoring import Scores, score_participants

OTHER_ROLES = "Other roles"
NO_ROLE = "No role given"
OTHER_UNITS = "Other units"
NO_UNIT = "No unit given"

# Beyond this many groups on the smaller lens the cross-check (which tries every union of
# that lens's groups) would be slow; the unit lens is coarsened to it first, which only
# ever hides more.
_MOST_GROUPS_CHECKED = 12


@dataclass(frozen=True)
class RoleGroup:
    """The scores of one role or unit (or of the folded 'other' group)."""

    role: str
    members: int
    scores: Scores


# A lens before scoring: the shown groups by name, and the folded "other" group's people.
_Partition = tuple[dict[str, list[Participant]], list[Participant]]


def _partition(
    doc: Assessment, key: Callable[[Participant], str], missing: str, floor: int
) -> _Partition | None:
    by_key: dict[str, list[Participant]] = defaultdict(list)
    for person in doc.participants:
        if any(a.value is not None for a in person.answers.values()):
            by_key[key(person).strip() or missing].append(person)
    if len(by_key) < 2:
        return None
    shown = {name: people for name, people in by_key.items() if len(people) >= floor}
    folded = [p for name, people in by_key.items() if name not in shown for p in people]
    while folded and len(folded) < floor and shown:
        smallest = min(shown, key=lambda r: (len(shown[r]), r))
        folded.extend(shown.pop(smallest))
    if len(shown) + (1 if folded else 0) < 2:
        return None
    return shown, folded


def _sets(partition: _Partition) -> list[frozenset[int]]:
    shown, folded = partition
    groups = [frozenset(id(p) for p in people) for _, people in sorted(shown.items())]
    return groups + ([frozenset(id(p) for p in folded)] if folded else [])


def _exposure(
    rows: Sequence[frozenset[int]], cols: Sequence[frozenset[int]], floor: int
) -> tuple[int, int] | None:
    """A union of `rows` groups and a union of `cols` groups whose difference is a
    non-empty set of fewer than `floor` people, as two bit masks; None when there is none.

    The difference's size is the sum, over the column groups, of the people each adds (in
    the column union, outside the row union) or keeps out (in the row union, outside the
    column union); a subset-sum over the columns, capped at the floor, finds whether some
    choice of columns makes it small.
    """
    for a in range(1, 1 << len(rows)):
        chosen = frozenset().union(*(r for i, r in enumerate(rows) if a >> i & 1))
        # reachable[size] = a column mask giving that size, for sizes below the floor
        reachable: dict[int, int] = {0: 0}
        for j, col in enumerate(cols):
            inside, outside = len(col & chosen), len(col - chosen)
            step: dict[int, int] = {}
            for size, mask in reachable.items():
                for extra, bit in ((inside, 0), (outside, 1 << j)):
                    if size + extra < floor:
                        step.setdefault(size + extra, mask | bit)
            reachable = step
        for size, mask in reachable.items():
            if size:
                return a, mask
    return None


def _fold_units(units: _Partition, roles: _Partition, floor: int) -> _Partition | None:
    """Fold unit groups until no union of units, set against a union of roles, singles out
    fewer than `floor` people; None when the lens has nothing left to show."""
    shown, folded = dict(units[0]), list(units[1])

    def fold(name: str) -> None:
        folded.extend(shown.pop(name))

    row_sets = _sets(roles)
    while True:
        if len(shown) + (1 if folded else 0) < 2:
            return None
        names = sorted(shown)
        if len(names) + (1 if folded else 0) > _MOST_GROUPS_CHECKED and len(row_sets) > (
            _MOST_GROUPS_CHECKED
        ):
            fold(min(names, key=lambda n: (len(shown[n]), n)))
            continue
        cols = _sets((shown, folded))
        rows = row_sets
        found = _exposure(rows, cols, floor) if len(rows) <= len(cols) else None
        if found is not None:
            in_b = {names[j] for j in range(len(names)) if found[1] >> j & 1}
            other_in_b = bool(folded) and bool(found[1] >> len(names) & 1)
        else:
            swapped = _exposure(cols, rows, floor) if len(rows) > len(cols) else None
            if swapped is None:
                return shown, folded
            in_b = {names[j] for j in range(len(names)) if swapped[0] >> j & 1}
            other_in_b = bool(folded) and bool(swapped[0] >> len(names) & 1)
        # Merge a unit on one side of the difference with one on the other: the union
        # that singled people out can then no longer be formed.
        inside = sorted(in_b, key=lambda n: (len(shown[n]), n))
        outside = sorted(set(names) - in_b, key=lambda n: (len(shown[n]), n))
        if folded:
            fold(((outside if other_in_b else inside) or names)[0])
        else:
            fold((inside or outside)[0])
            fold((outside or inside or sorted(shown))[0])


def _scored(
    doc: Assessment, partition: _Partition | None, other: str, floor: int
) -> list[RoleGroup]:
    if partition is None:
        return []
    q = doc.questionnaire
    shown, folded = partition
    groups = [
        RoleGroup(name, len(people), score_participants(q, people, min_answers=floor))
        for name, people in sorted(shown.items())
    ]
    if folded:
        groups.append(
            RoleGroup(other, len(folded), score_participants(q, folded, min_answers=floor))
        )
    return groups


def _role_partition(doc: Assessment, floor: int) -> _Partition | None:
    return _partition(doc, lambda p: p.role, NO_ROLE, floor)


def role_groups(doc: Assessment, min_size: int | None = None) -> list[RoleGroup]:
    """Scores per role for roles with at least `min_size` respondents.

    Roles that are too small are folded into "Other roles". If that group would still be
    too small to show, the smallest shown roles are folded into it too, because team
    results minus the shown roles would otherwise reveal the remaining people's answers.
    With nothing left that is safe to show, the lens is empty. A group's statement that
    fewer than `min_size` of its people answered gives no figure.
    """
    floor = role_floor(doc.questionnaire, min_size)
    return _scored(doc, _role_partition(doc, floor), OTHER_ROLES, floor)


def unit_groups(doc: Assessment, min_size: int | None = None) -> list[RoleGroup]:
    """Scores per unit (the part of the organisation each person knows best), under the
    same floor and folding as the role lens, and folded further wherever a unit set
    beside the role lens would single people out: everyone answers for the whole
    organisation, and this shows where the view from one department differs from another's."""
    floor = role_floor(doc.questionnaire, min_size)
    units = _partition(doc, lambda p: p.unit, NO_UNIT, floor)
    roles = _role_partition(doc, floor)
    if units is not None and roles is not None:
        units = _fold_units(units, roles, floor)
    return _scored(doc, units, OTHER_UNITS, floor)
