"""The JSON shape of `cxassess score --json` (documented in the README)."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from cxassess.core.discussion import discussion_list
from cxassess.core.document import Assessment
from cxassess.core.roadmap import effective_roadmap, reassessment_date
from cxassess.core.roles import RoleGroup, role_groups, unit_groups
from cxassess.core.scoring import DimensionScore, Scores, score_document


def _round(value: float | None, digits: int = 3) -> float | None:
    return None if value is None else round(value, digits)


def _dimension(d: DimensionScore) -> dict[str, Any]:
    return {
        "id": d.dimension_id,
        "title": d.title,
        "score": _round(d.score),
        "index": _round(d.index, 1),
        "level": d.level.name if d.level else None,
        "coverage": _round(d.coverage),
        "insufficient_data": d.insufficient,
        "agreed": d.agreed,
        "target": d.target,
        "rwg_j": _round(d.rwg_j),
    }


def _overall(scores: Scores) -> dict[str, Any]:
    o = scores.overall
    return {
        "score": _round(o.score),
        "index": _round(o.index, 1),
        "level": o.level.name if o.level else None,
    }


def scores_to_json(doc: Assessment, scores: Scores | None = None) -> dict[str, Any]:
    """Scores, agenda, roles and roadmap of a document as plain JSON data."""
    scores = scores or score_document(doc)
    questions = []
    for s in scores.questions:
        item = asdict(s)
        item["id"] = item.pop("question_id")
        item["dimension"] = item.pop("dimension_id")
        item["distribution"] = list(s.distribution)
        for key in ("mean", "median", "sd", "rwg"):
            item[key] = _round(item[key])
        questions.append(item)
    return {
        "assessment": {
            "id": str(doc.id),
            "organisation": doc.organisation,
            "team": doc.team,
            "assessed_on": doc.assessed_on.isoformat(),
            "questionnaire": {
                "id": doc.questionnaire.id,
                "version": doc.questionnaire.version,
                "hash": doc.questionnaire_hash,
            },
            "participants": len(doc.participants),
            "respondents": scores.respondents,
        },
        "overall": _overall(scores),
        "dimensions": [_dimension(d) for d in scores.dimensions],
        "questions": questions,
        "agenda": [s.question_id for s in scores.agenda()],
        "discussion": [
            {
                "question": item.question_id,
                "reason": item.reason,
                "proposed": item.proposed,
                "evidence": item.evidence,
            }
            for item in discussion_list(doc.questionnaire, scores, doc.discussion_size)
        ],
        "roles": _lens("role", role_groups(doc)),
        "units": _lens("unit", unit_groups(doc)),
        "roadmap": [item.model_dump(mode="json") for item in effective_roadmap(doc, scores)],
        "reassess_on": reassessment_date(doc).isoformat(),
    }


def _lens(key: str, groups: list[RoleGroup]) -> list[dict[str, Any]]:
    return [
        {
            key: g.role,
            "respondents": g.members,
            "overall": _overall(g.scores),
            "dimensions": [_dimension(d) for d in g.scores.dimensions],
        }
        for g in groups
    ]
