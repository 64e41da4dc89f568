"""The decisions the portfolio's figures ask of the steering committee: plans to ask for,
organisations and areas to sponsor, overdue and stalled work, figures to check, teams to
assess again; each names who carries it out and by when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from cxassess.core.portfolio import DEVELOPING
from cxassess.core.text import lower_first, tenths
from cxassess.core.workdays import working_day
from cxassess.report.markup import rich
from cxassess.report.portfolio_parts import names as _names
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
SMALL_TEAM = 5  # a team this small rating itself Established or above is asked for evidence


def joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + f" and {names[-1]}"


@dataclass(frozen=True)
class Decision:
    """What the committee is asked to decide, who carries it out and by when."""

    text: str
    owner: str
    by: str


def _by(days: int, data: dict[str, Any]) -> str:
    """A decision's date, counted from the meeting the report is for (today when none)."""
    meeting = (data.get("prepared") or {}).get("meeting")
    start = date.fromisoformat(meeting) if meeting else date.today()
    if not days:
        return (
            f"the end of this meeting ({start:%d %B %Y})" if meeting else "the end of this meeting"
        )
    return f"{working_day(start + timedelta(days=days)):%d %B %Y}"


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
        # Late work in a plan only weeks old asks about its dates, not about a stall (the
        # overdue decision says so): only older plans' late work counts here.
        young = sum(t["roadmap"]["overdue"] for t in teams if _new_plan(data, t))
        going = sum(t["roadmap"].get("in_progress", 0) for t in teams)
        # Stalled: work is late and none is done (none due yet is not a stall).
        if len(teams) < 2 or accepted < 3 or done or overdue - young <= 0:
            continue
        name = rich(org or "(no organisation)")
        recent = (
            f" ({young} of them in plans less than {NEW_PLAN_DAYS // 7} weeks old)" if young else ""
        )
        out.append(
            Decision(
                f"<b>Ask {name}'s leadership why nothing is finished:</b> its {len(teams)} "
                f"teams shown have done none of their {accepted} accepted actions"
                + (f" ({going} under way)" if going else "")
                + f", and {overdue} {'is' if overdue == 1 else 'are'} overdue{recent}. Its "
                "member of the committee brings back the reason, and who will resource the "
                "work.",
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
    return "each organisation's member of the committee: " + joined(
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
    return f"each team's manager, answering to {joined(held)} on the committee"


def lead(data: dict[str, Any]) -> str:
    """The programme lead, by name where the report was prepared by one."""
    name = (data.get("prepared") or {}).get("lead")
    return f"{rich(name)} (programme lead)" if name else "the programme lead"


def decisions(data: dict[str, Any], many: bool) -> list[Decision]:
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
    out.extend(_fell(data))
    out.extend(_below_floor(data, {o["name"] for o in behind}))
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
            f"{joined([f'{rich(titles.get(o, o))} ({tenths(m)})' for o, m in others])}: its "
            "member of the committee chooses whether it joins this or starts with "
            f"{joined([rich(titles.get(o, o)) for o, _m in others])}."
            + _suggest(data, name, [dim] + [o for o, _m in others])
            for name, mean, others in tied
        )
        if len(where) > 1:
            out.append(
                Decision(
                    f"<b>Name a sponsor for {rich(titles.get(dim, dim))} in "
                    f"{joined([rich(name) for name, _ in where])}:</b> it is the weakest area "
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
                f"{joined([f'{rich(titles.get(d, d))} ({tenths(m)})' for d, m in dims])} are "
                "level at the bottom; name a sponsor for the one to work on first."
                + _suggest(data, name, [d for d, _m in dims]),
                member(data, name),
                _by(0, data),
            )
        )
    out.extend(_shared_weakest(data))
    idle = [
        t
        for t in shown
        # Some of it due and none done: a plan with nothing due yet has not stalled.
        if t["roadmap"]["accepted"] and not t["roadmap"]["done"] and t["roadmap"]["overdue"]
    ]

    # A plan a few weeks old that is already late asks whether its dates were realistic;
    # one months old with nothing done asks for a finished action. One list would put a
    # new plan beside a stalled one.
    def new_plan(t: dict[str, Any]) -> bool:
        return _new_plan(data, t)

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
                f"<b>Overdue work:</b> ask the {teams_and_groups([t['team'] for t in overdue], data)} with actions past their "
                f"date to re-date or drop them; {named}."
                + (
                    f" {joined([_names([_key(t)], many) for t in young])} "
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


def _suggest(data: dict[str, Any], organisation: str, dims: list[str]) -> str:
    """Among areas level on average, the one where most of an organisation's teams are
    below Developing: a choice the figures can inform, said as a recommendation."""
    levels = data["levels"]
    if len(levels) <= FLOOR_INDEX or len(dims) < 2:
        return ""
    below = set(levels[:FLOOR_INDEX])
    teams = [
        t
        for t in data["teams"]
        if t["organisation"] == organisation and not t["suppressed"] and not t.get("group")
    ]
    counts = {
        d: sum(1 for t in teams if t["dimensions"].get(d, {}).get("level") in below) for d in dims
    }
    ranked = sorted(dims, key=lambda d: -counts[d])
    if counts[ranked[0]] == 0 or counts[ranked[0]] == counts[ranked[1]]:
        return ""
    titles = {d["id"]: d["title"] for d in data["dimensions"]}
    return (
        f" The figures point to {rich(titles.get(ranked[0], ranked[0]))}: "
        f"{counts[ranked[0]]} of its {len(teams)} teams are below {rich(levels[FLOOR_INDEX])} "
        f"there, against {counts[ranked[1]]} in the next."
    )


def _fell(data: dict[str, Any]) -> list[Decision]:
    """A team whose score fell by more than chance gives a team of its size: something
    changed there, and only its own people can say what."""
    out = []
    for t in data["teams"]:
        change = t.get("change")
        if t["suppressed"] or t.get("group") or not change or not change["beyond"]:
            continue
        if change["change"] >= 0:
            continue
        then = date.fromisoformat(change["from_date"])
        out.append(
            Decision(
                f"<b>Ask why {rich(t['team'])} ({rich(t['organisation'] or 'no organisation')}) "
                f"fell:</b> from {change['from']:.2f} on {then:%d %b %Y} to {change['to']:.2f} "
                f"({change['shown']:+.2f}), more than chance gives a team of its size. Its "
                "member of the committee asks the team's manager what changed (people, "
                "leadership, workload, or how its plan went) and brings back the answer with "
                "what the team needs.",
                member(data, t["organisation"]),
                _by(PLAN_DAYS, data),
            )
        )
    return out


def _below_floor(data: dict[str, Any], behind: set[str]) -> list[Decision]:
    """Teams below Developing that have a plan (those without one are asked for it, and an
    organisation with none at Developing has its own decision): each needs a sponsor
    close to the work, not only a date."""
    levels = data["levels"]
    if len(levels) <= FLOOR_INDEX:
        return []
    low = [
        t
        for t in data["teams"]
        if not t["suppressed"]
        and not t.get("group")
        and t["overall"]["level"] in levels[:FLOOR_INDEX]
        and t["roadmap"]["accepted"]
        and t["organisation"] not in behind
    ]
    if not low:
        return []
    low.sort(key=lambda t: t["overall"]["score"] or 0.0)

    def weakest(t: dict[str, Any]) -> str:
        # The report's own rule: areas within a fifth of a point of the lowest are level
        # with it, and named together.
        areas = {d: v["score"] for d, v in t["dimensions"].items() if v["score"] is not None}
        lowest = _lowest_areas(areas)
        if not lowest or len(lowest) == len(areas) > 1:
            return ""
        named = joined([f"{rich(t['dimensions'][d]['title'])} {tenths(areas[d])}" for d in lowest])
        return f"; weakest {named}" if len(lowest) == 1 else f"; weakest, level: {named}"

    listed = "; ".join(
        f"{rich(t['team'])} ({rich(t['organisation'] or 'no organisation')}: "
        f"{rich(t['overall']['level'])} {t['overall']['score']:.2f}{weakest(t)})"
        for t in low[:5]
    ) + (f"; and {len(low) - 5} more" if len(low) > 5 else "")
    one = len(low) == 1
    return [
        Decision(
            f"<b>Back the {'team' if one else 'teams'} below {rich(levels[FLOOR_INDEX])}:</b> "
            f"{listed}. Name a sponsor for {'it' if one else 'each'} who goes through the "
            "plan with the team every month until the next assessment, starting where it is "
            "weakest.",
            members(data, sorted({t["organisation"] for t in low}, key=str.casefold))
            if len({t["organisation"] for t in low}) > 1
            else member(data, low[0]["organisation"]),
            _by(PLAN_DAYS, data),
        )
    ]


def _shared_weakest(data: dict[str, Any]) -> list[Decision]:
    """The lowest point across the organisations, low in more than one of them: its cause
    sits above any one team, so the role that sets it is asked for a first step."""
    lowest = data["weakest_statements"]
    starts = data.get("level_starts") or []
    if not lowest or len(starts) <= FLOOR_INDEX:
        return []
    first = lowest[0]
    organisations = first.get("organisations", 0)
    # Low in each organisation, not only on the pooled average: among its three lowest
    # points in every organisation that answered it.
    # Level with the next lowest on the pooled average, no one point stands out.
    tied = len(lowest) > 1 and lowest[1]["mean_of_teams"] - first["mean_of_teams"] < 0.05
    if tied or first["teams"] < 3 or organisations < 2:
        return []
    if first.get("lowest_three_in") != organisations:
        return []
    if first["mean_of_teams"] >= starts[FLOOR_INDEX]:
        return []
    owner = first.get("owner") or "the executive who sets it"
    orgs = sorted(
        {t["organisation"] for t in data["teams"] if not t["suppressed"]}, key=str.casefold
    )
    return [
        Decision(
            f"<b>Take “{rich(first['text'].rstrip('.'))}” above the teams:</b> it is among "
            f"the three lowest points in each of the {organisations} organisations, and the "
            f"lowest across them ({first['mean_of_teams']:.2f} on average in "
            f"{_teams(first['teams'])}). Low in every organisation, its cause is unlikely to "
            "be one team's: in each organisation the "
            f"{rich(lower_first(owner))} proposes a first step, with an owner and a "
            "date, to the next meeting.",
            members(data, orgs) if len(orgs) > 1 else member(data, orgs[0]),
            _by(PLAN_DAYS, data),
        )
    ]


def _lowest_areas(areas: dict[str, float]) -> list[str]:
    """The lowest area, with any level with it on the figures shown (less than
    CLEARLY_LOWER apart): one when an area is clearly the weakest."""
    shown = {k: float(tenths(v)) for k, v in areas.items()}
    ranked = sorted(shown, key=lambda k: (areas[k], k))
    if not ranked:
        return []
    return [k for k in ranked if shown[k] - shown[ranked[0]] < CLEARLY_LOWER - 1e-9]


def teams_and_groups(named: list[dict[str, str]], data: dict[str, Any]) -> str:
    """How many teams, and groups from several units, are named: "8 teams and 1 group"."""
    groups = {(t["organisation"], t["team"]) for t in data["teams"] if t.get("group")}
    apart = sum(1 for t in named if (t["organisation"], t["team"]) in groups)
    said = [_teams(len(named) - apart)] if len(named) > apart else []
    said += [f"{apart} group{'s' if apart > 1 else ''}"] if apart else []
    return " and ".join(said)


def _key(team: dict[str, Any]) -> dict[str, str]:
    return {"organisation": team["organisation"], "team": team["team"]}


def report_day(data: dict[str, Any]) -> date:
    """The day the report's overdue counts are taken on: the day it is made."""
    return date.today()


def _new_plan(data: dict[str, Any], team: dict[str, Any]) -> bool:
    """A plan made less than six weeks before the report: late work there asks whether its
    dates were realistic rather than counting as stalled."""
    return (report_day(data) - date.fromisoformat(team["assessed_on"])).days < NEW_PLAN_DAYS
