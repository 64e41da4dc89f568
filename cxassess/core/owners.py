"""Who owns a suggested action: its role, or a stand-in while the organisation lacks it."""

from __future__ import annotations

from cxassess.core.document import Assessment
from cxassess.core.questionnaire import Action, OwnerRole
from cxassess.core.scoring import Scores
from cxassess.core.text import lower_first


def _role(doc: Assessment, owner: str) -> OwnerRole | None:
    return next((r for r in doc.questionnaire.owners if r.role == owner), None)


def role_exists(doc: Assessment, scores: Scores, role: OwnerRole) -> bool | None:
    """Whether the team's answers say the role exists (None when nothing tells).

    The room's agreed score counts first. Without one, a statement of record on which the
    team is divided tells nothing: whether an executive is named is a fact, and an average
    of guesses about it must not decide who gets the work."""
    if role.exists_when is None:
        return None
    q = doc.questionnaire
    agreed = doc.agreed_questions.get(role.exists_when)
    stats = scores.question(role.exists_when)
    if agreed is None and q.question(role.exists_when).evidence and stats.on_agenda:
        return None
    score = agreed.score if agreed is not None else stats.mean
    if score is None:
        return None
    start = q.levels[q.level_index(role.exists_at)].start
    return score + 1e-9 >= start


def owner_for(doc: Assessment, scores: Scores, action: Action) -> str:
    """The owner to suggest for an action.

    An action owned by a role the team says it lacks (the questionnaire's statement for
    it scores below the level that means it exists) goes to the stand-in, named as such,
    so no plan hands work to somebody who is not there; when the answers cannot tell,
    both are named."""
    role = _role(doc, action.owner)
    if role is None:
        return action.owner
    exists = role_exists(doc, scores, role)
    if exists:
        return action.owner
    if exists is None:
        return f"{role.role}, or {lower_first(role.fallback)} if none"
    return f"{role.fallback}, until there is a {lower_first(role.role)}"
