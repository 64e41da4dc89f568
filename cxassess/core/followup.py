"""Starting a new assessment from an earlier one and following up its roadmap."""

from __future__ import annotations

import re
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


def carried_reason(
    item: RoadmapItem, planned_on: date, today: date, new_due: date | None = None
) -> str:
    """Why a carried action is on the new roadmap: when it was planned, how far it got, and
    whether its date has passed (the old reason spoke of the old answers); once taken on
    again with a new date, the date it slipped from."""
    state = "started" if item.status == "in_progress" else "not started"
    text = f"On the roadmap of {planned_on:%d %B %Y}, {state}"
    first = item.first_due or item.due
    if new_due is not None and first is not None:
        return text + f"; first due {first:%d %B %Y}, taken on again for {new_due:%d %B %Y}."
    if item.due is not None:
        text += f"; due {item.due:%d %B %Y}" + (", overdue" if item.due < today else "")
    return text + ". Keep it, change it or drop it."


def start_from(
    earlier: Assessment, earlier_path: Path | None = None, assessed_on: date | None = None
) -> Assessment:
    """A new assessment of the same team: people, roles, units, targets and the people named
    in the plan's roles carried over, open roadmap items carried over for review, and a link
    back to the earlier file."""
    when = assessed_on or date.today()
    people = [
        Participant(id=p.id, name=p.name, role=p.role, unit=p.unit) for p in earlier.participants
    ]
    carried = [
        RoadmapItem.model_validate(
            item.model_dump(exclude={"id", "origin", "edited", "carried_from"})
            | {
                "origin": "carried",
                "carried_from": item.id,
                # The team decides again whether it still holds; until then it is not the plan.
                "review": "suggested",
                "reason": carried_reason(item, earlier.assessed_on, when),
                "horizon": "now" if item.due is not None and item.due < when else item.horizon,
            }
        )
        for item in earlier.roadmap
        # Only what the team took on: suggestions nobody accepted stay behind.
        if item.status in OPEN_STATUSES and item.review == "accepted"
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
        # The people in the plan's roles hold their carried work until the team says not.
        owners=dict(earlier.owners),
        roadmap=carried,
        previous=links,
    )


def linked_paths(doc: Assessment, folder: Path | None = None) -> list[Path]:
    """The files of the earlier assessments this one links to that can still be found,
    oldest first; a relative path is looked for beside the assessment (in `folder`)."""
    found: list[Path] = []
    for link in sorted(doc.previous, key=lambda x: x.assessed_on or date.min):
        if not link.path:
            continue
        path = Path(link.path)
        if not path.is_absolute() and folder is not None:
            path = folder / path
        if path.is_file() and path not in found:
            found.append(path)
    return found


def load_linked(doc: Assessment, folder: Path | None = None) -> list[tuple[Path, Assessment]]:
    """The earlier assessments this one links to, where their files still exist and are
    the same assessments (a file replaced by another one under the same name is left out);
    files that cannot be read, or whose round is still open, are left out too."""
    from cxassess.core.problems import CxError
    from cxassess.core.round import results_visible
    from cxassess.core.storage import load_document

    wanted = {link.id for link in doc.previous}
    earlier: list[tuple[Path, Assessment]] = []
    for path in linked_paths(doc, folder):
        try:
            other = load_document(path)
        except CxError:
            continue
        fits = other.id in wanted and other.id != doc.id and results_visible(other)
        if fits and all(e.id != other.id for _p, e in earlier):
            earlier.append((path, other))
    return earlier


# Words too common in measures and results to show that one speaks to the other.
_COMMON = {
    "custo",
    "withi",
    "their",
    "about",
    "which",
    "after",
    "befor",
    "month",
    "quart",
    "there",
    "these",
    "those",
    "other",
    "share",
    "numbe",
    "count",
    "every",
    "first",
}


def _stems(text: str) -> set[str]:
    return {w[:5] for w in re.findall(r"[a-z]{5,}", text.casefold())} - _COMMON


# A figure that moved: a percentage, "14 to 9", or a direction with a quantity beside it
# ("down by half", "a third fewer"). A bare "up" or "down" is no measure: "set up the
# inbox", "wrote down the limits".
_MOVED = re.compile(
    r"\d\s?%|\d\s+to\s+\d"
    r"|\b(up|down|fell|rose|fewer|more|less|lower|higher)\b[^.;,]{0,20}(\d|half|third|quarter|fifth)"
    r"|(\d|half|third|quarter|fifth)[^.;,]{0,20}\b(up|down|fewer|more|less|lower|higher)\b"
    r"|\b(halved|doubled)\b",
    re.IGNORECASE,
)


def speaks_to_measure(item: RoadmapItem) -> bool:
    """Whether a done action's recorded result says what its measure showed, rather than
    only what was done ("Tom Reid named accountable" against "issues closed within 60
    days"): it shares a word with the measure, or says how a figure moved."""
    if not item.result:
        return False
    if not item.kpi:
        return True
    return bool(_stems(item.result) & _stems(item.kpi)) or bool(_MOVED.search(item.result))


def carried_items(doc: Assessment) -> list[RoadmapItem]:
    """Items brought over from an earlier assessment, for the team to review."""
    return [item for item in doc.roadmap if item.carried_from is not None]


def earlier_items_status(
    doc: Assessment, earlier: Assessment
) -> list[tuple[RoadmapItem, Status, str]]:
    """Each action the earlier roadmap's team accepted, with its status now: as reviewed in
    this assessment when it was carried over, otherwise as it was left. Suggestions nobody
    accepted were never the plan, so they are not counted as "not started". The item carries
    the latest measured result of its KPI, recorded then or since."""
    reviewed = {item.carried_from: item for item in doc.roadmap if item.carried_from}
    out: list[tuple[RoadmapItem, Status, str]] = []
    for item in earlier.roadmap:
        if item.review != "accepted":
            continue
        now = reviewed.get(item.id)
        if now is not None:
            measured = now.result or item.result
            # Dropped when reviewed again counts as dropped, whatever its status says.
            status: Status = "dropped" if now.review == "dropped" else now.status
            out.append((item.model_copy(update={"result": measured}), status, now.notes))
        else:
            out.append((item, item.status, item.notes))
    return out
