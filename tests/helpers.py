"""Builders for small questionnaires and documents used across tests."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

from cxassess.core.document import Answer, Assessment, Participant
from cxassess.core.questionnaire import Questionnaire
from cxassess.core.validation import parse_questionnaire


def shipped_statements() -> int:
    """How many statements the shipped questionnaire has, for tests that answer every one."""
    from cxassess.core.questionnaire_io import load_questionnaire
    from cxassess.resources import resolve_questionnaire

    q = load_questionnaire(resolve_questionnaire("customer-centric-culture"))
    return sum(len(d.questions) for d in q.dimensions)


def small_questionnaire_data(
    questions_per_dim: int = 2, weights: dict[str, float] | None = None
) -> dict[str, Any]:
    """Two dimensions, A (a1, a2, ...) and B (b1, b2, ...), on a 5-point scale."""
    weights = weights or {}

    def question(qid: str) -> dict[str, Any]:
        return {
            "id": qid,
            "text": f"Statement {qid}",
            "help": f"Help for {qid}",
            "weight": weights.get(qid, 1),
            "anchors": [f"{qid} level {i}" for i in range(1, 6)],
            "actions": [
                {
                    "id": f"{qid}-x",
                    "text": f"Do {qid}",
                    "effort": "low",
                    "kpi": "k",
                    "level": "two",
                },
                {
                    "id": f"{qid}-y",
                    "text": f"Do more {qid}",
                    "effort": "high",
                    "kpi": "k",
                    "level": "four",
                },
            ],
        }

    return {
        "id": "small",
        "version": "1",
        "title": "Small",
        "scale": {"points": 5, "labels": ["1", "2", "3", "4", "5"]},
        "levels": [
            {"id": "one", "name": "One", "description": "d", "start": 1},
            {"id": "two", "name": "Two", "description": "d", "start": 2},
            {"id": "three", "name": "Three", "description": "d", "start": 3},
            {"id": "four", "name": "Four", "description": "d", "start": 4},
        ],
        "dimensions": [
            {
                "id": dim,
                "title": dim.upper(),
                "description": "d",
                "weight": weights.get(dim, 1),
                "questions": [question(f"{dim}{i}") for i in range(1, questions_per_dim + 1)],
            }
            for dim in ("a", "b")
        ],
    }


def small_questionnaire(**kwargs: Any) -> Questionnaire:
    return parse_questionnaire(small_questionnaire_data(**kwargs))


def refusal_messages(data: dict[str, Any]) -> str:
    """Every problem validation finds in a questionnaire's data, as one text."""
    from cxassess.core.problems import CxError

    try:
        parse_questionnaire(data)
    except CxError as error:
        return " ".join(p.message for p in error.problems)
    raise AssertionError("the questionnaire was accepted")


def person(name: str, answers: dict[str, int | None], role: str = "") -> Participant:
    return Participant(
        name=name, role=role, answers={q: Answer(value=v) for q, v in answers.items()}
    )


def doc_with(q: Questionnaire, people: list[Participant], **fields: Any) -> Assessment:
    return Assessment.new(q, participants=people, **fields)


def run_cli(*args: str, cwd: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "cxassess.cli", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )
