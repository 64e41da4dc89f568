"""Findings a quarter later: the last plan that did not move, and findings that came back.
Asking the same room for the same decision again is how a programme stalls, so both go up
to the sponsor with a shorter date."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from cxassess.core.compare import Comparison, printed_change
from cxassess.core.document import Assessment, RoadmapItem
from cxassess.core.findings import CLAIMED_ROLE, UNSEEN, Finding, findings
from cxassess.core.followup import carried_items, earlier_items_status, speaks_to_measure
from cxassess.core.owners import BUSY, sponsor, who
from cxassess.core.scoring import Scores
from cxassess.core.text import lower_first, tenths
from cxassess.core.workdays import working_day

SPONSOR = "the executive sponsor"
STALLED = 0.5  # more than this share of the last plan not started: most of it did not start
STALLED_MIN = 3  # a plan this small is a few actions, not a programme
TARGET_DAYS = 7  # a steep target is confirmed or staged the week after the workshop
ESCALATE_DAYS = 14  # what comes back is settled within a fortnight, not another quarter
LIMIT = 4  # the findings page stays one page


def target_decision_day(doc: Assessment) -> date:
    """When the sponsor confirms or stages a steep target: the first working day a week
    after the assessment (the summary, the next steps and a quarter later all use it)."""
    return working_day(doc.assessed_on + timedelta(days=TARGET_DAYS))


def stalled_plan(doc: Assessment, earlier: Assessment) -> Finding | None:
    """Most of what the team accepted last time was not started: a finding before any other,
    since adding work to a plan that does not move adds nothing."""
    items = earlier_items_status(doc, earlier)
    # Not started: still planned, or dropped without having started.
    waiting = [item for item, status, _ in items if status in ("planned", "dropped")]
    if len(items) < STALLED_MIN or len(waiting) <= STALLED * len(items):
        return None
    done = sum(1 for _, status, _ in items if status == "done")
    going = sum(1 for _, status, _ in items if status == "in_progress")
    late = sum(1 for item in waiting if item.due is not None and item.due < doc.assessed_on)
    under_way = f"{done} done, {going} under way" if going else f"{done} done"
    # Said as the summary counts them: work dropped without starting is among the unstarted.
    dropped = sum(1 for _, status, _ in items if status == "dropped")
    since = f"{dropped} of them since dropped; " if dropped else ""
    text = (
        f"Of the {len(items)} actions accepted on {earlier.assessed_on:%d %B %Y}, "
        f"{len(waiting)} were not started by this assessment ({since}{under_way})"
    )
    text += f"; {late} of them are past their date." if late else "."
    return Finding(
        "Most of last time's plan did not start.",
        text,
        _review_decision(doc),
        SPONSOR,
        ESCALATE_DAYS,
        subject="plan",
    )


def _review_decision(doc: Assessment) -> str:
    """What to do with the work that did not start: decide on it first, or, once the team
    has, hold what it kept to its new dates."""
    # Of the work not started, as the counts before it: under way or done is not "kept".
    carried = [i for i in carried_items(doc) if i.status in ("planned", "dropped")]
    undecided = sum(1 for i in carried if i.review == "suggested" and i.status == "planned")
    redated = sum(
        1
        for i in carried
        if i.review == "accepted" and i.status == "planned" and i.first_due is not None
    )
    kept = sum(
        1 for i in carried if i.review == "accepted" and i.status == "planned" and not i.first_due
    )
    dropped = sum(1 for i in carried if "dropped" in (i.review, i.status))
    check = (
        "a check by the sponsor every fortnight until it is under way; one that slips again "
        "goes to the leadership team to be dropped or resourced"
    )
    if undecided:
        return (
            f"Before anything new is added, decide on the {undecided} still open from last "
            "time: drop those nobody will start, and give each one kept a person who does it, "
            f"a new date and {check}."
        )
    said = [f"re-dated {redated}"] if redated else []
    said += [f"kept {kept} to {'its' if kept == 1 else 'their'} date"] if kept else []
    said += [f"dropped {dropped}"] if dropped else []
    listed = ", ".join(said[:-1]) + " and " + said[-1] if len(said) > 1 else "".join(said)
    done = f"Of them, the team has {listed}. " if said else ""
    kept_items = [i for i in carried if i.review == "accepted" and i.status == "planned"]
    # Where every one kept already names a person, asking for one again reads as not read.
    named = kept_items and all(who(doc, i.owner) != i.owner for i in kept_items if i.owner)
    if named and all(i.owner for i in kept_items):
        return (
            f"{done}Each one kept has a named owner: ask each why it did not start and what "
            f"it needs, and give it {check}."
        )
    return f"{done}Give each one kept a person who does it and {check}."


def escalated(now: Finding, then: Finding, held_on: date) -> Finding:
    """A finding made last time too: the decision asked for then did not settle it, so the
    same request is not repeated but taken up by the sponsor, sooner."""
    asked = f"Escalate: the room was asked on {held_on:%d %B %Y} to {_asked(then.decision)}"
    if _asked(then.decision) == _asked(now.decision):
        decision = (
            f"{asked}, and the point is back. Record whether that was done and what it "
            "showed; then the sponsor settles it at the next leadership meeting instead of "
            "the room asking again."
        )
    else:
        decision = f"{asked}, and the point is back; the sponsor now sees to it. {now.decision}"
    return replace(
        now,
        decision=decision,
        owner=SPONSOR,
        within_days=min(now.within_days or ESCALATE_DAYS, ESCALATE_DAYS),
        found_before=held_on,
    )


def _asked(decision: str) -> str:
    """A decision's first sentence, to be quoted inside another one."""
    # Quotes inside it become single ones: it is quoted itself.
    first = decision.split(". ")[0].rstrip(".").replace("“", "‘").replace("”", "’")
    # Long enough for a document's name; a cut falls between words.
    if len(first) > 170:
        first = first[:169].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return f"“{first[0].lower()}{first[1:]}”"


