"""The portfolio's first page for a steering committee: where the teams stand, what moved,
what is late, each organisation by area, and the decisions the figures ask for."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from cxassess.core.portfolio import DEVELOPING
from cxassess.core.text import tenths
from cxassess.core.workdays import working_day
from cxassess.report.context import FRAME_WIDTH, para
from cxassess.report.markup import rich, shorten
from cxassess.report.portfolio_parts import names as _names
from cxassess.report.portfolio_parts import scope as _scope
from cxassess.report.portfolio_parts import table as _table
from cxassess.report.portfolio_parts import teams as _teams

FLOOR_INDEX = DEVELOPING  # teams below this level need a plan first
CLEARLY_LOWER = 0.2  # an area this far below the next is "the weakest"; less is a tie
STALE_DAYS = 183  # "assess again": about six months, the cadence the team report suggests
# How long each kind of decision gets, counted from the meeting.
PLAN_DAYS = 28  # a plan with an owner and a date: four weeks
OVERDUE_DAYS = 14  # re-date or drop: two weeks
FINISH_DAYS = 91  # finish one action: before the next quarter's assessment
ASSESS_DAYS = 61  # schedule the next assessment: within two months
NEW_PLAN_DAYS = 42  # a plan younger than six weeks that is late asks about its dates
JUST_PAST = 1.25  # a move less than a quarter past its margin is only just a move
SMALL_TEAM = 5  # a team this small rating itself Established or above is asked for evidence


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
        f"{summary['shown']} of {summary['teams']} teams shown){change}.",
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
        where = _teams_and_groups([t["team"] for t in summary["overdue"]], data)
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
            f"{_and([rich(u) for u in g['units'][:4]])}"
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
    decisions = _decisions(data, many)
    if decisions:
        flow.append(para("Decisions for this meeting", s["h2"]))
        flow.extend(
            para(
                f"{n}. {decision.text} <i>Owner: {decision.owner}. By {decision.by}.</i>",
                s["body"],
            )
            for n, decision in enumerate(decisions, start=1)
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
    today = _report_day(data)
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


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" and {names[-1]}"


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


@dataclass(frozen=True)
class Decision:
    """What the committee is asked to decide, who carries it out and by when."""

    text: str
    owner: str
    by: str


def _figure(value: float, starts: Sequence[float]) -> str:
    """One decimal, or two where one would round the figure across where a level starts
    (2.47 is Aware; "2.5" would read as Developing), as the team tables show it."""
    shown = tenths(value)
    if any(min(value, float(shown)) < start <= max(value, float(shown)) for start in starts):
        shown = f"{value:.2f}"
    return shown


def _by(days: int, data: dict[str, Any]) -> str:
    """A decision's date, counted from the meeting the report is for (today when none)."""
    meeting = (data.get("prepared") or {}).get("meeting")
    start = date.fromisoformat(meeting) if meeting else date.today()
    if not days:
        return (
            f"the end of this meeting ({start:%d %B %Y})" if meeting else "the end of this meeting"
        )
    return f"{working_day(start + timedelta(days=days)):%d %B %Y}"


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


def _stalled_organisations(data: dict[str, Any]) -> list[Decision]:
    """An organisation whose teams have done none of what they accepted: the programme has
    stalled there, which is for its leadership to answer, not for each team to re-date."""
    out = []
    shown = [t for t in data["teams"] if not t["suppressed"]]
    for org in sorted({t["organisation"] for t in shown}, key=str.casefold):
        teams = [t for t in shown if t["organisation"] == org]
        accepted = sum(t["roadmap"]["accepted"] for t in teams)
        done = sum(t["roadmap"]["done"] for t in teams)
        overdue = sum(t["roadmap"]["overdue"] for t in teams)
        going = sum(t["roadmap"].get("in_progress", 0) for t in teams)
        # Stalled: work is late and none is done (none due yet is not a stall).
        if len(teams) < 2 or accepted < 3 or done or not overdue:
            continue
        name = rich(org or "(no organisation)")
        out.append(
            Decision(
                f"<b>Ask {name}'s leadership why nothing is finished:</b> its {len(teams)} "
                f"teams shown have done none of their {accepted} accepted actions"
                + (f" ({going} under way)" if going else "")
                + f", and {overdue} {'is' if overdue == 1 else 'are'} overdue. Its member of "
                "the committee brings back the reason, and who will resource the work.",
                member(data, org),
                _by(PLAN_DAYS, data),
            )
        )
    return out


