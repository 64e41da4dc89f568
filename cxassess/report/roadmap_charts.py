"""The roadmap's impact-by-effort chart: where each initiative sits, quick wins top left."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from cxassess.report.charts import _rc, new_figure
from cxassess.report.styles import CURRENT_COLOUR

if TYPE_CHECKING:
    from matplotlib.figure import Figure

EFFORT_X = {"low": 1.0, "medium": 2.0, "high": 3.0}


def impact_effort_figure(
    points: Sequence[tuple[int, str, float]], width_in: float = 6.6, height_in: float = 3.0
) -> Figure:
    """One numbered dot per initiative: (number, effort, impact). Impact is the weighted gap
    to target that the initiative addresses; dots at the same spot are fanned out."""
    import matplotlib

    with matplotlib.rc_context(_rc()):
        fig = new_figure(width_in, height_in)
        ax = fig.add_subplot()
        top = max([impact for _, _, impact in points] + [1.2]) * 1.15
        # Room below zero, so a dot with no gap sits whole above the axis, not cut in half.
        bottom = -0.08 * top
        # The quick-win corner: little effort, large gap.
        ax.fill_between([0.5, 1.5], 1.0, top, color="#e3f1e5", zorder=0, linewidth=0)
        ax.text(0.55, top * 0.97, "Quick wins", va="top", fontsize=7.5, color="#3f7d6b")
        # Dots of one effort fan out across its column, in order, so none hide another.
        by_effort: dict[str, list[tuple[int, float]]] = {}
        for number, effort, impact in points:
            by_effort.setdefault(effort, []).append((number, impact))
        for effort, group in by_effort.items():
            centre = EFFORT_X.get(effort, 2.0)
            for i, (number, impact) in enumerate(group):
                x = centre if len(group) == 1 else centre - 0.28 + 0.56 * i / (len(group) - 1)
                ax.scatter(
                    [x],
                    [impact],
                    s=150,
                    color=CURRENT_COLOUR,
                    zorder=3,
                    linewidths=0,
                    clip_on=False,
                )
                ax.text(
                    x,
                    impact,
                    str(number),
                    ha="center",
                    va="center",
                    fontsize=7,
                    color="white",
                    zorder=4,
                )
        # The columns' edges, so a dot fanned out in its column is not read as the next one.
        for edge in (1.5, 2.5):
            ax.axvline(edge, color="#e6eaee", linewidth=0.5, zorder=1)
        ax.set_xlim(0.5, 3.5)
        ax.set_ylim(bottom, top)
        ax.set_xticks([1, 2, 3])
        ax.set_xticklabels(["Low effort", "Medium effort", "High effort"])
        # The bands the roadmap's reasons use: high from 1.0, medium from 0.5.
        for edge in (0.5, 1.0):
            ax.axhline(edge, color="#e6eaee", linewidth=0.5, zorder=1)
        ax.set_yticks([0.25, 0.75, min(top, 1.0 + (top - 1.0) / 2)])
        # Height is the gap an action addresses (its priority), not a forecast of its effect.
        ax.set_yticklabels(["Small gap", "Medium gap", "Large gap"])
        ax.tick_params(axis="y", length=0)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        fig.tight_layout(pad=0.4)
        return fig


__all__ = ["impact_effort_figure"]
