"""The portfolio PDF: many teams on one heat map, the organisation's weak points, who moved."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from cxassess.core.portfolio import DEVELOPING
from cxassess.core.text import tenths
from cxassess.report.context import FRAME_WIDTH, a4_document, para
from cxassess.report.markup import rich, shorten
from cxassess.report.portfolio_glance import at_a_glance, cover_figures, levels_by_organisation
from cxassess.report.portfolio_parts import LEVEL_FILL, team_label
from cxassess.report.portfolio_parts import scope as _scope
from cxassess.report.portfolio_parts import table as _table
from cxassess.report.portfolio_parts import teams as _teams
from cxassess.report.portfolio_parts import when as _when
from cxassess.report.styles import make_styles

SUPPRESSED_FILL = "#ffffff"


def _heat_map(data: dict[str, Any], levels: list[str], s: Any) -> Any:
    from reportlab.lib import colors

    dims = data["dimensions"]
    header = ["Team", "Size", *[rich(d["title"]) for d in dims], "Overall"]
    rows: list[list[Any]] = []
    fills: list[tuple[Any, ...]] = []
    organisations = {o["name"]: o for o in data.get("organisations", [])}
    grouped = len(organisations) > 1
    current: str | None = None
    r = 0
    for team in data["teams"]:
        if grouped and team["organisation"] != current:
            # One line per organisation, with its own figures, before its teams.
            current = team["organisation"]
            org = organisations[current]
            r += 1
            mean = "–" if org["mean"] is None else tenths(org["mean"])
            rows.append(
                [
                    f"<b>{rich(shorten(current or '(no organisation)', 80))}</b>",
                    "",
                    f"{org['shown']} of {org['teams']} teams shown · mean {mean} · "
                    f"{org['at_or_above']} at {rich(levels[2] if len(levels) > 2 else '')} "
                    "or above"
                    + (
                        f" · {org['groups']} group{'s' if org['groups'] > 1 else ''} in no mean"
                        if org.get("groups")
                        else ""
                    ),
                ]
                + [""] * len(dims)
            )
            fills.append(("SPAN", (2, r), (len(dims) + 2, r)))
            fills.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#eef1f4")))
        r += 1
        name = team_label(team, dated=True)
        if team.get("group") and not team["suppressed"]:
            name += (
                "<br/><font size='6.5' color='#5f6b76'><i>Group from "
                f"{len(team['units'])} units, in no mean</i></font>"
            )
        if team["suppressed"]:
            rows.append(
                [
                    name,
                    str(team["respondents"]),
                    f"suppressed: fewer than {data['min_respondents']} people",
                ]
                + [""] * len(dims)
            )
            fills.append(("SPAN", (2, r), (len(dims) + 2, r)))
            fills.append(("TEXTCOLOR", (0, r), (-1, r), colors.HexColor("#5f6b76")))
            continue
        cells = []
        for c, d in enumerate(dims, start=2):
            value = team["dimensions"].get(d["id"], {})
            score, level = value.get("score"), value.get("level")
            cells.append("–" if score is None else _level_figure(level, score, levels, data))
            if level in levels:
                fill = LEVEL_FILL[min(levels.index(level), len(LEVEL_FILL) - 1)]
                fills.append(("BACKGROUND", (c, r), (c, r), colors.HexColor(fill)))
        overall = team["overall"]
        cells.append(
            "–"
            if overall["score"] is None
            else _level_figure(overall["level"], overall["score"], levels, data)
        )
        rows.append([name, str(team["respondents"]), *cells])
    other = (FRAME_WIDTH - 135) / (len(dims) + 1)
    table = _table(header, rows, [100, 35] + [other] * (len(dims) + 1), s)
    table.setStyle(fills)
    return table


def _level_figure(level: str, score: float, levels: list[str], data: dict[str, Any]) -> str:
    """'Developing (3.38)', not 'Developing (3.4)' beside an 'Established (3.4)'."""
    starts = data.get("level_starts") or []
    shown = tenths(score)
    if starts and level in levels:
        index = levels.index(level)
        nxt = starts[index + 1] if index + 1 < len(starts) else None
        if (nxt is not None and float(shown) >= nxt) or float(shown) < starts[index]:
            shown = f"{score:.2f}"
    return f"{level} ({shown})"


def _members_line(members: dict[str, str]) -> str:
    """The committee's members by organisation, on the cover: the decisions name them."""
    if not members:
        return ""
    listed = "; ".join(
        f"{rich(name)} ({rich(org)})"
        for org, name in sorted(members.items(), key=lambda kv: kv[0].casefold())
    )
    return f" Members of the committee: {listed}."