def finished_steps(doc: Assessment) -> list[Finding]:
    """Carried work done: with a measured result, what worked is kept, spread or stopped by a
    decision, not left as a line in the plan; done with nothing measured, nobody can tell
    whether it worked, so its result is asked for (said with the first, or on its own)."""
    done = [i for i in carried_items(doc) if i.status == "done"]
    # A result that says only what was done ("the owner was appointed") has not measured
    # anything: it is asked for, as a blank one is.
    unmeasured = [i for i in done if not speaks_to_measure(i)]
    out = [
        Finding(
            "A finished step needs a decision.",
            f"{_named(item)} is done, and it measured: {item.result.rstrip('.')}."
            + (_unmeasured_too(doc, unmeasured) if n == 0 else ""),
            "Decide whether to make it standard, take it further or stop it, and put "
            "that decision in the plan with an owner.",
            item.owner or SPONSOR,
            ESCALATE_DAYS,
            subject=f"done:{item.source_action or item.id}",
        )
        for n, item in enumerate(i for i in done if speaks_to_measure(i))
    ]
    if not out and unmeasured:
        first = unmeasured[0]
        more = len(unmeasured) - 1
        out.append(
            Finding(
                "Done, with nothing measured.",
                f"{_named(first)} is marked done"
                + (f" ({first.result.rstrip('.')})" if first.result else "")
                + (f", with {more} more," if more else "")
                + " but no result was recorded for "
                + ("its measure" if not more else "their measures")
                + (f" ({first.kpi.rstrip('.')})" if first.kpi and not more else "")
                + ": nobody can tell whether it worked.",
                "Take the measure against its baseline and record the result in the plan; "
                "then decide whether to make it standard, take it further or stop it.",
                first.owner or SPONSOR,
                ESCALATE_DAYS,
                subject=f"unmeasured:{first.source_action or first.id}",
            )
        )
    return out


