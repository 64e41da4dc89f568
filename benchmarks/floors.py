"""Floors the benchmarks measure against: the least any program doing the same job costs.

Each floor is a tiny program run in a fresh process, so the ratio to it says how much the
product adds on top of the libraries it cannot do without.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Sequence

# Imports reportlab and matplotlib, draws one figure to SVG and writes a one-page PDF.
REPORT_FLOOR = """
import io, sys
from matplotlib.figure import Figure
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate
fig = Figure(figsize=(4, 3))
fig.add_subplot().plot([1, 2, 3], [2, 1, 3])
fig.savefig(io.BytesIO(), format="svg")
SimpleDocTemplate(sys.argv[1], pagesize=A4).build(
    [Paragraph("One page", getSampleStyleSheet()["Normal"])]
)
"""

PYDANTIC_FLOOR = "import pydantic"


def run_seconds(argv: Sequence[str], repeat: int = 3) -> float:
    """The best of `repeat` wall-clock times of a command, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(list(argv), check=True, capture_output=True)
        best = min(best, time.perf_counter() - start)
    return best


def python_seconds(code: str, *args: str, repeat: int = 3) -> float:
    """The best wall-clock time of a Python snippet run in a fresh interpreter."""
    return run_seconds([sys.executable, "-c", code, *args], repeat)


def cli_seconds(*args: str, repeat: int = 3) -> float:
    """The best wall-clock time of a `cxassess` command in a fresh interpreter."""
    return run_seconds([sys.executable, "-m", "cxassess.cli", *args], repeat)
