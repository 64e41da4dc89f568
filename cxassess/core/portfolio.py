"""Many teams side by side: each team's latest scores, its trend, and the organisation's view.

A team is an (organisation, team) pair. Each file is read, scored exactly as `score` scores
it, and reduced to a summary before the next is read, so memory stays bounded by one file
however many there are. A team with fewer respondents than the minimum shows only that it
was suppressed.
"""

from __future__ import annotations

import math
import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from cxassess.core.problems import CxError
from cxassess.core.roadmap import effective_roadmap
from cxassess.core.round import results_visible
from cxassess.core.scoring import score_document
from cxassess.core.storage import load_document

DEFAULT_MIN_RESPONDENTS = 3


@dataclass(frozen=True)
class Summary:
    """What the portfolio keeps of one assessment file."""

    path: str
    organisation: str
    team: str
    assessed_on: date
    modified: str
    respondents: int
    overall: float | None
    level: str | None
    dimensions: dict[str, tuple[str, float | None, str | None]]  # id: (title, score, level)
    statements: dict[str, tuple[str, float | None, str]]  # id: (text, mean, area title)
    roadmap: dict[str, int]  # accepted, done, overdue, not yet due, in progress
    margin: float | None  # how far the overall score could be off by chance
    levels: tuple[str, ...]  # the questionnaire's level names, lowest first
    starts: tuple[float, ...] = ()  # where each level starts
    round_open: bool = False  # people still answering: no scores may be shown
    # The units its people said they know best, most named first: a group drawn from
    # several units (a leadership group) is not one more team to average.
    units: tuple[str, ...] = ()
    group: bool = False
    # The role the questionnaire gives most of each statement's steps to: who sets it.
    owners: dict[str, str] = field(default_factory=dict)


MAX_NAME = 200


def committee(pairs: Iterable[str], organisations: Iterable[str]) -> dict[str, str]:
    """Each organisation's member of the steering committee, from "ORGANISATION=NAME"
    pairs, spelt as the files spell the organisation (case and spacing do not count). An
    unknown organisation, a missing or overlong name is refused, naming the pair."""
    known = {" ".join(o.split()).casefold(): o for o in organisations if o.strip()}
    out: dict[str, str] = {}
    for pair in pairs:
        org, sep, name = pair.partition("=")
        name = " ".join(name.split())
        if not sep or not org.strip() or not name:
            raise CxError(f"--member {pair!r}: write it as ORGANISATION=NAME.")
        if len(name) > MAX_NAME:
            raise CxError(f"--member {pair[:40]!r}…: a name is at most {MAX_NAME} characters.")
        spelt = known.get(" ".join(org.split()).casefold())
        if spelt is None:
            raise CxError(
                f"--member {pair!r}: no team belongs to {org.strip()!r}; the organisations "
                f"are {', '.join(sorted(known.values(), key=str.casefold)) or 'none'}."
            )
        out[spelt] = name
    return out


def spans_units(units: Sequence[str]) -> bool:
    """True when the people who named a unit come from two or more and no unit holds more
    than half of them: a group drawn from across the organisation, not a team."""
    named = [u.strip().casefold() for u in units if u.strip()]
    if not named:
        return False
    counts = Counter(named)
    return len(counts) >= 2 and max(counts.values()) * 2 <= len(named)