def _named(item: RoadmapItem) -> str:
    return f"“{item.action.split(' (')[0].rstrip('.')}”"


def _unmeasured_too(doc: Assessment, items: list[RoadmapItem]) -> str:
    if not items:
        return ""
    names = " and ".join(
        _named(i) + (f" ({who(doc, i.owner)})" if i.owner else "") for i in items[:2]
    )
    more = f" and {len(items) - 2} more" if len(items) > 2 else ""
    by = working_day(doc.assessed_on + timedelta(days=ESCALATE_DAYS))
    return (
        f" {names}{more} {'is' if len(items) == 1 else 'are'} marked done too, with no "
        f"measured result recorded: {'its owner records' if len(items) == 1 else 'their owners record'} what "
        f"{'it' if len(items) == 1 else 'each'} measured by {by:%d %B %Y}, before anything "
        "is decided on it."
    )


def worked_points(doc: Assessment, earlier: Assessment) -> set[str]:
    """The statements with an action of the earlier plan done or under way."""
    return {
        item.question
        for item, status, _ in earlier_items_status(doc, earlier)
        if status in ("done", "in_progress") and item.question
    }


def unworked_rise(
    comparison: Comparison, doc: Assessment, earlier: Assessment, area: str
) -> tuple[int, int] | None:
    """How many of an area's points that rose clearly had no action of the earlier plan behind
    them, and how many rose clearly, when most had none and the overall rise is itself one the
    plan does not explain; None otherwise."""
    if not comparison.overall.clear or rises_without_action(comparison, doc, earlier) is None:
        return None
    q = doc.questionnaire
    rises = [
        c.id
        for c in comparison.questions
        if c.clear and (c.change or 0) > 0 and q.dimension_of(c.id).id == area
    ]
    worked = worked_points(doc, earlier)
    alone = sum(1 for r in rises if r not in worked)
    if not rises or alone * 2 <= len(rises):
        return None
    return alone, len(rises)


def rises_without_action(
    comparison: Comparison, doc: Assessment, earlier: Assessment
) -> tuple[int, int] | None:
    """How many of the points that rose clearly had no action from the earlier plan done or
    under way, and how many rose clearly, when the overall score rose and most of those
    points rose with no action behind them; None otherwise."""
    rises = [c for c in comparison.questions if c.clear and (c.change or 0) > 0]
    worked = worked_points(doc, earlier)
    alone = [c for c in rises if c.id not in worked]
    if (comparison.overall.change or 0) <= 0 or not rises or len(alone) * 2 <= len(rises):
        return None
    return len(alone), len(rises)


def unexplained_rise(doc: Assessment, earlier: Assessment) -> Finding | None:
    """A clear overall rise while most of the points that rose clearly had no action done or
    under way: before it is reported as progress, someone asks what changed."""
    from cxassess.core.breadth import breadth
    from cxassess.core.compare import compare

    comparison = compare([earlier, doc])
    overall = comparison.overall
    counted = rises_without_action(comparison, doc, earlier)
    if not overall.clear or counted is None:
        return None
    alone, rises = counted
    spread = breadth(earlier, doc)
    people = (
        f", and {spread.higher} of the {spread.people} who answered both times rated higher"
        if spread is not None and spread.higher * 2 > spread.people
        else ""
    )
    return Finding(
        "A rise the plan does not explain.",
        f"The overall score rose {printed_change(overall.values) or 0.0:+.2f}, a clear change, yet "
        f"{alone} of the "
        f"{rises} points that rose clearly had no action done or under way{people}: people "
        "may be answering more generously, or something else changed.",
        # Asked of the room, not of the people who rated higher: who they are stays unknown.
        "Before the rise is reported, put the points that rose to the leadership team and "
        "ask what changed on each, record what it names beside those points, and report the "
        "rise with it, not as the plan's result.",
        SPONSOR,
        ESCALATE_DAYS,
        subject="rise",
    )