def _shown_count(everyone: list[dict[str, Any]], with_groups: bool = True) -> str:
    """How many are shown, teams and groups said apart: "11 teams and 1 group" (the
    teams alone where no group is among what is counted)."""
    teams = sum(1 for t in everyone if not t["suppressed"] and not t.get("group"))
    groups = sum(1 for t in everyone if not t["suppressed"] and t.get("group"))
    groups = groups if with_groups else 0
    said = f"{teams} team{'s' if teams != 1 else ''}"
    return said + (f" and {groups} group{'s' if groups != 1 else ''}" if groups else "")


def _movers(data: dict[str, Any]) -> list[list[str]]:
    """Every team assessed again, those that moved beyond their own noise first."""
    again = [t for t in data["teams"] if t.get("change") is not None]
    again.sort(key=lambda t: (not t["change"]["beyond"], -abs(t["change"]["change"])))
    rows = []
    for team in again:
        change = team["change"]
        said = "beyond" if change["beyond"] else "within, could be chance:"
        rows.append(
            [
                team_label(team),
                f"{_when(change['from_date'])} → {_when(change['to_date'])}",
                f"{change['from']:.2f} → {change['to']:.2f}",
                # The difference of the ends as printed beside it: 1.94 → 2.63 is +0.69.
                f"{change['shown']:+.2f} ({said} ±{change['margin']:.2f})",
            ]
        )
    return rows


