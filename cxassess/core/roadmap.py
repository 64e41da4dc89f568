"""The roadmap engine: targets, gaps and a prioritised, dated plan of actions."""

from __future__ import annotations

import math
import re
import uuid
from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any

from cxassess.core.document import Assessment, Effort, Horizon, RoadmapItem
from cxassess.core.followup import carried_reason
from cxassess.core.gaps import (
    weigh,
)
from cxassess.core.owners import owner_for
from cxassess.core.questionnaire import Action, Question, Questionnaire
from cxassess.core.scoring import Scores, score_document, standing
from cxassess.core.text import shorten, tenths
from cxassess.core.workdays import working_day

HORIZON_DAYS: dict[Horizon, int] = {"now": 30, "next": 90, "later": 365}
HORIZON_LABELS: dict[Horizon, str] = {
    "now": "Now (0-30 days)",
    "next": "Next (1-3 months)",
    "later": "Later (3-12 months)",
}
REASSESS_AFTER_DAYS = 90
EFFORT_RANK: dict[Effort, int] = {"low": 0, "medium": 1, "high": 2}
_ORDER: dict[Horizon, int] = {"now": 0, "next": 1, "later": 2}


# How long the work of an action takes, by its effort: a half-day session drawn across
# nine months reads as nine months of work. A large effort fills its period.
EFFORT_SPAN_DAYS: dict[str, int] = {"low": 21, "medium": 60}
HORIZON_START: dict[Horizon, int] = {
    "now": 0,
    "next": HORIZON_DAYS["now"],
    "later": HORIZON_DAYS["next"],
}


def work_starts(item: RoadmapItem) -> date | None:
    """When an action's work has to start to meet its date: its due date less the time the
    work takes (by its effort, within its period). The timeline draws it from there, and a
    check that it started falls after it."""
    if item.due is None:
        return None
    window = HORIZON_DAYS[item.horizon] - HORIZON_START[item.horizon]
    return item.due - timedelta(
        days=min(window, EFFORT_SPAN_DAYS.get(item.effort or "medium", window))
    )


def reassessment_date(doc: Assessment) -> date:
    """When to assess again: the date set in the document, or 90 days after this one."""
    return doc.reassess_on or doc.assessed_on + timedelta(days=REASSESS_AFTER_DAYS)


def actions_for_next_level(q: Questionnaire, question: Question, mean: float) -> list[Action]:
    """The question's actions keyed to the level above where the team answered it.

    When no action is keyed to exactly that level, the nearest higher level's actions are
    used; at the top, the highest ones.
    """
    next_index = q.level_index(q.level_for(mean).id) + 1
    by_level: dict[int, list[Action]] = {}
    for action in question.actions:
        by_level.setdefault(q.level_index(action.level), []).append(action)
    higher = sorted(i for i in by_level if i >= next_index)
    if higher:
        return by_level[higher[0]]
    return by_level[max(by_level)]


def horizon_for(priority: float, effort: Effort) -> Horizon:
    """Now / Next / Later from priority (gap times weights) and effort."""
    if effort == "low":
        return "now" if priority >= 0.5 else "next"
    if effort == "medium":
        return "next" if priority >= 0.5 else "later"
    return "next" if priority >= 1.5 else "later"


def is_quick_win(item: RoadmapItem) -> bool:
    """Low effort and a large gap: worth doing first."""
    return item.effort == "low" and item.priority >= 1.0


def is_alignment_step(item: RoadmapItem) -> bool:
    """A generated step to align the team on a question it disagrees about."""
    return item.source_action is None and item.origin == "generated" and item.question is not None


def _sort_key(item: RoadmapItem) -> tuple[Any, ...]:
    return (
        _ORDER[item.horizon],
        0 if is_alignment_step(item) else 1,
        0 if is_quick_win(item) else 1,
        -item.priority,
        EFFORT_RANK.get(item.effort or "medium", 1),
        item.action,
    )


def sort_roadmap(items: Iterable[RoadmapItem]) -> list[RoadmapItem]:
    """Items by horizon; within one, alignment steps, quick wins, then priority."""
    return sorted(items, key=_sort_key)


def _due(doc: Assessment, horizon: Horizon) -> date:
    return doc.assessed_on + timedelta(days=HORIZON_DAYS[horizon])


# Where in its horizon an item may fall due: the first week is for starting, not finishing.
HORIZON_WINDOWS: dict[Horizon, tuple[int, int]] = {
    "now": (14, 30),
    "next": (45, 90),
    "later": (120, 365),
}
EFFORT_COST: dict[Effort, float] = {"low": 1.0, "medium": 2.0, "high": 3.0}
WEAK_AREA = 0.2  # an area this far below the average of the areas is said to be weak


def staggered_dues(doc: Assessment, horizon: Horizon, count: int) -> list[date]:
    """``count`` due dates spread evenly across a horizon, earliest first."""
    first, last = HORIZON_WINDOWS[horizon]
    step = (last - first) / count if count else 0
    return [
        working_day(
            doc.assessed_on + timedelta(days=round(first + step * (i + 1)) if count > 1 else last)
        )
        for i in range(count)
    ]


def impact_band(priority: float) -> str:
    """ "high", "medium" or "low" impact, from the weighted gap to target."""
    return "high" if priority >= 1.0 else "medium" if priority >= 0.5 else "low"


def lower_view(distribution: Sequence[int]) -> float | None:
    """The mean of the lower half of the answers (the middle one counted with it when the
    count is odd): where the more cautious half of a divided team stands."""
    answers = [point for point, n in enumerate(distribution, start=1) for _ in range(n)]
    if not answers:
        return None
    half = answers[: (len(answers) + 1) // 2]
    return sum(half) / len(half)


def _pick(q: Questionnaire, question: Question, mean: float) -> Action:
    # Of the actions for the next level, the least effort: the roadmap is short.
    options = actions_for_next_level(q, question, mean)
    return min(options, key=lambda a: EFFORT_RANK[a.effort])


def _structural(q: Questionnaire, question: Question, mean: float) -> Action | None:
    # The larger step for the same point: a medium or high effort action of the same next
    # level, never one further up (a Reactive team is not offered Customer-led work).
    level = _pick(q, question, mean).level
    options = [a for a in question.actions if a.effort != "low" and a.level == level]
    return min(options, key=lambda a: EFFORT_RANK[a.effort]) if options else None


# A reason is stored as short text (at most 500 characters). A divided matter of record in
# a weak area, whose first step is taken as done, gathers five sentences and can pass it.
REASON_LIMIT = 500
# The sentences a long reason gives up first, each said elsewhere: the impact and effort
# stand in the plan's own columns, and a weak area has its own finding.
_SPARE_SENTENCES = (
    re.compile(r" (?:High impact for little effort: a quick win|\w+ impact, \w+ effort)\."),
    re.compile(r" [^.“”]+ is among the weakest areas \([^)]*\)\."),
)


def fit_reason(text: str) -> str:
    """The reason within the stored limit: sentences said elsewhere go first, and only
    then is the end cut, between words."""
    for spare in _SPARE_SENTENCES:
        if len(text) <= REASON_LIMIT:
            break
        text = spare.sub("", text, count=1)
    return shorten(text, REASON_LIMIT)


def _reason(
    doc: Assessment, mean: float, target: float, priority: float, effort: Effort, agreed: bool
) -> str:
    q = doc.questionnaire
    today = q.level_for(mean).name
    aim = q.level_for(target).name
    who = (
        "The score agreed in discussion"
        if agreed
        else "The team's average answer"
        if doc.is_team
        else "Your answer"
    )
    why = f"{who} is {q.figure(mean)} ({today}); the target is {q.figure(target)} ({aim})."
    band = impact_band(priority)
    if effort == "low" and band == "high":
        return f"{why} High impact for little effort: a quick win."
    return f"{why} {band.capitalize()} impact, {effort} effort."


def _area_note(title: str, area: float | None, mean_area: float, shortfall: float) -> str:
    if area is None or shortfall < WEAK_AREA:
        return ""
    return f" {title} is among the weakest areas ({tenths(area)}, against {tenths(mean_area)} on average)."


def _spread(ranked: list[RoadmapItem], limit: int) -> None:
    """Move items to later horizons, best first, so no more than two in five start at once:
    a team cannot begin ten things in its first month."""
    capacity = {"now": max(1, round(limit * 0.4)), "next": max(1, round(limit * 0.4))}
    for item in ranked:
        for horizon in ("now", "next"):
            if _ORDER[item.horizon] <= _ORDER[horizon] and capacity[horizon] > 0:
                item.horizon = horizon
                capacity[horizon] -= 1
                break
        else:
            item.horizon = "later"


def generate_roadmap(
    doc: Assessment,
    scores: Scores | None = None,
    limit: int | None = None,
    skip_questions: Iterable[str] = (),
) -> list[RoadmapItem]:
    """A short plan: for each statement below its dimension's target, the least-effort
    action for the next level (and a larger, structural one as an alternative); the best
    ``limit`` of them (the document's roadmap size) by impact (gap to target times weight)
    for the effort, one per statement, no area over its share, quick fixes at most three
    in five (a point the room agreed a score on takes its place regardless); quick wins first, each with a suggested owner role, a KPI with its baseline
    and target, and its own due date."""
    q = doc.questionnaire
    scores = scores or score_document(doc)
    limit = doc.roadmap_size if limit is None else limit
    skip = set(skip_questions)
    weighed = weigh(doc, scores)
    candidates: list[tuple[float, float, int, RoadmapItem]] = []
    for order, (dim, question) in enumerate(q.questions()):
        stats = scores.question(question.id)
        w = weighed.get(question.id)
        if question.id in skip or w is None:
            continue
        # A score the team agreed in discussion is its considered view: it counts.
        agreed = doc.agreed_questions.get(question.id)
        mean, target, area, priority = w.mean, w.target, w.area, w.priority
        mean_area, shortfall = w.mean_area, w.shortfall
        # A matter of record the team is divided on and nobody has checked: the average
        # represents nobody, so the step starts from the lower half's view until the
        # document settles it (the cautious reading; a step too early costs little).
        lower = (
            lower_view(stats.distribution)
            if agreed is None and stats.on_agenda and question.evidence
            else None
        )
        start = mean if lower is None else min(mean, lower)
        quick = _pick(q, question, start)
        larger = _structural(q, question, start)
        caution = (
            f" The team is divided on this matter of record and nobody has checked it: until "
            f"the document settles it, the step starts from the lower half's view ({q.figure(lower)}, "
            f"{q.level_for(lower).name})."
            if lower is not None and q.level_for(lower).id != q.level_for(mean).id
            else ""
        )
        for action in [quick] + ([larger] if larger and larger.id != quick.id else []):
            item = _action_item(
                dim.id,
                question,
                action,
                horizon=horizon_for(priority, action.effort),
                priority=priority,
                reason=fit_reason(
                    _reason(doc, mean, target, priority, action.effort, agreed is not None)
                    + caution
                    + _area_note(dim.title, area, mean_area, shortfall)
                ),
            )
            candidates.append((priority / EFFORT_COST[action.effort], priority, order, item))
    candidates.sort(key=lambda c: (-c[0], -c[1], c[2]))
    # No area takes more than its share, so one far-off target cannot fill the roadmap,
    # and quick fixes take at most three in five places: the rest go to the structural
    # work (medium or high effort) with the largest gaps, which a plan of only quick wins
    # would never start.
    per_area = max(1, math.ceil(limit / len(q.dimensions)))
    max_low = max(1, math.ceil(limit * 0.6))
    # Nor does one role take more than a quarter of the plan: one person holding most of
    # it is a plan that stalls when that person is busy.
    per_owner = max(2, math.ceil(limit / 4))
    taken: dict[str | None, int] = {}
    held: dict[str | None, int] = {}
    low = 0
    chosen: list[RoadmapItem] = []
    spare: list[RoadmapItem] = []
    covered: set[str | None] = set()
    agreed_ids = set(doc.agreed_questions)

    def take(item: RoadmapItem) -> None:
        taken[item.dimension] = taken.get(item.dimension, 0) + 1
        held[item.owner] = held.get(item.owner, 0) + 1
        covered.add(item.question)
        chosen.append(item)

    for *_, item in candidates:
        if item.question in covered:
            continue  # one initiative per statement
        # A point the room discussed and agreed below its target gets its step even when
        # quick fixes have their share: the room spent its time on it and expects it in
        # the plan.
        if (
            taken.get(item.dimension, 0) >= per_area
            or (item.effort == "low" and low >= max_low and item.question not in agreed_ids)
            or held.get(item.owner, 0) >= per_owner
        ):
            spare.append(item)
            continue
        low += item.effort == "low"
        take(item)
    # When some areas need less than their share, the rest goes to the next best: first
    # to roles with room, and only then to one already holding its share.
    for full in (False, True):
        for item in spare:
            if len(chosen) >= limit:
                break
            if item.question not in covered and (full or held.get(item.owner, 0) < per_owner):
                take(item)
    chosen = chosen[: max(0, limit)]
    rank = {id(c[3]): position for position, c in enumerate(candidates)}
    chosen.sort(key=lambda i: rank[id(i)])
    chosen = _with_prerequisites(doc, scores, chosen, [c[3] for c in candidates], limit)
    _spread(chosen, limit)
    chosen = _prerequisites_first(q, sort_roadmap(chosen))
    actions = {a.id: a for _, qu in q.questions() for a in qu.actions}
    for item in chosen:
        if item.source_action in actions:
            item.owner = owner_for(doc, scores, actions[item.source_action])
    _say_steps_taken_as_done(doc, scores, chosen)
    for horizon in HORIZON_WINDOWS:
        in_horizon = [item for item in chosen if item.horizon == horizon]
        for item, due in zip(
            in_horizon, staggered_dues(doc, horizon, len(in_horizon)), strict=True
        ):
            item.due = due
    return chosen


def _say_steps_taken_as_done(doc: Assessment, scores: Scores, plan: list[RoadmapItem]) -> None:
    """An action whose prerequisite is neither done nor planned, because the answers put its
    statement past that step's level, says so in its reason: a reader who finds the first
    step missing sees why, and can add it if the answers were generous."""
    q = doc.questionnaire
    found = {a.id: (qu, a) for _, qu in q.questions() for a in qu.actions}
    held = {i.source_action for i in [*doc.roadmap, *plan] if i.source_action}
    held -= {i.source_action for i in doc.roadmap if "dropped" in (i.review, i.status)}
    for item in plan:
        if item.source_action not in found:
            continue
        for needed in found[item.source_action][1].requires:
            if needed in held or needed not in found:
                continue
            question, step = found[needed]
            mean = standing(doc, scores, question.id)
            if mean is None:
                continue
            level = q.level_for(mean).name
            note = (
                f"Its first step, “{shorten(step.text.split(' (')[0].rstrip('.'), 90)}”, is "
                "taken as done: "
                f"the answers put that point at {level}."
            )
            if note not in item.reason:
                item.reason = fit_reason(f"{item.reason} {note}".strip())


def _ready(doc: Assessment, scores: Scores) -> set[str]:
    """Actions that satisfy a prerequisite: done or on the team's plan, or of a level its
    statement already reaches (a team at Established on its profile has a profile)."""
    q = doc.questionnaire
    ready = {
        item.source_action
        for item in doc.roadmap
        if item.source_action
        and item.status != "dropped"
        and (item.status == "done" or item.review == "accepted")
    }
    for _, question in q.questions():
        agreed = doc.agreed_questions.get(question.id)
        mean = standing(doc, scores, question.id)
        if mean is None:
            continue
        # A step is taken as done only where the team's answer can carry it: not on a
        # matter of record the team is divided on and nobody has checked against its
        # document. There the first step is proposed instead of assumed.
        unchecked = question.evidence and not (agreed is not None and agreed.evidence)
        if unchecked and agreed is None and scores.question(question.id).on_agenda:
            continue
        reached = q.level_index(q.level_for(mean).id)
        ready |= {a.id for a in question.actions if q.level_index(a.level) <= reached}
    return ready


def _with_prerequisites(
    doc: Assessment,
    scores: Scores,
    chosen: list[RoadmapItem],
    candidates: list[RoadmapItem],
    limit: int,
) -> list[RoadmapItem]:
    """The plan with every prerequisite done, planned or proposed before what needs it: an
    action whose prerequisite is missing gives way to that prerequisite, and follows it
    only if the plan has room."""
    q = doc.questionnaire
    actions = {a.id: (d, qu, a) for d, qu in q.questions() for a in qu.actions}
    by_action = {item.source_action: item for item in candidates if item.source_action}
    ready = _ready(doc, scores)
    out: list[RoadmapItem] = []
    waiting: list[RoadmapItem] = []
    for item in chosen:
        chain = [item]
        while True:
            found = actions.get(chain[-1].source_action or "")
            missing = [
                r
                for r in (found[2].requires if found else [])
                if r not in ready and r not in {i.source_action for i in out}
            ]
            if not missing or missing[0] not in actions:
                break
            dim, question, action = actions[missing[0]]
            if any(i.question == question.id for i in out) or len(chain) > len(actions):
                chain = []  # its statement already has another action: it waits
                break
            first = by_action.get(action.id) or _action_item(
                dim.id, question, action, horizon="now"
            )
            first.priority = max(first.priority, chain[-1].priority)
            # It serves what needs it, so it carries that action's case for its area.
            needed_for = shorten(chain[-1].action.split(" (")[0].rstrip("."), 80)
            first.reason = fit_reason(
                (f"Needed first for “{needed_for}”. " + (first.reason or chain[-1].reason)).strip()
            )
            chain.append(first)
        if not chain:
            continue
        head, *before = chain
        out.extend(reversed(before))
        if before:
            waiting.append(head)
        else:
            out.append(head)
    # What gave way to its prerequisite follows it while the plan has room.
    for item in waiting:
        if len(out) < limit and all(i.question != item.question for i in out):
            out.append(item)
    return out[: max(0, limit)]


def _action_item(dimension: str, question: Question, action: Action, **fields: Any) -> RoadmapItem:
    """A suggested roadmap item for one of the questionnaire's actions."""
    return RoadmapItem(
        action=action.text,
        dimension=dimension,
        question=question.id,
        source_action=action.id,
        owner=action.owner,
        kpi=action.kpi,
        baseline=action.baseline,
        target=action.target,
        effort=action.effort,
        origin="generated",
        review="suggested",
        **fields,
    )


def _prerequisites_first(q: Questionnaire, items: list[RoadmapItem]) -> list[RoadmapItem]:
    """No later horizon and no earlier place for a prerequisite than for what needs it."""
    needs = {a.id: a.requires for _, qu in q.questions() for a in qu.actions}
    planned = {item.source_action: item for item in items if item.source_action}
    for item in items:
        for required in needs.get(item.source_action or "", []):
            first = planned.get(required)
            if first is None:
                continue
            if _ORDER[item.horizon] < _ORDER[first.horizon]:
                item.horizon = first.horizon
            if _sort_key(item) < _sort_key(first):
                # Below its prerequisite, and no quick win before it.
                item.priority = min(item.priority, first.priority - 0.001, 0.999)
    return sort_roadmap(items)


def _key(item: RoadmapItem) -> tuple[str | None, str | None, bool]:
    return (item.question, item.source_action, item.source_action is None)


def regenerate_roadmap(doc: Assessment, scores: Scores | None = None) -> list[RoadmapItem]:
    """Replace untouched suggestions with fresh ones; keep every item a person reviewed,
    edited or added, never add a suggestion for a statement they already act on, and keep
    the whole within the document's roadmap size."""
    kept = [
        item
        for item in doc.roadmap
        # Kept: anything a person added, edited or decided on (reviewed, started, dropped).
        if item.origin != "generated"
        or item.edited
        or item.review != "suggested"
        or item.status != "planned"
    ]
    kept_keys = {_key(item) for item in kept if item.origin == "generated"}
    covered = {item.question for item in kept if item.question and item.review != "dropped"}
    room = doc.roadmap_size - sum(1 for item in kept if item.review != "dropped")
    fresh = [
        item
        for item in generate_roadmap(doc, scores, limit=max(0, room), skip_questions=covered)
        if _key(item) not in kept_keys
    ]
    doc.roadmap = _prerequisites_first(doc.questionnaire, [*kept, *fresh])
    if doc.reassess_on is None:
        doc.reassess_on = reassessment_date(doc)
    doc.touch()
    return doc.roadmap


def effective_roadmap(doc: Assessment, scores: Scores | None = None) -> list[RoadmapItem]:
    """The document's roadmap, or a generated one when none has been built yet."""
    return sort_roadmap(doc.roadmap) if doc.roadmap else generate_roadmap(doc, scores)


EDITABLE_FIELDS = frozenset(
    {
        "action",
        "owner",
        "due",
        "kpi",
        "baseline",
        "target",
        "result",
        "status",
        "horizon",
        "notes",
        "effort",
        "review",
    }
)


def the_plan(doc: Assessment, scores: Scores | None = None) -> list[RoadmapItem]:
    """The accepted actions: what the report presents as the roadmap."""
    return [item for item in effective_roadmap(doc, scores) if item.review == "accepted"]


def suggestions(doc: Assessment, scores: Scores | None = None) -> list[RoadmapItem]:
    """Suggested actions nobody has reviewed yet."""
    return [item for item in effective_roadmap(doc, scores) if item.review == "suggested"]


def edit_items(doc: Assessment, item_ids: Iterable[uuid.UUID], **changes: Any) -> int:
    """The same change to several items at once (bulk triage); returns how many changed."""
    count = 0
    for item_id in list(item_ids):
        edit_item(doc, item_id, **changes)
        count += 1
    return count


TRIAGE_FIELDS = frozenset({"review", "status"})  # decisions about an item, not edits of it


def edit_item(doc: Assessment, item_id: uuid.UUID, **changes: Any) -> RoadmapItem:
    """Change fields of a roadmap item; a change to what it says or who does it when marks
    it edited (accepting, dropping or moving it along does not: it is still the suggestion
    it was). Regeneration keeps both."""
    unknown = set(changes) - EDITABLE_FIELDS
    if unknown:
        raise KeyError(f"Not editable: {', '.join(sorted(unknown))}")
    for index, item in enumerate(doc.roadmap):
        if item.id == item_id:
            changes = _redated(doc, item, changes)
            edited = item.edited or bool(set(changes) - TRIAGE_FIELDS)
            updated = RoadmapItem.model_validate(item.model_dump() | changes | {"edited": edited})
            doc.roadmap[index] = updated
            doc.touch()
            return updated
    raise KeyError(str(item_id))


def _planned_on(doc: Assessment) -> date | None:
    """When the roadmap a carried action comes from was made: the last assessment before."""
    planned = [
        link.assessed_on
        for link in doc.previous
        if link.assessed_on is not None and link.assessed_on < doc.assessed_on
    ]
    return max(planned, default=None)


def _given_again(doc: Assessment, due: date) -> date:
    """A new date for a carried action: the time it was first given, counted again from this
    assessment (at least a fortnight), so the plan keeps its order and spread."""
    planned = _planned_on(doc)
    given = (due - planned).days if planned else HORIZON_DAYS["now"]
    # A week before the next assessment at the latest, so it is done before it is asked about.
    latest = reassessment_date(doc) - timedelta(days=7)
    return working_day(min(doc.assessed_on + timedelta(days=max(14, given)), latest))


def _redated(doc: Assessment, item: RoadmapItem, changes: dict[str, Any]) -> dict[str, Any]:
    """A carried action whose date passed before this assessment needs a new one to be the
    plan: taking it on again without one gives it its time again, and any new date keeps
    the one first promised, so the plan shows that it slipped."""
    if item.first_due is not None and changes.get("status") == "done" and "due" not in changes:
        # Done before the new date was needed: the plan shows the date it was done against.
        return {**changes, "due": item.first_due, "first_due": None}
    was = item.due
    if item.carried_from is None or was is None or was >= doc.assessed_on:
        return changes
    if changes.get("status", item.status) not in ("planned", "in_progress"):
        return changes
    if changes.get("review") == "accepted" and "due" not in changes:
        due = _given_again(doc, was)
        days = (due - doc.assessed_on).days
        horizon = next((h for h, limit in HORIZON_DAYS.items() if days <= limit), "later")
        changes = {**changes, "due": due, "horizon": horizon}
    new_due = changes.get("due", was)
    if new_due != was and "first_due" not in changes:
        changes = {**changes, "first_due": item.first_due or was}
        planned = _planned_on(doc)
        if planned is not None and new_due is not None and "reason" not in changes:
            # The old reason said "overdue, keep it or drop it": answered now.
            changes["reason"] = carried_reason(item, planned, doc.assessed_on, new_due)
    return changes


def add_item(doc: Assessment, action: str, **fields: Any) -> RoadmapItem:
    """Add an action by hand."""
    fields.setdefault("due", _due(doc, fields.get("horizon", "next")))
    item = RoadmapItem.model_validate({"action": action, "origin": "manual", **fields})
    doc.roadmap.append(item)
    doc.touch()
    return item