def cxa_files(paths: Iterable[Path]) -> list[Path]:
    """The .cxa files named, and those under the folders named, in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(path.rglob("*.cxa")))
        elif path.exists():
            found.append(path)
        else:
            raise CxError(f"{path} does not exist.")
    if not found:
        raise CxError("No .cxa files were found in the folders given.")
    return found


def summarise(path: Path, today: date) -> Summary:
    """Read one file and keep only what the portfolio shows."""
    from cxassess.core.insights import uncertainty

    doc = load_document(path)
    # What is shown of a round still open: nothing of its answers.
    named = Counter(p.unit.strip() for p in doc.participants if p.unit.strip())
    hidden = Summary(
        path=str(path),
        units=tuple(unit for unit, _n in named.most_common()),
        group=spans_units(list(named.elements())),
        organisation=doc.organisation,
        team=doc.team,
        assessed_on=doc.assessed_on,
        modified=doc.modified_at.isoformat(),
        respondents=len(doc.participants),
        overall=None,
        level=None,
        dimensions={},
        statements={},
        roadmap={"accepted": 0, "done": 0, "overdue": 0, "not_due": 0, "in_progress": 0},
        margin=None,
        levels=tuple(level.name for level in doc.questionnaire.levels),
        starts=tuple(level.start for level in doc.questionnaire.levels),
        round_open=True,
    )
    if not results_visible(doc):
        return hidden
    scores = score_document(doc)
    found = uncertainty(doc)
    titles = {d.id: d.title for d in doc.questionnaire.dimensions}
    plan = [i for i in effective_roadmap(doc, scores) if i.review == "accepted"]
    return replace(
        hidden,
        round_open=False,
        respondents=scores.respondents,
        overall=scores.overall.score,
        level=scores.overall.level.name if scores.overall.level else None,
        dimensions={
            d.dimension_id: (d.title, d.score, d.level.name if d.level else None)
            for d in scores.dimensions
        },
        statements={
            st.question_id: (st.text, st.mean, titles.get(st.dimension_id, ""))
            for st in scores.questions
        },
        roadmap={
            "accepted": len(plan),
            "done": sum(1 for i in plan if i.status == "done"),
            "overdue": sum(
                1 for i in plan if i.status not in ("done", "dropped") and i.due and i.due < today
            ),
            # Open and not yet due, and under way: "overdue" is not read as "not done".
            "not_due": sum(
                1
                for i in plan
                if i.status not in ("done", "dropped") and not (i.due and i.due < today)
            ),
            "in_progress": sum(1 for i in plan if i.status == "in_progress"),
        },
        margin=found[0] if found else None,
        owners={
            qu.id: Counter(a.owner for a in qu.actions).most_common(1)[0][0]
            for _, qu in doc.questionnaire.questions()
            if qu.actions
        },
    )


def select(
    summaries: Iterable[Summary],
    organisations: Sequence[str] = (),
    since: date | None = None,
) -> list[Summary]:
    """The files of the teams of these organisations (all, when none are named; case and
    spacing do not count) whose latest assessment is on or after `since`. A team kept
    keeps its earlier files, which give its trend."""
    from cxassess.core.text import name_key

    wanted = {name_key(o) for o in organisations}
    kept = [s for s in summaries if not wanted or name_key(s.organisation) in wanted]
    latest: dict[tuple[str, str], date] = {}
    for s in kept:
        key = team_key(s.organisation, s.team)
        latest[key] = max(latest.get(key, s.assessed_on), s.assessed_on)
    return [s for s in kept if since is None or latest[team_key(s.organisation, s.team)] >= since]


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def team_key(organisation: str, team: str) -> tuple[str, str]:
    """Which team a file belongs to: names match however they are cased or spaced."""
    from cxassess.core.text import name_key

    return (name_key(organisation), name_key(team))


def _change(trend: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The latest move of a team's overall score, and whether it is beyond the noise."""
    if len(trend) < 2 or trend[-1]["overall"] is None or trend[-2]["overall"] is None:
        return None
    before, now = trend[-2], trend[-1]
    change = now["overall"] - before["overall"]
    # The difference's own margin: each average's uncertainty adds, in quadrature (the
    # standard error of a difference), as `compare` judges one team's change.
    margin = math.hypot(now["margin"] or 0.0, before["margin"] or 0.0)
    return {
        "from": before["overall"],
        "to": now["overall"],
        "from_date": before["assessed_on"],
        "to_date": now["assessed_on"],
        "change": _round(change),
        # The difference of the two ends as printed (two decimals), which every page adds
        # up and averages, so an organisation's one team reads the same change everywhere.
        "shown": round(round(now["overall"], 2) - round(before["overall"], 2), 2),
        "margin": _round(margin),
        # Only a change larger than the uncertainty of the difference counts as a move.
        "beyond": abs(change) > margin,
    }


def _at_or_above(level: str | None, levels: Sequence[str], floor: int) -> bool:
    return level in levels and levels.index(level) >= floor


