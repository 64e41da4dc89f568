"""The report of a manager who took the assessment alone: one person's view, said early,
in the second person, with what the figures cannot say, prompts to check the answers, and
three first actions. Nothing of a team's report (agreement, discussion, what people said)."""

from __future__ import annotations

import statistics
from typing import Any

from cxassess.core.document import RoadmapItem
from cxassess.core.gaps import DimensionGap
from cxassess.core.questionnaire import Question
from cxassess.core.text import tenths
from cxassess.report.context import FRAME_WIDTH, ReportContext, data_table, para, text
from cxassess.report.markup import rich, shorten
from cxassess.report.wording import level_words, only_just

FIRST_ACTIONS = 3
HIGH_ANSWERS = 5  # the highest answers to find evidence for
APART = 2  # points between an answer and the rest of its area that ask for another look


def _answers(ctx: ReportContext) -> dict[str, int | None]:
    person = ctx.doc.participants[0]
    return {qid: a.value for qid, a in person.answers.items()}


def _kinds(ctx: ReportContext) -> dict[str, str]:
    """Each answered statement's kind of answer: point, na or dont_know."""
    return {qid: a.kind for qid, a in ctx.doc.participants[0].answers.items()}


def _headline(ctx: ReportContext) -> Any:
    from cxassess.report.summary import headline_table

    s, q = ctx.styles, ctx.doc.questionnaire
    overall = ctx.scores.overall
    where = rich(ctx.doc.organisation or "the organisation")
    if overall.score is None or overall.level is None:
        left = [para("–", s["big"]), para("not enough answers to score", s["bigcap"])]
        right = [para("You answered fewer than half of the statements in some areas.", s["body"])]
    else:
        left = [
            # The figure the text beside it uses: "2.3" above "At 2.25, 0.25 below" would
            # read as two different scores.
            para(
                tenths(overall.score)
                if abs(overall.score - round(overall.score, 1)) < 0.005
                else f"{overall.score:.2f}",
                s["big"],
            ),
            para(f"out of {ctx.points}<br/>(on 0 to 100: {overall.index:.0f})", s["bigcap"]),
        ]
        index = q.level_index(overall.level.id)
        nxt = q.levels[index + 1] if index + 1 < len(q.levels) else None
        right = [
            para(f"You place {where} at <b>{rich(overall.level.name)}</b>", s["h2"]),
            para(
                f"The next level, {rich(nxt.name)}, starts at {nxt.start:.1f}."
                if nxt is not None
                else "That is the top level: the work is to keep it there.",
                s["body"],
            ),
        ]
    return headline_table(left, right)


