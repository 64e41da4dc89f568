"""`cxassess portfolio --json` over 30, 300 and 3,000 team files, each a fresh process.

Run: uv run python benchmarks/bench_portfolio.py
Each file is a 12-person team. Reported per size: wall time, milliseconds per file, peak
memory of the process, against the floor of `cxassess score --json` on one such file (the
start-up every command pays). Linear means the time per file stays flat as files grow;
bounded memory means peak memory does not grow with the number of files.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cxassess.core.document import Answer, Assessment, Participant
from cxassess.core.questionnaire_io import load_questionnaire
from cxassess.core.storage import dump_document
from cxassess.resources import resolve_questionnaire

SIZES = (30, 300, 3000)


def write_teams(folder: Path, count: int) -> None:
    q = load_questionnaire(resolve_questionnaire("customer-centric-culture"))
    rng = random.Random(count)
    ids = [qu.id for _, qu in q.questions()]
    for i in range(count):
        people = [
            Participant(
                name=f"P{j}",
                role=rng.choice(["Sales", "Support", "Ops"]),
                answers={qid: Answer(value=rng.randint(1, 5)) for qid in ids},
            )
            for j in range(12)
        ]
        doc = Assessment.new(q, organisation="Org", team=f"Team {i:04d}", participants=people)
        (folder / f"team-{i:04d}.cxa").write_bytes(dump_document(doc))


def run(args: list[str]) -> tuple[float, float]:
    """Seconds and peak MiB of one fresh cxassess process."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "cxassess.cli", *args], stdout=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    assert status == 0, args
    return elapsed, usage.ru_maxrss / 1024


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        one = root / "one"
        one.mkdir()
        write_teams(one, 1)
        run(["score", str(next(one.glob("*.cxa"))), "--json"])  # warm the cache
        floor = min(run(["score", str(next(one.glob("*.cxa"))), "--json"])[0] for _ in range(3))
        print(f"floor: score --json of one 12-person file {floor:.2f} s")
        print(f"{'files':>6} {'seconds':>8} {'ms/file':>8} {'x floor':>8} {'peak MiB':>9}")
        for count in SIZES:
            folder = root / str(count)
            folder.mkdir()
            write_teams(folder, count)
            seconds, peak = min(run(["portfolio", str(folder), "--json"]) for _ in range(2))
            print(
                f"{count:>6} {seconds:>8.2f} {1000 * (seconds - floor) / count:>8.1f} "
                f"{seconds / floor:>8.1f} {peak:>9.0f}"
            )


if __name__ == "__main__":
    main()
