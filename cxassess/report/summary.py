"""The cover page and the one-page executive summary."""

from __future__ import annotations

from typing import Any

from cxassess.core.compare import Comparison, printed_change
from cxassess.core.follow_through import target_decision_day
from cxassess.core.followup import speaks_to_measure
from cxassess.core.gaps import STEEP, default_target
from cxassess.core.owners import sponsor
from cxassess.core.roadmap import is_alignment_step, reassessment_date
from cxassess.core.text import tenths
from cxassess.report.context import FRAME_WIDTH, MARGIN_PT, ReportContext, data_table, para, text
from cxassess.report.markup import rich, shorten
from cxassess.report.roadmap_pdf import due_cell
from cxassess.report.wording import level_words


def _logo(ctx: ReportContext) -> list[Any]:
    logo = ctx.branding.logo
    if logo is None:
        return []
    from reportlab.platypus import Image

    image = Image(str(logo))
    ratio = image.imageWidth / image.imageHeight if image.imageHeight else 1
    height = 48.0
    image.drawHeight = height
    image.drawWidth = min(height * ratio, 200)
    image.hAlign = "LEFT"
    return [image]


def _participants(ctx: ReportContext) -> str:
    count = len(ctx.doc.participants)
    if not ctx.team:
        return "One person"
    return f"{count} people" + ("" if ctx.named else ", not named in this report")


def cover(ctx: ReportContext) -> list[Any]:
    """Organisation, team, date, questionnaire, facilitator and participant count."""
    from reportlab.platypus import PageBreak, Spacer

    doc, s = ctx.doc, ctx.styles
    q = doc.questionnaire
    title = doc.organisation or "Customer-centric culture"
    flow: list[Any] = [*_logo(ctx), Spacer(1, 90)]
    flow.append(para("Customer-centric culture roadmap", s["muted"]))
    flow.append(Spacer(1, 6))
    flow.append(text(shorten(title, 160), s["title"]))
    if doc.team:
        flow.append(Spacer(1, 6))
        flow.append(text(shorten(doc.team, 200), s["subtitle"]))
    flow.append(Spacer(1, 40))
    kind = "Team workshop" if ctx.team else "Individual assessment"
    rows = [
        ["Assessed on", doc.assessed_on.strftime("%d %B %Y")],
        ["Assessment", kind if ctx.team else "Your own view, taken alone"],
        ["Questionnaire", f"{rich(q.title)} (version {rich(q.version)})"],
    ]
    if ctx.team:
        rows += [
            ["Facilitator", rich(doc.facilitator) if doc.facilitator else "–"],
            ["Participants", _participants(ctx)],
        ]
    rows.append(["Next assessment", reassessment_date(doc).strftime("%d %B %Y")])
    from reportlab.platypus import Table, TableStyle

    table = Table(
        [[para(f"<b>{k}</b>", s["body"]), para(v, s["body"])] for k, v in rows],
        colWidths=[110, FRAME_WIDTH - 110],
    )
    table.setStyle(
        TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    )
    flow.append(table)
    flow.append(Spacer(1, 36))
    flow.append(para(confidentiality(ctx), s["small"]))
    flow.append(PageBreak())
    return flow


def confidentiality(ctx: ReportContext) -> str:
    """The line on the cover that says who the report is for and what it shows of people."""
    doc = ctx.doc
    whom = f" Prepared for {rich(shorten(doc.organisation, 120))}." if doc.organisation else ""
    if not ctx.team:
        return f"<b>Confidential.</b>{whom} Your own assessment: share it as you choose."
    if ctx.named:
        return (
            f"<b>Confidential.</b>{whom} This copy names the participants and shows each "
            "person's answers and comments: keep it to the people who took part."
        )
    return (
        f"<b>Confidential.</b>{whom} It attributes no answer to anyone: results are shown "
        "for the group, roles only where enough people share one, and comments without "
        "names; the people it names are the owners of the plan's work."
    )


