"""Charts drawn with matplotlib's Figure API, for the PDF (as vectors) and the app.

The functions return Figures, so the same drawing code serves a Qt canvas on screen and
a vector drawing in the PDF. Never pyplot: it keeps global state and is not thread-safe.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any, cast

from cxassess.report.fonts import matplotlib_fonts
from cxassess.report.styles import (
    AGREED_COLOUR,
    CURRENT_COLOUR,
    GRID,
    HORIZON_COLOURS,
    MUTED,
    PREVIOUS_COLOUR,
    TARGET_COLOUR,
)

if TYPE_CHECKING:
    from matplotlib.figure import Figure
    from matplotlib.projections.polar import PolarAxes


def _rc() -> dict[Any, Any]:  # rcParams keys are typed as a Literal of every name
    return {
        "font.family": matplotlib_fonts(),
        "font.size": 8,
        "axes.edgecolor": GRID,
        "axes.labelcolor": "#333333",
        "xtick.color": "#333333",
        "ytick.color": "#333333",
    }


def new_figure(width_in: float, height_in: float) -> Figure:
    """A Figure with the report's fonts and colours, detached from pyplot."""
    import matplotlib
    from matplotlib.figure import Figure

    with matplotlib.rc_context(_rc()):
        return Figure(figsize=(width_in, height_in), dpi=100)


def _tint(colour: str, strength: float) -> str:
    """The colour mixed with white, as an opaque hex colour."""
    rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(c * strength + 255 * (1 - strength)) for c in rgb]
    return "#" + "".join(f"{c:02x}" for c in mixed)


def _wrap(text: str, width: int) -> str:
    words, lines, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        lines.append(line)
    return "\n".join(lines)


def _two_lines(text: str, width: int) -> str:
    lines = _wrap(text, width).split("\n")
    if len(lines) <= 2:
        return "\n".join(lines)
    second = lines[1]
    return lines[0] + "\n" + (second[: width - 1].rsplit(" ", 1)[0] + "…")


def radar_figure(
    labels: Sequence[str],
    points: int,
    series: Sequence[tuple[str, Sequence[float | None], str, str]],
    size_in: float = 4.2,
    font_scale: float = 1.0,
    legend_below: bool = False,
) -> Figure:
    """Dimension scores on a radar. Each series: (name, values, colour, line style).

    The legend goes under the chart for large type (a projector) or a narrow panel.
    """
    import matplotlib

    with matplotlib.rc_context(_rc()):
        fig = new_figure(size_in * 1.25, size_in)
        ax = cast("PolarAxes", fig.add_subplot(projection="polar"))
        n = len(labels)
        angles = [2 * math.pi * i / n for i in range(n)] + [0.0]
        ax.set_theta_offset(math.pi / 2)
        ax.set_theta_direction(-1)
        ax.set_ylim(1, points)
        ax.set_yticks(range(1, points + 1))
        ax.set_yticklabels(
            [str(i) for i in range(1, points + 1)], color=MUTED, fontsize=7 * font_scale
        )
        ax.set_xticks(angles[:-1])
        ax.set_xticklabels([_wrap(label, 14) for label in labels], fontsize=8.5 * font_scale)
        ax.tick_params(axis="x", pad=10)
        ax.grid(color=GRID, linewidth=0.6)
        for name, values, colour, style in series:
            if all(v is None for v in values):
                continue
            # A dimension without enough answers has no point: the line breaks there
            # rather than dropping to the centre, which would read as the lowest score.
            vals = [math.nan if v is None else v for v in values]
            vals = [*vals, vals[0]]
            ax.plot(
                angles, vals, color=colour, linewidth=1.8, linestyle=style, label=name, zorder=3
            )
            known = [(a, v) for a, v in zip(angles, vals, strict=True) if not math.isnan(v)]
            if len(known) < len(vals):
                ax.plot(*zip(*known, strict=True), "o", color=colour, markersize=3.5, zorder=3)
            if style == "-" and len(known) >= 3:
                # An opaque tint rather than alpha, so the area prints the same everywhere.
                ax.fill(*zip(*known, strict=True), color=_tint(colour, 0.14), zorder=1)
        if font_scale > 1.2 or legend_below:
            # large type (a projector): the legend goes under the chart, across
            ax.legend(
                loc="upper center",
                bbox_to_anchor=(0.5, -0.12),
                ncol=len(series),
                frameon=False,
                fontsize=8 * font_scale,
            )
            fig.subplots_adjust(left=0.24, right=0.76, top=0.84, bottom=0.22)
        else:
            ax.legend(
                loc="upper left",
                bbox_to_anchor=(1.08, 1.08),
                frameon=False,
                fontsize=8 * font_scale,
            )
            fig.subplots_adjust(left=0.14, right=0.70, top=0.86, bottom=0.12)
        return fig


