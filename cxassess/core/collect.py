"""Collecting answers from people on their own devices: join, answer, resume, finish.

The room's server checks requests with these functions and applies them to the open
assessment on the thread that owns it; nothing here knows about HTTP.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from cxassess.core.document import Answer, Assessment, Participant, now_utc
from cxassess.core.questionnaire import Questionnaire
from cxassess.core.room_keys import released, take_seat
from cxassess.core.text import clean_name, same_name, text_problem

MAX_COMMENT = 2000
MAX_NAME = 200
MAX_ROLE = 200
# A room can never write a file it cannot read back (64 MiB): 500 people with 20,000
# characters of comments each (up to 4 bytes a character) stay well inside it.
MAX_PEOPLE = 500
MAX_TEXT_PER_PERSON = 20_000
TAKEN = "This name is taken. If it is yours, ask the facilitator."
FINISHED = "This name has already finished answering. If it is yours, ask the facilitator."
ENDED = "The private round has ended; the discussion is for the people who answered."


class Refused(Exception):
    """A request that cannot be honoured; `status` is the HTTP status that says why."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Given:
    """One answer as sent: a question, a value (None: not applicable, or don't know when
    `dont_know`) and a comment."""

    question: str
    value: int | None
    comment: str
    dont_know: bool = False


def parse_join(body: Any, roles: list[str], anonymous: bool) -> tuple[str, str, str, str]:
    """The PIN, name, role and unit (the part of the organisation the person knows best) of
    a join request, or Refused(422) naming what is wrong."""
    if not isinstance(body, dict):
        raise Refused(422, "The request must be a JSON object with pin, name and role.")
    pin = body.get("pin")
    name = body.get("name", "")
    role = body.get("role", "")
    unit = body.get("unit", "")
    if not isinstance(pin, str):
        raise Refused(422, "pin must be the six digits shown in the room, as text.")
    if not isinstance(name, str) or len(name) > MAX_NAME:
        raise Refused(422, f"name must be text of at most {MAX_NAME} characters.")
    if not isinstance(role, str) or len(role) > MAX_ROLE:
        raise Refused(422, f"role must be text of at most {MAX_ROLE} characters.")
    if not isinstance(unit, str) or len(unit) > MAX_ROLE:
        raise Refused(422, f"unit must be text of at most {MAX_ROLE} characters.")
    for label, text in (("name", name), ("role", role), ("unit", unit)):
        problem = text_problem(text)
        if problem is not None:
            raise Refused(422, f"{label} {problem}.")
    name, role, unit = clean_name(name), clean_name(role), clean_name(unit)
    if not name and not anonymous:
        raise Refused(422, "name is needed: type the name the facilitator knows you by.")
    if roles and role and not any(same_name(role, r) for r in roles):
        raise Refused(422, f"role '{role[:40]}' is not one of the roles of this workshop.")
    return pin, name, role, unit


def parse_answers(q: Questionnaire, body: Any) -> list[Given]:
    """The answers of a request, each checked against the questionnaire.

    Refused(422) names the first answer that does not fit, and nothing is recorded.
    """
    if not isinstance(body, dict) or not isinstance(body.get("answers"), list):
        raise Refused(422, 'The request must be {"answers": [...]}.')
    points = q.scale.points
    out: list[Given] = []
    for i, item in enumerate(body["answers"]):
        where = f"answers[{i}]"
        if not isinstance(item, dict):
            raise Refused(422, f"{where} must be an object with question, value and comment.")
        qid = item.get("question")
        if not isinstance(qid, str) or not q.has_question(qid):
            shown = qid[:60] if isinstance(qid, str) else repr(qid)[:60]
            raise Refused(422, f"{where}: question '{shown}' is not in this questionnaire.")
        value = item.get("value")
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= points
        ):
            raise Refused(
                422, f"{where}: the answer to '{qid}' must be 1 to {points} or null, not {value!r}."
            )
        dont_know = item.get("dont_know", False)
        if not isinstance(dont_know, bool):
            raise Refused(422, f"{where}: dont_know on '{qid}' must be true or false.")
        if dont_know and value is not None:
            raise Refused(
                422, f"{where}: the answer to '{qid}' is either a point or don't know, not both."
            )
        if value is None and not dont_know:
            refused = q.na_problem(qid)
            if refused is not None:
                raise Refused(422, f"{where}: {refused}.")
        comment = item.get("comment", "")
        if comment is None:
            comment = ""
        if not isinstance(comment, str) or len(comment) > MAX_COMMENT:
            raise Refused(
                422,
                f"{where}: the comment on '{qid}' must be text of at most {MAX_COMMENT} characters.",
            )
        problem = text_problem(comment)
        if problem is not None:
            raise Refused(422, f"{where}: the comment on '{qid}' {problem}.")
        out.append(Given(qid, value, comment.strip(), dont_know))
    return out