def your_view(ctx: ReportContext) -> list[Any]:
    """The first page: your view, what it cannot say, and the first next step."""
    from reportlab.platypus import CondPageBreak, Spacer

    from cxassess.core.insights import key_insights

    s, q = ctx.styles, ctx.doc.questionnaire
    answers = _answers(ctx)
    answered = sum(1 for v in answers.values() if v is not None)
    unsure = sum(1 for v in answers.values() if v is None)
    total = sum(1 for _ in q.questions())
    flow: list[Any] = [para("Your view", s["h1"]), _headline(ctx), Spacer(1, 6)]
    flow.append(
        para(
            f"<b>This is one person's view: yours.</b> It says how you see "
            f"{rich(ctx.doc.organisation or 'the organisation')} today, from your {answered} "
            f"answers to {total} statements in {len(q.dimensions)} areas. The most useful "
            "next step is to <b>ask your team to answer the same statements</b>: where they "
            "see it differently is where the work starts.",
            s["body"],
        )
    )
    flow.append(para("What these figures cannot say", s["h2"]))
    limits = [
        "Whether others see it the same way: one person's answers cannot tell the "
        "organisation apart from the part of it you see from your seat.",
        "How firm the level is: a different answer on a few statements could move it.",
    ]
    if unsure:
        limits.append(
            f"Anything about the {unsure} statement{'s' if unsure != 1 else ''} you did not "
            "know or marked not applicable: they count in no score (they are listed under "
            "Check your answers)."
        )
    for line in limits:
        flow.append(para(line, s["bullet"]))
    flow.append(para("What stands out", s["h2"]))
    for insight in key_insights(ctx.doc, ctx.scores)[1:]:
        flow.append(para(f"<b>{rich(insight.lead)}</b> {rich(insight.text)}", s["bullet"]))
    standing = [g for g in ctx.gaps if g.score is not None and g.target is not None]
    if standing:
        # Targets you set are called yours: under "one level up", a target of 3.2 beside
        # Developing (2.5) read as a level that is not the next one.
        own = any(not g.target_is_default for g in standing)
        flow.append(
            para(
                "Where each area stands, and your targets"
                if own
                else "Where each area stands, and one level up",
                s["h2"],
            )
        )

        def aim(g: DimensionGap) -> str:
            # At the top level the next step is to hold it, never a perfect 5.0.
            if g.gap <= 0 or q.level_for(g.score or 0.0).id == q.levels[-1].id:
                return "keep it there"
            if g.target_is_default:
                return level_words(q, g.target)
            within = q.level_for(g.target or 0.0).id == q.level_for(g.score or 0.0).id
            here = q.level_index(q.level_for(g.score or 0.0).id)
            steps = q.level_index(q.level_for(g.target or 0.0).id) - here
            if steps > 1:
                # Two levels up is the ambition; the actions climb one level at a time.
                return (
                    f"{level_words(q, g.target)}, set by you: {steps} levels up, so the "
                    f"actions aim at {rich(q.levels[here + 1].name)} first"
                )
            return level_words(q, g.target) + (
                ", set by you, within the same level" if within else ", set by you"
            )

        rows = [
            [
                rich(g.title),
                level_words(q, g.score) + (", only just" if only_just(q, g.score) else ""),
                aim(g),
            ]
            for g in sorted(standing, key=lambda g: -g.gap)
        ]
        flow.append(
            data_table(
                ctx,
                ["Area", "You see it today", "Your target" if own else "Next"],
                rows,
                [FRAME_WIDTH - 300, 130, 170],
            )
        )
    # The radar follows on the same page when it fits: a page break here left half a page
    # empty.
    flow.append(CondPageBreak(330))
    return flow


def _apart(ctx: ReportContext, answers: dict[str, int | None]) -> list[tuple[Question, int, float]]:
    """Answers far from your other answers in the same area: (statement, answer, the
    average of the rest). Far is judged against the rest's median, so one other odd answer
    does not hide it; the average is what is said."""
    out = []
    for dim in ctx.doc.questionnaire.dimensions:
        given = [(qu, answers.get(qu.id)) for qu in dim.questions]
        values = [(qu, v) for qu, v in given if v is not None]
        for qu, value in values:
            rest = [v for other, v in values if other.id != qu.id]
            if len(rest) >= 3:
                middle = statistics.median(rest)
                if abs(value - middle) >= APART:
                    out.append((qu, value, statistics.fmean(rest)))
    return sorted(out, key=lambda t: -abs(t[1] - t[2]))[:5]


def check_your_answers(ctx: ReportContext) -> list[Any]:
    """Evidence for the highest answers, answers that sit apart, and what you could not judge."""
    s, q = ctx.styles, ctx.doc.questionnaire
    answers = _answers(ctx)
    flow: list[Any] = [para("Check your answers", s["h1"])]
    flow.append(
        para(
            "Before you share this report, test it against what you can show. "
            + ("Four checks:" if _noted(ctx) else "Three checks:"),
            s["body"],
        )
    )
    highest = sorted(
        ((qu, v) for _, qu in q.questions() if (v := answers.get(qu.id)) is not None and v >= 4),
        key=lambda pair: -pair[1],
    )[:HIGH_ANSWERS]
    flow.append(
        para("1. Your highest answers: what would you show a sceptical colleague?", s["h2"])
    )
    if highest:
        rows = [
            [
                text(qu.text, s["cell"]),
                f"{v} · {rich(q.scale.labels[v - 1])}",
                text(qu.anchors[v - 1] if v - 1 < len(qu.anchors) else "", s["cell"]),
            ]
            for qu, v in highest
        ]
        flow.append(
            data_table(
                ctx,
                ["Statement", "Your answer", "What that answer claims"],
                rows,
                [FRAME_WIDTH * 0.4, 80, FRAME_WIDTH * 0.6 - 80],
            )
        )
        flow.append(
            para(
                ("For each, name" if len(highest) > 1 else "Name")
                + " the document, report or decision that shows it. If you cannot, "
                "answer one point lower next time, or find out.",
                s["muted"],
            )
        )
    else:
        flow.append(para("None of your answers is at the top two points of the scale.", s["body"]))
    flow.append(para("2. Answers that sit apart from your others", s["h2"]))
    apart = _apart(ctx, answers)
    if apart:
        for qu, value, middle in apart:
            area = q.dimension_of(qu.id).title
            flow.append(
                para(
                    f"You answered <b>{value}</b> to “{rich(qu.text.rstrip('.'))}” while your other "
                    "answers "
                    f"on {rich(area)} average {tenths(middle)}. Is this the exception, or does one "
                    "of them need another look?",
                    s["bullet"],
                )
            )
    else:
        flow.append(
            para("Your answers within each area hang together: none sits far apart.", s["body"])
        )
    flow.append(para("3. What you did not know, or marked not applicable", s["h2"]))
    flow.extend(_not_judged(ctx, answers))
    flow.extend(_notes_check(ctx))
    return flow


