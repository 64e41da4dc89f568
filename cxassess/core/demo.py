"""A realistic sample workshop, for trying the app and the report without real data."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, timedelta

from cxassess.core.document import AgreedScore, Answer, Assessment, Participant
from cxassess.core.questionnaire import Questionnaire
from cxassess.core.roadmap import edit_item, regenerate_roadmap
from cxassess.core.scoring import score_document

# Name, role, and the part of the organisation each knows best.
PEOPLE = [
    ("Zoë Martin", "Sales", "Retail stores"),
    ("Łukasz Nowak", "Sales", "Retail stores"),
    ("Amara Okafor", "Sales", "Online shop"),
    ("山田 花子", "Customer support", "Online shop"),
    ("Henrik Ørsted", "Customer support", "Retail stores"),
    ("ليلى حداد", "Customer support", "Online shop"),
    ("Grace Kim", "Customer support", "Retail stores"),
    ("Tomás Ruiz", "Product", "Head office"),
    ("Priya Natarajan", "Product", "Head office"),
    ("Jonas Weber", "Product", "Head office"),
    ("Claire Dubois", "Finance", "Head office"),
    ("Sam Taylor", "Leadership", "Head office"),
]

# Where this organisation stands, per dimension, before individual views.
BASELINE = {"commitment": 3.1, "ideal-customer": 2.3, "listening": 2.9, "action": 2.2}
# Questions the roles see very differently: the front line and the office disagree.
SPLITS = {
    "cm-empower": {"Sales": 4.2, "Customer support": 1.6, "Leadership": 4.5},
    "li-close-loop": {"Customer support": 1.5, "Product": 3.8, "Leadership": 4.0},
    "cm-pay": {"Sales": 1.4, "Finance": 3.5, "Leadership": 4.0, "Product": 3.2},
    "ic-defined": {"Sales": 3.8, "Product": 1.7},
}
# Where the answer depends on the part of the organisation people know: the online shop
# fixes urgent problems within days; the stores wait for head office.
UNIT_SPLITS = {"ac-quick-fix": {"Online shop": 4.3, "Retail stores": 1.7}}
# What some roles cannot see: support does not know which customers are worth most.
UNKNOWN_TO = {"ic-value": {"Customer support"}}
# Statements added after this demo was written answer from a generator of their own, so
# the story the demo tells about the others stays as it was.
ADDED_LATER = frozenset({"cm-engagement", "li-consent", "ac-ideas"})
COMMENTS = {
    "cm-empower": [
        "We need a manager's approval for any refund over 20 euros.",
        "In practice people do bend the rules, but nobody admits it.",
    ],
    "li-close-loop": ["Low survey scores land in a shared inbox nobody owns."],
    "cm-pay": ["Bonuses are 100% new bookings. Renewals count for nothing."],
    "ic-defined": ["Marketing has a profile; I have never seen it used in product planning."],
    "ac-recognise": ["The quarterly all-hands mentions revenue, never customers."],
}


def demo_workshop(
    q: Questionnaire, seed: int = 2026, assessed_on: date | None = None
) -> Assessment:
    """A 12-person workshop with roles, disagreement, comments, agreed scores and a roadmap."""
    rng = random.Random(seed)
    when = assessed_on or date(2026, 11, 12)
    stamp = datetime(when.year, when.month, when.day, 9, 30, tzinfo=UTC)
    people: list[Participant] = []
    for index, (name, role, unit) in enumerate(PEOPLE):
        bias = rng.uniform(-0.5, 0.5)
        answers: dict[str, Answer] = {}
        for dim, question in q.questions():
            centre = SPLITS.get(question.id, {}).get(role, BASELINE.get(dim.id, 3.0) + bias)
            centre = UNIT_SPLITS.get(question.id, {}).get(unit, centre)
            draw = (
                random.Random(f"{seed}:{index}:{question.id}")
                if question.id in ADDED_LATER
                else rng
            )
            if draw.random() < 0.04:
                # Where "not applicable" is no answer, the same person did not know.
                answers[question.id] = Answer(
                    value=None, dont_know=not q.allows_na(question.id), answered_at=stamp
                )
                continue
            value = round(centre + draw.gauss(0, 0.45))
            if role in UNKNOWN_TO.get(question.id, ()):
                answers[question.id] = Answer(value=None, dont_know=True, answered_at=stamp)
                continue
            answers[question.id] = Answer(
                value=min(q.scale.points, max(1, value)),
                answered_at=stamp + timedelta(minutes=index * 3),
            )
        people.append(
            Participant(
                id=uuid.UUID(int=rng.getrandbits(128), version=4),
                name=name,
                role=role,
                unit=unit,
                answers=answers,
            )
        )
    for qid, comments in COMMENTS.items():
        for person, comment in zip(rng.sample(people, len(comments)), comments, strict=True):
            if qid in person.answers:
                person.answers[qid].comment = comment
    doc = Assessment.new(
        q,
        id=uuid.UUID(int=rng.getrandbits(128), version=4),
        organisation="Northwind Outdoor Gear",
        team="Customer experience leadership group",
        facilitator="Maria Costa",
        assessed_on=when,
        participants=people,
        created_at=stamp,
        modified_at=stamp,
    )
    scores = score_document(doc)
    empower = scores.question("cm-empower")
    doc.agreed_questions["cm-empower"] = AgreedScore(
        score=2.0,
        rationale=(
            "Sales bends rules for key accounts, but support staff have no written authority "
            "and feel exposed when they do. We agreed the organisation as a whole is at 2."
        ),
        recorded_at=stamp,
    )
    doc.agreed_dimensions["commitment"] = AgreedScore(
        score=round(min(empower.mean or 3.0, 2.8), 1),
        rationale="Leadership intent is real, but rewards and authority do not follow it yet.",
        recorded_at=stamp,
    )
    doc.targets["ideal-customer"] = 3.4
    regenerate_roadmap(doc, score_document(doc))
    # The team accepted what starts now or next, under the suggested owner roles; the
    # first item is already under way, and the last one waits.
    for item in [item for item in doc.roadmap if item.horizon != "later"]:
        edit_item(doc, item.id, review="accepted")
    if len(doc.roadmap) > 3:
        first = doc.roadmap[0]
        edit_item(doc, first.id, status="in_progress", notes="Started at the workshop.")
        last = doc.roadmap[-1]
        edit_item(doc, last.id, review="dropped", notes="Not before the new CRM is live.")
    doc.modified_at = stamp
    return doc
