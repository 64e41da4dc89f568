"""The report and score commands against their floors, and in-process report timings.

`report` of a 30-person workshop is measured against a program that imports reportlab
and matplotlib, draws one figure to SVG and writes a one-page PDF; `score --json` against
`import pydantic`. Every figure is a fresh process, best of three, bytecode cached.
Run: uv run python benchmarks/bench_report.py
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from floors import PYDANTIC_FLOOR, REPORT_FLOOR, cli_seconds, python_seconds

from cxassess.core.demo import demo_workshop
from cxassess.core.document import Answer, Assessment, Participant
from cxassess.core.questionnaire_io import load_questionnaire
from cxassess.core.roadmap import regenerate_roadmap
from cxassess.resources import questionnaires_dir


def _answer(q, qid: str, rng: random.Random) -> Answer:  # type: ignore[no-untyped-def]
    """One in eight answers is not a point: "not applicable" where the statement offers it,
    "don't know" elsewhere, as the questionnaire allows."""
    value = rng.choice([None, 1, 2, 3, 3, 4, 4, 5])
    if value is None and not q.allows_na(qid):
        return Answer(value=None, dont_know=True)
    return Answer(value=value)


def thirty_people(q) -> Assessment:  # type: ignore[no-untyped-def]
    rng = random.Random(30)
    roles = ["Sales", "Support", "Product", "Finance", "Operations"]
    people = [
        Participant(
            name=f"Person {i}",
            role=roles[i % len(roles)],
            answers={qu.id: _answer(q, qu.id, rng) for _, qu in q.questions()},
        )
        for i in range(30)
    ]
    doc = Assessment.new(q, organisation="Benchmark Ltd", team="Thirty", participants=people)
    regenerate_roadmap(doc)
    return doc


def timed(label: str, fn) -> float:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    fn()
    elapsed = time.perf_counter() - start
    print(f"{label:<44} {elapsed:7.2f} s")
    return elapsed


def against_floors(big: Assessment) -> None:
    from cxassess.core.storage import save_document

    with tempfile.TemporaryDirectory() as folder:
        cxa = Path(folder) / "thirty.cxa"
        save_document(big, cxa)
        floor = python_seconds(REPORT_FLOOR, str(Path(folder) / "floor.pdf"))
        report = cli_seconds("report", str(cxa), "-o", str(Path(folder) / "r.pdf"))
        print(f"{'floor: reportlab + matplotlib, 1-page PDF':<44} {floor:7.2f} s")
        print(f"{'cxassess report, 30 people':<44} {report:7.2f} s  ({report / floor:.2f}x)")
        floor = python_seconds(PYDANTIC_FLOOR)
        score = cli_seconds("score", "--json", str(cxa))
        print(f"{'floor: import pydantic':<44} {floor:7.2f} s")
        print(f"{'cxassess score --json, 30 people':<44} {score:7.2f} s  ({score / floor:.2f}x)")
        model = python_seconds("from pydantic import BaseModel")
        print(f"{'  (from pydantic import BaseModel)':<44} {model:7.2f} s  ({model / floor:.2f}x)")


def main() -> None:
    q = load_questionnaire(Path(questionnaires_dir()) / "customer-centric-culture.yaml")
    against_floors(thirty_people(q))
    start = time.perf_counter()
    from cxassess.report.pdf import build_report

    print(f"{'import of the report modules (lazy)':<44} {time.perf_counter() - start:7.2f} s")
    demo = demo_workshop(q)
    big = thirty_people(q)
    timed("demo report, first (fonts, matplotlib warm-up)", lambda: build_report(demo))
    timed("demo report, again", lambda: build_report(demo))
    timed("30-person report", lambda: build_report(big))
    for command in (["--version"], ["validate", "customer-centric-culture"]):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "cxassess.cli", *command], check=True, capture_output=True
        )
        print(f"{'cxassess ' + ' '.join(command):<44} {time.perf_counter() - start:7.2f} s")
    probe = "import sys, cxassess.cli; cxassess.cli.main(['--version']) if False else None; print(sorted(m for m in ('matplotlib','reportlab','PySide6') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True)
    print(f"{'heavy modules loaded by the CLI entry point':<44} {out.stdout.strip()}")


if __name__ == "__main__":
    main()
