"""Combining participants' files into one workshop document."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

from cxassess.core.document import Answer, Assessment, Participant
from cxassess.core.problems import CxError, Problem
from cxassess.core.questionnaire import Questionnaire


def questionnaire_differences(a: Questionnaire, b: Questionnaire) -> list[str]:
    """Human-readable differences between two questionnaires, question by question."""
    qa = {qu.id: qu for _, qu in a.questions()}
    qb = {qu.id: qu for _, qu in b.questions()}
    diffs = [f"question '{qid}' is only in the first" for qid in qa if qid not in qb]
    diffs += [f"question '{qid}' is only in the second" for qid in qb if qid not in qa]
    for qid in qa.keys() & qb.keys():
        if qa[qid] != qb[qid]:
            diffs.append(f"question '{qid}' differs")
    if not diffs:
        if (a.id, a.version) != (b.id, b.version):
            diffs.append(f"questionnaire {a.id} {a.version} against {b.id} {b.version}")
        else:
            diffs.append("scale, levels or dimensions differ")
    return sorted(diffs)


def _stamp(answer: Answer) -> datetime:
    return answer.answered_at or datetime.min.replace(tzinfo=UTC)


def merge_documents(
    docs: Sequence[Assessment], sources: Sequence[str] = (), prefer_latest: bool = False
) -> Assessment:
    """One document with everyone's answers; CxError on questionnaire or answer conflicts."""
    if not docs:
        raise CxError("Nothing to merge.")
    labels = list(sources) or [f"file {i + 1}" for i in range(len(docs))]
    base = docs[0]
    problems: list[Problem] = []
    for doc, label in zip(docs[1:], labels[1:], strict=False):
        if doc.questionnaire_hash != base.questionnaire_hash:
            diffs = questionnaire_differences(base.questionnaire, doc.questionnaire)
            for diff in diffs:
                problems.append(Problem((), f"{diff} (against {labels[0]})", None, label))
    if problems:
        raise CxError(
            "The files use different questionnaires, so their answers cannot be combined.", problems
        )
    merged: dict[uuid.UUID, Participant] = {}
    origin: dict[tuple[uuid.UUID, str], str] = {}
    for doc, label in zip(docs, labels, strict=False):
        for person in doc.participants:
            target = merged.get(person.id)
            if target is None:
                target = person.model_copy(deep=True)
                merged[person.id] = target
                for qid in target.answers:
                    origin[(person.id, qid)] = label
                continue
            for qid, answer in person.answers.items():
                mine = target.answers.get(qid)
                if mine is None:
                    target.answers[qid] = answer.model_copy()
                    origin[(person.id, qid)] = label
                elif mine.value != answer.value or mine.comment != answer.comment:
                    if prefer_latest:
                        if _stamp(answer) > _stamp(mine):
                            target.answers[qid] = answer.model_copy()
                            origin[(person.id, qid)] = label
                    else:
                        problems.append(
                            Problem(
                                ("participants", person.name, qid),
                                f"answered {mine.value if mine.value is not None else 'N/A'} in "
                                f"{origin[(person.id, qid)]} but "
                                f"{answer.value if answer.value is not None else 'N/A'} here",
                                None,
                                label,
                            )
                        )
    if problems:
        raise CxError(
            "The same person gave different answers in two files; "
            "use --prefer-latest to keep the most recent one.",
            problems,
        )
    out = base.model_copy(deep=True)
    out.participants = list(merged.values())
    for doc in docs[1:]:
        for field in ("organisation", "team", "facilitator"):
            if not getattr(out, field) and getattr(doc, field):
                setattr(out, field, getattr(doc, field))
    out.touch()
    return out