def join(doc: Assessment, name: str, role: str, key_hash: str, unit: str = "") -> Participant:
    """The person who joined from their own device, now holding the key with this hash.

    A name the facilitator already listed takes that place, so the hand-over shows one
    Ana, not two; names match however they are typed (case, width, invisible characters,
    lookalike letters of other scripts). A place someone already answers in (here or on
    another phone) is refused without saying who, so nobody can take over another
    person's answers, unless the facilitator released it. A join never changes the role
    or unit of a listed person (it may fill one the facilitator left empty).
    """
    if name:
        for person in doc.participants:
            if not same_name(person.name, name):
                continue
            if not doc.round_open and not released(doc, person.id):
                # After the reveal only a released place is taken again (a phone gone
                # flat): nobody claims a listed name to get a vote, ideas and dots.
                raise Refused(409, FINISHED if person.sealed else ENDED)
            if person.sealed and not released(doc, person.id):
                raise Refused(409, FINISHED)
            free = released(doc, person.id) or not (person.room_key or person.answers)
            if not free:
                raise Refused(409, TAKEN)
            if role and not person.role:
                person.role = role
            if unit and not person.unit:
                person.unit = unit
            take_seat(doc, person.id, key_hash)
            doc.touch()
            return person
    if not doc.round_open:
        raise Refused(409, ENDED)
    if len(doc.participants) >= MAX_PEOPLE:
        raise Refused(
            409, f"The room is full ({MAX_PEOPLE} people); ask the facilitator for another room."
        )
    label = name or f"Participant {len(doc.participants) + 1}"
    person = Participant(name=label, role=role, unit=unit, room_key=key_hash)
    doc.participants.append(person)
    doc.touch()
    return person


def record(doc: Assessment, participant_id: uuid.UUID, given: list[Given]) -> tuple[int, int]:
    """Store the answers; returns (answered, total). Refused(409) once the person finished."""
    person = doc.participant(participant_id)
    if person.sealed:
        raise Refused(409, "Your answers are already sealed; ask the facilitator to reopen them.")
    if not doc.round_open and given:
        # The results are out: an answer now would change what the team is discussing.
        raise Refused(409, "The private round has ended: the results are revealed.")
    text = {qid: a.comment for qid, a in person.answers.items()}
    text.update({g.question: g.comment for g in given})
    if sum(len(c) for c in text.values()) > MAX_TEXT_PER_PERSON:
        raise Refused(
            413,
            f"Your comments together are longer than {MAX_TEXT_PER_PERSON:,} characters; "
            "shorten one and send it again.",
        )
    stamp = now_utc()
    for g in given:
        person.answers[g.question] = Answer(
            value=g.value, dont_know=g.dont_know, comment=g.comment, answered_at=stamp
        )
    if given:
        doc.touch()
    total = sum(1 for _ in doc.questionnaire.questions())
    return len(person.answers), total


def mine(doc: Assessment, participant_id: uuid.UUID) -> dict[str, Any]:
    """What a person may see: their own answers and whether they finished."""
    person = doc.participant(participant_id)
    return {
        "answers": [
            {"question": qid, "value": a.value, "dont_know": a.dont_know, "comment": a.comment}
            for qid, a in person.answers.items()
        ],
        "finished": person.sealed,
        # The results are revealed: the page turns to the discussion.
        "ended": not doc.round_open,
    }


def questionnaire_for_page(q: Questionnaire) -> dict[str, Any]:
    """The questionnaire as the participant page needs it: texts, anchors, scale."""
    return {
        "id": q.id,
        "version": q.version,
        "title": q.title,
        "scale": {"points": q.scale.points, "labels": list(q.scale.labels)},
        "dimensions": [
            {
                "id": d.id,
                "title": d.title,
                "questions": [
                    {
                        "id": qu.id,
                        "text": qu.text,
                        "help": qu.help,
                        "anchors": list(qu.anchors),
                        "look_for": {str(p): t for p, t in sorted(qu.look_for.items())},
                        "na": q.allows_na(qu.id),
                        "na_when": qu.not_applicable,
                    }
                    for qu in d.questions
                ],
            }
            for d in q.dimensions
        ],
    }


__all__ = [
    "Given",
    "Refused",
    "join",
    "mine",
    "parse_answers",
    "parse_join",
    "questionnaire_for_page",
    "record",
]
