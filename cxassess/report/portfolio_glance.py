"""The portfolio's first page for a steering committee: where the teams stand, what moved,
what is late, each organisation by area, and the decisions the figures ask for."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from cxassess.core.portfolio import DEVELOPING
from cxassess.core.text import level_figure, tenths
from cxassess.report.context import FRAME_WIDTH, para
from cxassess.report.markup import rich, shorten
from cxassess.report.portfolio_decisions import (
    CLEARLY_LOWER,
    NEW_PLAN_DAYS,
    decisions,
    joined,
    report_day,
    teams_and_groups,
)
from cxassess.report.portfolio_parts import names as _names
from cxassess.report.portfolio_parts import scope as _scope
from cxassess.report.portfolio_parts import table as _table
from cxassess.report.portfolio_parts import teams as _teams

JUST_PAST = 1.25  # a move less than a quarter past its margin is only just a move


def at_a_glance(data: dict[str, Any], s: Any) -> list[Any]:
    """One page for the steering committee: where the teams stand, what moved, what is late."""
    summary = data["summary"]
    many = len(data.get("organisations", [])) > 1
    flow: list[Any] = [para("At a glance", s["h1"])]
    if summary["mean"] is None:
        flow.append(para("No team has enough people answering to be shown yet.", s["body"]))
        return flow
    # The caveat sits with the figure: the teams that chose to assess again are not a
    # sample of all teams.
    beyond = len(summary["moved_up"]) + len(summary["moved_down"])
    change = (
        f", {summary['mean_change']:+.2f} on average for the "
        f"{_teams(summary['reassessed'])} assessed again (teams that chose to, not a sample "
        f"of all; {beyond or 'none'} of them beyond {'its' if summary['reassessed'] == 1 else 'their'} "
        "own margin, the rest could be chance)"
        if summary["mean_change"] is not None
        else "; no team has been assessed twice yet"
    )
    points = [
        f"<b>The teams average {_figure(summary['mean'], data.get('level_starts', []))} of "
        "5</b> (each team counting once, "
        f"{summary['shown']} of {summary['teams']} teams shown{_by_people(data)}){change}.",
        f"<b>{summary['at_or_above']} of {summary['shown']} teams are at "
        f"{rich(summary['floor_level'] or '')} or above</b> overall{_only_just(data)}.",
    ]
    if summary["moved_up"] or summary["moved_down"]:
        if summary["moved_up"]:
            points.append(
                f"<b>Moved up</b> beyond their own noise: {_names(summary['moved_up'], many)}."
                + _just_beyond(data, summary["moved_up"])
                + _without_work(data, summary["moved_up"])
            )
        if summary["moved_down"]:
            points.append(f"<b>Moved down</b>: {_names(summary['moved_down'], many)}.")
    else:
        points.append("No team moved by more than its own uncertainty since last time.")
    if summary["overdue"]:
        late = ", ".join(
            f"{_names([t['team']], many)}: {t['overdue']}" for t in summary["overdue"][:12]
        )
        more = len(summary["overdue"]) - 12
        where = teams_and_groups([t["team"] for t in summary["overdue"]], data)
        points.append(
            f"<b>Overdue actions</b> in {where}: {late}"
            + (f" and {more} more" if more > 0 else "")
            + "."
        )
    else:
        points.append("No team has an accepted action past its due date.")
    total = data["roadmap"]
    # Delivery first: what the teams did is what a committee can act on, and scores that
    # rise while nothing is done are its first question.
    points.insert(
        0,
        f"<b>Follow-through:</b> {total['done']} of {total['accepted']} accepted actions done, "
        f"{total['overdue']} overdue{_young_overdue(data, total['overdue'])}."
        + (
            " Scores are not yet the result of the roadmap: ask what changed instead."
            if total["accepted"] and not total["done"] and summary["moved_up"]
            else ""
        ),
    )
    lowest = data["weakest_statements"]
    weakest = lowest[:2]
    tied = len(weakest) == 2 and weakest[1]["mean_of_teams"] - weakest[0]["mean_of_teams"] < 0.05
    weakest = weakest[:1]
    if weakest and tied:
        # The tie hides a pattern when most of the lowest statements sit in one area: say it.
        named = [w.get("area", "") for w in lowest if w.get("area")]
        area = max(set(named), key=named.count) if named else ""
        share = named.count(area)
        common = ""
        if len(lowest) > 1 and share * 2 > len(lowest):
            many_of = (
                f"all {len(lowest)}" if share == len(lowest) else f"{share} of the {len(lowest)}"
            )
            common = f"; {many_of} lowest are in {rich(area)}"
        points.append(
            f"<b>Weakest {_scope(data)}:</b> no single statement, the lowest are within 0.1 "
            f"of each other{common} (see Weakest {_scope(data)})."
        )
    elif weakest:
        points.append(
            f"<b>Weakest {_scope(data)}:</b> “{rich(weakest[0]['text'])}” "
            + (f"in {rich(weakest[0]['area'])} " if weakest[0].get("area") else "")
            + f"({weakest[0]['mean_of_teams']:.2f} on average in {_teams(weakest[0]['teams'])})."
        )
    if summary.get("groups"):
        apart = "; ".join(
            f"{rich(g['team'])} ({rich(g['organisation'] or 'no organisation')}: "
            f"{joined([rich(u) for u in g['units'][:4]])}"
            + (f" and {len(g['units']) - 4} more" if len(g["units"]) > 4 else "")
            + ")"
            for g in summary["groups"]
        )
        points.insert(
            2,
            f"<b>Shown apart:</b> {apart}. Its people come from several units and answered "
            "for the organisation, not for one team, so it counts in no average; its plan "
            "counts in the follow-through."
            if len(summary["groups"]) == 1
            else f"<b>Shown apart:</b> {apart}. Their people come from several units and "
            "answered for the organisation, not for one team, so they count in no average; "
            "their plans count in the follow-through.",
        )
    for point in points:
        flow.append(para("• " + point, s["body"]))
    asked = decisions(data, many)
    if asked:
        flow.append(para("Decisions for this meeting", s["h2"]))
        flow.extend(
            para(
                f"{n}. {decision.text} <i>Owner: {decision.owner}. By {decision.by}.</i>",
                s["body"],
            )
            for n, decision in enumerate(asked, start=1)
        )
    orgs = [o for o in data.get("organisations", []) if o["shown"]]
    if len(data.get("organisations", [])) > 1:
        flow.append(para("By organisation", s["h2"]))
        flow.append(
            _table(
                [
                    "Organisation",
                    "Teams shown",
                    "Mean",
                    "Change",
                    "At Developing or above",
                    "Lowest team",
                    "Overdue",
                ],
                [
                    [
                        rich(o["name"] or "(no organisation)"),
                        f"{o['shown']} of {o['teams']}",
                        "–" if o["mean"] is None else tenths(o["mean"]),
                        "–"
                        if o["mean_change"] is None
                        else f"{o['mean_change']:+.2f} ({_teams(o['reassessed'])}; "
                        + (
                            "could be chance)"
                            if not o.get("moved")
                            else f"{o['moved']} beyond chance)"
                        ),
                        str(o["at_or_above"]),
                        _lowest_team(data, o["name"]),
                        _overdue(data, o),
                    ]
                    for o in sorted(orgs, key=lambda o: o["name"].casefold())
                ],
                [FRAME_WIDTH - 378, 40, 34, 72, 58, 122, 52],
                s,
            )
        )
    if orgs:
        flow.extend(_by_area(data, orgs, s))
    return flow


def _young_overdue(data: dict[str, Any], overdue: int) -> str:
    """How much of the overdue work sits in plans made less than six weeks ago: late on a
    new plan asks whether its dates were realistic, not whether the team has stalled."""
    today = report_day(data)
    young = sum(
        t["roadmap"]["overdue"]
        for t in data["teams"]
        if not t["suppressed"]
        and t.get("roadmap")
        and (today - date.fromisoformat(t["assessed_on"])).days < NEW_PLAN_DAYS
    )
    if not young or not overdue:
        return ""
    share = "all of them" if young == overdue else f"{young} of them"
    return f" ({share} in plans made less than {NEW_PLAN_DAYS // 7} weeks ago)"


def _overdue(data: dict[str, Any], org: dict[str, Any]) -> str:
    """An organisation's overdue actions, saying how many are a group's: the other columns
    leave groups out, so a count that includes them says so."""
    grouped = sum(
        t["roadmap"]["overdue"]
        for t in data["teams"]
        if t["organisation"] == org["name"] and t.get("group") and not t["suppressed"]
    )
    return f"{org['overdue']} ({grouped} the group's)" if grouped else str(org["overdue"])


def _lowest_team(data: dict[str, Any], organisation: str) -> str:
    """An organisation's lowest team overall, with its weakest area: a mean hides the team
    that most needs help, so it is named beside it."""
    teams = [
        t
        for t in data["teams"]
        if t["organisation"] == organisation
        and not t["suppressed"]
        and not t.get("group")
        and (t.get("overall") or {}).get("score") is not None
    ]
    if len(teams) < 2:
        return "–"
    low = min(teams, key=lambda t: (t["overall"]["score"], t["team"].casefold()))
    # Teams that read the same as the lowest are named with it: a tie is not hidden.
    shown_low = tenths(low["overall"]["score"])
    tied = [t for t in teams if tenths(t["overall"]["score"]) == shown_low and t is not low]
    areas = [d for d in low["dimensions"].values() if d.get("score") is not None]
    weakest = min(areas, key=lambda d: d["score"], default=None)
    area = f"; {rich(weakest['title'])} {tenths(weakest['score'])}" if weakest else ""
    names = rich(shorten(low["team"], 40)) + "".join(
        f" and {rich(shorten(t['team'], 40))}" for t in tied[:2]
    )
    if len(tied) > 2:
        names += f" and {len(tied) - 2} more"
    return f"{names} {shown_low}" + ("" if tied else area)


def _figure(value: float, starts: Sequence[float]) -> str:
    """One decimal, or two where one would round the figure across where a level starts
    (2.47 is Aware; "2.5" would read as Developing), as the team tables show it."""
    return level_figure(value, starts)


JUST = 0.1  # this close above where a level starts: one answer either way could change it


def _only_just(data: dict[str, Any]) -> str:
    """How many of the teams counted at the floor level or above are only just there: a
    count that includes borderline teams says so."""
    starts = data.get("level_starts") or []
    if len(starts) <= DEVELOPING:
        return ""
    floor = starts[DEVELOPING]
    just = sum(
        1
        for t in data["teams"]
        if not t["suppressed"]
        and not t.get("group")
        and t["overall"]["score"] is not None
        and floor <= t["overall"]["score"] < floor + JUST
    )
    return f" ({just} of them only just, within a tenth of where it starts)" if just else ""


def _just_beyond(data: dict[str, Any], moved: list[dict[str, str]]) -> str:
    """A move only just past its margin is named as such: one more round confirms it."""
    changes = {
        (t["organisation"], t["team"]): t["change"]
        for t in data["teams"]
        if not t["suppressed"] and t.get("change")
    }
    thin = [
        (m, c)
        for m in moved
        if (c := changes.get((m["organisation"], m["team"])))
        and c["margin"]
        and abs(c["change"]) < c["margin"] * JUST_PAST
    ]
    if not thin:
        return ""
    said = "; ".join(
        f"{rich(m['team'])} {c['shown']:+.2f} against ±{c['margin']:.2f}" for m, c in thin
    )
    return (
        f" Only just past {'its' if len(thin) == 1 else 'their'} margin ({said}): the next "
        "round confirms it before it is reported as a result."
    )


def _weakest_area(areas: dict[str, float]) -> str | None:
    """The one area clearly below the others, or None when the lowest are about level."""
    # Judged on the figures the table shows: 1.7 against 1.9 is clearly lower to a reader,
    # whatever the hundredths behind them.
    shown = {k: float(tenths(v)) for k, v in areas.items()}
    ranked = sorted(shown, key=lambda k: (areas[k], k))
    if not ranked:
        return None
    if len(ranked) > 1 and shown[ranked[1]] - shown[ranked[0]] < CLEARLY_LOWER - 1e-9:
        return None
    return ranked[0]


def _by_area(data: dict[str, Any], orgs: list[dict[str, Any]], s: Any) -> list[Any]:
    """Each organisation's mean per area, its weakest in bold."""
    from reportlab.platypus import KeepTogether

    dims = data["dimensions"]
    ordered = sorted(orgs, key=lambda o: o["name"].casefold())
    rows = []
    for org in ordered:
        areas = org.get("areas", {})
        low = _weakest_area({k: v for k, v in areas.items() if v is not None})
        cells = []
        for d in dims:
            value = areas.get(d["id"])
            cell = "–" if value is None else tenths(value)
            cells.append(f"<b>{cell}</b>" if d["id"] == low else cell)
        rows.append([rich(org["name"] or "(no organisation)"), *cells])
    other = (FRAME_WIDTH - 150) / max(1, len(dims))
    table = _table(
        ["Organisation", *[rich(d["title"]) for d in dims]],
        rows,
        [150] + [other] * len(dims),
        s,
    )
    return [
        KeepTogether(
            [
                para("Each organisation by area", s["h2"]),
                table,
                para(
                    "The mean of its teams' scores per area; its weakest area in bold where one is "
                    f"lower than the rest by {CLEARLY_LOWER} or more in the figures shown here "
                    "(the teams' own figures, rounded one by one, can differ by a tenth).",
                    s["muted"],
                ),
            ]
        ),
    ]