def _headline(ctx: ReportContext, brief: bool = False) -> Any:

    s = ctx.styles
    overall = ctx.scores.overall
    if overall.score is None:
        left = [para("–", s["big"]), para("not enough answers to score", s["bigcap"])]
        right = [
            para("Fewer than half of the questions were answered in every dimension.", s["body"])
        ]
    else:
        level = overall.level
        # Two decimals where the level is only just reached or borderline: "2.6" beside
        # "only just" reads as further in than 2.57 is.
        # And beside a change since last time, which is said to two decimals ("from 2.52
        # to 2.75"): a big "2.8" over it reads as a second figure.
        close = bool(_new_level_within_margin(ctx)) or _only_just(ctx) or bool(ctx.previous)
        left = [
            para(f"{overall.score:.2f}" if close else tenths(overall.score), s["big"]),
            # The index is the same score on 0 to 100 (1 is 0, the top point 100), said so
            # beside it: "38" next to "2.5" otherwise reads as a second, contradicting figure.
            para(
                f"out of {ctx.points}<br/>(on 0 to 100: {overall.index:.0f})",
                s["bigcap"],
            ),
        ]
        name = rich(level.name if level else "")
        borderline = _new_level_within_margin(ctx)
        just = not borderline and _only_just(ctx)
        agreed_level, agreed = _on_agreed_scores(ctx)
        # One level, said once: where the room's agreed scores put the team on another
        # level, the headline names both and the line below says which is which.
        # The level is an average of the areas: where some are a level lower, the profile
        # by area comes first and the level's description is what it means, not a claim
        # that every area is there.
        profile = _profile(ctx)
        q = ctx.doc.questionnaire
        below = (
            q.levels[q.level_index(level.id) - 1].name
            if just and level and q.level_index(level.id) > 0
            else ""
        )
        # Within its margin of the line, the level is not yet a step made: the headline
        # names the line, not the level above it.
        title = (
            f"Maturity level: between <b>{rich(agreed_level)}</b> and <b>{name}</b>"
            if agreed_level
            else f"Maturity level: on the line between <b>{rich(below)}</b> and <b>{name}</b>"
            if below
            else f"Maturity level: <b>{name}</b>"
            + (" on average" if profile else "")
            + (f", borderline (up from {rich(borderline)})" if borderline else "")
            + (", only just" if just else "")
        )
        right = [para(title, s["h2"])]
        if profile:
            right.append(para(profile, s["body"]))
        right.append(
            # A level name reached within the margin of error is not yet a description
            # of the organisation: what the level means is said as what it would mean.
            text(
                (
                    f"What {level.name} would mean: "
                    if (borderline or agreed_level or below) and level
                    else f"What {level.name} means: "
                    if profile and level
                    else ""
                )
                + (level.description if level else ""),
                s["body"],
            )
        )
        if agreed:
            right.append(para(agreed, s["body"]))
        since = _since_last_time(ctx, brief)
        if since:
            right.append(para(since, s["body"]))
    return headline_table(left, right)


def _profile(ctx: ReportContext) -> str:
    """Each level the areas are at, highest first, when some area is below the overall
    level ("" when none is): an average of four areas can carry one or two a level lower."""
    overall = ctx.scores.overall
    if overall.level is None:
        return ""
    q = ctx.doc.questionnaire
    at = q.level_index(overall.level.id)
    scored = [d for d in ctx.scores.dimensions if d.level is not None and d.score is not None]
    if not any(q.level_index(d.level.id) < at for d in scored if d.level):
        return ""
    by_level: dict[int, list[str]] = {}
    for d in sorted(scored, key=lambda d: -(d.score or 0.0)):
        assert d.level is not None and d.score is not None
        by_level.setdefault(q.level_index(d.level.id), []).append(
            f"{rich(d.title)} ({q.figure(d.score)})"
        )
    parts = [
        f"{rich(q.levels[index].name)} in {_and(names)}"
        for index, names in sorted(by_level.items(), reverse=True)
    ]
    return "<b>By area:</b> " + "; ".join(parts) + "."


def _only_just(ctx: ReportContext) -> bool:
    """Whether the score sits above its level's start by less than its margin of error."""
    from cxassess.core.insights import on_the_line

    return ctx.team and on_the_line(ctx.doc, ctx.scores.overall.score)


def _on_agreed_scores(ctx: ReportContext) -> tuple[str, str]:
    """The level on the area scores the room agreed when it differs from the answers' ("" when
    it does not), and a line saying both overall figures, so nobody has to work it out."""
    from cxassess.core.scoring import agreed_overall

    agreed = agreed_overall(ctx.doc, ctx.scores)
    overall = ctx.scores.overall
    if agreed is None or overall.score is None:
        return "", ""
    q = ctx.doc.questionnaire
    there, here = q.level_for(agreed), q.level_for(overall.score)
    agreed_areas = [d.title for d in ctx.scores.dimensions if d.agreed is not None]
    which = (
        "the area scores the room agreed"
        if len(agreed_areas) == len(ctx.scores.dimensions)
        else "the room's agreed score for "
        + " and ".join(rich(t) for t in agreed_areas)
        + " in place of its answers"
    )
    # Both on the level the headline names, the figures need no level of their own: a level
    # said again beside a headline on the line would be one more way of putting it.
    line = (
        f"From the answers, {overall.score:.2f}; {agreed:.2f} with {which}."
        if there.id == here.id and _only_just(ctx)
        else f"From the answers, {overall.score:.2f} ({rich(here.name)}); "
        f"{agreed:.2f} ({rich(there.name)}) with {which}."
    )
    return (there.name if there.id != here.id else ""), line