def _noted(ctx: ReportContext) -> list[tuple[Question, int, str]]:
    """The statements you answered with a point and wrote a note on, in questionnaire order."""
    person = ctx.doc.participants[0]
    out = []
    for _, qu in ctx.doc.questionnaire.questions():
        answer = person.answers.get(qu.id)
        if answer is not None and answer.value is not None and answer.comment.strip():
            out.append((qu, answer.value, answer.comment.strip()))
    return out


def _notes_check(ctx: ReportContext) -> list[Any]:
    """Your own notes beside what your answer claims: the note is evidence you already wrote."""
    s, q = ctx.styles, ctx.doc.questionnaire
    noted = _noted(ctx)
    if not noted:
        return []
    rows = [
        [
            text(qu.text, s["cell"]),
            f"{v} · {rich(q.scale.labels[v - 1])}",
            text(qu.anchors[v - 1] if v - 1 < len(qu.anchors) else "", s["cell"]),
            text(note, s["cell"]),
        ]
        for qu, v, note in noted
    ]
    width = FRAME_WIDTH - 80
    return [
        para("4. Your own notes against your answers", s["h2"]),
        data_table(
            ctx,
            ["Statement", "Your answer", "What that answer claims", "Your note"],
            rows,
            [width * 0.3, 80, width * 0.35, width * 0.35],
        ),
        para(
            "Does your note show what your answer claims? If it describes another point of the "
            "scale, change the answer in the assessment file to that point, or add to the note "
            "why the answer stands.",
            s["muted"],
        ),
    ]


def _not_judged(ctx: ReportContext, answers: dict[str, int | None]) -> list[Any]:
    """The statements you did not know, marked not applicable, or left unanswered."""
    s, q = ctx.styles, ctx.doc.questionnaire
    flow: list[Any] = []
    kinds = _kinds(ctx)
    unknown = [qu for _, qu in q.questions() if kinds.get(qu.id) == "dont_know"]
    not_applicable = [qu for _, qu in q.questions() if kinds.get(qu.id) == "na"]
    unanswered = [qu for _, qu in q.questions() if qu.id not in answers]
    if not (unknown or not_applicable or unanswered):
        flow.append(para("You gave an answer to every statement.", s["body"]))
        return flow
    where = rich(ctx.doc.organisation or "the organisation")
    groups = [
        (
            unknown,
            "You did not know:",
            "Who would know? Ask them before the next assessment: for a manager, not knowing "
            "is a finding in itself.",
        ),
        (
            not_applicable,
            "You marked as not applicable:",
            f"Does each really not apply to {where}? If it applies but you cannot see it, "
            "answer “don't know” next time: that is a finding, where “not applicable” hides it.",
        ),
    ]
    for statements, heading, prompt in groups:
        if statements:
            flow.append(para(heading, s["body"]))
            flow.extend(para(rich(qu.text), s["bullet"]) for qu in statements)
            flow.append(para(prompt, s["muted"]))
    if unanswered:
        flow.append(
            para(
                f"And {len(unanswered)} statement{'s' if len(unanswered) != 1 else ''} you "
                "left unanswered.",
                s["body"],
            )
        )
    return flow