def _upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def member(data: dict[str, Any], organisation: str) -> str:
    """An organisation's member of the committee, by name where the lead gave one."""
    named = ((data.get("prepared") or {}).get("members") or {}).get(organisation)
    role = f"{rich(organisation or 'the organisation')}'s member of the committee"
    return f"{rich(named)} ({role})" if named else role


def members(data: dict[str, Any], organisations: list[str]) -> str:
    """Several organisations' members of the committee, named where the lead named them."""
    named = (data.get("prepared") or {}).get("members") or {}
    if not any(o in named for o in organisations):
        return "each organisation's member of the committee"
    return "each organisation's member of the committee: " + _and(
        [
            f"{rich(named[o])} ({rich(o)})" if o in named else f"{rich(o)}'s, to name"
            for o in organisations
        ]
    )


def managers(data: dict[str, Any], teams: list[dict[str, Any]]) -> str:
    """The teams' managers as owners, with the committee members they answer to by name, so
    the committee can hold someone at its table to the decision."""
    named = (data.get("prepared") or {}).get("members") or {}
    orgs = sorted({t.get("organisation") or "" for t in teams}, key=str.casefold)
    held = [f"{rich(named[o])} ({rich(o)})" for o in orgs if o in named]
    if not held:
        return "each team's manager"
    return f"each team's manager, answering to {_and(held)} on the committee"


def lead(data: dict[str, Any]) -> str:
    """The programme lead, by name where the report was prepared by one."""
    name = (data.get("prepared") or {}).get("lead")
    return f"{rich(name)} (programme lead)" if name else "the programme lead"


