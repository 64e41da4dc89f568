"""Plain-text tables of scores for the terminal."""

from __future__ import annotations

from cxassess.core.document import Assessment
from cxassess.core.roadmap import effective_roadmap, reassessment_date
from cxassess.core.roles import role_groups, unit_groups
from cxassess.core.scoring import DimensionScore, Scores


def _num(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def _dim_row(d: DimensionScore) -> str:
    score = "insufficient data" if d.insufficient else _num(d.score)
    level = d.level.name if d.level else ""
    return (
        f"  {d.title:<24} {score:>17} {_num(d.index, 0):>6} {level:<13} "
        f"{d.coverage:>8.0%} {_num(d.rwg_j):>6} {_num(d.agreed):>7} {_num(d.target):>7}"
    )


def scores_table(doc: Assessment, scores: Scores) -> str:
    """A readable summary: overall, dimensions, discussion agenda and roles."""
    q = doc.questionnaire
    title = " / ".join(x for x in (doc.organisation, doc.team) if x) or "Assessment"
    o = scores.overall
    lines = [
        f"{title} ({doc.assessed_on.isoformat()}): {q.title} {q.version}",
        f"Respondents: {scores.respondents} of {len(doc.participants)}",
        f"Overall: {_num(o.score)} on 1-{q.scale.points}, index {_num(o.index, 0)}/100, "
        f"level {o.level.name if o.level else 'insufficient data'}",
        "",
        f"  {'Dimension':<24} {'score':>17} {'index':>6} {'level':<13} {'coverage':>8} "
        f"{'rwg(j)':>6} {'agreed':>7} {'target':>7}",
    ]
    lines += [_dim_row(d) for d in scores.dimensions]
    if doc.is_team:
        from cxassess.core.discussion import discussion_list

        items = discussion_list(doc.questionnaire, scores, doc.discussion_size)
        proposed = sum(1 for item in items if item.proposed)
        lines += [
            "",
            f"To discuss ({len(items)} statement(s) where answers are far apart; "
            f"the first {proposed} proposed for the hour):",
        ]
        for item in items:
            mark = "*" if item.proposed else " "
            lines.append(f" {mark} {item.text[:70]}  ({item.reason})")
            if item.evidence:
                lines.append(f"     {item.ask}")
        for lens, groups in (("role", role_groups(doc)), ("unit", unit_groups(doc))):
            if groups:
                lines += ["", f"By {lens} ({lens}s with enough respondents to stay anonymous):"]
                for g in groups:
                    lines.append(
                        f"  {g.role:<24} n={g.members:<3} overall {_num(g.scores.overall.score)}"
                    )
    roadmap = effective_roadmap(doc, scores)
    if roadmap:
        lines += [
            "",
            f"Roadmap ({len(roadmap)} actions; re-assess on {reassessment_date(doc).isoformat()}):",
        ]
        for action in roadmap[:10]:
            owner = f" [{action.owner}]" if action.owner else ""
            due = action.due.isoformat() if action.due else "-"
            lines.append(f"  {action.horizon:<5} {due}  {action.action[:70]}{owner}")
        if len(roadmap) > 10:
            lines.append(f"  … and {len(roadmap) - 10} more (see `cxassess export --roadmap-csv`)")
    return "\n".join(lines)
