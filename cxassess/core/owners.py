"""Who owns a suggested action: its role, or a stand-in while the organisation lacks it."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from pydantic import TypeAdapter, ValidationError

from cxassess.core.document import MAX_OWNERS, Assessment, Name, RoadmapItem, RoleName
from cxassess.core.problems import CxError
from cxassess.core.questionnaire import Action, OwnerRole
from cxassess.core.scoring import Scores, standing
from cxassess.core.text import lower_first
from cxassess.core.workdays import working_day


def _role(doc: Assessment, owner: str) -> OwnerRole | None:
    return next((r for r in doc.questionnaire.owners if r.role == owner), None)


def role_exists(doc: Assessment, scores: Scores, role: OwnerRole) -> bool | None:
    """Whether the team's answers say the role exists (None when nothing tells).

    The room's agreed score counts first. Without one, a statement of record tells
    nothing: whether an executive is named is a fact, and an average of beliefs about it,
    divided or not, must not decide who gets the work."""
    if role.exists_when is None:
        return None
    q = doc.questionnaire
    if role.exists_when not in doc.agreed_questions and q.question(role.exists_when).evidence:
        return None
    score = standing(doc, scores, role.exists_when)
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


SPONSOR_ROLE = "Executive sponsor"
_ROLE: TypeAdapter[str] = TypeAdapter(RoleName)
_NAME: TypeAdapter[str] = TypeAdapter(Name)


def _holder(doc: Assessment, role: str) -> str:
    """The person the team named for a role ("" when none), matched regardless of case."""
    key = _key(role)
    return next((name for r, name in doc.owners.items() if _key(r) == key and name), "")


def roles_in(doc: Assessment, owner: str) -> list[str]:
    """The roles an owner as the roadmap words it stands for, in the order they hold it:
    the role and its stand-in while nobody knows whether the role exists, only the stand-in
    while it does not; a single role (or a name typed in) otherwise."""
    for role in doc.questionnaire.owners:
        if owner == f"{role.role}, or {lower_first(role.fallback)} if none":
            return [role.role, role.fallback]
        if owner == f"{role.fallback}, until there is a {lower_first(role.role)}":
            return [role.fallback]
    return [owner] if owner else []


def who(doc: Assessment, owner: str) -> str:
    """An owner as a report prints it: the person the team named for the role, with the
    role beside the name; the role alone while nobody is named for it."""
    for role in roles_in(doc, owner):
        if name := _holder(doc, role):
            return f"{name} ({role})"
    return owner


def sponsor(doc: Assessment) -> str:
    """Who findings go up to: the named executive sponsor, or the role until one is named."""
    name = _holder(doc, SPONSOR_ROLE)
    return f"{name} (executive sponsor)" if name else "the executive sponsor"


def _key(role: str) -> str:
    return " ".join(role.split()).casefold()


def known_roles(doc: Assessment) -> list[str]:
    """Every role the questionnaire's actions and stand-ins name, in its own order."""
    q = doc.questionnaire
    roles = [a.owner for _, qu in q.questions() for a in qu.actions if a.owner]
    roles += [r for o in q.owners for r in (o.role, o.fallback)]
    return list(dict.fromkeys(roles))


