"""Next steps and cadence: who owns the roadmap, how often it is reviewed, when to assess again."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from cxassess.core.follow_through import target_decision_day
from cxassess.core.gaps import steep_targets
from cxassess.core.owners import roles_to_name, sponsor
from cxassess.core.roadmap import reassessment_date
from cxassess.core.workdays import working_day
from cxassess.report.context import FRAME_WIDTH, ReportContext, data_table, para
from cxassess.report.markup import rich
from cxassess.report.solo import first_three, needs_sponsor


def _owner(ctx: ReportContext) -> str:
    owners = [i.owner for i in ctx.roadmap if i.owner and i.status != "dropped"]
    if not owners:
        return ""
    n = max(owners.count(o) for o in set(owners))
    if n < 2:
        return ""
    tied = sorted(o for o in set(owners) if owners.count(o) == n)
    if len(tied) > 1:
        names = ", ".join(rich(o) for o in tied[:-1]) + f" and {rich(tied[-1])}"
        return f" (the owners named most often are {names}: {n} of {len(owners)} each)"
    share = "most of them" if 2 * n > len(owners) else f"{n} of {len(owners)}"
    return f" (the owner named most often is {rich(tied[0])}: {share})"


def _this_week(ctx: ReportContext) -> str:
    """Who owns the plan, as far as the team has named people, and what is left to name."""
    named = sponsor(ctx.doc)
    owners = [i.owner for i in ctx.roadmap if i.owner and i.status not in ("dropped", "done")]
    unnamed = roles_to_name(ctx.doc, owners)
    roles = ", ".join(rich(role) for role, _ in unnamed)
    if named.startswith("the "):
        first = f"Name one owner for the roadmap as a whole{_owner(ctx)}"
        if unnamed:
            first += f", and a person for each role still without one ({roles})"
    elif unnamed:
        first = (
            f"{rich(named)} owns the roadmap as a whole and names a person for each role "
            f"still without one ({roles})"
        )
    else:
        first = (
            f"{rich(named)} owns the roadmap as a whole and confirms with each named owner "
            "the actions they hold"
        )
    sender = (
        f"{rich(ctx.doc.facilitator)} (facilitator)" if ctx.doc.facilitator else "The facilitator"
    )
    return (
        first
        + "."
        + _steep_targets(ctx)
        + f" {sender} sends this report to everyone who took part."
    )


def _steep_targets(ctx: ReportContext) -> str:
    """Targets more than a point above today, which the summary asks to confirm or stage:
    somebody does it, by a date."""
    steep = steep_targets(ctx.doc, ctx.scores)
    if not steep:
        return ""
    by = target_decision_day(ctx.doc)
    areas = " and ".join(rich(g.title) for g in steep)
    plural = "s" if len(steep) > 1 else ""
    who = sponsor(ctx.doc)
    return (
        f" {rich(who[0].upper() + who[1:])} confirms the target{plural} for {areas}, more "
        f"than one round's plan above today, or stages {'them' if plural else 'it'}, by "
        f"{by:%d %B %Y}."
    )


def next_steps(ctx: ReportContext) -> list[Any]:
    """What happens after the workshop (or, solo, after the sitting), with dates."""
    from reportlab.platypus import CondPageBreak

    s, doc = ctx.styles, ctx.doc
    again = reassessment_date(doc)
    flow: list[Any] = [CondPageBreak(300), para("Next steps and cadence", s["h1"])]
    if ctx.team:
        steps = [
            ("This week", _this_week(ctx)),
            (
                "Every two weeks",
                "A fifteen-minute check on the actions under way: done, stuck, or in need "
                "of help. Record progress in the assessment file, so the next report shows it.",
            ),
            (
                "Every month",
                "The roadmap's owner reports the measures behind each action to the "
                "leadership team, against their baselines and targets.",
            ),
            (
                again.strftime("%d %B %Y"),
                "Assess again with the same people and questionnaire, starting from this "
                "assessment, and compare: what moved, and what did not. Each action's "
                "measure has its own date; this checks progress towards them, not final "
                "results.",
            ),
        ]
    else:
        # Dated, as every other step: "this week" read a month later means nothing.
        week = working_day(doc.assessed_on + timedelta(days=7))
        fortnight = working_day(doc.assessed_on + timedelta(days=14))
        steps = [
            (
                f"By {week:%d %B %Y}",
                "Ask your team to answer the same statements (the same questionnaire, each "
                "privately), "
                "and compare their view with yours: where you differ is where to "
                "start talking.",
            ),
            _first_action_step(ctx, fortnight),
            (
                "Every two weeks",
                "Look at the actions under way and record progress in the assessment file.",
            ),
            (
                "Every month",
                "Check each measure against its baseline and target; drop what is not working.",
            ),
            (
                again.strftime("%d %B %Y"),
                "Take the assessment again, starting from this one, and compare with today's "
                "answers, and read each action's measure against its target: this checks "
                "progress towards them.",
            ),
        ]
    flow.append(
        data_table(ctx, ["When", "What"], [[w, t] for w, t in steps], [100, FRAME_WIDTH - 100])
    )
    flow.append(
        para(
            "Culture moves slowly: expect the first actions to change what customers notice "
            "within a quarter, and the scores to follow over two or three assessments.",
            s["muted"],
        )
    )
    return flow


def _first_action_step(ctx: ReportContext, fortnight: date) -> tuple[str, str]:
    """The step that starts the actions, dated by the first one's own date where it has one."""
    chosen = first_three(ctx)
    sponsor_note = (
        "; take the one that needs a sponsor to the person named with it."
        if any(needs_sponsor(i) for i in chosen)
        else "."
    )
    dated = [i for i in chosen if i.due is not None]
    if not dated or chosen[0].due is None:
        # Without a date of its own, the fortnight is the only date to give.
        return (
            f"By {fortnight:%d %B %Y}",
            "Start the first action on your list and tell one colleague what you are "
            "going to change" + sponsor_note,
        )
    first = chosen[0].due
    later = [i.due for i in chosen[1:] if i.due is not None]
    follow = (
        f" Actions 2 and 3 are due by {_day_list(later)}."
        if len(later) == 2
        else (f" Action 2 is due by {_day_list(later)}." if later else "")
    )
    return (
        f"By {first:%d %B %Y}",
        "Have action 1 in place, as its date says, and tell one colleague what you changed"
        + sponsor_note
        + follow,
    )


def _day_list(days: list[date]) -> str:
    """Dates in one sentence: '11 and 16 December 2026', or each in full across months."""
    if len(days) == 2 and days[0].strftime("%m%Y") == days[1].strftime("%m%Y"):
        return f"{days[0]:%d} and {days[1]:%d %B %Y}"
    return " and ".join(f"{d:%d %B %Y}" for d in days)


__all__ = ["next_steps"]
