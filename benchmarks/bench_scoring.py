"""Import and score 100, 1,000 and 10,000 participants on the shipped questionnaire.

Run: uv run python benchmarks/bench_scoring.py
Prints the time for each size and the time per participant, which should stay flat
(linear growth).
"""

from __future__ import annotations

import csv
import io
import random
import time
from pathlib import Path

from cxassess.core.bulk import bulk_allocation
from cxassess.core.csv_import import parse_responses_csv
from cxassess.core.document import Assessment
from cxassess.core.questionnaire_io import load_questionnaire
from cxassess.core.roles import role_groups
from cxassess.core.scoring import score_document
from cxassess.resources import questionnaires_dir

SIZES = (100, 1_000, 10_000)
ROLES = ["Sales", "Support", "Marketing", "Product", "Finance", "Operations"]


def responses_csv(n: int, qids: list[str], rng: random.Random) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["participant", "role", *qids])
    for i in range(n):
        cells = [rng.choice(["1", "2", "3", "4", "5", "5", "4", "NA"]) for _ in qids]
        writer.writerow([f"Participant {i}", rng.choice(ROLES), *cells])
    return buffer.getvalue()


def best_of(repeats: int, fn) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    q = load_questionnaire(Path(questionnaires_dir()) / "customer-centric-culture.yaml")
    qids = [qu.id for _, qu in q.questions()]
    rng = random.Random(1)
    print(
        f"{'participants':>12} {'import':>9} {'score':>9} {'roles':>9} {'total':>9} {'per 1k':>9}"
    )
    for n in SIZES:
        text = responses_csv(n, qids, rng)
        holder: dict[str, Assessment] = {}

        def do_import(text: str = text, holder: dict[str, Assessment] = holder) -> None:
            # as `cxassess import` does
            with bulk_allocation():
                holder["doc"] = Assessment.new(q, participants=parse_responses_csv(text, q))

        t_import = best_of(3, do_import)
        doc = holder["doc"]
        t_score = best_of(3, lambda doc=doc: score_document(doc))
        t_roles = best_of(3, lambda doc=doc: role_groups(doc))
        total = t_import + t_score + t_roles
        print(
            f"{n:>12,} {t_import:>8.3f}s {t_score:>8.3f}s {t_roles:>8.3f}s "
            f"{total:>8.3f}s {total / n * 1000:>8.3f}s"
        )


if __name__ == "__main__":
    main()
