"""The portfolio PDF: many teams on one heat map, the organisation's weak points, who moved."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from cxassess.report.context import FRAME_WIDTH, a4_document, para
from cxassess.report.markup import rich, shorten
from cxassess.report.styles import make_styles

# Cell colours by maturity level, lowest first: the team report's answer palette.
LEVEL_FILL = ["#e9b3a6", "#f4d3bf", "#ececec", "#c9ded5", "#9fc5b6"]
SUPPRESSED_FILL = "#ffffff"


def _table(header: list[str], rows: list[list[Any]], widths: list[float], s: Any) -> Any:
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Table, TableStyle

    # A size smaller than the team report's headers: many narrow columns side by side.
    small = ParagraphStyle("head-small", parent=s["head"], fontSize=7, leading=8.5)
    head = [para(h, small) for h in header]
    body = [[c if not isinstance(c, str) else para(c, s["cell"]) for c in row] for row in rows]
    table = Table([head, *body], colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(s.accent)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#d0d7de")),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def team_label(team: dict[str, Any]) -> str:
    """The team's name with its organisation under it: same-named teams stay apart."""
    name = rich(shorten(team["team"] or "(no team name)", 60))
    org = rich(shorten(team["organisation"] or "(no organisation)", 60))
    return f"{name}<br/><font size='6.5' color='#5f6b76'>{org}</font>"


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
            mean = "–" if org["mean"] is None else f"{org['mean']:.1f}"
            rows.append(
                [
                    f"<b>{rich(shorten(current or '(no organisation)', 80))}</b>",
                    "",
                    f"{org['shown']} of {org['teams']} teams shown · mean {mean} · "
                    f"{org['at_or_above']} at {rich(levels[2] if len(levels) > 2 else '')} "
                    "or above",
                ]
                + [""] * len(dims)
            )
            fills.append(("SPAN", (2, r), (len(dims) + 2, r)))
            fills.append(("BACKGROUND", (0, r), (-1, r), colors.HexColor("#eef1f4")))
        r += 1
        name = team_label(team)
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
    shown = f"{score:.1f}"
    if starts and level in levels:
        index = levels.index(level)
        nxt = starts[index + 1] if index + 1 < len(starts) else None
        if (nxt is not None and float(shown) >= nxt) or float(shown) < starts[index]:
            shown = f"{score:.2f}"
    return f"{level} ({shown})"


def _when(iso: str) -> str:
    return date.fromisoformat(iso).strftime("%d %b %Y")


def _movers(data: dict[str, Any]) -> list[list[str]]:
    rows = []
    for team in data["teams"]:
        change = team.get("change")
        if change is None or not change["beyond"]:
            continue
        rows.append(
            [
                team_label(team),
                f"{_when(change['from_date'])} → {_when(change['to_date'])}",
                f"{change['from']:.2f} → {change['to']:.2f}",
                f"{change['change']:+.2f} (beyond ±{change['margin']:.2f})",
            ]
        )
    return rows


def _names(teams: list[dict[str, str]], with_organisation: bool) -> str:
    return ", ".join(
        rich(t["team"]) + (f" ({rich(t['organisation'])})" if with_organisation else "")
        for t in teams
    )


def _scope(data: dict[str, Any]) -> str:
    many = len({t["organisation"] for t in data["teams"]}) > 1
    return "across the organisations" if many else "across the organisation"


def _teams(n: int) -> str:
    return f"{n} team" if n == 1 else f"{n} teams"


def _at_a_glance(data: dict[str, Any], s: Any) -> list[Any]:
    """One page for the steering committee: where the teams stand, what moved, what is late."""
    summary = data["summary"]
    many = len(data.get("organisations", [])) > 1
    flow: list[Any] = [para("At a glance", s["h1"])]
    if summary["mean"] is None:
        flow.append(para("No team has enough people answering to be shown yet.", s["body"]))
        return flow
    change = (
        f", {summary['mean_change']:+.1f} on average for the "
        f"{_teams(summary['reassessed'])} assessed again"
        if summary["mean_change"] is not None
        else "; no team has been assessed twice yet"
    )
    points = [
        f"<b>The teams average {summary['mean']:.1f} of 5</b> (each team counting once, "
        f"{summary['shown']} of {summary['teams']} teams shown){change}.",
        f"<b>{summary['at_or_above']} of {summary['shown']} teams are at "
        f"{rich(summary['floor_level'] or '')} or above</b> overall.",
    ]
    if summary["moved_up"] or summary["moved_down"]:
        if summary["moved_up"]:
            points.append(
                f"<b>Moved up</b> beyond their own noise: {_names(summary['moved_up'], many)}."
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
        points.append(
            f"<b>Overdue actions</b> in {_teams(len(summary['overdue']))}: {late}"
            + (f" and {more} more" if more > 0 else "")
            + "."
        )
    else:
        points.append("No team has an accepted action past its due date.")
    total = data["roadmap"]
    # Delivery second, right after where the teams stand: scores that rise while nothing is
    # done are the first question for a committee.
    points.insert(
        1,
        f"<b>Follow-through:</b> {total['done']} of {total['accepted']} accepted actions done, "
        f"{total['overdue']} overdue."
        + (
            " Scores are not yet the result of the roadmap: ask what changed instead."
            if total["accepted"] and not total["done"] and summary["moved_up"]
            else ""
        ),
    )
    lowest = [
        {"organisation": t["organisation"], "team": t["team"]}
        for t in data["teams"]
        if not t["suppressed"]
        and t["overall"]["level"] == (data["levels"][0] if data["levels"] else None)
        and not t["roadmap"]["accepted"]
    ]
    if lowest:
        points.append(
            f"<b>Decision:</b> {_teams(len(lowest))} at {rich(data['levels'][0])} "
            f"{'has' if len(lowest) == 1 else 'have'} no accepted action: "
            f"{_names(lowest, many)}. Ask each for a plan by the next meeting."
        )
    weakest = data["weakest_statements"][:2]
    tied = len(weakest) == 2 and weakest[1]["mean_of_teams"] - weakest[0]["mean_of_teams"] < 0.05
    weakest = weakest[:1]
    if weakest and tied:
        points.append(
            f"No single statement is weakest {_scope(data)}: the lowest are within "
            f"0.1 of each other (see Weakest {_scope(data)})."
        )
    elif weakest:
        points.append(
            f"<b>Weakest {_scope(data)}:</b> “{rich(weakest[0]['text'])}” "
            f"({weakest[0]['mean_of_teams']:.1f} on average in {_teams(weakest[0]['teams'])})."
        )
    for point in points:
        flow.append(para("• " + point, s["body"]))
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
                    "Overdue",
                ],
                [
                    [
                        rich(o["name"] or "(no organisation)"),
                        f"{o['shown']} of {o['teams']}",
                        "–" if o["mean"] is None else f"{o['mean']:.1f}",
                        "–"
                        if o["mean_change"] is None
                        else f"{o['mean_change']:+.1f} ({_teams(o['reassessed'])})",
                        str(o["at_or_above"]),
                        str(o["overdue"]),
                    ]
                    for o in sorted(orgs, key=lambda o: o["name"].casefold())
                ],
                [FRAME_WIDTH - 330, 60, 45, 80, 90, 55],
                s,
            )
        )
    return flow