def _organisations(
    teams: list[dict[str, Any]], levels: Sequence[str], floor: int
) -> list[dict[str, Any]]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for t in teams:
        grouped[t["organisation"]].append(t)
    out = []
    for name, members in grouped.items():
        shown = [t for t in members if _averaged(t)]
        changes = [t["change"]["shown"] for t in shown if t.get("change")]
        out.append(
            {
                "name": name,
                "teams": sum(1 for t in members if not t.get("group")),
                "shown": len(shown),
                "groups": sum(1 for t in members if t.get("group")),
                "mean": _round(statistics.fmean(t["overall"]["score"] for t in shown))
                if shown
                else None,
                "mean_change": _round(statistics.fmean(changes)) if changes else None,
                "reassessed": len(changes),
                # Of those, the teams whose change is beyond their own noise.
                "moved": sum(1 for t in shown if t.get("change") and t["change"]["beyond"]),
                "at_or_above": sum(
                    1 for t in shown if _at_or_above(t["overall"]["level"], levels, floor)
                ),
                "overdue": sum(t["roadmap"]["overdue"] for t in members if not t["suppressed"]),
                "teams_by_level": {
                    level: sum(1 for t in shown if t["overall"]["level"] == level)
                    for level in levels
                },
                "areas": _area_means(shown),
            }
        )
    return out


def _averaged(team: dict[str, Any]) -> bool:
    """A team whose scores count in the averages: shown, scored and not a group."""
    return not team["suppressed"] and not team.get("group") and team["overall"]["score"] is not None


def _area_means(shown: list[dict[str, Any]]) -> dict[str, float | None]:
    """Each area's mean over the shown teams that have a score for it."""
    scores: dict[str, list[float]] = defaultdict(list)
    for t in shown:
        for dim, value in t["dimensions"].items():
            scores.setdefault(dim, [])
            if value["score"] is not None:
                scores[dim].append(value["score"])
    return {dim: _round(statistics.fmean(v)) if v else None for dim, v in scores.items()}


def _summary(teams: list[dict[str, Any]], levels: Sequence[str], floor: int) -> dict[str, Any]:
    """The one-page view for a steering committee."""
    shown = [t for t in teams if _averaged(t)]
    changes = [t["change"] for t in shown if t.get("change")]
    moved = [t for t in shown if t.get("change") and t["change"]["beyond"]]
    groups = [t for t in teams if t.get("group") and not t["suppressed"]]
    return {
        "teams": sum(1 for t in teams if not t.get("group")),
        "shown": len(shown),
        "groups": [_name(t) | {"units": t["units"]} for t in groups],
        "mean": _round(statistics.fmean(t["overall"]["score"] for t in shown)) if shown else None,
        # Each team weighted by the people who answered: a team of twelve against one of three.
        "mean_by_people": _round(
            statistics.fmean(
                [t["overall"]["score"] for t in shown], [t["respondents"] for t in shown]
            )
        )
        if shown
        else None,
        "mean_change": _round(statistics.fmean(c["shown"] for c in changes)) if changes else None,
        "reassessed": len(changes),
        "floor_level": levels[floor] if floor < len(levels) else None,
        "at_or_above": sum(1 for t in shown if _at_or_above(t["overall"]["level"], levels, floor)),
        "moved_up": [_name(t) for t in moved if t["change"]["change"] > 0],
        "moved_down": [_name(t) for t in moved if t["change"]["change"] < 0],
        "overdue": [
            {"team": _name(t), "overdue": t["roadmap"]["overdue"]}
            for t in teams
            if not t["suppressed"] and t["roadmap"]["overdue"]
        ],
    }


def _name(team: dict[str, Any]) -> dict[str, str]:
    return {"organisation": team["organisation"], "team": team["team"]}


DEVELOPING = 2  # the third level (Developing on the shipped scale): "on the way"


