"""The role lens: results by role, only where nobody's answers can be singled out."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from cxassess.core.document import Assessment, Participant
from cxassess.core.round import role_floor
from cxassess.core.scoring import Scores, score_participants

OTHER_ROLES = "Other roles"
NO_ROLE = "No role given"


@dataclass(frozen=True)
class RoleGroup:
    """The scores of one role (or of the folded 'other roles' group)."""

    role: str
    members: int
    scores: Scores


def role_groups(doc: Assessment, min_size: int | None = None) -> list[RoleGroup]:
    """Scores per role for roles with at least `min_size` respondents.

    Roles that are too small are folded into "Other roles". If that group would still be
    too small to show, the smallest shown roles are folded into it too, because team
    results minus the shown roles would otherwise reveal the remaining people's answers.
    With nothing left that is safe to show, the lens is empty.
    """
    q = doc.questionnaire
    floor = role_floor(q, min_size)
    by_role: dict[str, list[Participant]] = defaultdict(list)
    for person in doc.participants:
        if any(a.value is not None for a in person.answers.values()):
            by_role[person.role.strip() or NO_ROLE].append(person)
    if len(by_role) < 2:
        return []
    shown = {role: people for role, people in by_role.items() if len(people) >= floor}
    folded = [p for role, people in by_role.items() if role not in shown for p in people]
    while folded and len(folded) < floor and shown:
        smallest = min(shown, key=lambda r: (len(shown[r]), r))
        folded.extend(shown.pop(smallest))
    if len(shown) + (1 if folded else 0) < 2:
        return []
    groups = [
        RoleGroup(role, len(people), score_participants(q, people))
        for role, people in sorted(shown.items())
    ]
    if folded:
        groups.append(RoleGroup(OTHER_ROLES, len(folded), score_participants(q, folded)))
    return groups