def first_three(ctx: ReportContext) -> list[RoadmapItem]:
    """The actions a manager starts with: the open ones of the plan, then suggestions."""
    chosen = [i for i in ctx.roadmap if i.status not in ("done", "dropped")]
    if len(chosen) < FIRST_ACTIONS:
        chosen += [i for i in ctx.suggested if i not in chosen]
    return chosen[:FIRST_ACTIONS]


def needs_sponsor(item: RoadmapItem) -> bool:
    """Whether an action needs someone above the manager to back it."""
    return _reach(item) == "Needs a sponsor"


def _reach(item: RoadmapItem) -> str:
    """Whether a manager can start the action alone, or needs someone above to back it."""
    # Little effort is within a manager's reach; more needs budget or another department.
    return "You can do this" if item.effort == "low" else "Needs a sponsor"


def _who(item: RoadmapItem) -> str:
    """Who acts: you, when it is within your reach; otherwise the sponsor to ask."""
    if _reach(item) == "You can do this":
        return "<b>You can do this</b><br/>owner: you"
    sponsor = rich(item.owner) if item.owner else "the person who holds the budget"
    return f"<b>Needs a sponsor</b><br/>ask: {sponsor}"


def first_actions(ctx: ReportContext) -> list[Any]:
    """Three actions to start with, each with its owner, measure, baseline and target."""
    from reportlab.platypus import CondPageBreak

    s = ctx.styles
    chosen = first_three(ctx)
    flow: list[Any] = [CondPageBreak(260), para("Three actions to start with", s["h1"])]
    if not chosen:
        flow.append(para("There is nothing to act on yet: every area is at its target.", s["body"]))
        return flow
    # Explain only the kinds of action the list holds.
    kinds = {_reach(item) for item in chosen}
    flow.append(
        para(
            "Three actions on your weakest points, each towards the next level of its area, "
            "with a date to have it done by."
            + (
                " “You can do this”: within a manager's own reach (little effort), so you own it."
                if "You can do this" in kinds
                else ""
            )
            + (
                " “Needs a sponsor”: it needs budget or another department behind it, so take "
                "it to the person named."
                if "Needs a sponsor" in kinds
                else ""
            ),
            s["muted"],
        )
    )
    rows = []
    for n, item in enumerate(chosen, start=1):
        statement = ""
        if item.question and ctx.doc.questionnaire.has_question(item.question):
            statement = ctx.doc.questionnaire.question(item.question).text
        rows.append(
            [
                para(
                    f"<b>{n}. {rich(shorten(item.action, 300))}</b>"
                    + (
                        f"<br/><font color='#5f6b76'>For: {rich(statement)}</font>"
                        if statement
                        else ""
                    ),
                    s["cell"],
                ),
                para(
                    _who(item) + (f"<br/>by {item.due:%d %b %Y}" if item.due is not None else ""),
                    s["cell"],
                ),
                para(
                    f"{rich(item.kpi) or '–'}<br/><font color='#5f6b76'>Baseline: "
                    f"{rich(item.baseline) or 'measure it first'} · Target: "
                    f"{rich(item.target) or '–'}</font>",
                    s["cell"],
                ),
            ]
        )
    flow.append(
        data_table(
            ctx,
            ["Action", "Who", "Measure"],
            rows,
            [FRAME_WIDTH * 0.45, 95, FRAME_WIDTH * 0.55 - 95],
        )
    )
    left = _lowest_left_out(ctx, chosen)
    if left:
        flow.append(
            para(
                "Also among your lowest answers, with no action here yet (take it up once "
                "one of these is under way): " + "; ".join(f"“{rich(qu.text)}”" for qu in left),
                s["muted"],
            )
        )
    return flow


def _lowest_left_out(ctx: ReportContext, chosen: list[RoadmapItem]) -> list[Question]:
    """Your lowest-answered statements that none of the first actions is for."""
    answers = {qid: v for qid, v in _answers(ctx).items() if v is not None}
    if not answers:
        return []
    low = min(answers.values())
    covered = {item.question for item in chosen}
    q = ctx.doc.questionnaire
    return [qu for _, qu in q.questions() if answers.get(qu.id) == low and qu.id not in covered]


__all__ = ["check_your_answers", "first_actions", "first_three", "needs_sponsor", "your_view"]