def _new_level_within_margin(ctx: ReportContext) -> str:
    """The earlier level's name when the level changed but the change is within its
    margin of error; "" otherwise."""
    if not ctx.previous:
        return ""
    from cxassess.core.compare import compare

    change = compare([d for d, _ in ctx.previous] + [ctx.doc]).overall
    before, now = change.values[-2], ctx.scores.overall.level
    if before is None or now is None or change.clear is not False:
        return ""
    was = ctx.doc.questionnaire.level_for(before)
    return was.name if was.id != now.id else ""


def _unexplained(comparison: Any, ctx: ReportContext, last: Any) -> str:
    """Said with a clear rise when most of the points that rose clearly had no action done or
    under way: the rise is not yet the plan's doing."""
    from cxassess.core.follow_through import rises_without_action

    counted = rises_without_action(comparison, ctx.doc, last)
    if counted is None:
        return ""
    alone, rises = counted
    return (
        f", though {alone} of the {rises} points that rose clearly had no action "
        "done or under way: ask what changed before crediting the plan"
    )


def _areas_fell(comparison: Comparison) -> str:
    """The areas that fell clearly, said beside the overall move: a rise overall must not
    hide the clearest decline of all."""
    fell = [
        d
        for d in comparison.dimensions
        if d.clear and d.change is not None and d.change < 0 and None not in d.values[-2:]
    ]
    if not fell:
        return ""
    parts = [
        f"{rich(d.title)} {printed_change(d.values) or 0.0:+.2f} "
        f"(from {d.values[-2]:.2f} to {d.values[-1]:.2f})"
        for d in sorted(fell, key=lambda d: d.change or 0.0)
    ]
    return f" Clearly down: {'; '.join(parts)}."


def _since_last_time(ctx: ReportContext, brief: bool = False) -> str:
    """Where the overall score was last time and whether the move is clear, beside the
    level: a new level name within the margin of error is not a promotion."""
    if not ctx.previous:
        return ""
    from cxassess.core.breadth import breadth
    from cxassess.core.compare import compare

    last, last_scores = max(ctx.previous, key=lambda p: (p[0].assessed_on, p[0].created_at))
    comparison = compare([d for d, _ in ctx.previous] + [ctx.doc])
    change = comparison.overall
    if change.change is None or change.values[-2] is None:
        return ""
    before = change.values[-2]
    q = ctx.doc.questionnaire
    now = change.values[-1]
    shown = printed_change(change.values) or 0.0
    # The change has two decimals, so both ends do: "+0.33 from 2.6" beside a big 2.9
    # reads as a sum that does not add up.
    # The level last time is named only where it differs from today's, said just above.
    was_level = q.level_for(before)
    same = now is not None and q.level_for(now).id == was_level.id
    was = (
        (f"{before:.2f}" if same else f"{rich(was_level.name)} ({before:.2f})")
        + f" on {last.assessed_on:%d %B %Y}"
        + (f" to {now:.2f}" if now is not None else "")
    )
    from cxassess.report.trends import JUST_PAST, margin_words

    unexplained = _unexplained(comparison, ctx, last) if change.clear else ""
    # As the change table says it: a clear change past its margin by less than JUST_PAST
    # is clear only just.
    beyond = (
        f"just beyond the margin of error ({margin_words(change)})"
        if change.clear
        and change.margin is not None
        and abs(change.change) - change.margin < JUST_PAST
        else "beyond the margin of error"
    )
    if unexplained:
        # A rise the report itself asks to check is not its headline: what was done leads,
        # and the rise follows with its caveat.
        delivered = _follow_through(ctx, last, brief).strip()
        said = (
            f"<b>Since last time:</b> {delivered} Answers rose {shown:+.2f} from "
            f"{was}, {beyond}{unexplained}."
        )
    elif change.clear:
        said = f"<b>Since last time:</b> {shown:+.2f} from {was}, a clear change."
    elif change.clear is False:
        said = (
            f"<b>Since last time:</b> {shown:+.2f} from {was}, within the margin of "
            f"error (±{change.margin or 0:.2f}): not yet a measurable step."
        )
    else:
        said = f"<b>Since last time:</b> {shown:+.2f} from {was}."
    said += _areas_fell(comparison)
    pattern = comparison.pattern()
    if pattern.compared:
        said += f" {pattern.rose} of {pattern.compared} statements rose, {pattern.fell} fell."
    spread = breadth(last, ctx.doc) if ctx.team else None
    if spread is not None:
        said += (
            f" Of the {spread.people} people who answered both times, {spread.higher} rated "
            f"higher and {spread.lower} lower."
        )
    if ctx.team:
        was_divided = sum(1 for st in last_scores.questions if st.on_agenda)
        divided = sum(1 for st in ctx.scores.questions if st.on_agenda)
        if divided != was_divided:
            said += f" Divided points: {was_divided} then, {divided} now" + (
                ": more points divide the team." if divided > was_divided else "."
            )
    if not unexplained:
        said += _follow_through(ctx, last, brief)
    return said


