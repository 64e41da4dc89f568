"""Who has answered what: progress, unfinished people, and people who appear twice."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from cxassess.core.document import Answer, Assessment, Participant
from cxassess.core.questionnaire import Question
from cxassess.core.round import finish, unlock
from cxassess.core.text import name_key


def answered_count(person: Participant, question_ids: Sequence[str]) -> int:
    """How many of these questions the person has answered (N/A counts as answered)."""
    return sum(1 for qid in question_ids if qid in person.answers)


def unanswered(doc: Assessment, person: Participant) -> list[Question]:
    """The questions this person has not answered yet (N/A counts as answered)."""
    return [qu for _, qu in doc.questionnaire.questions() if qu.id not in person.answers]


def unfinished(doc: Assessment) -> list[Participant]:
    """People who have not finished answering, in the document's order."""
    return [p for p in doc.participants if not p.sealed]


def _identity(person: Participant) -> tuple[str, str]:
    return name_key(person.name), name_key(person.role)


def likely_duplicates(people: Sequence[Participant]) -> list[list[Participant]]:
    """Groups of two or more people with the same name and role under different ids.

    Importing the same spreadsheet twice, or adding participants' files to an assessment
    that already has them, gives the same people new ids; counted twice, they would
    weigh double in every mean and in the agreement figures.
    """
    groups: dict[tuple[str, str], list[Participant]] = {}
    for person in people:
        groups.setdefault(_identity(person), []).append(person)
    return [group for group in groups.values() if len({p.id for p in group}) > 1]


def _stamp(answer: Answer) -> float:
    return answer.answered_at.timestamp() if answer.answered_at is not None else float("-inf")


def combine_duplicates(
    people: Sequence[Participant], groups: Sequence[Sequence[Participant]]
) -> list[Participant]:
    """People with each group folded into its first member.

    Per question the most recent answer wins (the first member's on a tie). Sealed stays
    sealed: when any copy is finished, the answers come from the finished copies only,
    so an unfinished copy cannot change what the person sealed. Everyone else keeps
    their place in the list.
    """
    fold: dict[uuid.UUID, Participant] = {}
    for group in groups:
        keeper = group[0].model_copy(deep=True)
        sealed = [p for p in group if p.sealed]
        sources = sealed or list(group)
        keeper.answers = {}
        for copy in sources:
            for qid, answer in copy.answers.items():
                mine = keeper.answers.get(qid)
                if mine is None or _stamp(answer) > _stamp(mine):
                    keeper.answers[qid] = answer.model_copy()
        finished = [p.finished_at for p in sealed if p.finished_at is not None]
        keeper.finished_at = max(finished) if finished else None
        fold[group[0].id] = keeper
        for other in group[1:]:
            fold[other.id] = keeper
    out: list[Participant] = []
    placed: set[uuid.UUID] = set()
    for person in people:
        folded = fold.get(person.id)
        if folded is None:
            out.append(person.model_copy(deep=True))
        elif folded.id not in placed:
            placed.add(folded.id)
            out.append(folded)
    return out


def describe(person: Participant) -> str:
    """A person as a facilitator would name them: "Ana (Sales)"."""
    return f"{person.name} ({person.role})" if person.role else person.name


__all__ = [
    "answered_count",
    "combine_duplicates",
    "describe",
    "finish",
    "likely_duplicates",
    "unanswered",
    "unfinished",
    "unlock",
]