def build_portfolio_report(data: dict[str, Any], levels: list[str], title: str = "") -> bytes:
    """The portfolio as PDF bytes, from `core.portfolio.portfolio` data and the level names."""
    from reportlab.platypus import PageBreak, Spacer

    s = make_styles()
    teams = data["teams"]
    shown = [t for t in teams if not t["suppressed"]]
    organisations = sorted({t["organisation"] for t in teams if t["organisation"]})
    heading = title or (", ".join(organisations) if organisations else "Many teams")
    flow: list[Any] = [
        Spacer(1, 80),
        para(f"Customer-centric culture {_scope(data)}", s["muted"]),
        para(rich(shorten(heading, 160)), s["title"]),
        Spacer(1, 20),
        para(
            f"{len(teams)} teams, {len(shown)} shown; the latest assessment of each, made "
            + (
                f"on {_when(teams[0]['assessed_on'])}"
                if len({t["assessed_on"] for t in teams}) == 1
                else f"between {_when(min(t['assessed_on'] for t in teams))} and "
                f"{_when(max(t['assessed_on'] for t in teams))}"
            )
            + f". Report made {date.today():%d %B %Y}.",
            s["body"],
        ),
        Spacer(1, 30),
        para(
            "<b>Confidential.</b> It names no participant. Teams with fewer than "
            f"{data['min_respondents']} people show only that they were left out, and count "
            "in none of the organisation's figures.",
            s["small"],
        ),
        PageBreak(),
        *_at_a_glance(data, s),
        PageBreak(),
        para("Where the teams stand", s["h1"]),
    ]
    dims = data["dimensions"]
    rows = [
        [rich(d["title"]), "–" if d["mean_of_teams"] is None else f"{d['mean_of_teams']:.1f}"]
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
    flow.append(para("Every team, by area", s["h2"]))
    flow.append(_heat_map(data, levels, s))
    movers = _movers(data)
    flow.append(para("Who moved since last time", s["h2"]))
    if movers:
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
                "No team's overall score changed by more than its own uncertainty; where a team "
                "was assessed twice, treat the differences as noise for now.",
                s["body"],
            )
        )
    flow.append(para(f"Weakest {_scope(data)}", s["h2"]))
    flow.append(
        _table(
            ["Statement", "Mean of teams", "Teams"],
            [
                [rich(w["text"]), f"{w['mean_of_teams']:.1f}", str(w["teams"])]
                for w in data["weakest_statements"]
            ],
            [FRAME_WIDTH - 120, 70, 50],
            s,
        )
    )
    flow.append(para("Roadmap follow-through", s["h2"]))
    follow = [
        [
            team_label(t),
            str(t["roadmap"]["accepted"]),
            str(t["roadmap"]["done"]),
            str(t["roadmap"]["overdue"]),
        ]
        for t in shown
    ]
    total = data["roadmap"]
    follow.append(
        [
            "<b>All teams shown</b>",
            str(total["accepted"]),
            str(total["done"]),
            str(total["overdue"]),
        ]
    )
    flow.append(
        _table(["Team", "Accepted", "Done", "Overdue"], follow, [FRAME_WIDTH - 180, 60, 60, 60], s)
    )
    suppressed = len(teams) - len(shown)
    flow.append(para("How to read this", s["h2"]))
    flow.append(
        para(
            "Each team counts once, with its latest assessment. A team's change counts as a move "
            "only when it is larger than the uncertainty of either assessment's average (the "
            "range its average would fall in about 95 times in 100 if the same people "
            "answered again); smaller changes are noise. "
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


__all__ = ["build_portfolio_report"]