@dataclass(frozen=True)
class EarlierDecision:
    """A decision the last assessment's findings asked for, and whether its finding is back."""

    finding: Finding
    due: date
    back: bool
    # The same pattern is found now about something else (another area, another statement).
    elsewhere: bool = False
    # What this assessment itself shows of whether it was done, where it can tell.
    outcome: str = ""
    # Who takes it up now, and by when: a decision left undone or unrecorded does not
    # lapse; it goes to the sponsor, or back to its owner to say what became of it.
    follow_up: str = ""
    # "finding", or "agenda": a point the discussion left open, given a person and a date.
    kind: str = "finding"


def earlier_decisions(
    doc: Assessment, scores: Scores, previous: list[tuple[Assessment, Scores]]
) -> list[EarlierDecision]:
    """What the last assessment's findings asked the room to decide, each marked by whether
    the same finding is made again now: the first thing to follow up a quarter on."""
    if not previous:
        return []
    last, last_scores = _last(previous)
    found = findings(doc, scores)
    now = {(f.lead, f.subject) for f in found}
    leads = {f.lead for f in found}
    by = working_day(doc.assessed_on + timedelta(days=ESCALATE_DAYS))
    from cxassess.core.discussion import open_points
    from cxassess.core.owners import settles

    open_now = {p.question_id for p in open_points(doc, scores)}
    out = []
    for f in findings(last, last_scores):
        outcome = _outcome(doc, scores, f)
        back = (f.lead, f.subject) in now
        owner = who(last, f.owner)
        holder = _holder(doc, f.owner)
        when = by
        if f.subject in open_now:
            # A point this assessment's agenda leaves open has one holder and one date:
            # the agenda's, so the two pages do not give one task two owners.
            role, when = settles(doc, scores, f.subject)
            holder = _holder(doc, role)
        if outcome.startswith("Done"):
            follow = ""
        elif back and f.owner == SPONSOR:
            follow = _past_sponsor(doc, by)
        elif back:
            follow = f"{sponsor(doc)} sees to it (escalated), by {by:%d %b %Y}"
        elif outcome.startswith(("Not done", "Not yet")):
            follow = f"{holder} does it, by {when:%d %b %Y}, with {_checker(doc, holder)} checking"
        else:
            follow = f"{holder} says what was done, by {when:%d %b %Y}"
        out.append(
            EarlierDecision(
                replace(f, owner=owner),
                f.due(last.assessed_on),
                back,
                not back and f.lead in leads,
                outcome,
                follow,
            )
        )
    # A point the discussion left open that a finding already asked about is one decision,
    # not two rows that count it twice.
    asked_about = {e.finding.subject for e in out}
    return (
        out
        + [
            e
            for e in _open_points_then(doc, scores, last, last_scores, by, found)
            if e.finding.subject.removeprefix("settle:") not in asked_about
        ]
        + _targets_then(doc, last, last_scores, by)
        + _load_then(doc, scores, last, last_scores)
    )


def _targets_then(
    doc: Assessment, last: Assessment, last_scores: Scores, by: date
) -> list[EarlierDecision]:
    """A target set more than a point above the score last time, which the sponsor was to
    confirm or stage within a week: whether it was, as this assessment's targets show."""
    from cxassess.core.gaps import steep_targets

    out = []
    for gap in steep_targets(last, last_scores):
        assert gap.target is not None
        now = doc.targets.get(gap.dimension_id)
        if now is not None and abs(now - gap.target) > 1e-9:
            outcome, follow = f"Done: the target is now {tenths(now)}", ""
        else:
            outcome = f"Not done: the target is still {tenths(gap.target)}"
            # The same date the next steps give it: a week after this assessment.
            week = target_decision_day(doc)
            follow = (
                f"{sponsor(doc)} decides it, by {week:%d %b %Y}; missed once, so if it is "
                f"not decided by then {_facilitator(doc)} puts it to the leadership team"
            )
        out.append(
            EarlierDecision(
                Finding(
                    "A steep target.",
                    gap.title,
                    f"Confirm the target for {gap.title} ({tenths(gap.target)}, {tenths(gap.gap)} "
                    "above the score then), or stage it over more than one round.",
                    sponsor(last),
                    TARGET_DAYS,
                    subject=f"target:{gap.dimension_id}",
                ),
                target_decision_day(last),
                False,
                False,
                outcome,
                follow,
                kind="target",
            )
        )
    return out