def distribution_figure(
    rows: Sequence[tuple[str, Sequence[int], int, int]],
    labels: Sequence[str],
    width_in: float = 6.6,
) -> Figure:
    """How answers were spread, one stacked bar per question:
    (label, counts, not applicable, don't know).

    Labels are the statements themselves, wrapped to two lines at most."""
    import matplotlib

    with matplotlib.rc_context(_rc()):
        height = 0.42 * len(rows) + 0.75
        fig = new_figure(width_in, height)
        ax = fig.add_subplot()
        palette = ["#c8553d", "#e8a07a", "#d9d9d9", "#8fb8a8", "#3f7d6b"]
        if len(labels) != 5:
            cmap = matplotlib.colormaps["RdYlGn"]
            palette = [
                matplotlib.colors.to_hex(cmap(i / max(1, len(labels) - 1)))
                for i in range(len(labels))
            ]
        ys = list(range(len(rows)))[::-1]
        # Each bar: the points in order, then "don't know", then "not applicable".
        segments: list[tuple[str, list[int], dict[str, Any]]] = [
            (labels[p], [r[1][p] for r in rows], {"color": palette[p], "edgecolor": "white"})
            for p in range(len(labels))
        ]
        segments.append(
            (
                "Don't know",
                [r[3] for r in rows],
                {"color": "#ffffff", "edgecolor": "#6b7682", "hatch": "////"},
            )
        )
        segments.append(("N/A", [r[2] for r in rows], {"color": "#eef1f4", "edgecolor": "#9aa5b1"}))
        totals = [sum(r[1]) + r[2] + r[3] for r in rows]
        before = [0] * len(rows)
        for label, counts, style in segments:
            if label in ("Don't know", "N/A") and not any(counts):
                continue
            ax.barh(
                ys,
                [c / t if t else 0 for c, t in zip(counts, totals, strict=True)],
                left=[b / t if t else 0 for b, t in zip(before, totals, strict=True)],
                height=0.62,
                label=label,
                linewidth=0.5,
                **style,
            )
            before = [b + c for b, c in zip(before, counts, strict=True)]
        ax.set_yticks(ys)
        ax.set_yticklabels([_two_lines(r[0], 52) for r in rows], fontsize=6.8)
        ax.set_xlim(0, 1)
        ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
        ax.tick_params(axis="x", labelsize=7)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        ax.legend(
            ncol=len(labels) + 2,
            loc="lower center",
            bbox_to_anchor=(0.5, 1.0),
            frameon=False,
            fontsize=6.5,
            handlelength=1.2,
            columnspacing=1.0,
        )
        fig.tight_layout(pad=0.4)
        return fig


