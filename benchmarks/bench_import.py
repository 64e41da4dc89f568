"""A 10,000-row Google Forms export against the same answers as a plain CSV, imported.

The plain CSV (`participant`, `role`, one column per statement id, numbers) is the floor:
what the export adds is matching titles, reading option labels and anchors, and dating
from the timestamps. Both run as fresh `cxassess import` processes; time is the best of
three, memory the peak resident size. Goal: the export within 1.5x of the plain CSV.
Run: uv run python benchmarks/bench_import.py [ROWS]
"""

from __future__ import annotations

import csv
import random
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from cxassess.core.questionnaire_io import load_questionnaire
from cxassess.resources import questionnaires_dir

MEASURED = """
import resource, sys
from cxassess.cli import main
try:
    code = main(sys.argv[1:])
finally:
    print("peak-kib", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
sys.exit(code)
"""


def write_both(folder: Path, rows: int) -> tuple[Path, Path]:
    q = load_questionnaire(Path(questionnaires_dir()) / "customer-centric-culture.yaml")
    questions = [qu for _, qu in q.questions()]
    rng = random.Random(rows)
    plain, google = folder / "plain.csv", folder / "google.csv"
    start = datetime(2026, 11, 2, 9, 0)
    with (
        plain.open("w", newline="", encoding="utf-8") as p,
        google.open("w", newline="", encoding="utf-8") as g,
    ):
        pw, gw = csv.writer(p), csv.writer(g)
        pw.writerow(["participant", "role", *(qu.id for qu in questions)])
        gw.writerow(
            ["Timestamp", "Email address", "Your name", "Your role or department"]
            + [qu.text for qu in questions]
        )
        for i in range(rows):
            points = [rng.choice([1, 2, 3, 3, 4, 4, 5, None]) for _ in questions]
            role = ["Sales", "Support", "Product", "Finance", "Operations"][i % 5]
            pw.writerow([f"Person {i}", role, *("NA" if v is None else str(v) for v in points)])
            sent = start + timedelta(minutes=7 * i)
            gw.writerow(
                [
                    sent.strftime("%Y/%m/%d %-I:%M:%S %p") + " GMT+1",
                    f"person{i}@example.org",
                    f"Person {i}",
                    role,
                ]
                + [
                    "Not applicable / don't know"
                    if v is None
                    else (qu.anchors[v - 1] if k % 2 else q.scale.labels[v - 1])
                    for k, (qu, v) in enumerate(zip(questions, points, strict=True))
                ]
            )
    return plain, google


def measured(*args: str) -> tuple[float, int]:
    best, peak = float("inf"), 0
    for _ in range(3):
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", MEASURED, *args], capture_output=True, text=True
        )
        if done.returncode != 0:
            raise SystemExit(f"cxassess {' '.join(args)} failed: {done.stderr}")
        best = min(best, time.perf_counter() - start)
        peak = max(peak, int(done.stderr.rsplit("peak-kib", 1)[1].split()[0]))
    return best, peak


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as folder:
        plain, google = write_both(Path(folder), rows)
        floor = measured("import", str(plain), "-o", str(Path(folder) / "p.cxa"))
        export = measured("import", str(google), "-o", str(Path(folder) / "g.cxa"))
    print(f"{rows:,} rows")
    print(f"{'':<24} {'seconds':>8} {'peak MiB':>9}")
    print(f"{'plain CSV (floor)':<24} {floor[0]:8.2f} {floor[1] / 1024:9.0f}")
    print(f"{'Google Forms export':<24} {export[0]:8.2f} {export[1] / 1024:9.0f}")
    print(f"{'ratio (goal <= 1.5)':<24} {export[0] / floor[0]:8.2f} {export[1] / floor[1]:9.2f}")


if __name__ == "__main__":
    main()
