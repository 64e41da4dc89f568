"""Upgrading `.cxa` files written by earlier format versions."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from cxassess.core.document import FORMAT_VERSION
from cxassess.core.problems import CxError, Problem


def _from_1(raw: dict[str, Any]) -> dict[str, Any]:
    """Format 1 (the early draft) kept answers in one table keyed by participant and
    had a single `date` and an `agreed` map of question scores.

    Parts of the wrong shape are refused here with their format-1 place, since the
    converted document would point at places the file does not have.
    """
    problems: list[Problem] = []
    people_in = raw.get("participants", [])
    answers = raw.get("answers", {})
    agreed = raw.get("agreed", {})
    if not isinstance(people_in, list):
        problems.append(Problem(("participants",), "must be a list of people"))
    if not isinstance(answers, dict):
        problems.append(Problem(("answers",), "must map each participant id to their answers"))
    if not isinstance(agreed, dict):
        problems.append(Problem(("agreed",), "must map question ids to agreed scores"))
    people = []
    if isinstance(people_in, list) and isinstance(answers, dict):
        for i, person in enumerate(people_in):
            if not isinstance(person, dict):
                people.append(person)  # the schema names the place and the expected shape
                continue
            mine = answers.get(str(person.get("id")), {})
            if not isinstance(mine, dict):
                where = ("answers", str(person.get("id")))
                problems.append(Problem(where, f"must map question ids to values (person {i + 1})"))
                continue
            people.append({**person, "answers": {qid: {"value": v} for qid, v in mine.items()}})
    if problems:
        raise CxError("The file (format 1) has parts of the wrong shape.", problems)
    out = {k: v for k, v in raw.items() if k not in {"answers", "date", "agreed"}}
    out["participants"] = people
    if "date" in raw:
        out["assessed_on"] = raw["date"]
    if agreed:
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


def _from_3(raw: dict[str, Any]) -> dict[str, Any]:
    """Format 4 added a KPI baseline and target to roadmap items and the number of
    initiatives to suggest (`roadmap_size`); a format-3 file has neither, and loses nothing."""
    return {**raw, "format_version": 4}


def _from_4(raw: dict[str, Any]) -> dict[str, Any]:
    """Format 5 added the facilitator's PIN (hashed), which a format-4 file does not have:
    its round is guarded as before, without a PIN."""
    return {**raw, "format_version": 5}


def _from_5(raw: dict[str, Any]) -> dict[str, Any]:
    """Format 6 keeps an open room's address, PIN and phones' key hashes with the
    assessment; a format-5 file has no open room to carry on."""
    return {**raw, "format_version": 6}


def _from_6(raw: dict[str, Any]) -> dict[str, Any]:
    """Format 7 adds the room's discussion (re-votes, ideas, dot votes) and roadmap items
    that came from the room's ideas; a format-6 file has had no discussion in the room."""
    return {**raw, "format_version": 7}


def _from_7(raw: dict[str, Any]) -> dict[str, Any]:
    """Format 8 tells "don't know" (`dont_know`) from "not applicable". Format 7 offered
    them as one choice, so its empty answers stay "not applicable": which one a person
    meant cannot be recovered, and reading them as "don't know" would report a finding
    nobody made."""
    return {**raw, "format_version": 8}


def _from_8(raw: dict[str, Any]) -> dict[str, Any]:
    """Format 9 adds the unit a person knows best, the evidence behind an agreed score and
    the measured result of a roadmap action; a format-8 file has none of them."""
    return {**raw, "format_version": 9}


def _from_9(raw: dict[str, Any]) -> dict[str, Any]:
    """Format 10 keeps the date first promised for a carried action given a new one; a
    format-9 file re-dated nothing, so it has none."""
    return {**raw, "format_version": 10}


def _from_10(raw: dict[str, Any]) -> dict[str, Any]:
    """Format 11 names the people who hold the plan's roles; a format-10 file named none."""
    return {**raw, "format_version": 11}


_STEPS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {
    1: _from_1,
    2: _from_2,
    3: _from_3,
    4: _from_4,
    5: _from_5,
    6: _from_6,
    7: _from_7,
    8: _from_8,
    9: _from_9,
    10: _from_10,
}


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
        try:
            raw = _STEPS[version](raw)
        except CxError as exc:
            raise CxError(
                f"{label} (format {version}) has parts of the wrong shape.",
                [Problem(p.path, p.message, p.line, source) for p in exc.problems],
            ) from None
        version = raw["format_version"]
    return raw