def build_portfolio_report(
    data: dict[str, Any],
    levels: list[str],
    title: str = "",
    *,
    lead: str = "",
    meeting: date | None = None,
    members: dict[str, str] | None = None,
) -> bytes:
    """The portfolio as PDF bytes, from `core.portfolio.portfolio` data and the level names;
    `lead` and `meeting` say who prepared it for which meeting, and date its decisions;
    `members` names each organisation's member of the committee, who own its decisions."""
    from reportlab.platypus import CondPageBreak, PageBreak, Spacer

    data = data | {
        "prepared": {
            "lead": lead.strip(),
            "meeting": meeting.isoformat() if meeting else "",
            "members": dict(members or {}),
        }
    }
    s = make_styles()
    everyone = data["teams"]
    teams = [t for t in everyone if not t.get("group")]
    shown = [t for t in teams if not t["suppressed"]]
    groups = [t for t in everyone if t.get("group")]
    organisations = sorted({t["organisation"] for t in teams if t["organisation"]})
    heading = title or (", ".join(organisations) if organisations else "Many teams")
    flow: list[Any] = [
        Spacer(1, 80),
        para(f"Customer-centric culture {_scope(data)}", s["muted"]),
        para(rich(shorten(heading, 160)), s["title"]),
        Spacer(1, 20),
        para(
            f"{len(teams)} teams, {len(shown)} shown"
            + (
                f", and {len(groups)} group{'s' if len(groups) > 1 else ''} drawn from "
                "several units, shown apart"
                if groups
                else ""
            )
            + "; the latest assessment of each, made "
            + (
                f"on {_when(everyone[0]['assessed_on'])}"
                if len({t["assessed_on"] for t in everyone}) == 1
                else f"between {_when(min(t['assessed_on'] for t in everyone))} and "
                f"{_when(max(t['assessed_on'] for t in everyone))}"
            )
            + f". Report made {date.today():%d %B %Y}."
            + _prepared(lead, meeting)
            + _members_line(members or {}),
            s["body"],
        ),
        Spacer(1, 20),
        *cover_figures(data, s),
        Spacer(1, 30),
        para(
            "<b>Confidential.</b> It names no participant. Teams with fewer than "
            f"{data['min_respondents']} people show only that they were left out, and count "
            "in none of the organisation's figures."
            + (
                f" It sets {len(data['organisations'])} organisations side by side, so each "
                "member of the committee sees the others' figures: circulate it only as the "
                "organisations agreed when they joined the programme."
                if len(data.get("organisations", [])) > 1
                else ""
            ),
            s["small"],
        ),
        PageBreak(),
        *at_a_glance(data, s),
        # A new page when the glance leaves little room; its overflow is not left alone
        # on a page of its own.
        CondPageBreak(330),
        para("Where the teams stand", s["h1"]),
    ]
    dims = data["dimensions"]
    rows = [
        [rich(d["title"]), "–" if d["mean_of_teams"] is None else tenths(d["mean_of_teams"])]
        + [str(d["teams_by_level"].get(level, 0)) for level in levels]
        for d in dims
    ]
    other = (FRAME_WIDTH - 150) / len(levels)
    flow.append(
        _table(["Area", "Mean of teams", *levels], rows, [105, 45] + [other] * len(levels), s)
    )
    flow.append(
        para(
            "The mean of the teams' scores, each team counting once, and how many teams are at "
            "each level.",
            s["muted"],
        )
    )
    flow.extend(levels_by_organisation(data, s))
    flow.append(para("Every team, by area", s["h2"]))
    flow.append(_heat_map(data, levels, s))
    flow.append(
        para(
            "Under each team: its organisation and the date of its latest assessment, which "
            "its figures come from. A score keeps two decimals where one would round it into "
            "another level" + _decimals_example(data, levels) + ".",
            s["muted"],
        )
    )
    movers = _movers(data)
    groups_moved = any(t.get("group") and t.get("change") for t in everyone)
    flow.append(para("Who moved since last time", s["h2"]))
    if movers:
        flow.append(
            para(
                f"Every team assessed again ({len(movers)} of "
                f"{_shown_count(everyone, groups_moved)} shown); a change "
                "within its margin could be chance.",
                s["muted"],
            )
        )
        flow.append(
            _table(
                ["Team", "Assessed", "Overall", "Change"],
                movers,
                [FRAME_WIDTH - 320, 130, 70, 120],
                s,
            )
        )
    else:
        flow.append(
            para(
                "No team has been assessed twice yet.",
                s["body"],
            )
        )
    flow.append(para(f"Weakest {_scope(data)}", s["h2"]))
    flow.append(
        _table(
            ["Statement", "Area", "Mean of teams", "Teams"],
            [
                [
                    rich(w["text"]),
                    rich(w.get("area", "")),
                    # Two decimals: the lowest statements are often a tenth apart or less.
                    f"{w['mean_of_teams']:.2f}",
                    str(w["teams"]),
                ]
                for w in data["weakest_statements"]
            ],
            [FRAME_WIDTH - 220, 100, 70, 50],
            s,
        )
    )
    areas = {w.get("area", "") for w in data["weakest_statements"]}
    if len(data["weakest_statements"]) > 2 and len(areas) == 1 and "" not in areas:
        (area,) = areas
        flow.append(
            para(
                f"All {len(data['weakest_statements'])} are in {rich(area)}: what the teams "
                "share is the area more than any one statement, so the work is the area's "
                "(see the decisions for this meeting).",
                s["muted"],
            )
        )
    flow.append(para("Roadmap follow-through", s["h2"]))
    keys = ("accepted", "done", "in_progress", "not_due", "overdue")
    planned = shown + [t for t in groups if not t["suppressed"]]
    follow = [
        [
            team_label(t, dated=True)
            + (
                "<br/><font size='6.5' color='#5f6b76'><i>Group, in no mean</i></font>"
                if t.get("group")
                else ""
            ),
            *(str(t["roadmap"].get(k, 0)) for k in keys),
        ]
        for t in planned
    ]
    total = data["roadmap"]
    follow.append(
        [
            "<b>All shown</b>" if groups else "<b>All teams shown</b>",
            *(str(total.get(k, 0)) for k in keys),
        ]
    )
    flow.append(
        _table(
            ["Team", "Accepted", "Done", "Under way", "Not yet due", "Overdue"],
            follow,
            [FRAME_WIDTH - 300, 60, 60, 60, 60, 60],
            s,
        )
    )
    flow.append(
        para(
            "Open actions are either not yet due or overdue (past their date, whether under "
            "way or not); under way counts those started, due or not.",
            s["muted"],
        )
    )
    suppressed = len(teams) - len(shown)
    flow.append(para("How to read this", s["h2"]))
    flow.append(
        para(
            "Each team counts once, with its latest assessment. A team's change counts as a move "
            "only when it is larger than the uncertainty of the difference between its two "
            "averages (the 95% margin of each average, added as standard errors add); smaller "
            "changes could be chance; the margin comes from how far apart a team's people "
            "answered, so a team that answered alike has a narrow one. Teams assessed again "
            "chose to be: the average change speaks for them, not for every team. Scores are "
            "each team's view of itself: compare organisations as views, not as measurements "
            "on one scale. "
            + _cut_offs(data, levels)
            + (
                "A group whose people come from two or more units, none of them more than "
                "half (a leadership group, say), answered for the organisation rather than "
                "for one team: it is shown with its own scores and plan, and counts in the "
                "follow-through but in no mean, level count or weakest statement. "
                if groups
                else ""
            )
            + (
                f"{_teams(suppressed)} left out: fewer than {data['min_respondents']} people "
                "answered, or their round is still open; they count in no figure."
                if suppressed
                else "Every team is shown."
            ),
            s["small"],
        )
    )
    from cxassess.report.pdf import footer_canvas

    buffer = io.BytesIO()
    a4_document(
        buffer, title=f"Customer-centric culture portfolio: {heading}", creator="cxassess"
    ).build(flow, canvasmaker=footer_canvas(f"Portfolio · {heading[:80]}", s.accent))
    return buffer.getvalue()


