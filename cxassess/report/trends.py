"""The "since last time" section: trends, what moved, and the earlier roadmap's fate."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from cxassess.core.breadth import breadth
from cxassess.core.compare import VERDICTS, Change, compare, printed_change
from cxassess.core.follow_through import unworked_rise
from cxassess.core.followup import earlier_items_status, speaks_to_measure
from cxassess.core.owners import who
from cxassess.core.targets import targets_reached
from cxassess.core.text import tenths
from cxassess.report.charts import figure_drawing, trend_figure
from cxassess.report.context import FRAME_WIDTH, ReportContext, data_table, fmt, para, text
from cxassess.report.markup import rich
from cxassess.report.roadmap_pdf import STATUS_LABELS
from cxassess.report.wording import level_words

JUST_PAST = 0.05  # a clear change this close to its margin is called only just clear


def _signed(value: float | None) -> str:
    return "–" if value is None else f"{value:+.2f}"


def _level_said(doc: Any, score: float) -> str:
    """A team's overall level as its own report headlined it: on the line between two
    levels where the score is within its margin of the line, otherwise the level."""
    from cxassess.core.insights import on_the_line

    q = doc.questionnaire
    index = q.level_index(q.level_for(score).id)
    if on_the_line(doc, score):
        return (
            f"on the line between {rich(q.levels[index - 1].name)} and "
            f"{rich(q.levels[index].name)} ({score:.2f})"
        )
    return level_words(q, score)


def margin_words(change: Change) -> str:
    """A change's margin as printed beside it. Where the change and the margin print the
    same ("+0.13 … ±0.13"), the reader is told the change clears it by less than 0.01,
    or it reads as not beyond it."""
    assert change.margin is not None
    said = f"±{change.margin:.2f}"
    shown = printed_change(change.values)
    if change.clear and shown is not None and f"{abs(shown):.2f}" == f"{change.margin:.2f}":
        said += ", cleared by less than 0.01"
    return said


def _row(change: Change) -> list[str]:
    verdict = VERDICTS[change.clear]
    # Past its margin by a few hundredths: the next round confirms it before it is read as
    # a step.
    if (
        change.clear
        and change.change is not None
        and change.margin is not None
        and abs(change.change) - change.margin < JUST_PAST
    ):
        verdict += ", only just"
    if change.margin is not None:
        verdict += f" ({margin_words(change)})"
    return [
        f"<b>{rich(change.title)}</b>",
        *[fmt(v, 2) for v in change.values],
        _signed(printed_change(change.values)),
        verdict,
    ]


def _when_planned(ctx: ReportContext) -> str:
    """When this assessment was held against the date the last report set for it: a round
    held late has had longer to move, and one held early less."""
    last = max((d for d, _ in ctx.previous), key=lambda d: (d.assessed_on, d.created_at))
    planned = last.reassess_on
    if planned is None or planned == ctx.doc.assessed_on:
        return ""
    days = (ctx.doc.assessed_on - planned).days
    return (
        f" It was held on {ctx.doc.assessed_on:%d %B %Y}, {abs(days)} day"
        f"{'' if abs(days) == 1 else 's'} {'after' if days > 0 else 'before'} the "
        f"{planned:%d %B %Y} the last report planned for it."
    )


def since_last_time(ctx: ReportContext) -> list[Any]:
    """Trend chart, radar shape against last time (in the overview), what moved and what was done."""
    if not ctx.previous:
        return []
    from reportlab.platypus import CondPageBreak, KeepTogether

    s = ctx.styles
    docs = [d for d, _ in ctx.previous] + [ctx.doc]
    comparison = compare(docs)
    flow: list[Any] = [CondPageBreak(300), para("Since last time", s["h1"])]
    flow.append(
        para(
            "Compared with "
            + (
                "the earlier assessment"
                if len(ctx.previous) == 1
                else f"{len(ctx.previous)} earlier assessments"
            )
            + ", on the "
            f"{len(comparison.questions)} statements they share. A change is clear when it is "
            "larger than its margin of error: the 95% range that chance alone could give, from how "
            "many answered each time and how far apart their answers were. A change within it "
            "could be chance." + _agreed_then(ctx) + _when_planned(ctx),
            s["body"],
        )
    )
    # The headline first: where the level was and is, and whether the team is as aligned.
    last_doc, last = max(ctx.previous, key=lambda pair: (pair[0].assessed_on, pair[0].created_at))
    now, before = ctx.scores.overall, last.overall
    if now.score is not None and before.score is not None:
        headline = (
            f"The overall level was {_level_said(last_doc, before.score)} on "
            f"{last_doc.assessed_on:%d %B %Y} and is {_level_said(ctx.doc, now.score)} now"
        )
        if now.level is not None and before.level is not None and now.level.id != before.level.id:
            if comparison.overall.clear:
                headline += f": it moved from {rich(before.level.name)} to {rich(now.level.name)}"
            else:
                headline += (
                    f". The level name changed from {rich(before.level.name)} to "
                    f"{rich(now.level.name)}, but the change is within its margin of error: "
                    "not yet a measurable step"
                )
        flow.append(para(headline + ".", s["body"]))
    pattern = comparison.pattern().words()
    if pattern:
        flow.append(para(pattern, s["body"]))
    spread = breadth(last_doc, ctx.doc) if ctx.team else None
    if spread is not None:
        flow.append(para(spread.words(), s["body"]))
    credit = _credit(comparison, earlier_items_status(ctx.doc, last_doc))
    if credit:
        flow.append(para(credit, s["body"]))
    if ctx.team:
        was = sum(1 for st in last.questions if st.on_agenda)
        is_ = sum(1 for st in ctx.scores.questions if st.on_agenda)
        if was != is_:
            flow.append(
                para(
                    f"Divided points: {was} last time, {is_} now"
                    + (
                        (
                            ": the same people see more differently than before; ask where "
                            "their views parted before reading any change."
                            if spread is not None and spread.people >= len(ctx.doc.participants)
                            else ": the team sees more differently than before; before "
                            "reading any change, check that the same people answered."
                        )
                        if is_ > was * 1.5 and is_ - was >= 3
                        else "."
                    ),
                    s["body"],
                )
            )
    if comparison.added or comparison.removed:
        parts = []
        if comparison.added:
            parts.append(
                "new statements not compared: " + ", ".join(rich(x) for x in comparison.added)
            )
        if comparison.removed:
            parts.append(
                "statements no longer asked: " + ", ".join(rich(x) for x in comparison.removed)
            )
        flow.append(
            para(
                "The questionnaire changed between assessments; " + "; ".join(parts) + ".",
                s["muted"],
            )
        )
    elif comparison.questionnaire_change():
        flow.append(para(rich(comparison.questionnaire_change() or ""), s["muted"]))
    dates = [date.fromisoformat(d) for d in comparison.dates]
    series = [(c.title, list(c.values)) for c in comparison.dimensions]
    series.append(("Overall", list(comparison.overall.values)))
    fig = trend_figure(dates, series, ctx.points)
    flow.append(KeepTogether([para("Scores over time", s["h2"]), figure_drawing(fig, FRAME_WIDTH)]))
    short = [date.fromisoformat(d).strftime("%d %b %y") for d in comparison.dates]
    header = ["Dimension", *short, "Change", "Meaning"]
    n = len(comparison.dates)
    widths = [FRAME_WIDTH - 175 - 58 * n, *[58] * n, 55, 120]
    rows = [_row(c) for c in [*comparison.dimensions, comparison.overall]]
    flow.append(data_table(ctx, header, rows, widths))
    reached = _targets_reached(ctx, last_doc, last, comparison)
    if reached:
        from reportlab.platypus import Spacer

        flow += [Spacer(1, 6), para(reached, s["body"])]
    for title, direction in (("Moved up most", 1), ("Moved down most", -1)):
        moved = comparison.moved(direction)
        if not moved and comparison.questions:
            # What did not fall is news too: said, so its absence is not read as omitted.
            flow.append(para(title, s["h2"]))
            flow.append(para(f"No statement {'rose' if direction > 0 else 'fell'}.", s["body"]))
        if moved:
            flow.append(para(title, s["h2"]))
            flow.append(
                data_table(
                    ctx,
                    ["Statement", "Before", "Now", "Change", "Meaning"],
                    [
                        [
                            text(c.title, s["cell"]),
                            fmt(c.values[-2], 2),
                            fmt(c.values[-1], 2),
                            _signed(printed_change(c.values)),
                            _row(c)[-1],
                        ]
                        for c in moved
                    ],
                    [FRAME_WIDTH - 270, 45, 45, 50, 130],
                )
            )
    latest = max((d for d, _ in ctx.previous), key=lambda d: (d.assessed_on, d.created_at))
    items = earlier_items_status(ctx.doc, latest)
    if items:
        counts = {status: sum(1 for _, st, _ in items if st == status) for status in STATUS_LABELS}
        done: list[Any] = [para("What was done from the last roadmap", s["h2"])]
        done.append(
            para(
                f"Of {len(items)} actions on the roadmap of {latest.assessed_on.strftime('%d %B %Y')}: "
                f"{counts['done']} done, {counts['in_progress']} in progress, "
                f"{counts['dropped']} dropped and {counts['planned']} not started"
                + _not_started(items, ctx.doc.assessed_on)
                + ".",
                s["body"],
            )
        )
        left = _left_behind(latest, ctx.doc)
        if left:
            done.append(para(left, s["muted"]))
        # The stories are in what moved; actions not started are only counted.
        order = {"done": 0, "in_progress": 1, "dropped": 2}
        moved_items = sorted(
            (entry for entry in items if entry[1] in order), key=lambda entry: order[entry[1]]
        )
        by_id = {c.id: c for c in comparison.questions}
        rows = [
            [
                text(item.action, s["cell"]),
                # Who holds the role now, as the plan below names them.
                rich(who(ctx.doc, item.owner)) or "–",
                STATUS_LABELS[status],
                para(_outcome(item, by_id.get(item.question or ""), latest, status), s["cell"]),
                text(note or "–", s["cell"]),
            ]
            for item, status, note in moved_items
        ]
        if rows:
            done.append(
                data_table(
                    ctx,
                    ["Earlier action", "Owner", "Status", "Its measure and its point", "Note"],
                    rows,
                    [FRAME_WIDTH - 355, 65, 50, 140, 100],
                )
            )
        # The counts belong with the rows they count, unless the rows run past a page.
        flow.extend([KeepTogether(done)] if len(rows) <= 8 else done)
    return flow


def _outcome(item: Any, change: Change | None, earlier: Any, status: str = "") -> str:
    """What the action was to move and what its point did: the KPI and target it was given
    (its result is the team's to report) and the statement's score then and now."""
    parts = []
    if item.kpi:
        measure = rich(item.kpi)
        if item.target:
            measure += f"; target: {rich(item.target)}"
        parts.append(measure)
        if item.result and speaks_to_measure(item):
            parts.append(f"<b>Measured: {rich(item.result)}</b>")
        elif item.result:
            # What was done, not what its measure showed: said as such, beside the ask.
            parts.append(f"Recorded: {rich(item.result)}")
            parts.append("<i>No result recorded for its measure yet.</i>")
        elif item.status == "done" or status == "done":
            parts.append("<i>No result recorded for its measure yet.</i>")
    if change is not None and change.change is not None:
        before, now = change.values[-2], change.values[-1]
        verdict = VERDICTS[change.clear]
        parts.append(
            f"<font color='#5f6b76'>Its point: {fmt(before, 2)} then, {fmt(now, 2)} now "
            f"({_signed(printed_change(change.values))}, {verdict})</font>"
        )
        agreed = earlier.agreed_questions.get(item.question or "")
        if agreed is not None:
            parts.append(
                f"<font color='#5f6b76'>Both are the answers' averages; the room agreed "
                f"{tenths(agreed.score)} then.</font>"
            )
    return "<br/>".join(parts) or "–"


def _not_started(items: Sequence[tuple[Any, str, str]], today: date) -> str:
    """Of the actions not started, how many are past their due date: those are late, the
    rest are simply not due yet."""
    waiting = [item for item, status, _ in items if status == "planned"]
    if not waiting:
        return ""
    late = sum(1 for item in waiting if item.due is not None and item.due < today)
    if late == len(waiting):
        return ", all past their due date"
    if not late:
        return ", none of them due yet"
    return f" ({late} past their due date, {len(waiting) - late} not due yet)"


def _agreed_then(ctx: ReportContext) -> str:
    """Scores the room agreed last time do not carry over: each assessment agrees its own,
    so the comparison is of answers with answers, said where a reader would look for them."""
    last = max((d for d, _ in ctx.previous), key=lambda d: (d.assessed_on, d.created_at))
    n = len(last.agreed_questions) + len(last.agreed_dimensions)
    if not n:
        return ""
    return (
        f" The {n} score{'' if n == 1 else 's'} the room agreed on "
        f"{last.assessed_on:%d %B %Y} {'is' if n == 1 else 'are'} not carried over: answers "
        "are compared with answers, and this room agrees its own."
    )


def _left_behind(earlier: Any, doc: Any) -> str:
    """Why some of the earlier roadmap is not on this one: what was never accepted, and
    what was finished or dropped, stays with the earlier assessment."""
    carried = {item.carried_from for item in doc.roadmap if item.carried_from}
    # A suggestion the team turned down was decided on; one it never looked at was not.
    never = sum(1 for item in earlier.roadmap if item.review == "suggested")
    refused = sum(1 for item in earlier.roadmap if item.review == "dropped")
    closed = sum(
        1
        for item in earlier.roadmap
        if item.review == "accepted"
        and item.status in ("done", "dropped")
        and item.id not in carried
    )
    parts = []
    waiting = sum(
        1 for item in doc.roadmap if item.carried_from is not None and item.review == "suggested"
    )
    if waiting:
        parts.append(
            f"{waiting} carried over {'is' if waiting == 1 else 'are'} still to be decided "
            "again, and counted as not started"
        )
    # Said as outside the count, so that nobody adds them to it.
    outside = []
    if never:
        outside.append(f"{never} suggestion{'' if never == 1 else 's'} the team never reviewed")
    if refused:
        outside.append(
            f"{refused} suggestion{'' if refused == 1 else 's'} the team turned down then"
        )
    if outside:
        parts.append(f"not in these counts, and left behind: {' and '.join(outside)}")
    if closed:
        parts.append(
            f"{closed} action{'' if closed == 1 else 's'} already done or dropped then "
            f"{'is' if closed == 1 else 'are'} counted but not carried"
        )
    if not parts:
        return ""
    return (
        "Only accepted actions still open were carried over to this roadmap, to decide "
        "again; " + "; ".join(parts) + "."
    )


def _targets_reached(ctx: ReportContext, last_doc: Any, last: Any, comparison: Any) -> str:
    """Which of last time's targets each area reached, and by how much one fell short."""
    reached = targets_reached(last_doc, last, ctx.scores)
    if not reached:
        return ""
    q = ctx.doc.questionnaire
    clear = {c.id: c.clear for c in comparison.dimensions}
    parts = []
    for r in reached:
        said = (
            f"{rich(r.title)} {q.figure(r.target)} proposed by the team, this round "
            f"{level_words(q, r.step)}"
            if r.step is not None
            else f"{rich(r.title)} {level_words(q, r.target)}"
            + (", set by the team" if r.set_by_team else "")
        ) + f", now {level_words(q, r.now)}: "
        if r.now is None:
            said += "too few answers to tell"
        elif r.met and (alone := unworked_rise(comparison, ctx.doc, last_doc, r.dimension_id)):
            # Met on the answers, but the report itself asks what changed: not the plan's yet.
            said += (
                f"met on the answers, though {alone[0]} of the {alone[1]} points that rose "
                "clearly in it had no action done or under way: not the plan's result until "
                "the leadership team says what changed"
            )
        elif r.met:
            said += "met" if clear.get(r.dimension_id) else "met, though the rise could be chance"
        else:
            said += f"{r.short:.2f} short"
        parts.append(said)
    met = sum(1 for r in reached if r.met)
    total = "none" if not met else "all" if met == len(reached) else f"{met} of {len(reached)}"
    return (
        f"<b>Targets of {last_doc.assessed_on:%d %B %Y}</b> (one level up unless the team set "
        "one): " + "; ".join(parts) + ". "
        f"{total[0].upper() + total[1:]} met."
    )


def _credit(comparison: Any, items: Sequence[tuple[Any, str, str]]) -> str:
    """Whether the clear rises are where the plan worked: a point that rose with no action
    on it rose for another reason, and the team should know which."""
    rises = [c for c in comparison.questions if c.clear and (c.change or 0) > 0]
    if not rises:
        return ""
    worked = {item.question for item, status, _ in items if status in ("done", "in_progress")}
    alone = [c for c in rises if c.id not in worked]
    n = len(rises)
    if not alone:
        return f"Each of the {n} statements that rose clearly had an action done or under way."
    if len(alone) == n:
        return (
            f"None of the {n} statement{'s' if n != 1 else ''} that rose clearly had an action "
            "from the last roadmap done or under way. Either something else changed, or the "
            "plan's statuses are out of date: check both before crediting the plan."
        )
    return (
        f"Of the {n} statements that rose clearly, {len(alone)} had no action from the last "
        "roadmap done or under way: ask what changed there, and check those actions' "
        "statuses are up to date."
    )