def levels_by_organisation(data: dict[str, Any], s: Any) -> list[Any]:
    """A chart of the share of each organisation's teams at each overall level."""
    from reportlab.platypus import KeepTogether

    from cxassess.report.charts import distribution_figure, figure_drawing

    ordered = sorted(
        (o for o in data.get("organisations", []) if o["shown"]),
        key=lambda o: o["name"].casefold(),
    )
    if not ordered:
        return []
    levels = data["levels"]
    fig = distribution_figure(
        [
            (
                o["name"] or "(no organisation)",
                [o["teams_by_level"].get(v, 0) for v in levels],
                0,
                0,
            )
            for o in ordered
        ],
        levels,
    )
    return [
        KeepTogether(
            [
                para("Teams at each level, per organisation", s["h2"]),
                figure_drawing(fig, FRAME_WIDTH),
                para("The share of each organisation's teams at each overall level.", s["muted"]),
            ]
        )
    ]


def _without_work(data: dict[str, Any], moved: list[dict[str, str]]) -> str:
    """How many of the teams that moved up had no action done: a better score is not yet
    evidence that the programme's work caused it."""
    plans = {
        (t["organisation"], t["team"]): t.get("roadmap", {})
        for t in data["teams"]
        if not t["suppressed"]
    }
    of = [plans.get((m["organisation"], m["team"]), {}) for m in moved]
    no_plan = sum(1 for p in of if not p.get("accepted"))
    not_done = sum(1 for p in of if p.get("accepted") and not p.get("done"))
    if not no_plan and not not_done:
        return ""
    said = []
    if no_plan:
        said.append(f"{no_plan} had no plan")
    if not_done:
        said.append(f"{not_done} had done none of {'its' if not_done == 1 else 'their'} actions")
    joined = " and ".join(said)
    lead = "It" + joined.removeprefix("1") if len(moved) == 1 else "Of them, " + joined
    return f" {lead}: a better score is not yet evidence that the programme's work caused it."


