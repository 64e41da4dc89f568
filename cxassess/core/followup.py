"""Starting a new assessment from an earlier one and following up its roadmap."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from cxassess.core.document import (
    Assessment,
    Participant,
    PreviousLink,
    RoadmapItem,
    Status,
)

OPEN_STATUSES = ("planned", "in_progress")


def start_from(
    earlier: Assessment, earlier_path: Path | None = None, assessed_on: date | None = None
) -> Assessment:
    """A new assessment of the same team: people, roles and targets carried over, open
    roadmap items carried over for review, and a link back to the earlier file."""
    when = assessed_on or date.today()
    people = [Participant(id=p.id, name=p.name, role=p.role) for p in earlier.participants]
    carried = [
        RoadmapItem.model_validate(
            item.model_dump(exclude={"id", "origin", "edited", "carried_from"})
            | {"origin": "carried", "carried_from": item.id}
        )
        for item in earlier.roadmap
        if item.status in OPEN_STATUSES
    ]
    links = [
        *earlier.previous,
        PreviousLink(
            id=earlier.id,
            path=str(earlier_path) if earlier_path else "",
            assessed_on=earlier.assessed_on,
            title=earlier.team or earlier.organisation,
        ),
    ]
    return Assessment.new(
        earlier.questionnaire,
        organisation=earlier.organisation,
        team=earlier.team,
        facilitator=earlier.facilitator,
        anonymous=earlier.anonymous,
        assessed_on=when,
        participants=people,
        targets=dict(earlier.targets),
        roadmap=carried,
        previous=links,
    )


def carried_items(doc: Assessment) -> list[RoadmapItem]:
    """Items brought over from an earlier assessment, for the team to review."""
    return [item for item in doc.roadmap if item.carried_from is not None]


def earlier_items_status(
    doc: Assessment, earlier: Assessment
) -> list[tuple[RoadmapItem, Status, str]]:
    """Each of the earlier roadmap's items with its status now: as reviewed in this
    assessment when it was carried over, otherwise as it was left."""
    reviewed = {item.carried_from: item for item in doc.roadmap if item.carried_from}
    out: list[tuple[RoadmapItem, Status, str]] = []
    for item in earlier.roadmap:
        now = reviewed.get(item.id)
        if now is not None:
            out.append((item, now.status, now.notes))
        else:
            out.append((item, item.status, item.notes))
    return out