def portfolio(
    summaries: Sequence[Summary], min_respondents: int = DEFAULT_MIN_RESPONDENTS
) -> dict[str, Any]:
    """The portfolio as plain JSON data (the shape is in the README)."""
    by_team: dict[tuple[str, str], list[Summary]] = defaultdict(list)
    for s in summaries:
        by_team[team_key(s.organisation, s.team)].append(s)
    teams: list[dict[str, Any]] = []
    # Scores are averaged over teams; a group from several units is shown beside them and
    # counted in the follow-through, as its plan is real work, but in no average.
    shown: list[Summary] = []
    planned: list[Summary] = []
    for _key, files in sorted(by_team.items()):
        files.sort(key=lambda s: (s.assessed_on, s.modified))
        latest = files[-1]
        entry: dict[str, Any] = {
            # The latest file's spelling of the names.
            "organisation": latest.organisation,
            "team": latest.team,
            "assessed_on": latest.assessed_on.isoformat(),
            "file": latest.path,
            "respondents": latest.respondents,
            "suppressed": latest.respondents < min_respondents or latest.round_open,
            "round_open": latest.round_open,
            "assessments": len(files),
            "group": latest.group,
            "units": list(latest.units),
        }
        if not entry["suppressed"]:
            planned.append(latest)
            if not latest.group:
                shown.append(latest)
            entry["overall"] = {"score": _round(latest.overall), "level": latest.level}
            entry["dimensions"] = {
                dim: {"title": title, "score": _round(score), "level": level}
                for dim, (title, score, level) in latest.dimensions.items()
            }
            entry["trend"] = [
                {
                    "assessed_on": f.assessed_on.isoformat(),
                    "overall": _round(f.overall),
                    "margin": _round(f.margin),
                }
                for f in files
                if f.respondents >= min_respondents
            ]
            entry["roadmap"] = latest.roadmap
            change = _change(entry["trend"])
            if change is not None:
                entry["change"] = change
        teams.append(entry)
    levels = list(planned[-1].levels if planned else summaries[0].levels if summaries else ())
    dimensions: dict[str, dict[str, Any]] = {}
    for s in shown:
        for dim, (title, score, level) in s.dimensions.items():
            d = dimensions.setdefault(dim, {"id": dim, "title": title, "scores": [], "levels": {}})
            if score is not None:
                d["scores"].append(score)
                d["levels"][level] = d["levels"].get(level, 0) + 1
    statements: dict[str, list[float]] = defaultdict(list)
    texts: dict[str, str] = {}
    areas: dict[str, str] = {}
    owners: dict[str, str] = {}
    organisations: dict[str, set[str]] = defaultdict(set)
    for s in shown:
        owners.update(s.owners)
        for qid, (text, mean, area) in s.statements.items():
            texts[qid] = text
            areas[qid] = area
            if mean is not None:
                organisations[qid].add(s.organisation)
            if mean is not None:
                statements[qid].append(mean)
    weakest = sorted(
        ((statistics.fmean(v), qid, len(v)) for qid, v in statements.items() if v),
        key=lambda t: (t[0], t[1]),
    )[:5]
    # In how many organisations each statement is among the three lowest: a point low in
    # every one of them has a cause above any one team.
    by_org: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for s in shown:
        for qid, (_text, mean, _area) in s.statements.items():
            if mean is not None:
                by_org[s.organisation][qid].append(mean)
    low_in: Counter[str] = Counter()
    for means in by_org.values():
        ranked = sorted(means, key=lambda q: (statistics.fmean(means[q]), q))
        low_in.update(ranked[:3])
    return {
        "teams": teams,
        "dimensions": [
            {
                "id": d["id"],
                "title": d["title"],
                "mean_of_teams": _round(statistics.fmean(d["scores"])) if d["scores"] else None,
                "teams_by_level": d["levels"],
            }
            for d in dimensions.values()
        ],
        "weakest_statements": [
            {
                "id": qid,
                "text": texts[qid],
                "area": areas[qid],
                "mean_of_teams": _round(mean),
                "teams": n,
                "organisations": len(organisations[qid]),
                "lowest_three_in": low_in[qid],
                "owner": owners.get(qid, ""),
            }
            for mean, qid, n in weakest
        ],
        "roadmap": {
            key: sum(s.roadmap[key] for s in planned)
            for key in ("accepted", "done", "overdue", "not_due", "in_progress")
        },
        "min_respondents": min_respondents,
        "levels": levels,
        "level_starts": list(planned[-1].starts if planned else ()),
        "organisations": _organisations(teams, levels, DEVELOPING),
        "summary": _summary(teams, levels, DEVELOPING),
    }


__all__ = [
    "DEFAULT_MIN_RESPONDENTS",
    "Summary",
    "committee",
    "cxa_files",
    "portfolio",
    "spans_units",
    "summarise",
    "team_key",
]