def _decisions(data: dict[str, Any], many: bool) -> list[Decision]:
    """What the figures ask the committee to decide, most pressing first; each names the
    teams it concerns, the role that carries it out and a date."""
    out: list[Decision] = []
    levels = data["levels"]
    shown = [t for t in data["teams"] if not t["suppressed"]]
    # Every team without a plan, whatever its level: a team at Developing with no action
    # is not moving either, and one below it is stuck.
    below = set(levels[:FLOOR_INDEX])
    planless = [t for t in shown if not t["roadmap"]["accepted"]]
    if planless:
        under = rich(levels[FLOOR_INDEX]) if len(levels) > FLOOR_INDEX else "the top"
        only_below = (
            f" below {under}"
            if levels and all(t["overall"]["level"] in below for t in planless)
            else ""
        )
        no_plan = [{"organisation": t["organisation"], "team": t["team"]} for t in planless]
        out.append(
            Decision(
                f"<b>Ask for a plan:</b> {_teams(len(no_plan))}{only_below} "
                f"{'has' if len(no_plan) == 1 else 'have'} no accepted action: "
                f"{_names(no_plan, many)}. Ask {'it' if len(no_plan) == 1 else 'each'} for one "
                "with an owner and a date.",
                f"{managers(data, no_plan)}; {lead(data)} collects the plans",
                _by(PLAN_DAYS, data),
            )
        )
    floor = rich(levels[FLOOR_INDEX]) if len(levels) > FLOOR_INDEX else "the top"
    behind = [
        o
        for o in data.get("organisations", [])
        if o["shown"] >= 2 and not o["at_or_above"] and len(data.get("organisations", [])) > 1
    ]
    for org in behind:
        out.append(
            Decision(
                f"<b>Support {rich(org['name'] or '(no organisation)')}:</b> none of its "
                f"{org['shown']} teams shown is at {floor} or above. Name one sponsor there to "
                "review its teams' plans with them.",
                member(data, org["name"]),
                _by(PLAN_DAYS, data),
            )
        )
    out.extend(_stalled_organisations(data))
    titles = {d["id"]: d["title"] for d in data["dimensions"]}
    weakest: dict[str, list[tuple[str, float]]] = {}
    level: dict[str, list[tuple[str, float, list[tuple[str, float]]]]] = {}
    for org in data.get("organisations", []):
        areas = {k: v for k, v in org.get("areas", {}).items() if v is not None}
        lowest = _lowest_areas(areas) if org["shown"] else []
        if len(lowest) == len(areas) > 1:
            lowest = []  # every area level: no area to start from, nothing to share
        name = org["name"] or "(no organisation)"
        if len(lowest) == 1:
            weakest.setdefault(lowest[0], []).append((name, areas[lowest[0]]))
        # Areas level at the bottom: the organisation shares the problem without one
        # weakest area, so it joins the decision on any of them that others have.
        for dim in lowest if len(lowest) > 1 else []:
            level.setdefault(dim, []).append(
                (name, areas[dim], [(d, areas[d]) for d in lowest if d != dim])
            )
    for dim, where in sorted(weakest.items(), key=lambda kv: -len(kv[1])):
        figures = ", ".join(f"{rich(name)} {tenths(mean)}" for name, mean in where)
        tied = level.pop(dim, [])
        for _name, _mean, others in tied:
            for other, _m in others:
                level[other] = [t for t in level.get(other, []) if t[0] != _name]
        # An organisation whose lowest areas are level has no weakest area by the report's
        # own rule: it is told of the decision, and its member chooses whether to join it.
        also = "".join(
            f" In {rich(name)} {rich(titles.get(dim, dim))} ({tenths(mean)}) is level with "
            f"{_and([f'{rich(titles.get(o, o))} ({tenths(m)})' for o, m in others])}: its "
            "member of the committee chooses whether it joins this or starts with "
            f"{_and([rich(titles.get(o, o)) for o, _m in others])}."
            for name, mean, others in tied
        )
        if len(where) > 1:
            out.append(
                Decision(
                    f"<b>Name a sponsor for {rich(titles.get(dim, dim))} in "
                    f"{_and([rich(name) for name, _ in where])}:</b> it is the weakest area "
                    f"in each ({figures}). {_upper(lead(data))} brings the sponsors together "
                    f"by {_by(PLAN_DAYS, data)} to share what works.{also}",
                    members(data, [name for name, _ in where] + [t[0] for t in tied]),
                    _by(0, data),
                )
            )
        else:
            out.append(
                Decision(
                    f"<b>Name a sponsor for {rich(titles.get(dim, dim))} in "
                    f"{rich(where[0][0])}:</b> its weakest area ({tenths(where[0][1])} on "
                    f"average).{also}",
                    members(data, [where[0][0]] + [t[0] for t in tied])
                    if tied
                    else member(data, where[0][0]),
                    _by(0, data),
                )
            )
    # An organisation whose lowest areas are level and that no decision above took in:
    # its member chooses which comes first rather than the report choosing for it.
    taken = {d.text for d in out}
    left: dict[str, list[tuple[str, float]]] = {}
    for dim, tied in level.items():
        for name, mean, _others in tied:
            if not any(rich(name) in text and "Name a sponsor" in text for text in taken):
                left.setdefault(name, []).append((dim, mean))
    for name, dims in left.items():
        out.append(
            Decision(
                f"<b>Choose where {rich(name)} starts:</b> "
                f"{_and([f'{rich(titles.get(d, d))} ({tenths(m)})' for d, m in dims])} are "
                "level at the bottom; name a sponsor for the one to work on first.",
                member(data, name),
                _by(0, data),
            )
        )
    idle = [
        t
        for t in shown
        # Some of it due and none done: a plan with nothing due yet has not stalled.
        if t["roadmap"]["accepted"] and not t["roadmap"]["done"] and t["roadmap"]["overdue"]
    ]
    # A plan a few weeks old that is already late asks whether its dates were realistic;
    # one months old with nothing done asks for a finished action. One list would put a
    # new plan beside a stalled one.
    today = _report_day(data)

    def new_plan(t: dict[str, Any]) -> bool:
        return (today - date.fromisoformat(t["assessed_on"])).days < NEW_PLAN_DAYS

    old = [t for t in idle if not new_plan(t)]
    # Every team late on a new plan, done work or not: the same teams the glance counts in
    # "N of them in plans made less than 6 weeks ago".
    young = [
        t
        for t in data["teams"]
        if not t["suppressed"] and t.get("roadmap") and t["roadmap"]["overdue"] and new_plan(t)
    ]
    overdue = sorted(data["summary"]["overdue"], key=lambda t: -t["overdue"])
    if overdue:
        most = overdue[0]["overdue"]
        worst = [t["team"] for t in overdue if t["overdue"] == most]
        named = (
            f"most overdue: {_names(worst, many)} ({most})"
            if len(worst) <= 3
            else f"{len(worst)} teams have {most} each"
        )
        # The teams re-date their own work: the lead collects the dates, and the date is
        # the plans' four weeks, not a fortnight that may fall over a holiday.
        out.append(
            Decision(
                f"<b>Overdue work:</b> ask the {_teams_and_groups([t['team'] for t in overdue], data)} with actions past their "
                f"date to re-date or drop them; {named}."
                + (
                    f" {_and([_names([_key(t)], many) for t in young])} "
                    f"{'is' if len(young) == 1 else 'are'} late less than {NEW_PLAN_DAYS // 7} "
                    f"weeks after {'its' if len(young) == 1 else 'their'} assessment: ask too "
                    "whether the dates were realistic, rather than count "
                    f"{'it' if len(young) == 1 else 'them'} as stalled."
                    if young
                    else ""
                ),
                f"{managers(data, [t['team'] for t in overdue])}; {lead(data)} collects the "
                "new dates",
                _by(PLAN_DAYS, data),
            )
        )
    if old:
        listed = _names([_key(t) for t in old[:10]], many) + (
            f" and {len(old) - 10} more" if len(old) > 10 else ""
        )
        out.append(
            Decision(
                f"<b>Follow-through:</b> {_teams(len(old))} "
                f"{'has' if len(old) == 1 else 'have'} actions past their date and none done, "
                f"{NEW_PLAN_DAYS // 7} weeks or more after {'its' if len(old) == 1 else 'their'} "
                f"plan: {listed}. Each shows the committee one action done, with what it "
                "measured; a team that cannot says by the same date what stops it.",
                f"{managers(data, old)}; {lead(data)} reports which did",
                _by(FINISH_DAYS, data),
            )
        )
    # A small team rating itself high with nothing done: the figure needs its evidence.
    proud = [
        t
        for t in shown
        if t["overall"]["level"] in levels[FLOOR_INDEX + 1 :]
        and t["roadmap"]["done"] == 0
        and t["respondents"] <= SMALL_TEAM
    ]
    if proud:
        listed = "; ".join(
            f"{rich(t['team'])} ({rich(t['organisation'] or 'no organisation')}) at "
            f"{rich(t['overall']['level'])} ({t['overall']['score']:.2f}) with "
            f"{t['respondents']} people"
            for t in proud[:5]
        ) + (f"; and {len(proud) - 5} more" if len(proud) > 5 else "")
        out.append(
            Decision(
                f"<b>Check a high self-rating:</b> {_teams(len(proud))} "
                f"{'rates itself' if len(proud) == 1 else 'rate themselves'} highly with no "
                f"action done: {listed}. Ask for the documents behind the highest points "
                "before the figure is reported upward.",
                f"{lead(data)}, with each team's sponsor",
                _by(PLAN_DAYS, data),
            )
        )
    stale_before = date.today() - timedelta(days=STALE_DAYS)
    stale = [t for t in shown if date.fromisoformat(t["assessed_on"]) < stale_before]
    if stale:
        out.append(
            Decision(
                f"<b>Assess again:</b> {_teams(len(stale))} last assessed before "
                f"{stale_before:%d %B %Y}, so more than six months ago: "
                f"{_names([{'organisation': t['organisation'], 'team': t['team']} for t in stale[:10]], many)}"
                + (f" and {len(stale) - 10} more" if len(stale) > 10 else "")
                + ".",
                f"{lead(data)} schedules {'it' if len(stale) == 1 else 'each'}",
                _by(ASSESS_DAYS, data),
            )
        )
    hidden = [t for t in data["teams"] if t["suppressed"] and not t.get("round_open")]
    if hidden:
        out.append(
            Decision(
                f"<b>Too few to show:</b> {_teams(len(hidden))} had fewer than "
                f"{data['min_respondents']} people answering and count nowhere. Ask them to "
                "assess again with more of the team.",
                lead(data),
                _by(ASSESS_DAYS, data),
            )
        )
    return out


