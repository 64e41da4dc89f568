"""Charts in the PDF: vectors whose words are real text, and scripts the font lacks as outlines."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.graphics.shapes import Group, Path, String

from cxassess.core.demo import demo_workshop
from cxassess.report.charts import distribution_figure, figure_drawing, radar_figure
from cxassess.report.pdf import build_report


def _nodes(node):  # type: ignore[no-untyped-def]
    yield node
    for child in getattr(node, "contents", []):
        yield from _nodes(child)


def _series():  # type: ignore[no-untyped-def]
    return [
        ("Current", [3.0, 2.5, 4.0, None], "#1f4e79", "-"),
        ("Target", [4.0] * 4, "#e69f3c", "--"),
    ]


def test_chart_words_are_text_in_the_pdf(shipped):
    demo_pdf = build_report(demo_workshop(shipped))
    # The radar's legend and axis labels exist only in the chart: a reader can select them.
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(demo_pdf)).pages]
    radar_page = next(text for text in pages if "Results by dimension" in text)
    for word in ("Current", "Target", "Agreed", "Ideal customer", "Listening"):
        assert word in radar_page


def test_radar_is_drawn_as_shapes_and_strings():
    drawing = figure_drawing(
        radar_figure(["Commitment", "Ideal customer", "Listening", "Action"], 5, _series()), 400
    )
    nodes = list(_nodes(drawing))
    texts = {n.text for n in nodes if isinstance(n, String)}
    assert {"Commitment", "Ideal customer", "Current", "Target", "5"} <= texts
    assert sum(isinstance(n, Path) for n in nodes) > 10
    assert round(drawing.width) == 400


def _filled(drawing):  # type: ignore[no-untyped-def]
    return sum(isinstance(n, Path) and n.fillColor is not None for n in _nodes(drawing))


def test_labels_the_report_font_cannot_draw_become_outlines():
    latin = figure_drawing(radar_figure(["Ab", "Ideal customer", "Cd", "Ef"], 5, _series()), 400)
    drawing = figure_drawing(
        radar_figure(["客户承诺", "Ideal customer", "倾听", "行动"], 5, _series()), 400
    )
    texts = {n.text for n in _nodes(drawing) if isinstance(n, String)}
    assert "Ideal customer" in texts
    assert not any("客" in t or "倾" in t or "行" in t for t in texts)
    # each Chinese label is still drawn: one filled outline in place of each string
    assert _filled(drawing) == _filled(latin) + 3


def test_distribution_chart_keeps_every_bar():
    rows = [(f"Statement {i}", [1, 2, 3, 2, 1], 1, 1) for i in range(6)]
    drawing = figure_drawing(distribution_figure(rows, ["a", "b", "c", "d", "e"]), 480)
    filled = [n for n in _nodes(drawing) if isinstance(n, Path) and n.fillColor is not None]
    # six statements x (five answers + don't know + not applicable), plus the legend
    assert len(filled) >= 6 * 7
    texts = {n.text for n in _nodes(drawing) if isinstance(n, String)}
    assert {"Don't know", "N/A"} <= texts
    assert isinstance(drawing.contents[0], Group)
