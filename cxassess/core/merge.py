"""Combining participants' files into one workshop document."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
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


def _show(answer: Answer) -> str:
    value = {"NA": "N/A", "DK": "don't know"}.get(answer.code, answer.code)
    return f"{value} with the comment {answer.comment!r}" if answer.comment else value


@dataclass(frozen=True)
class Conflict:
    """One person answered one question differently in two or more files."""

    person_id: uuid.UUID
    person: str
    question: str
    choices: tuple[tuple[str, Answer], ...]  # (file, answer), in the order the files came

    @property
    def key(self) -> tuple[uuid.UUID, str]:
        return self.person_id, self.question

    def latest(self) -> int | None:
        """The index of the single most recent answer, or None when two share that time."""
        stamps = [_stamp(answer) for _, answer in self.choices]
        newest = max(stamps)
        return stamps.index(newest) if stamps.count(newest) == 1 else None

    def describe(self) -> str:
        """The conflict in words: what the person answered where."""
        only_comments = len({answer.code for _, answer in self.choices}) == 1
        if only_comments:
            parts = [f"{answer.comment!r} in {label}" for label, answer in self.choices]
            return f"commented {' but '.join(parts)}"
        parts = [f"{_show(answer)} in {label}" for label, answer in self.choices]
        return f"answered {' but '.join(parts)}"


def _sealed_ids(docs: Sequence[Assessment]) -> set[uuid.UUID]:
    return {p.id for doc in docs for p in doc.participants if p.sealed}


def _counts(person: Participant, sealed: set[uuid.UUID]) -> bool:
    """Whether this copy of a person contributes answers: a sealed person's answers come
    from their sealed copies only, so an unfinished copy cannot change what they sealed."""
    return person.sealed or person.id not in sealed


def find_conflicts(docs: Sequence[Assessment], sources: Sequence[str] = ()) -> list[Conflict]:
    """Every answer that differs between the files for the same person and question."""
    labels = list(sources) or [f"file {i + 1}" for i in range(len(docs))]
    seen: dict[tuple[uuid.UUID, str], list[tuple[str, Answer]]] = {}
    names: dict[uuid.UUID, str] = {}
    sealed = _sealed_ids(docs)
    for doc, label in zip(docs, labels, strict=False):
        for person in doc.participants:
            if not _counts(person, sealed):
                continue
            names.setdefault(person.id, person.name)
            for qid, answer in person.answers.items():
                options = seen.setdefault((person.id, qid), [])
                if all((a.code, a.comment) != (answer.code, answer.comment) for _, a in options):
                    options.append((label, answer))
    return [
        Conflict(pid, names[pid], qid, tuple(options))
        for (pid, qid), options in seen.items()
        if len(options) > 1
    ]


def _check_questionnaires(docs: Sequence[Assessment], labels: Sequence[str]) -> None:
    problems: list[Problem] = []
    base = docs[0]
    for doc, label in zip(docs[1:], labels[1:], strict=False):
        if doc.questionnaire_hash != base.questionnaire_hash:
            diffs = questionnaire_differences(base.questionnaire, doc.questionnaire)
            for diff in diffs:
                problems.append(Problem((), f"{diff} (against {labels[0]})", None, label))
    if problems:
        raise CxError(
            "The files use different questionnaires, so their answers cannot be combined.", problems
        )


def merge_documents(
    docs: Sequence[Assessment],
    sources: Sequence[str] = (),
    prefer_latest: bool = False,
    choices: Mapping[tuple[uuid.UUID, str], int] | None = None,
) -> Assessment:
    """One document with everyone's answers.

    A conflict is settled by `choices` (the index of the file's answer to keep, as in
    `Conflict.choices`), else by `prefer_latest` when one answer is strictly the most
    recent; anything left unsettled is a CxError listing each conflict, and nothing is
    merged. The questionnaires must be the same.
    """
    if not docs:
        raise CxError("Nothing to merge.")
    labels = list(sources) or [f"file {i + 1}" for i in range(len(docs))]
    _check_questionnaires(docs, labels)
    chosen: dict[tuple[uuid.UUID, str], Answer] = {}
    problems: list[Problem] = []
    for conflict in find_conflicts(docs, labels):
        pick = (choices or {}).get(conflict.key)
        if pick is None and prefer_latest:
            pick = conflict.latest()
            if pick is None:
                problems.append(
                    Problem(
                        ("participants", conflict.person, conflict.question),
                        f"{conflict.describe()}, both at the same time, so the latest "
                        "cannot be told apart; settle it in the app or remove one file",
                        None,
                        conflict.choices[-1][0],
                    )
                )
                continue
        if pick is None:
            problems.append(
                Problem(
                    ("participants", conflict.person, conflict.question),
                    conflict.describe(),
                    None,
                    conflict.choices[-1][0],
                )
            )
            continue
        chosen[conflict.key] = conflict.choices[pick][1]
    if problems:
        raise CxError(
            "The same person gave different answers in two files; "
            "use --prefer-latest to keep the most recent one.",
            problems,
        )
    merged: dict[uuid.UUID, Participant] = {}
    sealed = _sealed_ids(docs)
    for doc in docs:
        for person in doc.participants:
            target = merged.get(person.id)
            if target is None:
                target = merged[person.id] = person.model_copy(deep=True)
                if not _counts(person, sealed):
                    target.answers = {}
                continue
            if not _counts(person, sealed):
                continue
            if not target.sealed and person.sealed:
                # the first sealed copy: what came from unfinished copies gives way
                target.answers = {q: a.model_copy() for q, a in person.answers.items()}
                target.finished_at = person.finished_at
                continue
            for qid, answer in person.answers.items():
                target.answers.setdefault(qid, answer.model_copy())
    for (pid, qid), answer in chosen.items():
        merged[pid].answers[qid] = answer.model_copy()
    out = docs[0].model_copy(deep=True)
    out.participants = list(merged.values())
    # A round open in any file stays open: merging must not reveal results.
    out.round_open = any(doc.round_open for doc in docs)
    for doc in docs[1:]:
        for field in ("organisation", "team", "facilitator"):
            if not getattr(out, field) and getattr(doc, field):
                setattr(out, field, getattr(doc, field))
    out.touch()
    return out