def timeline_figure(
    items: Sequence[tuple[str, date, date, str]],
    today: date,
    reassess: date | None,
    width_in: float = 6.6,
) -> Figure:
    """Roadmap items as bars from start to due date: (label, start, due, horizon)."""
    import matplotlib
    from matplotlib import dates as mdates

    with matplotlib.rc_context(_rc()):
        height = 0.26 * len(items) + 0.9
        fig = new_figure(width_in, height)
        ax = fig.add_subplot()
        ys = list(range(len(items)))[::-1]
        for y, (_, start, due, horizon) in zip(ys, items, strict=True):
            begin = mdates.date2num(start)
            length = max(3.0, mdates.date2num(due) - begin)
            ax.barh(y, length, left=begin, color=HORIZON_COLOURS.get(horizon, MUTED), height=0.6)
        ax.set_yticks(ys)
        ax.set_yticklabels(
            [
                _wrap(label, 48).split("\n")[0] + ("…" if len(label) > 48 else "")
                for label, *_ in items
            ],
            fontsize=6.8,
        )
        ax.axvline(mdates.date2num(today), color="#333333", linewidth=0.8, linestyle=":")
        if reassess:
            ax.axvline(
                mdates.date2num(reassess), color=CURRENT_COLOUR, linewidth=1.2, linestyle="--"
            )
            ax.annotate(
                "re-assess",
                (mdates.date2num(reassess), len(items) - 0.4),
                fontsize=7,
                color=CURRENT_COLOUR,
                ha="left",
                xytext=(3, 0),
                textcoords="offset points",
            )
        # At least three dates on the axis, however short the plan ("Dec 2026", not
        # ConciseDateFormatter's bare "Dec | 2027 | Feb"; days when it spans weeks).
        lo, hi = ax.get_xlim()
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=7))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%d %b" if hi - lo < 120 else "%b %Y"))
        ax.tick_params(axis="x", labelsize=7, rotation=0)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        used = {item[3] for item in items}
        handles = [
            matplotlib.patches.Patch(color=c, label=h.capitalize())
            for h, c in HORIZON_COLOURS.items()
            if h in used
        ]
        ax.legend(
            handles=handles,
            ncol=3,
            loc="lower center",
            bbox_to_anchor=(0.5, 1.0),
            frameon=False,
            fontsize=7,
        )
        ax.set_ylim(-0.7, len(items) - 0.3)
        fig.tight_layout(pad=0.4)
        return fig


def trend_figure(
    dates: Sequence[date],
    series: Sequence[tuple[str, Sequence[float | None]]],
    points: int,
    width_in: float = 6.6,
) -> Figure:
    """Scores over time, one line per dimension (and overall)."""
    import matplotlib

    with matplotlib.rc_context(_rc()):
        fig = new_figure(width_in, 2.8)
        ax = fig.add_subplot()
        palette = [
            CURRENT_COLOUR,
            TARGET_COLOUR,
            AGREED_COLOUR,
            "#c8553d",
            "#7b5ea7",
            PREVIOUS_COLOUR,
        ]
        for i, (name, values) in enumerate(series):
            # dates are plotted through matplotlib's date converter; its stubs want numbers
            xs: Any = [d for d, v in zip(dates, values, strict=True) if v is not None]
            ys = [v for v in values if v is not None]
            style = "--" if name.lower().startswith("overall") else "-"
            ax.plot(
                xs,
                ys,
                marker="o",
                color=palette[i % len(palette)],
                linestyle=style,
                linewidth=1.6,
                markersize=4,
                label=name,
            )
        ax.set_ylim(1, points)
        ax.set_ylabel("Score")
        ax.grid(axis="y", color=GRID, linewidth=0.6)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, fontsize=7)
        from matplotlib import dates as mdates

        locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        fig.tight_layout(pad=0.5)
        return fig


def figure_drawing(fig: Figure, width_pt: float) -> Any:
    """The figure as a reportlab Drawing (vector, with real text), scaled to a width in points."""
    from cxassess.report.figure_vectors import figure_to_drawing

    drawing = figure_to_drawing(fig)
    scale = width_pt / drawing.width
    drawing.width *= scale
    drawing.height *= scale
    drawing.scale(scale, scale)
    return drawing
