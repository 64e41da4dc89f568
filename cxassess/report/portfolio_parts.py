"""Pieces the portfolio report's pages share: its table, team labels and phrases."""

from __future__ import annotations

from datetime import date
from typing import Any

from cxassess.report.context import para
from cxassess.report.markup import rich, shorten

# Cell colours by maturity level, lowest first: the team report's answer palette.
LEVEL_FILL = ["#e9b3a6", "#f4d3bf", "#ececec", "#c9ded5", "#9fc5b6"]


def table(header: list[str], rows: list[list[Any]], widths: list[float], s: Any) -> Any:
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


def team_label(team: dict[str, Any], *, dated: bool = False) -> str:
    """The team's name with its organisation under it (same-named teams stay apart), and
    when it was assessed where the figures beside it date from then."""
    name = rich(shorten(team["team"] or "(no team name)", 60))
    org = rich(shorten(team["organisation"] or "(no organisation)", 60))
    if dated and team.get("assessed_on"):
        org += f" · {when(team['assessed_on'])}"
    return f"{name}<br/><font size='6.5' color='#5f6b76'>{org}</font>"


def when(iso: str) -> str:
    return date.fromisoformat(iso).strftime("%d %b %Y")


def names(teams: list[dict[str, str]], with_organisation: bool) -> str:
    return ", ".join(
        rich(t["team"]) + (f" ({rich(t['organisation'])})" if with_organisation else "")
        for t in teams
    )


def scope(data: dict[str, Any]) -> str:
    many = len({t["organisation"] for t in data["teams"]}) > 1
    return "across the organisations" if many else "across the organisation"


def teams(n: int) -> str:
    return f"{n} team" if n == 1 else f"{n} teams"
