"""Import and score from 100 to 50,000 people: time per 1,000 people, peak memory, file size.

Each run is a fresh `cxassess` process; linear means the time per 1,000 people stays flat.
Run: uv run python benchmarks/bench_scale.py [SIZES...]
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cxassess.core.questionnaire_io import load_questionnaire
from cxassess.resources import questionnaires_dir

# Runs a command in this process and prints its peak resident memory in KiB afterwards.
MEASURED = """
import resource, sys
from cxassess.cli import main
try:
    code = main(sys.argv[1:])
finally:
    print("peak-kib", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
sys.exit(code)
"""


def write_csv(path: Path, people: int, qids: list[str]) -> None:
    rng = random.Random(people)
    roles = ["Sales", "Support", "Product", "Finance", "Operations"]
    with path.open("w", encoding="utf-8") as out:
        out.write(",".join(["participant", "role", *qids]) + "\n")
        for i in range(people):
            answers = [rng.choice(["1", "2", "3", "3", "4", "4", "5", "NA"]) for _ in qids]
            out.write(",".join([f"Person {i}", roles[i % 5], *answers]) + "\n")


def measured(*args: str) -> tuple[float, int]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", MEASURED, *args], capture_output=True, text=True)
    if done.returncode not in (0,) and "peak-kib" not in done.stderr:
        raise SystemExit(f"cxassess {' '.join(args)} failed: {done.stderr}")
    elapsed = time.perf_counter() - start
    peak = int(done.stderr.rsplit("peak-kib", 1)[1].split()[0])
    return elapsed, peak


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [100, 1_000, 10_000, 50_000]
    q = load_questionnaire(Path(questionnaires_dir()) / "customer-centric-culture.yaml")
    qids = [qu.id for _, qu in q.questions()]
    base_import = measured("--version")  # the interpreter and CLI start, for reference
    print(f"{'start of a cxassess process':<28} {base_import[0] * 1000:8.0f} ms")
    print(
        f"{'people':>8} {'import s':>9} {'ms/1k':>7} {'peak MiB':>9} {'KiB/person':>10} "
        f"{'file MiB':>9} {'B/person':>9} {'score s':>8} {'ms/1k':>7} {'peak MiB':>9}"
    )
    with tempfile.TemporaryDirectory() as folder:
        for n in sizes:
            csv_path = Path(folder) / f"{n}.csv"
            cxa = Path(folder) / f"{n}.cxa"
            write_csv(csv_path, n, qids)
            imp, imp_peak = measured("import", str(csv_path), "-o", str(cxa))
            sc, sc_peak = measured("score", "--json", str(cxa))
            size = cxa.stat().st_size
            start = base_import[0]
            print(
                f"{n:>8,} {imp:9.2f} {(imp - start) / n * 1000 * 1000:7.0f} "
                f"{imp_peak / 1024:9.0f} {(imp_peak - base_import[1]) / n:10.1f} "
                f"{size / 1_048_576:9.1f} {size / n:9.0f} "
                f"{sc:8.2f} {(sc - start) / n * 1000 * 1000:7.0f} {sc_peak / 1024:9.0f}"
            )


if __name__ == "__main__":
    main()
