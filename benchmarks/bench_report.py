"""Time to build the demo report and a 30-person report, and the cost of a headless command.

Run: uv run python benchmarks/bench_report.py
"""

from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path

from cxassess.core.demo import demo_workshop
from cxassess.core.document import Answer, Assessment, Participant
from cxassess.core.questionnaire_io import load_questionnaire
from cxassess.core.roadmap import regenerate_roadmap
from cxassess.resources import questionnaires_dir


def thirty_people(q) -> Assessment:  # type: ignore[no-untyped-def]
    rng = random.Random(30)
    roles = ["Sales", "Support", "Product", "Finance", "Operations"]
    people = [
        Participant(
            name=f"Person {i}",
            role=roles[i % len(roles)],
            answers={
                qu.id: Answer(value=rng.choice([None, 1, 2, 3, 3, 4, 4, 5]))
                for _, qu in q.questions()
            },
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


def main() -> None:
    q = load_questionnaire(Path(questionnaires_dir()) / "customer-centric-culture.yaml")
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
