"""The roadmap: an impact-by-effort chart, tables grouped by horizon, and a timeline."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from cxassess.core.document import RoadmapItem
from cxassess.core.gaps import Weighed, ambitious_targets, weigh
from cxassess.core.owners import roles_to_name
from cxassess.core.roadmap import HORIZON_LABELS, reassessment_date, work_starts
from cxassess.core.roles_asked import roles_asked
from cxassess.core.workdays import working_day
from cxassess.report.charts import figure_drawing, timeline_figure
from cxassess.report.context import FRAME_WIDTH, ReportContext, data_table, para, text
from cxassess.report.markup import rich, shorten
from cxassess.report.roadmap_charts import impact_effort_figure

STATUS_LABELS = {
    "planned": "Planned",
    "in_progress": "In progress",
    "done": "Done",
    "dropped": "Dropped",
}
TIMELINE_LIMIT = 30
# Work on a horizon starts when the one before it ends: Now 0-30, Next 30-90, Later 90-365 days.


def _measure(item: Any) -> str:
    parts = [rich(item.kpi) if item.kpi else "–"]
    if item.baseline:
        parts.append(f"<font color='#5f6b76'>Baseline: {rich(item.baseline)}</font>")
    if item.target:
        parts.append(f"<b>Target:</b> {rich(item.target)}")
    return "<br/>".join(parts)


def _action_cell(ctx: ReportContext, item: Any) -> str:
    q = ctx.doc.questionnaire
    action = rich(item.action)
    if item.status == "dropped":
        action = f"<strike>{action}</strike>"
    extra = ""
    if item.question and q.has_question(item.question):
        extra = (
            f"<br/><font color='#5f6b76'>For: “{rich(shorten(q.question(item.question).text, 160))}”"
            f"</font>"
        )
    notes = f"<br/><i>{rich(item.notes)}</i>" if item.notes else ""
    return action + extra + _cautious(ctx, item) + notes


def _cautious(ctx: ReportContext, item: Any) -> str:
    """Said under a step planned from the lower half of a divided record nobody checked:
    read against the average alone, it would look a level too low."""
    from cxassess.core.roadmap import lower_view

    q = ctx.doc.questionnaire
    # Only for work still to do: a finished step is judged by its result, not its reading.
    if item.status in ("done", "dropped") or not item.question or not q.has_question(item.question):
        return ""
    question = q.question(item.question)
    stats = ctx.scores.question(item.question)
    if (
        not question.evidence
        or not stats.on_agenda
        or stats.mean is None
        or item.question in ctx.doc.agreed_questions
    ):
        return ""
    lower = lower_view(stats.distribution)
    if lower is None or q.level_for(lower).id == q.level_for(stats.mean).id:
        return ""
    return (
        f"<br/><font color='#5f6b76'>The team is divided on this point: the step is planned "
        f"from the lower answers ({q.level_for(lower).name}) until the document settles it."
        "</font>"
    )


def chart_points(
    numbered: list[tuple[int, Any]], weighed: dict[str, Weighed] | None = None
) -> list[tuple[int, str, float]]:
    """The impact and effort chart's points: (number, effort, priority) of open actions.
    What is done or dropped is no longer a choice of where to put effort. An action added
    by hand has no priority of its own: it stands where its statement's step would, as the
    gap it addresses is the same."""
    weighed = weighed or {}

    def height(item: Any) -> float:
        if item.priority or item.question not in weighed:
            return float(item.priority)
        return weighed[item.question].priority

    return [
        (n, i.effort or "medium", height(i))
        for n, i in numbered
        if i.status not in ("done", "dropped")
    ]


def owners_line(ctx: ReportContext) -> str:
    """Who holds the plan: the roles it, its decisions and the open points of the discussion
    still give to a job title, to be named by a date, or that every owner is a person."""
    active = [i.owner for i in ctx.roadmap if i.owner and i.status not in ("dropped", "done")]
    if not active:
        return ""
    unnamed = roles_to_name(ctx.doc, active)
    plan_roles = {role for role, _ in unnamed}
    asked = [
        role
        for role, _ in roles_to_name(ctx.doc, roles_asked(ctx.doc, ctx.scores))
        if role not in plan_roles
    ]
    load = _busiest(ctx)
    if not unnamed and not asked:
        return "Every owner is a person the team named, with the role they hold it in." + load
    by = working_day(ctx.doc.assessed_on + timedelta(days=7))
    parts = []
    if unnamed:
        held = sum(n for _, n in unnamed)
        roles = ", ".join(f"{rich(role)} ({n})" for role, n in unnamed)
        parts.append(
            f"{held} of the {len(active)} open actions still name{'s' if held == 1 else ''} "
            f"a role, not a person: {roles}"
        )
    if asked:
        parts.append(f"decisions or open points of the discussion still name {', '.join(asked)}")
    return (
        f"<b>Owners to name:</b> {'; '.join(parts)}. The sponsor names a person for each by "
        f"{by:%d %B %Y}; until then nobody is answerable for them." + load
    )


def _busiest(ctx: ReportContext) -> str:
    """The owner holding the most open work (actions and the discussion's open points),
    said when it is more than one person can carry at once: a plan is only as fast as its
    busiest owner. The same person as last time goes to the leadership team, as the
    sponsor's check did not take."""
    from cxassess.core.follow_through import busiest

    found = busiest(ctx.doc, ctx.scores)
    if found is None:
        return ""
    owner, most = found
    by = working_day(ctx.doc.assessed_on + timedelta(days=7))
    said = (
        f" <b>Most work on one person:</b> {rich(owner)} holds {most} of the open actions and "
        "points of the discussion"
    )
    if ctx.previous:
        last, last_scores = max(ctx.previous, key=lambda p: (p[0].assessed_on, p[0].created_at))
        before = busiest(last, last_scores)
        if before is not None and before[0] == owner:
            return said + (
                f", as on {last.assessed_on:%d %B %Y}, when the sponsor was to check it: the "
                f"leadership team shares them out at its first meeting after {by:%d %B %Y}."
            )
    return said + f"; the sponsor checks they can carry them, or shares them out, by {by:%d %B %Y}."


def roadmap_section(ctx: ReportContext) -> list[Any]:
    """The plan: what, for which point, who, by when, and how to tell it worked, with a
    chart of where each initiative sits on impact and effort."""
    from reportlab.platypus import CondPageBreak, KeepTogether

    s = ctx.styles
    flow: list[Any] = [CondPageBreak(240), para("Roadmap", s["h1"])]
    items = ctx.roadmap
    who = "the team" if ctx.team else "you"
    if not items and ctx.suggested:
        flow.append(
            para(
                f"No actions have been accepted yet. The {len(ctx.suggested)} suggested actions "
                f"are listed under <b>Suggested actions</b> for {who} to review: accept the "
                "ones to carry out, with an owner and a date.",
                s["body"],
            )
        )
        return flow
    if not items:
        flow.append(
            para("Every area is at or above its target; no actions were suggested.", s["body"])
        )
        return flow
    active = [i for i in items if i.status != "dropped"]
    flow.append(
        para(
            f"{len(active)} initiative{'' if len(active) == 1 else 's'} {who} accepted, chosen "
            "for the most improvement for the "
            "effort and grouped by when to start them; quick wins come first. Each has an "
            "owner, a measure with how to take its baseline, and a target.",
            s["body"],
        )
    )
    if ctx.team and (line := owners_line(ctx)):
        flow.append(para(line, s["body"]))
    for gap in ambitious_targets(ctx.doc, ctx.scores):
        q = ctx.doc.questionnaire
        assert gap.score is not None and gap.target is not None
        flow.append(
            para(
                f"<b>An ambitious target for {rich(gap.title)}:</b> the target set, "
                f"{q.figure(gap.target)} ({rich(q.level_for(gap.target).name)}), is more than one "
                f"level above today's {q.figure(gap.score)} ({rich(q.level_for(gap.score).name)}). "
                "It stays the ambition; the actions are weighed one level at a time, so this "
                "plan aims at the next level first. Check at the next review that it still "
                "holds.",
                s["body"],
            )
        )
    flow.extend(para(text, s["body"]) for text in uncovered_areas(ctx))
    numbered = list(enumerate(items, start=1))
    points = chart_points(numbered, weigh(ctx.doc, ctx.scores))
    if points:
        fig = impact_effort_figure(points, height_in=2.3)
        flow.append(
            KeepTogether(
                [
                    para("Priority and effort", s["h2"]),
                    figure_drawing(fig, FRAME_WIDTH),
                    para(
                        "Numbers match the table below; done actions are not plotted. The "
                        "height is the gap an action addresses, not a forecast of its effect: "
                        "how far the point is below "
                        "its target (at most the next level of its area), plus how far its area "
                        "is below the average of the areas, weighted by its importance.",
                        s["muted"],
                    ),
                ]
            )
        )
    # Done work is no longer "when to start": it has a group of its own, after the plan.
    for horizon in ("now", "next", "later", "done"):
        group = [
            (n, i)
            for n, i in numbered
            if (i.status == "done") == (horizon == "done") and horizon in ("done", i.horizon)
        ]
        if not group:
            continue
        rows = [
            [
                str(n),
                para(_action_cell(ctx, item), s["cell"]),
                text(item.owner or "–", s["cell"]),
                para(due_cell(item, ctx.doc.assessed_on), s["cell"]),
                para(_measure(item), s["cell"]),
                para(_status(item, ctx.doc.assessed_on), s["cell"]),
            ]
            for n, item in group
        ]
        flow.append(CondPageBreak(150))
        label = "Done" if horizon == "done" else HORIZON_LABELS[horizon]  # type: ignore[index]
        flow.append(para(label, s["h2table"]))
        # Whole rows, unless a row holds more text than a page can (a long note).
        short = all(len(item.action) + len(item.notes) < 1200 for _, item in group)
        flow.append(
            data_table(
                ctx,
                ["#", "Action", "Owner", "Due", "Measure", "Status"],
                rows,
                [20, FRAME_WIDTH - 322, 70, 54, 128, 50],
                split_rows=not short,
            )
        )
    carried = [i for i in ctx.suggested if i.carried_from is not None]
    if carried:
        # Still the team's work until it decides otherwise: shown with the plan, not hidden
        # among the suggestions.
        flow.append(CondPageBreak(150))
        flow.append(para("Carried over from the last roadmap, to decide again", s["h2table"]))
        flow.append(
            data_table(
                ctx,
                ["Action", "Owner", "Due", "Where it stands"],
                [
                    [
                        para(_action_cell(ctx, item), s["cell"]),
                        text(item.owner or "–", s["cell"]),
                        para(due_cell(item, ctx.doc.assessed_on), s["cell"]),
                        para(rich(item.reason or "–"), s["cell"]),
                    ]
                    for item in carried
                ],
                [FRAME_WIDTH - 304, 70, 54, 180],
            )
        )
    horizons = {i.horizon for i in active}
    # What is ahead: done work has its own table and no bar to run.
    timeline = [i for i in active if i.due and i.status != "done"][:TIMELINE_LIMIT]
    # A timeline adds something only when work is spread over time.
    if len(horizons) >= 2 and len(timeline) >= 4:
        bars = timeline_bars(timeline, ctx.doc.assessed_on)
        fig = timeline_figure(bars, ctx.doc.assessed_on, reassessment_date(ctx.doc))
        caption = "Timeline"
        if len(active) > TIMELINE_LIMIT:
            caption += f" (first {TIMELINE_LIMIT} of {len(active)} actions)"
        flow.append(
            KeepTogether(
                [
                    para(caption, s["h2"]),
                    figure_drawing(fig, FRAME_WIDTH),
                    para(
                        "Each bar ends on the action's due date and is as long as the work: "
                        "three weeks for a small step, two months for a medium one, the whole "
                        "of its period for a large one.",
                        s["muted"],
                    ),
                ]
            )
        )
    return flow


def timeline_bars(items: list[RoadmapItem], assessed_on: date) -> list[tuple[str, date, date, str]]:
    """Each dated action as a bar (text, start, end, horizon) ending on its due date."""
    # Work already past its date is drawn whole, from when it should have started, and
    # marked: starting the axis at its due date left a three-day sliver at the edge.
    bars: list[tuple[str, date, date, str]] = []
    for item in items:
        begins = work_starts(item)
        assert item.due is not None and begins is not None
        late = item.due < assessed_on
        label = ("(overdue) " if late else "") + item.action
        # Work still ahead is drawn from today at the earliest: its start may have passed
        # while its date has not.
        bars.append((label, begins if late else max(assessed_on, begins), item.due, item.horizon))
    return bars


def suggestions_annex(ctx: ReportContext) -> list[Any]:
    """Suggestions not reviewed yet: in an annex on request, or when nothing was accepted."""
    from reportlab.platypus import PageBreak

    if not ctx.suggested or (ctx.roadmap and not ctx.show_suggestions):
        return []
    s, q = ctx.styles, ctx.doc.questionnaire
    rows = []
    # With a plan, the carried-over actions are shown beside it already.
    for item in [i for i in ctx.suggested if not (ctx.roadmap and i.carried_from)]:
        statement = (
            q.question(item.question).text
            if item.question and q.has_question(item.question)
            else ""
        )
        rows.append(
            [
                para(rich(item.action), s["cell"]),
                para(rich(statement), s["cell"]),
                para(rich(item.reason or "–"), s["cell"]),
            ]
        )
    if not rows:
        return []
    return [
        PageBreak(),
        para("Suggested actions", s["h1"]),
        para(
            f"{len(rows)} action{'' if len(rows) == 1 else 's'} the assessment suggests and "
            f"{'the team has' if ctx.team else 'you have'} not reviewed yet, soonest and most "
            "important first. They are not part of the plan until accepted.",
            s["body"],
        ),
        data_table(
            ctx,
            ["Suggested action", "For the point", "Why"],
            rows,
            [FRAME_WIDTH * 0.42, FRAME_WIDTH * 0.33, FRAME_WIDTH * 0.25],
        ),
    ]


def due_cell(item: RoadmapItem, today: Any, *, overdue: bool = False) -> str:
    """The due date, the date first promised when it slipped, and (where the status column
    does not say it) whether open work is past its date."""
    if item.due is None:
        return "–"
    cell = item.due.strftime("%d %b %Y")
    if overdue and item.status in ("planned", "in_progress") and item.due < today:
        cell += " (overdue)"
    if item.first_due is not None and item.status in ("planned", "in_progress"):
        cell += f"<br/><i>was {item.first_due:%d %b %Y}</i>"
    return cell


def _status(item: RoadmapItem, today: Any) -> str:
    """The status, and "overdue" for open work whose date has passed by this assessment: a
    plan a quarter old must not read as current."""
    label = STATUS_LABELS[item.status]
    if item.status in ("planned", "in_progress") and item.due is not None and item.due < today:
        return f"{label}<br/><b>Overdue</b>"
    return label


def uncovered_areas(ctx: ReportContext) -> list[str]:
    """Areas below their target that no accepted action serves, largest gap first: a plan
    that leaves the area furthest from its target untouched says so, so the room chooses
    an action or lowers the target knowingly."""
    q = ctx.doc.questionnaire
    served = {i.dimension for i in ctx.roadmap if i.status != "dropped"}
    out = []
    for gap in sorted(ctx.gaps, key=lambda g: -g.gap):
        if gap.score is None or gap.target is None or gap.gap <= 0 or gap.dimension_id in served:
            continue
        out.append(
            f"<b>No action on the plan for {rich(gap.title)}</b>, "
            f"{'the area furthest from its target' if gap.gap == max(g.gap for g in ctx.gaps) else 'below its target'}"
            f" ({rich(q.level_for(gap.score).name)} {q.figure(gap.score)} against "
            f"{rich(q.level_for(gap.target).name)} {q.figure(gap.target)}): choose one of its "
            "suggested actions, or lower the target knowingly."
        )
    return out