def workload(doc: Assessment, scores: Scores) -> dict[str, int]:
    """How much open work each owner holds, as the report names them: open actions of the
    plan and points the discussion left open."""
    from cxassess.core.discussion import open_points
    from cxassess.core.owners import settles, with_people
    from cxassess.core.roadmap import the_plan

    held: dict[str, int] = {}
    for item in with_people(doc, the_plan(doc, scores)):
        if item.owner and item.status not in ("done", "dropped"):
            held[item.owner] = held.get(item.owner, 0) + 1
    for point in open_points(doc, scores):
        owner, _ = settles(doc, scores, point.question_id)
        held[owner] = held.get(owner, 0) + 1
    return held


def busiest(doc: Assessment, scores: Scores) -> tuple[str, int] | None:
    """The owner holding the most open work, when it is more than one person can carry at
    once (BUSY); None otherwise."""
    held = workload(doc, scores)
    if not held:
        return None
    owner, most = max(held.items(), key=lambda kv: (kv[1], kv[0]))
    return (owner, most) if most >= BUSY else None


def _load_then(
    doc: Assessment, scores: Scores, last: Assessment, last_scores: Scores
) -> list[EarlierDecision]:
    """Last time's check that its busiest owner could carry the work: whether the load is
    down now, and, where it is not, the leadership team shares it out, as the sponsor did
    not."""
    then = busiest(last, last_scores)
    if then is None:
        return []
    owner, held = then
    now = workload(doc, scores).get(owner, 0)
    by = working_day(doc.assessed_on + timedelta(days=7))
    done = now < BUSY
    return [
        EarlierDecision(
            Finding(
                "Most work on one person.",
                owner,
                f"Check that {owner} can carry the {held} open actions and points of the "
                "discussion, or share them out.",
                sponsor(last),
                7,
                subject="load",
            ),
            working_day(last.assessed_on + timedelta(days=7)),
            False,
            False,
            # What is counted is said: the plan's tables also list done and suggested work.
            (f"Done: {owner} now holds {now}" if done else f"Not done: {owner} still holds {now}")
            + " open actions and points of the discussion",
            "" if done else _past_sponsor(doc, by),
            kind="load",
        )
    ]


def _facilitator(doc: Assessment) -> str:
    return f"{doc.facilitator} (facilitator)" if doc.facilitator else "the facilitator"


def _past_sponsor(doc: Assessment, by: date) -> str:
    """Who takes up a decision the sponsor owned and that is back: escalating it to the
    sponsor again would be circular, so it goes to the leadership team."""
    return (
        f"The leadership team, at its first meeting after {by:%d %b %Y}: the sponsor's own "
        f"decision came back, so {_facilitator(doc)} puts it on the agenda"
    )


def _holder(doc: Assessment, owner: str) -> str:
    """Who owns a decision now, as a sentence starts with them: the person named for its
    role in this assessment, the facilitator by name."""
    holder = who(doc, owner).split(", ")[0]
    if holder == "the facilitator" and doc.facilitator:
        holder = f"{doc.facilitator} (facilitator)"
    return holder[0].upper() + holder[1:] if holder else "The executive sponsor"


