"""Findings for a workshop's executives: patterns across the figures that call for a decision,
each ending in the decision the room should take. Key insights restate where things stand;
these say what the figures mean together."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from cxassess.core.comments import shortened, statement_comments
from cxassess.core.compare import margin_of_change
from cxassess.core.discussion import discussion_list
from cxassess.core.document import Assessment, RoadmapItem
from cxassess.core.owners import roles_in, sponsor, statement_owner, who
from cxassess.core.roles import role_groups, unit_groups
from cxassess.core.round import role_floor
from cxassess.core.scoring import QuestionStats, Scores, standing
from cxassess.core.text import lower_first
from cxassess.core.workdays import working_day

GAP = 1.0  # a point this far above the weakest area: a strength the weakest has not reached
ROLES_CLOSE = 0.5  # role averages this close: the disagreement is not between roles
UNSEEN = 1 / 4  # this share of people not knowing a statement's answer: it is not seen
MOVED = 0.5  # an agreed score this far from the answers: the room changed the picture
UNITS_APART = 1.0  # unit averages this far apart: where people sit decides what they see
FACILITATOR = "the facilitator, at a follow-up call with the people concerned"
RECORD_SPAN = 3  # answers this far apart on a matter of record: a fact is being voted on


@dataclass(frozen=True)
class Finding:
    """A pattern, the figures behind it, the decision it asks of the room, who carries it
    out and by when (days after the workshop; 0: before the room leaves)."""

    lead: str
    text: str
    decision: str
    owner: str = ""
    within_days: int = 0
    # What it is about (a statement or an area id), so a re-assessment can tell the same
    # finding about the same thing from the same pattern elsewhere.
    subject: str = ""
    # When the same finding was made before (a re-assessment): its decision is escalated.
    found_before: date | None = None

    def due(self, held_on: date) -> date:
        """The date the decision is due, for a workshop held on `held_on`: a working day."""
        return working_day(held_on + timedelta(days=self.within_days))


def _strength_gap(doc: Assessment, scores: Scores) -> Finding | None:
    dims = [d for d in scores.dimensions if d.score is not None]
    # A matter of record counts once the room has checked its document: agreeing on a
    # guess about a document is no evidence of a strength.
    checked = {k for k, a in doc.agreed_questions.items() if a.evidence}
    answered = [
        s
        for s in scores.questions
        if s.mean is not None
        and not s.on_agenda
        and (not doc.questionnaire.question(s.question_id).evidence or s.question_id in checked)
    ]
    if len(dims) < 2 or not answered:
        return None
    weakest = min(dims, key=lambda d: d.score or 0.0)

    def held(s: QuestionStats) -> float:
        return standing(doc, scores, s.question_id) or 0.0

    top = max(answered, key=held)
    if top.dimension_id == weakest.dimension_id or held(top) - (weakest.score or 0) < GAP:
        return None
    aside = (
        "Leaving aside matters of record nobody has checked, the strongest point people agree on"
        if any(
            doc.questionnaire.question(s.question_id).evidence and s.question_id not in checked
            for s in scores.questions
            if s.mean is not None and not s.on_agenda and (s.mean or 0) > held(top)
        )
        else "The strongest point people agree on"
    )
    q = doc.questionnaire
    step = _plan_item(doc, weakest.dimension_id)
    days = (step.due - doc.assessed_on).days if step is not None and step.due else 30
    # The decision is about this step, so its owner carries it (another accepted action in
    # the area, done already, named someone else beside a step that was not theirs).
    owner = (
        step.owner if step is not None and step.owner else _area_owner(doc, weakest.dimension_id)
    )
    if days < 1:
        days = 14  # past its date: two weeks to re-date or drop it
    elif step is not None and step.first_due is not None:
        days = min(days, 30)  # it slipped once: started this month, not by its new date
    elif step is not None and step.status == "planned" and _far_off(doc, step):
        days = 30  # the weakest area waits a quarter: brought forward this month
        owner = sponsor(doc)
    elif step is not None and step.status == "planned" and step.due is not None:
        # Not started and not yet due: the sponsor checks half-way that it has started, so
        # that its owner is not the one to confirm, on the day it is due, that it began.
        due_in = days
        days = max(7, min(30, days // 2))
        # Not before the work is due to begin (its date less the time it takes), so the
        # check does not ask whether something started that was never meant to yet.
        from cxassess.core.roadmap import work_starts

        begins = work_starts(step)
        if begins is not None:
            days = min(due_in, max(days, (begins - doc.assessed_on).days + 7))
        owner = sponsor(doc)
    return Finding(
        "Strong in one place, weak in another.",
        f"{aside}, {_quoted(top.text)}, "
        + (
            f"agreed at {q.figure(held(top))}"
            if top.question_id in doc.agreed_questions
            else f"averages {q.figure(held(top))}"
        )
        + ", while "
        f"{weakest.title} as a whole sits at {q.figure(weakest.score or 0.0)}: the "
        "organisation does some things well that its weakest area has not caught up with.",
        # The decision answers the finding: the weakest area's first step is held to its
        # start. (It no longer asks the strong point's owner to show the weak area's how it
        # is done: a call-back practice has nothing to teach the writing of a profile.)
        # The step first: a decision found again is quoted by its first sentence, and that
        # is the step's, not the naming that goes with it.
        _first_step(doc, weakest.dimension_id, weakest.title, days)
        + _name_first(doc, step, scores),
        owner,
        max(1, days),
        subject=weakest.dimension_id,
    )


def _name_first(doc: Assessment, step: RoadmapItem | None, scores: Scores) -> str:
    """Where the weakest area's step is owned by a role nobody holds yet, naming the person
    comes first: an unowned step cannot be checked for having started. A name typed in as
    the owner is a person already."""
    if step is None or not step.owner or who(doc, step.owner) != step.owner:
        return ""
    q = doc.questionnaire
    roles = {a.owner for _, qu in q.questions() for a in qu.actions}
    roles |= {r.role for r in q.owners} | {r.fallback for r in q.owners}
    if step.owner not in roles:
        return ""
    # The date the plan's owners line gives the sponsor to name every role, a week on.
    by = working_day(doc.assessed_on + timedelta(days=7))
    # Said of the plan, not the organisation: the answers may well say the role exists.
    said = (
        f" The plan names nobody yet as {step.owner}, who owns this step: the sponsor names "
        f"a person by {by:%d %B %Y}."
    )
    # Where the answers claim the role is held, the finding on that claim asks for the name.
    return "" if _claimed_role(doc, scores, step.owner) is not None else said


def _claimed_role(doc: Assessment, scores: Scores, role_name: str) -> float | None:
    """The score at which the answers claim a role is held while nobody could be named for
    it (None when they claim nothing): a claim to check against its document, not a fact
    to plan on."""
    q = doc.questionnaire
    role = next((r for r in q.owners if r.role == role_name), None)
    if role is None or role.exists_when is None or who(doc, role.role) != role.role:
        return None
    question = q.question(role.exists_when)
    agreed = doc.agreed_questions.get(question.id)
    if not question.evidence or (agreed is not None and agreed.evidence):
        return None
    mean = standing(doc, scores, question.id)
    # At or above the level that means the role is held, unchecked against the document.
    if mean is None or mean + 1e-9 < q.levels[q.level_index(role.exists_at)].start:
        return None
    return mean


def _quoted(text: str) -> str:
    """A statement quoted inside a sentence, without its own full stop."""
    return f"“{text.rstrip('.')}”"


def _statement_owner(doc: Assessment, scores: Scores, question_id: str) -> str:
    return statement_owner(doc, scores, question_id)


def _area_owner(doc: Assessment, dimension_id: str) -> str:
    """Who takes the weakest area's first step: the owner of the accepted action in it, or
    the executive team to name one."""
    plan = [
        i
        for i in doc.roadmap
        if i.dimension == dimension_id and i.review == "accepted" and i.status != "dropped"
    ]
    owned = next((i.owner for i in plan if i.owner), "")
    return owned or "the executive team"


def _plan_item(doc: Assessment, dimension_id: str) -> RoadmapItem | None:
    """The weakest area's action the decision is about: the one under way, else the first
    accepted one waiting."""
    plan = [
        i
        for i in doc.roadmap
        if i.dimension == dimension_id and i.review == "accepted" and i.status != "dropped"
    ]
    going = [i for i in plan if i.status == "in_progress"]
    waiting = [i for i in plan if i.status == "planned"]
    first = going or waiting
    return first[0] if first else None


FAR_OFF = 84  # the weakest area's first step due twelve weeks or more on: it waits a quarter


def _far_off(doc: Assessment, item: RoadmapItem) -> bool:
    """A step not yet started whose date is about a quarter away: the weakest area would
    have nothing under way until the next assessment."""
    return (
        item.status == "planned"
        and item.due is not None
        and (item.due - doc.assessed_on).days > FAR_OFF
    )


def _first_step(doc: Assessment, dimension_id: str, title: str, days: int = 30) -> str:
    """The decision for the weakest area, from where its plan stands: choose an action, get
    one started, or hold the one under way to its date."""
    # Named by their words, not a number: the report orders the roadmap its own way.
    plan = [
        i
        for i in doc.roadmap
        if i.dimension == dimension_id and i.review == "accepted" and i.status != "dropped"
    ]
    going = [i for i in plan if i.status == "in_progress"]
    waiting = [i for i in plan if i.status == "planned"]
    if going:
        item = going[0]
        return (
            f"Hold the action under way, {_quoted(item.action)}, to its date"
            + (f" ({item.due:%d %B %Y})" if item.due else "")
            + ", and agree what shows it worked."
        )
    if waiting:
        item = waiting[0]
        owner = f" under {who(doc, item.owner)}" if item.owner else ""
        if item.due is not None and item.due < doc.assessed_on:
            return (
                f"{_quoted(item.action)} is past its date ({item.due:%d %B %Y}) and not "
                f"started: re-date it with its owner or drop it; nothing in the {title} area is "
                "under way yet."
            )
        if item.due is not None and item.first_due is not None:
            return (
                f"{_quoted(item.action)} was due on {item.first_due:%d %B %Y} and was given a "
                f"new date, {item.due:%d %B %Y}, without having started: it starts{owner} "
                f"within a month, with the sponsor checking, or it is dropped; nothing in the "
                f"{title} area is under way yet."
            )
        if _far_off(doc, item) and item.due is not None:
            weeks = round((item.due - doc.assessed_on).days / 7)
            return (
                f"Bring {_quoted(item.action)}{owner} forward to start this month, or choose "
                f"a step in the {title} area that can start now: its date ({item.due:%d %B %Y}) "
                f"is {weeks} weeks away and nothing in the weakest area is under way."
            )
        if item.due is None:
            return (
                f"Confirm that {_quoted(item.action)} starts this month{owner}; nothing in the "
                f"{title} area is under way yet."
            )
        check = working_day(doc.assessed_on + timedelta(days=days))
        return (
            f"Check on {check:%d %B %Y}, before its date ({item.due:%d %B %Y}), that "
            f"{_quoted(item.action)} has started{owner}; if it has not, re-date it with its "
            f"owner or give it to someone who can start it. Nothing in the {title} area is "
            "under way yet."
        )
    return f"Choose one action in the {title} area to start this month, and name who owns it."


def _within_roles(doc: Assessment, scores: Scores) -> Finding | None:
    groups = role_groups(doc)
    divided = [s for s in scores.questions if s.on_agenda and s.mean is not None]
    if len(groups) < 2 or not divided:
        return None
    alike = []
    for st in divided:
        means = [g.scores.question(st.question_id).mean for g in groups]
        values = [m for m in means if m is not None]
        if len(values) >= 2 and max(values) - min(values) <= ROLES_CLOSE:
            alike.append(st)
    if len(alike) * 2 < len(divided):
        return None
    return Finding(
        "Roles agree with each other, so the disagreement is within roles.",
        f"On {len(alike)} of the {len(divided)} divided statements the roles' averages are "
        f"within {ROLES_CLOSE:.1f} of each other: people in the same job see it differently.",
        "Ask two people in the same role with opposite answers to describe the last case each "
        "saw, before agreeing a score.",
        FACILITATOR,
        7,
    )


def _between_units(doc: Assessment, scores: Scores) -> Finding | None:
    groups = unit_groups(doc)
    # Not a matter of record: its document settles it for the whole organisation, so two
    # units' views of it are not both right, and its own finding asks for the document.
    divided = [
        s
        for s in scores.questions
        if s.on_agenda
        and s.mean is not None
        and not doc.questionnaire.question(s.question_id).evidence
    ]
    if len(groups) < 2 or not divided:
        return None
    floor = role_floor(doc.questionnaire)
    apart: list[tuple[float, str, tuple[str, float], tuple[str, float], str]] = []
    for st in divided:
        # Only units where enough people answered this statement: a unit of three with two
        # "not applicable" would otherwise say which way its one answer went.
        means = [
            (g.role, m)
            for g in groups
            if (m := g.scores.question(st.question_id).mean) is not None
            and g.scores.question(st.question_id).n >= floor
        ]
        if len(means) < 2:
            continue
        high = max(means, key=lambda v: v[1])
        low = min(means, key=lambda v: v[1])
        # Larger than a point, and larger than chance could make it between groups this
        # small (the 95% margin of the difference): three people against five prove little.
        margin = margin_of_change(
            _unit_answers(doc, low[0], st.question_id), _unit_answers(doc, high[0], st.question_id)
        )
        if high[1] - low[1] >= max(UNITS_APART, margin or 0.0) and margin is not None:
            apart.append((high[1] - low[1], st.text, high, low, st.question_id))
    if not apart:
        return None
    _, text, high, low, qid = max(apart, key=lambda a: a[0])
    also = (
        f" The same holds for {len(apart) - 1} more of the {len(divided)} divided statements."
        if len(apart) > 1
        else ""
    )
    # No group's figure on a single statement: three people's average there is close to
    # telling what each answered. The direction and "more than a point" are enough.
    return Finding(
        "Where people sit decides what they see.",
        f"On {_quoted(text)} those who know {high[0]} best rate it more than a point higher than "
        f"those who know {low[0]} best: both may be right about their part.{also}",
        "Ask each side for the last case it saw. If the organisation works differently by "
        "unit, score it on the weaker part and name who takes the better practice across; if "
        "not, agree which view the evidence supports.",
        # Whether a practice crosses units is the organisation's call: the statement's owner
        # decides it, not the facilitator who ran the room.
        _statement_owner(doc, scores, qid),
        7,
        subject=qid,
    )


def _unit_answers(doc: Assessment, unit: str, question_id: str) -> list[float]:
    return [
        float(a.value)
        for p in doc.participants
        if p.unit.strip() == unit
        and (a := p.answers.get(question_id)) is not None
        and a.value is not None
    ]


def _on_record(doc: Assessment, scores: Scores) -> Finding | None:
    q = doc.questionnaire
    voted = [
        st
        for st in scores.questions
        if q.question(st.question_id).evidence
        and st.min is not None
        and st.max is not None
        and st.max - st.min >= RECORD_SPAN
        and not (
            (agreed := doc.agreed_questions.get(st.question_id)) is not None and agreed.evidence
        )
    ]
    if not voted:
        return None

    def planned_for(question_id: str) -> RoadmapItem | None:
        return next(
            (
                i
                for i in doc.roadmap
                if i.question == question_id and i.review == "accepted" and i.status != "dropped"
            ),
            None,
        )

    # Widest first; among as wide, the one nothing on the plan touches and people wrote
    # about: a record the plan already works on is the smaller decision for the room.
    st = max(
        voted,
        key=lambda s: (
            (s.max or 0) - (s.min or 0),
            planned_for(s.question_id) is None,
            bool(statement_comments(doc, s.question_id)),
        ),
    )
    document = q.question(st.question_id).evidence
    said, _ = shortened(statement_comments(doc, st.question_id), 1, 160)
    comment = f" One comment reads: “{said[0]}”" if said else ""
    planned = planned_for(st.question_id)
    plan = "" if planned else " Nothing on the plan touches it."
    agreed = doc.agreed_questions.get(st.question_id)
    if agreed is not None:
        plan += f" The room agreed {doc.questionnaire.figure(agreed.score)} without the document."
    others = len(voted) - 1
    more = (
        f" ({others} more matter{'' if others == 1 else 's'} of record divided by three points "
        "or more)"
        if others
        else ""
    )
    return Finding(
        "A matter of record is being voted on.",
        f"{_quoted(st.text)} has one answer, in a document, yet people answered from {st.min} to "
        f"{st.max}{more}.{comment}{plan}",
        f"Bring {lower_first(document)} to the room (or establish that there is none) and "
        "score what it shows; "
        + (
            "then decide whether it needs an action with an owner."
            if planned is None
            else f"the action on the plan, {_quoted(planned.action)}, is done: score the "
            "statement from what it produced."
            if planned.status == "done"
            else f"then check the action on the plan, {_quoted(planned.action)}, against it."
        ),
        _statement_owner(doc, scores, st.question_id),
        14,
        subject=st.question_id,
    )


CLAIMED_ROLE = "A role the answers say is held has nobody in it."


def _claimed(doc: Assessment, scores: Scores) -> Finding | None:
    """A role the answers say is held, owning open work in the plan, with nobody named for
    it: the answer is a claim to check, and until someone is named the work has no owner."""
    held = [
        i
        for i in doc.roadmap
        if i.review == "accepted" and i.status not in ("done", "dropped") and i.owner
    ]
    for role in doc.questionnaire.owners:
        # The role's work, whether the plan gives it the role alone or with its stand-in.
        mine = [i for i in held if role.role in roles_in(doc, i.owner)]
        if not mine or who(doc, role.role) != role.role:
            continue
        mean = _claimed_role(doc, scores, role.role)
        if mean is None:
            continue
        first = min(mine, key=lambda i: (i.due or doc.assessed_on, i.action))
        by = working_day(doc.assessed_on + timedelta(days=7))
        return Finding(
            CLAIMED_ROLE,
            _claim_text(doc, role.role, mean, len(mine), first),
            f"Check that answer against {_evidence_of(doc, role.exists_when)}, and name the "
            f"person who holds the role by {by:%d %B %Y}; until someone does, "
            f"{_stand_in(doc, role.fallback)} holds the role's actions in the plan.",
            sponsor(doc),
            7,
            subject=role.exists_when or "",
        )
    return None


def _stand_in(doc: Assessment, fallback: str) -> str:
    """The stand-in as the report names them: the person named for the role, or the role."""
    named = who(doc, fallback)
    return named if named != fallback else f"the {lower_first(fallback)}"


def _claim_text(doc: Assessment, role: str, mean: float, count: int, first: RoadmapItem) -> str:
    q = doc.questionnaire
    owner = next(r for r in q.owners if r.role == role)
    question = q.question(owner.exists_when or "")
    due = f", due {first.due:%d %B %Y}" if first.due else ""
    owns = (
        f"who owns the plan's action {_quoted(first.action)}{due}"
        if count == 1
        else f"who owns {count} of the plan's open actions, among them {_quoted(first.action)}{due}"
    )
    return (
        f"The answers put {_quoted(question.text)} at {q.level_for(mean).name} "
        f"({q.figure(mean)}), yet nobody could be named as {role}, {owns}."
    )


def _evidence_of(doc: Assessment, question_id: str | None) -> str:
    question = doc.questionnaire.question(question_id or "")
    return lower_first(question.evidence or "its document")


def _unseen(doc: Assessment, scores: Scores) -> Finding | None:
    people = scores.respondents
    if people < 3:
        return None
    unseen = [s for s in scores.questions if s.dont_know >= max(2, UNSEEN * people)]
    if not unseen:
        return None
    worst = max(unseen, key=lambda s: s.dont_know)
    # Everyone the statement was put to, as the results page counts them.
    asked = worst.n + worst.dont_know + worst.not_applicable
    others = len(unseen) - 1
    more = f" ({others} more statement{'' if others == 1 else 's'} like it)" if others else ""
    return Finding(
        "Some things are not seen.",
        f"{worst.dont_know} of {asked} did not know the answer to {_quoted(worst.text)}{more}. "
        "For leaders, not knowing is a finding in itself.",
        "Name who holds the evidence for it, and bring the document to the next meeting.",
        _statement_owner(doc, scores, worst.question_id),
        14,
        subject=worst.question_id,
    )


def _moved(doc: Assessment, scores: Scores) -> Finding | None:
    moved = [
        d
        for d in scores.dimensions
        if d.agreed is not None and d.score is not None and abs(d.agreed - d.score) >= MOVED
    ]
    if not moved:
        return None
    d = moved[0]
    assert d.agreed is not None and d.score is not None
    return Finding(
        "The discussion changed the picture.",
        f"The room agreed {doc.questionnaire.figure(d.agreed)} for {d.title} where the answers gave {doc.questionnaire.figure(d.score)}.",
        "Write down what moved it, so the next assessment can check whether it still holds.",
        FACILITATOR,
        7,
        subject=d.dimension_id,
    )


def _split(doc: Assessment, scores: Scores) -> Finding | None:
    points = doc.questionnaire.scale.points

    def camps(question_id: str) -> bool:
        counts = scores.question(question_id).distribution
        low = sum(counts[: points // 2])
        high = sum(counts[points - points // 2 :])
        total = sum(counts)
        # Two camps: each end holds at least a quarter, and together most of the answers.
        return total > 0 and min(low, high) * 4 >= total and (low + high) * 4 >= 3 * total

    items = discussion_list(doc.questionnaire, scores, doc.discussion_size)
    # Two camps on a matter of record are settled by its document (the finding above).
    split = next(
        (
            i
            for i in items
            if i.reason.startswith("split")
            and camps(i.question_id)
            and not i.evidence
            # Agreed in the room already: there is nothing left to decide.
            and i.question_id not in doc.agreed_questions
        ),
        None,
    )
    if split is None:
        return None
    return Finding(
        "Two camps on one point.",
        f"On {_quoted(split.text)} the answers form two groups ({split.reason.removeprefix('split: ')}).",
        "Agree what is true before acting on it: one example from each side, then a score.",
        FACILITATOR,
        7,
        subject=split.question_id,
    )


def findings(doc: Assessment, scores: Scores) -> list[Finding]:
    """Up to four findings, each ending in a decision (a workshop with results only): the
    page they share must stay one page."""
    if not doc.is_team or scores.overall.score is None:
        return []
    rules = (
        _claimed,
        _strength_gap,
        _on_record,
        _between_units,
        _within_roles,
        _unseen,
        _moved,
        _split,
    )
    found = [f for rule in rules if (f := rule(doc, scores)) is not None]
    return found[:4]


__all__ = ["CLAIMED_ROLE", "Finding", "findings"]