def _lowest_areas(areas: dict[str, float]) -> list[str]:
    """The lowest area, with any level with it on the figures shown (less than
    CLEARLY_LOWER apart): one when an area is clearly the weakest."""
    shown = {k: float(tenths(v)) for k, v in areas.items()}
    ranked = sorted(shown, key=lambda k: (areas[k], k))
    if not ranked:
        return []
    return [k for k in ranked if shown[k] - shown[ranked[0]] < CLEARLY_LOWER - 1e-9]


def _teams_and_groups(named: list[dict[str, str]], data: dict[str, Any]) -> str:
    """How many teams, and groups from several units, are named: "8 teams and 1 group"."""
    groups = {(t["organisation"], t["team"]) for t in data["teams"] if t.get("group")}
    apart = sum(1 for t in named if (t["organisation"], t["team"]) in groups)
    said = [_teams(len(named) - apart)] if len(named) > apart else []
    said += [f"{apart} group{'s' if apart > 1 else ''}"] if apart else []
    return " and ".join(said)


def _key(team: dict[str, Any]) -> dict[str, str]:
    return {"organisation": team["organisation"], "team": team["team"]}


def _report_day(data: dict[str, Any]) -> date:
    """The day the report's overdue counts are taken on: the day it is made."""
    return date.today()


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