def _open_points_then(
    doc: Assessment,
    scores: Scores,
    last: Assessment,
    last_scores: Scores,
    by: date,
    found: list[Finding],
) -> list[EarlierDecision]:
    """The points last time's discussion left open, each with who was to settle it and by
    when, and whether this assessment shows it settled: an open point does not lapse."""
    from cxassess.core.discussion import open_points
    from cxassess.core.owners import SETTLE_DAYS, SETTLE_RECORD_DAYS, settles

    q = last.questionnaire
    # This assessment's findings and open points, read once for every point of last time.
    record_findings = {f.subject for f in found if f.lead == RECORD_LEAD}
    open_now = {p.question_id for p in open_points(doc, scores)}
    out = []
    for item in open_points(last, last_scores):
        then = last.agreed_questions.get(item.question_id)
        owner, _ = settles(last, last_scores, item.question_id)
        text = q.question(item.question_id).text.rstrip(".")
        asked = f"Settle “{text}”" + (
            f" against {lower_first(item.evidence)}"
            if item.evidence
            else " with the people at both ends"
        )
        now = (
            doc.agreed_questions.get(item.question_id)
            if doc.questionnaire.has_question(item.question_id)
            else None
        )
        if now is not None and (now.evidence or not item.evidence):
            outcome = f"Done: checked against {now.evidence}" if now.evidence else "Done: agreed"
            follow = ""
        else:
            if now is not None:
                outcome = "Not done: agreed again without its document"
            elif then is not None:
                # Agreed in the room last time, by vote: the document is what was asked for.
                outcome = (
                    f"Not done: agreed at {q.figure(then.score)} then without its document, and "
                    "not checked since"
                )
            else:
                outcome = "Not done: no agreed score yet"
            # The date this assessment's own agenda gives the point, where it is on it
            # again, so the two pages do not set one task two deadlines.
            holder, settle_by = settles(doc, scores, item.question_id)
            if item.question_id not in open_now:
                settle_by = by
            held = _holder(doc, holder)
            follow = f"{held} does it, by {settle_by:%d %b %Y}, with {_checker(doc, held)} checking"
            if item.question_id in record_findings:
                # Voted on again with its document still missing: the finding above takes
                # it to the sponsor, and this row says the same.
                follow = f"{sponsor(doc)} sees to it (escalated above), by {by:%d %b %Y}"
        out.append(
            EarlierDecision(
                Finding(
                    "An open point of the discussion.",
                    text,
                    asked + ".",
                    owner,
                    SETTLE_RECORD_DAYS if item.evidence else SETTLE_DAYS,
                    subject=f"settle:{item.question_id}",
                ),
                settles(last, last_scores, item.question_id)[1],
                False,
                False,
                outcome,
                follow,
                kind="agenda",
            )
        )
    return out


RECORD_LEAD = "A matter of record is being voted on."


def _left_open_then(last: Assessment, last_scores: Scores) -> dict[str, Finding]:
    """Last time's open points of the discussion, as the decisions they asked for: a point
    found again now is back, as a finding made again is."""
    from cxassess.core.discussion import open_points

    q = last.questionnaire
    out = {}
    for item in open_points(last, last_scores):
        text = q.question(item.question_id).text.rstrip(".")
        asked = f"Settle “{text}”" + (
            f" against {lower_first(item.evidence)}" if item.evidence else ""
        )
        out[item.question_id] = Finding(
            "An open point of the discussion.", text, asked + ".", subject=item.question_id
        )
    return out