def roles_to_name(doc: Assessment, owners: list[str]) -> list[tuple[str, int]]:
    """Roles these owners (as the plan words them) leave without a person, each with how
    many of them it holds, most first. A name typed in as an owner is a person already."""
    known = {_key(r) for r in known_roles(doc)} | {_key(SPONSOR_ROLE)}
    counts: dict[str, int] = {}
    for owner in owners:
        roles = roles_in(doc, owner)
        if not roles or who(doc, owner) != owner or _key(roles[0]) not in known:
            continue
        counts[roles[0]] = counts.get(roles[0], 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


def with_people(doc: Assessment, items: list[RoadmapItem]) -> list[RoadmapItem]:
    """Copies of roadmap items whose owner names the person holding the role, for reports;
    the document keeps the role, so a change of person is one change in one place."""
    return [
        item
        if who(doc, item.owner) == item.owner
        else item.model_copy(update={"owner": who(doc, item.owner)})
        for item in items
    ]


def plan_roles(doc: Assessment, asked: Sequence[str] = ()) -> list[tuple[str, int, str]]:
    """The roles to name, with how much open work each holds and who holds it ("" when
    nobody is named): the executive sponsor first, then the roles the plan and its
    suggestions name, then those `asked` names (owners of decisions and open points), then
    any other role the team named, so none is lost from sight."""
    counts: dict[str, int] = {SPONSOR_ROLE: 0}
    owners = [
        item.owner
        for item in doc.roadmap
        if item.review != "dropped" and item.status not in ("dropped", "done")
    ]
    known = {_key(r) for r in known_roles(doc)}
    for owner in [*owners, *asked]:
        for role in roles_in(doc, owner):
            if owner in asked and _key(role) not in known:
                continue  # "the facilitator", "the executive team": nobody to name
            counts[role] = counts.get(role, 0) + 1
    for role in doc.owners:
        if not any(_key(role) == _key(r) for r in counts):
            counts[role] = 0
    return [(role, n, _holder(doc, role)) for role, n in counts.items()]


def name_owners(doc: Assessment, names: dict[str, str]) -> dict[str, str]:
    """The document's owners with these roles named (a blank name clears one), matched to a
    role already there regardless of case and spacing; checked before anything changes."""
    owners = dict(doc.owners)
    for role, name in names.items():
        if not role.strip():
            raise CxError("A role to name needs at least one visible character.")
        same = [r for r in owners if _key(r) == _key(role)]
        for r in same:
            del owners[r]
        if not name.strip():
            continue
        try:
            spelt = next(
                (r for r in [SPONSOR_ROLE, *known_roles(doc)] if _key(r) == _key(role)),
                " ".join(role.split()),
            )
            owners[_ROLE.validate_python(same[0] if same else spelt)] = _NAME.validate_python(name)
        except ValidationError as exc:
            reason = exc.errors()[0]["msg"]
            raise CxError(f"The name for {role!r} cannot be used: {reason}.") from None
    if len(owners) > MAX_OWNERS:
        raise CxError(f"A document names at most {MAX_OWNERS} roles.")
    return owners


SETTLE_RECORD_DAYS = 14  # a document to bring: a fortnight
SETTLE_DAYS = 30  # a view to reconcile: the month before the first monthly report


BUSY = 5  # open actions and points of the discussion one person can hold at once


def point_owners(doc: Assessment, scores: Scores) -> dict[str, str]:
    """Who settles each point the discussion left open (as the plan words an owner).

    The owner of the statement's first step takes it, unless that would give one person
    BUSY open actions and points while another owner of the statement's steps holds fewer:
    the matters of record of one department otherwise all land on its head, on top of the
    plan's work there, and the plan stalls while they wait."""
    from cxassess.core.discussion import open_points

    load: dict[str, int] = {}
    for item in doc.roadmap:
        if item.review == "accepted" and item.status not in ("done", "dropped") and item.owner:
            load[who(doc, item.owner)] = load.get(who(doc, item.owner), 0) + 1

    def owners_of(question_id: str) -> list[str]:
        steps = doc.questionnaire.question(question_id).actions
        return list(dict.fromkeys(owner_for(doc, scores, a) for a in steps if a.owner))

    # Points only one role can settle are given out first, so the choice left for the
    # others can go round whoever is busy by then.
    points = sorted(open_points(doc, scores), key=lambda p: len(owners_of(p.question_id)) > 1)
    out: dict[str, str] = {}
    for point in points:
        candidates = owners_of(point.question_id)
        if not candidates:
            continue
        chosen = candidates[0]
        if load.get(who(doc, chosen), 0) + 1 >= BUSY:
            lighter = min(candidates, key=lambda c: load.get(who(doc, c), 0))
            if load.get(who(doc, lighter), 0) < load.get(who(doc, chosen), 0):
                chosen = lighter
        out[point.question_id] = chosen
        load[who(doc, chosen)] = load.get(who(doc, chosen), 0) + 1
    return out


def statement_owner(doc: Assessment, scores: Scores, question_id: str) -> str:
    """Who answers for a statement: for a point the discussion left open, whoever settles
    it (`point_owners`); otherwise the owner of its first step, as the roadmap would name
    it (with the stand-in where the role may not exist), or the executive team."""
    settling = point_owners(doc, scores).get(question_id)
    if settling is not None:
        return settling
    first = doc.questionnaire.question(question_id).actions[0]
    return owner_for(doc, scores, first) if first.owner else "the executive team"


def settles(doc: Assessment, scores: Scores, question_id: str) -> tuple[str, date]:
    """Who settles an open point of the discussion, and by when: a point left open in the
    room gets a person and a date, as a decision does, or it is never settled."""
    from cxassess.core.findings import findings

    record = bool(doc.questionnaire.question(question_id).evidence)
    days = SETTLE_RECORD_DAYS if record else SETTLE_DAYS
    by = working_day(doc.assessed_on + timedelta(days=days))
    # A finding about the same point asks its owner for a decision on it: one date for
    # both, the sooner, or the agenda and the findings give the same person two.
    for finding in findings(doc, scores):
        if finding.subject == question_id and finding.owner:
            by = min(by, finding.due(doc.assessed_on))
    return who(doc, statement_owner(doc, scores, question_id)), by