def _and(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _decisions_done(ctx: ReportContext) -> str:
    """How many of last time's decisions and open points this assessment shows done: the
    plan's progress alone would hide that none of them was carried out."""
    from cxassess.core.follow_through import earlier_decisions

    asked = earlier_decisions(ctx.doc, ctx.scores, ctx.previous)
    if not asked:
        return ""
    done = sum(1 for e in asked if e.outcome.startswith("Done"))
    return f" <b>Of its {len(asked)} decisions, {done or 'none'} done.</b>"


def _follow_through(ctx: ReportContext, last: Any, brief: bool = False) -> str:
    """What became of the last roadmap, in one sentence: the first question a quarter on."""
    from cxassess.core.followup import earlier_items_status

    items = earlier_items_status(ctx.doc, last)
    if not items:
        return ""
    done = sum(1 for _, status, _ in items if status == "done")
    going = sum(1 for _, status, _ in items if status == "in_progress")
    waiting = sum(1 for _, status, _ in items if status == "planned")
    dropped = len(items) - done - going - waiting
    parts = [f"{done} done"]
    parts += [f"{going} in progress"] if going else []
    parts += [f"{waiting} not started"] if waiting else []
    parts += [f"{dropped} dropped"] if dropped else []
    said = f" <b>Of the {len(items)} actions accepted last time, " + _and(parts) + ".</b>"
    said += _decisions_done(ctx)
    # Brief, when the page is full: the results are in the findings and the plan.
    measured = [item for item, _, _ in items if item.result and not brief]
    for item in measured[:2]:
        # Named by its words up to any aside in brackets, which would be cut mid-way.
        named = shorten(item.action.split(" (")[0], 70)
        said += (
            f" “{rich(named)}” measured: {rich(item.result.rstrip('.'))}."
            if speaks_to_measure(item)
            else f" “{rich(named)}” done ({rich(item.result.rstrip('.'))}); its measure is "
            "not recorded yet."
        )
    undecided = [
        i
        for i in ctx.doc.roadmap
        if i.carried_from and i.review == "suggested" and i.status == "planned"
    ]
    if waiting and waiting * 2 > len(items) and undecided:
        said += " Decide for each whether to keep, change or drop it before adding more."
    return said


def headline_table(left: list[Any], right: list[Any]) -> Any:
    """The big score on the left, what it means on the right, a rule between them."""
    from reportlab.platypus import Table, TableStyle

    table = Table([[left, right]], colWidths=[120, FRAME_WIDTH - 120])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEAFTER", (0, 0), (0, 0), 0.5, "#d0d7de"),
                ("LEFTPADDING", (1, 0), (1, 0), 12),
            ]
        )
    )
    return table


def findings_section(ctx: ReportContext) -> list[Any]:
    """What the figures mean together, each finding ending in the decision it asks for."""
    from reportlab.platypus import CondPageBreak

    from cxassess.core.follow_through import findings_since

    found = findings_since(ctx.doc, ctx.scores, ctx.previous)
    if not found:
        return []
    s = ctx.styles
    flow: list[Any] = [
        CondPageBreak(220),
        para("Findings, and the decision each asks for", s["h1"]),
    ]
    for f in found:
        again = f"<br/><b>Found on {f.found_before:%d %B %Y} too.</b>" if f.found_before else ""
        flow.append(
            para(
                f"<b>{rich(f.lead)}</b> {rich(f.text)}{again}<br/><i>Decision: "
                f"{rich(f.decision)}</i>" + _owner_and_date(f, ctx.doc.assessed_on),
                s["bullet"],
            )
        )
    return flow + _earlier_decisions(ctx, {(f.lead, f.subject) for f in found})


