"""The role and unit lenses: results by group, only where nobody's answers can be singled out."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from cxassess.core.document import Assessment, Participant
from cxassess.core.round import role_floor
from cxassess.core.scoring import Scores, score_participants

OTHER_ROLES = "Other roles"
NO_ROLE = "No role given"
OTHER_UNITS = "Other units"
NO_UNIT = "No unit given"


@dataclass(frozen=True)
class RoleGroup:
    """The scores of one role or unit (or of the folded 'other' group)."""

    role: str
    members: int
    scores: Scores


def _groups(
    doc: Assessment,
    key: Callable[[Participant], str],
    missing: str,
    other: str,
    min_size: int | None,
) -> list[RoleGroup]:
    q = doc.questionnaire
    floor = role_floor(q, min_size)
    by_key: dict[str, list[Participant]] = defaultdict(list)
    for person in doc.participants:
        if any(a.value is not None for a in person.answers.values()):
            by_key[key(person).strip() or missing].append(person)
    if len(by_key) < 2:
        return []
    shown = {name: people for name, people in by_key.items() if len(people) >= floor}
    folded = [p for name, people in by_key.items() if name not in shown for p in people]
    while folded and len(folded) < floor and shown:
        smallest = min(shown, key=lambda r: (len(shown[r]), r))
        folded.extend(shown.pop(smallest))
    if len(shown) + (1 if folded else 0) < 2:
        return []
    groups = [
        RoleGroup(name, len(people), score_participants(q, people))
        for name, people in sorted(shown.items())
    ]
    if folded:
        groups.append(RoleGroup(other, len(folded), score_participants(q, folded)))
    return groups


def role_groups(doc: Assessment, min_size: int | None = None) -> list[RoleGroup]:
    """Scores per role for roles with at least `min_size` respondents.

    Roles that are too small are folded into "Other roles". If that group would still be
    too small to show, the smallest shown roles are folded into it too, because team
    results minus the shown roles would otherwise reveal the remaining people's answers.
    With nothing left that is safe to show, the lens is empty.
    """
    return _groups(doc, lambda p: p.role, NO_ROLE, OTHER_ROLES, min_size)


def unit_groups(doc: Assessment, min_size: int | None = None) -> list[RoleGroup]:
    """Scores per unit (the part of the organisation each person knows best), under the
    same floor and folding as the role lens: everyone answers for the whole organisation,
    and this shows where the view from one department differs from another's."""
    return _groups(doc, lambda p: p.unit, NO_UNIT, OTHER_UNITS, min_size)
