"""The roles the report asks something of beyond the plan: the owners of the findings'
decisions and of the points the discussion left open, so the team can name them too."""

from __future__ import annotations

from cxassess.core.discussion import open_points
from cxassess.core.document import Assessment
from cxassess.core.findings import findings
from cxassess.core.owners import plan_roles, statement_owner
from cxassess.core.round import results_visible
from cxassess.core.scoring import Scores


def roles_asked(doc: Assessment, scores: Scores) -> list[str]:
    """Owners (as roles) of the findings and of the discussion's open points. None while the
    round is open: which roles a finding names would hint at the results."""
    if not results_visible(doc):
        return []
    asked = [f.owner for f in findings(doc, scores) if f.owner]
    asked += [statement_owner(doc, scores, p.question_id) for p in open_points(doc, scores)]
    return asked


def roles_to_fill(doc: Assessment, scores: Scores) -> list[tuple[str, int, str]]:
    """Every role to name a person for (the plan's, the decisions', the open points'), with
    how much open work each holds and who holds it."""
    return plan_roles(doc, roles_asked(doc, scores))
