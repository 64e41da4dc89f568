"""A matplotlib renderer that draws a Figure straight into a reportlab Drawing.

Charts stay vectors and their words stay selectable text, without the round trip through
SVG (serialise, parse, convert shape by shape), which cost more than half of a report.
Text the report font cannot draw (Chinese, say) and mathtext go in as outlines.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from matplotlib.backend_bases import GraphicsContextBase, RendererBase
from matplotlib.figure import Figure
from matplotlib.path import Path as MplPath
from reportlab.graphics.shapes import Drawing, Group, Path, String
from reportlab.lib.colors import Color

from cxassess.report.fonts import SANS, SANS_BOLD, register_fonts, sans_coverage

_BOLD = {"bold", "heavy", "extra bold", "black", "semibold", "demibold", "demi"}


def _colour(rgba: Any, alpha: float | None = None) -> Color:
    r, g, b = (float(c) for c in rgba[:3])
    a = float(rgba[3]) if len(rgba) > 3 else 1.0
    return Color(r, g, b, alpha=a if alpha is None else alpha)


class _Renderer(RendererBase):
    """Collects a figure's paths and text as reportlab shapes, in points (72 dpi)."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width = width
        self.height = height
        self.group = Group()
        self._coverage = sans_coverage()

    def flipy(self) -> bool:
        return False

    def get_canvas_width_height(self) -> tuple[float, float]:
        return self.width, self.height

    def points_to_pixels(self, points: Any) -> Any:
        return points

    def new_gc(self) -> GraphicsContextBase:
        return GraphicsContextBase()

    def draw_path(
        self, gc: GraphicsContextBase, path: MplPath, transform: Any, rgbFace: Any = None
    ) -> None:
        shape = Path()
        last = (0.0, 0.0)
        for vertices, code in path.iter_segments(transform, remove_nans=True, simplify=False):
            if code == MplPath.MOVETO:
                last = (vertices[0], vertices[1])
                shape.moveTo(*last)
            elif code == MplPath.LINETO:
                last = (vertices[0], vertices[1])
                shape.lineTo(*last)
            elif code == MplPath.CURVE3:
                # a quadratic Bézier as the cubic that traces the same curve
                (cx, cy), (x, y) = vertices[:2], vertices[2:4]
                shape.curveTo(
                    last[0] + 2 / 3 * (cx - last[0]),
                    last[1] + 2 / 3 * (cy - last[1]),
                    x + 2 / 3 * (cx - x),
                    y + 2 / 3 * (cy - y),
                    x,
                    y,
                )
                last = (x, y)
            elif code == MplPath.CURVE4:
                shape.curveTo(*vertices[:6])
                last = (vertices[4], vertices[5])
            elif code == MplPath.CLOSEPOLY:
                shape.closePath()
        alpha = gc.get_alpha() if gc.get_forced_alpha() else None
        if rgbFace is not None and (len(rgbFace) < 4 or rgbFace[3] > 0):
            shape.fillColor = _colour(rgbFace, alpha)
        else:
            shape.fillColor = None
        width = gc.get_linewidth()
        stroke = gc.get_rgb()
        if width > 0 and stroke is not None and (len(stroke) < 4 or stroke[3] > 0):
            shape.strokeColor = _colour(stroke, alpha)
            shape.strokeWidth = width
            shape.strokeLineCap = {"butt": 0, "round": 1, "projecting": 2}[gc.get_capstyle()]
            shape.strokeLineJoin = {"miter": 0, "round": 1, "bevel": 2}[gc.get_joinstyle()]
            offset, dashes = gc.get_dashes()
            if dashes:
                shape.strokeDashArray = [offset or 0, list(cast(Sequence[float], dashes))]
        else:
            shape.strokeColor = None
        if shape.fillColor is None and shape.strokeColor is None:
            return
        self.group.add(shape)

    def draw_text(
        self,
        gc: GraphicsContextBase,
        x: float,
        y: float,
        s: str,
        prop: Any,
        angle: float,
        ismath: bool | str = False,
        mtext: Any = None,
    ) -> None:
        if ismath or not set(map(ord, s)) <= self._coverage:
            # matplotlib's own fallback for text the embedded fonts cannot show (not in its stubs)
            self._draw_text_as_path(gc, x, y, s, prop, angle, ismath, mtext)  # type: ignore[attr-defined]
            return
        bold = str(prop.get_weight()).lower() in _BOLD or (
            isinstance(prop.get_weight(), int) and prop.get_weight() >= 600
        )
        text = String(
            0,
            0,
            s,
            fontName=SANS_BOLD if bold else SANS,
            fontSize=prop.get_size_in_points(),
            fillColor=_colour(gc.get_rgb(), gc.get_alpha() if gc.get_forced_alpha() else None),
        )
        holder = Group(text)
        holder.translate(x, y)
        if angle:
            holder.rotate(angle)
        self.group.add(holder)


def figure_to_drawing(fig: Figure) -> Drawing:
    """The figure as a reportlab Drawing in points, at its size in inches."""
    register_fonts()
    width_in, height_in = fig.get_size_inches()
    width, height = width_in * 72, height_in * 72
    renderer = _Renderer(width, height)
    dpi = fig.dpi
    fig.dpi = 72  # one pixel to one point, as matplotlib's own PDF backend does
    try:
        fig.draw(renderer)
    finally:
        fig.dpi = dpi
    drawing = Drawing(width, height)
    drawing.add(renderer.group)
    return drawing
