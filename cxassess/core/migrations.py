"""Upgrading `.cxa` files written by earlier format versions."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from cxassess.core.document import FORMAT_VERSION
from cxassess.core.problems import CxError


def _from_1(raw: dict[str, Any]) -> dict[str, Any]:
    """Format 1 (the early draft) kept answers in one table keyed by participant and
    had a single `date` and an `agreed` map of question scores."""
    out = {k: v for k, v in raw.items() if k not in {"answers", "date", "agreed"}}
    answers = raw.get("answers") if isinstance(raw.get("answers"), dict) else {}
    people = []
    for person in raw.get("participants") or []:
        if not isinstance(person, dict):
            people.append(person)
            continue
        mine = answers.get(str(person.get("id")), {}) if isinstance(answers, dict) else {}
        converted = {qid: {"value": value} for qid, value in (mine or {}).items()}
        people.append({**person, "answers": converted})
    out["participants"] = people
    if "date" in raw:
        out["assessed_on"] = raw["date"]
    agreed = raw.get("agreed")
    if isinstance(agreed, dict):
        out["agreed_questions"] = {
            qid: {"score": score, "rationale": ""} for qid, score in agreed.items()
        }
    out.setdefault("id", str(uuid.uuid4()))
    out["format_version"] = 2
    return out


def _from_2(raw: dict[str, Any]) -> dict[str, Any]:
    """Format 3 added sealing (`finished_at` per participant), `round_open`, and a review
    state for roadmap items. A format-2 file's people are unsealed and its results visible,
    as before; its roadmap was the plan, so its items count as accepted (dropped ones as
    dropped)."""
    roadmap = raw.get("roadmap")
    if isinstance(roadmap, list):
        raw = {
            **raw,
            "roadmap": [
                {**item, "review": "dropped" if item.get("status") == "dropped" else "accepted"}
                if isinstance(item, dict)
                else item
                for item in roadmap
            ],
        }
    return {**raw, "format_version": 3}


_STEPS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _from_1, 2: _from_2}


def migrate(raw: dict[str, Any], source: str = "") -> dict[str, Any]:
    """Bring a parsed document up to the current format, or refuse it clearly."""
    label = source or "The file"
    version = raw.get("format_version")
    if version is None:
        raise CxError(f"{label} is not a cxassess assessment (it has no format_version).")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise CxError(f"{label} has an invalid format_version {version!r}.")
    if version > FORMAT_VERSION:
        raise CxError(
            f"{label} was written by a newer cxassess (file format {version}); this version "
            f"reads formats up to {FORMAT_VERSION}. Update cxassess to open it."
        )
    while version < FORMAT_VERSION:
        raw = _STEPS[version](raw)
        version = raw["format_version"]
    return raw