def _now(e: Any, shown: set[tuple[str, str]]) -> str:
    """What became of an earlier finding in this assessment's findings."""
    if e.kind == "agenda":
        return "Left open by the discussion"
    if e.kind == "target":
        return "Set in the workshop"
    if e.kind == "load":
        return "Asked of the sponsor"
    if (e.finding.lead, e.finding.subject) in shown:
        return "Found again: escalated above"
    if e.back:
        return "Found again (not among those above)"
    if e.elsewhere:
        if e.finding.lead in {lead for lead, _ in shown}:
            return "Same pattern, now about another point (above)"
        return "Same pattern again, about another point (not among the findings above)"
    return "Not found again"


def _earlier_decisions(ctx: ReportContext, shown: set[tuple[str, str]]) -> list[Any]:
    """What the last assessment's findings asked for, with owner and date, and whether each
    finding is back: the room records what was done before it takes on more."""
    from reportlab.platypus import KeepTogether

    from cxassess.core.follow_through import earlier_decisions

    asked = earlier_decisions(ctx.doc, ctx.scores, ctx.previous)
    if not asked:
        return []
    held = max(p[0].assessed_on for p in ctx.previous)
    s = ctx.styles
    rows = [
        [
            para(
                # Whole: a decision cut mid-sentence cannot be checked against what was done.
                f"<b>{rich(e.finding.lead)}</b> {rich(shorten(e.finding.decision, 1000))}",
                s["cell"],
            ),
            text(e.finding.owner or "–", s["cell"]),
            f"{e.due:%d %b %Y}",
            para(_now(e, shown), s["cell"]),
            para(
                "<br/>".join(
                    part
                    for part in (
                        rich(e.outcome),
                        f"<b>Now:</b> {rich(e.follow_up)}." if e.follow_up else "",
                    )
                    if part
                ),
                s["cell"],
            ),
        ]
        for e in asked
    ]
    return [
        KeepTogether(
            [
                para(f"Decisions asked for on {held:%d %B %Y}", s["h2"]),
                para(
                    "The last column says what this assessment shows of each and who takes "
                    "it up now: one found again goes to the sponsor (or, where it was the "
                    "sponsor's, to the leadership team); one still undone goes back to its "
                    "owner with the sponsor checking; where nothing shows, its owner says "
                    "what was done. A finding not made again may still have been left undone.",
                    s["muted"],
                ),
                data_table(
                    ctx,
                    ["Decision then", "Owner", "Due", "This time", "What it showed; now"],
                    rows,
                    [FRAME_WIDTH - 354, 82, 54, 84, 134],
                ),
            ]
        )
    ]


def _records_checked(ctx: ReportContext) -> str:
    """How many statements are matters of record and how many the room checked against
    their document: until then those scores are what people believe, said up front."""
    q = ctx.doc.questionnaire
    records = [qu.id for _, qu in q.questions() if qu.evidence]
    if not records:
        return ""
    checked = sum(
        1
        for qid in records
        if (agreed := ctx.doc.agreed_questions.get(qid)) is not None and agreed.evidence
    )
    if not ctx.team:
        return (
            f" {len(records)} of them are matters of record: a document settles each, so "
            "check it before relying on your answer."
        )
    if checked == len(records):
        return f" All {len(records)} matters of record were checked against their documents."
    said = (
        "none has been checked against it yet, so those scores are what people believe"
        if not checked
        else f"only {checked} {'has' if checked == 1 else 'have'} been checked against it "
        "yet, so the others' scores are what people believe"
    )
    return f" {len(records)} of them are matters of record, which a document settles; {said}."


def _owner_and_date(f: Any, held_on: Any) -> str:
    """Who carries out a finding's decision and by when: in the room, or by a date."""
    if not f.owner:
        return ""
    when = "before the room leaves" if not f.within_days else f"by {f.due(held_on):%d %B %Y}"
    return f"<br/><i>Owner: {rich(f.owner)}, {when}.</i>"


def _target_cell(ctx: ReportContext, gap: Any) -> str:
    """The target as the plan works to it. A target more than a point above today is not
    the plan until someone confirms it: the plan climbs one level this round, and the
    target set waits for the sponsor (solo: for you), by the date the next steps give."""
    q = ctx.doc.questionnaire
    if gap.target_is_default:
        return level_words(q, gap.target)
    set_by = ", set in the workshop" if ctx.team else ", your own"
    if gap.gap <= STEEP:
        return level_words(q, gap.target) + set_by
    by = target_decision_day(ctx.doc)
    decides = f"{sponsor(ctx.doc)} confirms or stages it" if ctx.team else "confirm or stage it"
    step = default_target(q, gap.score)
    level = q.level_for(gap.target)
    # Two targets in one level would read as the same one: say the proposal is higher in it.
    proposed = (
        f"{q.figure(gap.target)}, higher within {level.name}"
        if level.id == q.level_for(step).id
        else level_words(q, gap.target)
    )
    return (
        f"This round: {level_words(q, step)}. Proposed{set_by}: {proposed}, "
        f"{tenths(gap.gap)} above today; {rich(decides)} by {by:%d %B %Y}."
    )


def executive_summary(ctx: ReportContext) -> list[Any]:
    """One page: the overall level, three to five key insights drawn from the data, where
    each area stands against its target, and where to start."""
    from reportlab.platypus import PageBreak

    from cxassess.core.insights import key_insights

    insights = key_insights(ctx.doc, ctx.scores)
    # One page: when it would overflow (a re-assessment's headline says more), "Where to
    # start" shows three actions instead of five (the full plan follows in the roadmap);
    # then the least important insights give way, down to three; then the headline leaves
    # the measured results to the findings; then two insights.
    everything = len(insights)
    tries = [(everything, 5, False), (everything, 4, False), (everything, 3, False)]
    tries += [(k, 3, False) for k in range(everything - 1, 2, -1)]
    tries += [(3, 3, True), (2, 3, True)]
    for shown, starts, brief in tries:
        flow = _summary_flow(ctx, insights[:shown], starts, brief)
        if _height(flow) <= SUMMARY_HEIGHT:
            break
    flow.append(PageBreak())
    return flow


# The page's frame less its padding, and a little room for rounding in the wrap.
SUMMARY_HEIGHT = 841.89 - 2 * MARGIN_PT - 12 - 6


def _height(flow: list[Any]) -> float:
    """How tall a list of flowables is on the page, spacing included."""
    total = 0.0
    for f in flow:
        _w, h = f.wrap(FRAME_WIDTH, 10_000)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def _summary_flow(
    ctx: ReportContext, insights: list[Any], starts: int = 5, brief: bool = False
) -> list[Any]:
    from reportlab.platypus import Spacer

    s, q = ctx.styles, ctx.doc.questionnaire
    flow: list[Any] = [para("Executive summary", s["h1"]), _headline(ctx, brief), Spacer(1, 6)]
    who = f"{ctx.scores.respondents} people" if ctx.team else "one person"
    flow.append(
        para(
            f"From the answers of {who} to {sum(1 for _ in q.questions())} statements in "
            f"{len(q.dimensions)} areas." + _records_checked(ctx),
            s["muted"],
        )
    )
    flow.append(para("Key insights", s["h2"]))
    for insight in insights:
        flow.append(para(f"<b>{rich(insight.lead)}</b> {rich(insight.text)}", s["bullet"]))

    standing = [g for g in ctx.gaps if g.score is not None and g.target is not None]
    if standing:
        flow.append(para("Where each area stands", s["h2"]))
        rows = [
            [
                rich(g.title),
                level_words(q, g.score),
                para(_target_cell(ctx, g), s["cell"]),
            ]
            for g in sorted(standing, key=lambda g: -g.gap)
        ]
        flow.append(
            data_table(ctx, ["Area", "Today", "Target"], rows, [FRAME_WIDTH - 300, 110, 190])
        )
    open_items = [i for i in ctx.roadmap if i.status not in ("done", "dropped")]
    top = [i for i in open_items if not is_alignment_step(i)][:starts]
    if top:
        flow.append(para("Where to start", s["h2"]))
        rows = [
            [
                text(shorten(i.action, 240), s["cell"]),
                rich(shorten(i.owner, 66)) or "–",
                para(due_cell(i, ctx.doc.assessed_on, overdue=True), s["cell"]),
            ]
            for i in top
        ]
        flow.append(data_table(ctx, ["Action", "Owner", "Due"], rows, [FRAME_WIDTH - 236, 150, 86]))
    return flow