def _prepared(lead: str, meeting: date | None) -> str:
    """Who prepared the report, for which meeting: the committee knows whom to ask."""
    by = f" Prepared by {rich(lead.strip())}, programme lead" if lead.strip() else ""
    if meeting is None:
        return f"{by}." if by else ""
    return (f"{by}, for" if by else " For") + (
        f" the steering committee of {meeting:%d %B %Y}; the decisions' dates count from it."
    )


def _decimals_example(data: dict[str, Any], levels: list[str]) -> str:
    starts = data.get("level_starts") or []
    if len(starts) <= DEVELOPING or len(levels) <= DEVELOPING:
        return ""
    start = starts[DEVELOPING]
    return (
        f" ({start - 0.05:.2f} is {rich(levels[DEVELOPING - 1])}, though {start:.1f} "
        f"would read as {rich(levels[DEVELOPING])})"
    )


def _cut_offs(data: dict[str, Any], levels: list[str]) -> str:
    """Where each line the report draws falls, so no threshold is taken on trust."""
    from cxassess.report.portfolio_decisions import CLEARLY_LOWER, STALE_DAYS

    starts = data.get("level_starts") or []
    level = (
        f"A team is at {rich(levels[DEVELOPING])} or above when its overall average is "
        f"{starts[DEVELOPING]:.1f} or more, where that level starts. "
        if len(starts) > DEVELOPING and len(levels) > DEVELOPING
        else ""
    )
    return (
        f"{level}An organisation's weakest area is named when it is {CLEARLY_LOWER:.1f} or "
        "more below its next area (less is a tie). A team last assessed more than "
        f"{round(STALE_DAYS / 30.5)} months before this report is asked to assess again. "
        "An action is overdue when it was accepted, is not done and its date is before the "
        "day of this report. "
    )


__all__ = ["build_portfolio_report"]