def _outcome(doc: Assessment, scores: Scores, then: Finding) -> str:
    """Whether a decision asked for last time shows as done in this assessment: a record is
    checked once the room agreed its score with the document; people know an answer once
    few say they do not. Other decisions leave no trace in the answers."""
    q = doc.questionnaire
    if then.lead == CLAIMED_ROLE:
        # Done once somebody holds the role the answers claimed.
        for role in q.owners:
            if role.exists_when == then.subject and who(doc, role.role) != role.role:
                return f"Done: {who(doc, role.role)} holds the role"
        return ""
    record = then.lead == "A matter of record is being voted on."
    for item in carried_items(doc):
        # A decision about a step of the plan (start it, hold it to its date) is done once
        # the step is under way or done; the room need not be asked what it shows. A
        # record's decision asks for its document first: the step is checked against it.
        named = item.action.rstrip(".")
        if record:
            break
        if named and named in then.decision and item.status in ("in_progress", "done"):
            if item.status == "done":
                return "Done: the step it was about is finished"
            # Started, but after its date moved: done, and said without flattering it.
            moved = (
                f", after its date moved from {item.first_due:%d %b %Y}"
                if item.first_due is not None and item.first_due != item.due
                else ""
            )
            return f"Done: the step it was about has started{moved}"
    if not then.subject or not q.has_question(then.subject):
        return ""
    if record:
        agreed = doc.agreed_questions.get(then.subject)
        if agreed is not None and agreed.evidence:
            return f"Done: checked against {agreed.evidence}"
        finished = any(
            i.status == "done" and i.action.rstrip(".") in then.decision for i in carried_items(doc)
        )
        return (
            "Not done: the step on the plan is finished, but the document is still unchecked"
            if finished
            else "Not done: the document is still unchecked"
        )
    if then.lead == "Some things are not seen.":
        stat = scores.question(then.subject)
        asked = stat.n + stat.not_applicable + stat.dont_know
        if stat.dont_know >= max(2, UNSEEN * asked):
            return f"Not yet: {stat.dont_know} of {asked} still do not know"
        return f"Done, it seems: {stat.dont_know} of {asked} do not know now"
    return ""


def _last(previous: list[tuple[Assessment, Scores]]) -> tuple[Assessment, Scores]:
    return max(previous, key=lambda p: (p[0].assessed_on, p[0].created_at))


def findings_since(
    doc: Assessment, scores: Scores, previous: list[tuple[Assessment, Scores]]
) -> list[Finding]:
    """The findings of an assessment, read against the last one before it when there is one:
    a stalled plan first, then finished steps awaiting a decision, then the others, those
    made last time too escalated."""
    found = findings(doc, scores)
    if not previous or not doc.is_team:
        return _with_people(doc, found)
    last, last_scores = _last(previous)
    before = {(f.lead, f.subject): f for f in findings(last, last_scores)}
    # A matter of record voted on again that last time's discussion left open to settle
    # against its document is back too, though no finding named it then.
    left_open = _left_open_then(last, last_scores)
    for f in found:
        if f.lead == RECORD_LEAD and f.subject in left_open:
            before.setdefault((f.lead, f.subject), left_open[f.subject])
    found = [
        escalated(f, then, last.assessed_on) if (then := before.get((f.lead, f.subject))) else f
        for f in found
    ]
    stalled = stalled_plan(doc, last)
    rise = unexplained_rise(doc, last)
    first = [f for f in (stalled, rise) if f is not None] + finished_steps(doc)[:1]
    # One more than a first workshop: a quarter on, the follow-up findings come on top.
    return _with_people(doc, first + found[: LIMIT + 1 - len(first)])


def _with_people(doc: Assessment, found: list[Finding]) -> list[Finding]:
    """Findings whose owner is the person the team named for the role, where it did."""
    return [
        replace(f, owner=sponsor(doc) if f.owner == SPONSOR else who(doc, f.owner)) for f in found
    ]


def _checker(doc: Assessment, holder: str) -> str:
    """Who checks that undone work gets done: the sponsor, unless the work is the sponsor's
    own (as chief executive, say), when the leadership team does."""
    named = sponsor(doc).removesuffix(" (executive sponsor)")
    named = "" if named == sponsor(doc) else named
    return "the leadership team" if named and holder.startswith(named) else "the sponsor"


__all__ = [
    "BUSY",
    "SPONSOR",
    "EarlierDecision",
    "busiest",
    "earlier_decisions",
    "escalated",
    "findings_since",
    "finished_steps",
    "rises_without_action",
    "stalled_plan",
    "unexplained_rise",
    "workload",
]