def _by_people(data: dict[str, Any]) -> str:
    """The mean with each team weighted by its people, where that reads differently: a
    committee asks whether the small teams pull the figure one way."""
    summary = data["summary"]
    weighted = summary.get("mean_by_people")
    if weighted is None or summary["shown"] < 2:
        return ""
    starts = data.get("level_starts", [])
    if _figure(weighted, starts) == _figure(summary["mean"], starts):
        return "; the same weighting each team by its people"
    return f"; {_figure(weighted, starts)} weighting each team by its people"


def cover_figures(data: dict[str, Any], s: Any) -> list[Any]:
    """The cover's key figures, for a reader who turns no page: where the teams stand, who
    moved, how much of the work is done, and how many decisions this meeting is asked for."""
    summary = data["summary"]
    if summary["mean"] is None:
        return []
    starts = data.get("level_starts", [])
    levels = data["levels"]
    level = next(
        (
            name
            for name, start in reversed(list(zip(levels, starts, strict=False)))
            if summary["mean"] >= start
        ),
        "",
    )
    plan = data["roadmap"]
    up, down = len(summary["moved_up"]), len(summary["moved_down"])
    rows = [
        [
            "Average of the teams",
            f"{_figure(summary['mean'], starts)} of 5" + (f", {rich(level)}" if level else ""),
        ],
        [
            f"At {rich(summary['floor_level'] or '')} or above",
            f"{summary['at_or_above']} of {summary['shown']} teams",
        ],
        [
            "Since last time",
            f"{up} up and {down} down beyond chance, of {_teams(summary['reassessed'])} "
            "assessed again"
            if summary["reassessed"]
            else "no team assessed twice yet",
        ],
        [
            "Accepted actions",
            f"{plan['done']} of {plan['accepted']} done, {plan['overdue']} overdue",
        ],
        [
            "Decisions asked of this meeting",
            f"{len(decisions(data, len(data.get('organisations', [])) > 1))}, on the next page",
        ],
    ]
    return [_table(["Key figures", ""], rows, [170, FRAME_WIDTH - 170], s)]
