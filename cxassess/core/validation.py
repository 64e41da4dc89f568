"""Turning pydantic errors and cross-field checks into problems a person can fix."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from cxassess.core.problems import CxError, Path, Problem, clip, format_path
from cxassess.core.questionnaire import Questionnaire

if TYPE_CHECKING:
    # only a type here: reading a .cxa file must not pay for importing the YAML parser
    from cxassess.core.yamlsource import LineMap

M = TypeVar("M", bound=BaseModel)

_FRIENDLY: dict[str, str] = {
    "missing": "is required but missing",
    "extra_forbidden": "is not a known field (check the spelling)",
    "string_too_short": "must not be empty",
    "string_type": "must be text",
}


def _friendly(err: Any) -> str:
    kind = err.get("type", "")
    value = err.get("input")
    if kind == "string_type" and isinstance(value, bool):
        return "must be text; write it in quotes (YAML reads unquoted true/false as yes/no values)"
    if kind == "string_type" and isinstance(value, dict):
        return "must be text, but reads as a mapping; put text that contains ': ' in quotes"
    if kind == "string_type" and isinstance(value, int | float):
        return (
            f"must be text; put it in quotes so it stays exactly as written "
            f"(YAML read it as the number {value})"
        )
    if kind == "too_short":
        ctx = err.get("ctx") or {}
        return (
            f"needs at least {ctx.get('min_length', 1)} entries, has {ctx.get('actual_length', 0)}"
        )
    if kind == "string_pattern_mismatch":
        return (
            "must be an id: lower-case letters, digits, '-' or '_', starting with a letter "
            f"(got {clip(repr(value))})"
        )
    if kind in _FRIENDLY:
        return _FRIENDLY[kind]
    return str(err.get("msg", "is not valid"))


def pydantic_problems(
    exc: ValidationError, lines: LineMap | None = None, source: str = "", prefix: Path = ()
) -> list[Problem]:
    """Each pydantic error as a Problem at its field path (and line, where known)."""
    problems = []
    for err in exc.errors():
        path: Path = (*prefix, *(p for p in err["loc"] if isinstance(p, str | int)))
        line = lines.line_for(path) if lines else None
        problems.append(Problem(path, _friendly(err), line, source))
    return problems


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _as_dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _unique(
    seen: dict[str, Path], value: object, where: Path, what: str, found: list[tuple[Path, str]]
) -> None:
    """Record an id, reporting it when an earlier place already used it."""
    if not isinstance(value, str):
        return
    if value in seen:
        found.append(
            ((*where, "id"), f"duplicate {what} id '{value}' (also {format_path(seen[value])})")
        )
    else:
        seen[value] = where


def questionnaire_semantic_problems(raw: Any) -> list[tuple[Path, str]]:
    """Checks across fields that a schema cannot express; tolerant of malformed input."""
    found: list[tuple[Path, str]] = []
    data = _as_dict(raw)
    scale = _as_dict(data.get("scale"))
    points = scale.get("points", 5)
    if not isinstance(points, int) or isinstance(points, bool):
        points = None
    labels = scale.get("labels")
    if points and isinstance(labels, list) and len(labels) != points:
        found.append(
            (("scale", "labels"), f"has {len(labels)} labels but the scale has {points} points")
        )

    levels = _as_list(data.get("levels"))
    level_ids: set[str] = set()
    seen_level: dict[str, Path] = {}
    previous_start: float | None = None
    for i, level in enumerate(levels):
        level = _as_dict(level)
        lid = level.get("id")
        _unique(seen_level, lid, ("levels", i), "level", found)
        if isinstance(lid, str):
            level_ids.add(lid)
        start = level.get("start")
        if isinstance(start, int | float) and not isinstance(start, bool):
            if i == 0 and start != 1:
                found.append(
                    (
                        ("levels", 0, "start"),
                        "the first level must start at 1, so every score has a level",
                    )
                )
            if points and not 1 <= start <= points:
                found.append(
                    (("levels", i, "start"), f"must be between 1 and {points}, got {start}")
                )
            if previous_start is not None and start <= previous_start:
                found.append(
                    (
                        ("levels", i, "start"),
                        f"levels must start in increasing order: {start} is not above "
                        f"the previous level's {previous_start}",
                    )
                )
            previous_start = float(start)

    first_level = _as_dict(levels[0]).get("id") if levels else None
    seen_dim: dict[str, Path] = {}
    seen_q: dict[str, Path] = {}
    seen_action: dict[str, Path] = {}
    for di, dim in enumerate(_as_list(data.get("dimensions"))):
        dim = _as_dict(dim)
        _unique(seen_dim, dim.get("id"), ("dimensions", di), "dimension", found)
        own_levels = dim.get("levels")
        if isinstance(own_levels, list) and own_levels and len(own_levels) != len(levels):
            found.append(
                (
                    ("dimensions", di, "levels"),
                    f"describes {len(own_levels)} levels but the questionnaire has "
                    f"{len(levels)}; give one description per level, lowest first",
                )
            )
        for qi, q in enumerate(_as_list(dim.get("questions"))):
            q = _as_dict(q)
            qpath: Path = ("dimensions", di, "questions", qi)
            _unique(seen_q, q.get("id"), qpath, "question", found)
            anchors = q.get("anchors")
            if points and isinstance(anchors, list) and len(anchors) != points:
                found.append(
                    (
                        (*qpath, "anchors"),
                        f"has {len(anchors)} anchors but the scale has {points} points; give one per point",
                    )
                )
            look_for = q.get("look_for")
            if points and isinstance(look_for, dict):
                for point in look_for:
                    # YAML keys are numbers; in a `.cxa` (JSON) they are text.
                    number = (
                        int(point)
                        if isinstance(point, str) and point.isascii() and point.isdigit()
                        else point
                    )
                    if (
                        not isinstance(number, int)
                        or isinstance(number, bool)
                        or not 1 <= number <= points
                    ):
                        found.append(
                            (
                                (*qpath, "look_for", str(point)),
                                f"names point {point!r}; points run from 1 to {points}",
                            )
                        )
            for ai, action in enumerate(_as_list(q.get("actions"))):
                action = _as_dict(action)
                apath: Path = (*qpath, "actions", ai)
                _unique(seen_action, action.get("id"), apath, "action", found)
                lvl = action.get("level")
                if isinstance(lvl, str) and level_ids:
                    if lvl not in level_ids:
                        found.append(
                            (
                                (*apath, "level"),
                                f"'{lvl}' is not one of the levels: {', '.join(sorted(level_ids))}",
                            )
                        )
                    elif lvl == first_level:
                        found.append(
                            (
                                (*apath, "level"),
                                f"'{lvl}' is the lowest level; an action helps reach a higher one",
                            )
                        )
    found += _check_requires(data, seen_action)
    found += _check_owners(data, set(seen_q), level_ids)
    return found


def _check_owners(
    data: dict[str, Any], questions: set[str], level_ids: set[str]
) -> list[tuple[Path, str]]:
    """An owner role's statement and level exist."""
    found: list[tuple[Path, str]] = []
    for oi, role in enumerate(_as_list(data.get("owners"))):
        role = _as_dict(role)
        when = role.get("exists_when")
        if isinstance(when, str) and when not in questions:
            found.append((("owners", oi, "exists_when"), f"'{when}' is not a statement's id"))
        at = role.get("exists_at")
        if isinstance(at, str) and level_ids and at not in level_ids:
            found.append(
                (
                    ("owners", oi, "exists_at"),
                    f"'{at}' is not one of the levels: {', '.join(sorted(level_ids))}",
                )
            )
    return found


def _check_requires(data: dict[str, Any], actions: dict[str, Path]) -> list[tuple[Path, str]]:
    """Every prerequisite names an action of the questionnaire, and none needs itself."""
    found: list[tuple[Path, str]] = []
    needs: dict[str, list[str]] = {}
    for aid, apath in actions.items():
        action: Any = data
        for step in apath:
            action = action[step]
        wanted = action.get("requires") if isinstance(action, dict) else None
        if not isinstance(wanted, list):
            continue
        for ri, other in enumerate(wanted):
            if isinstance(other, str) and other not in actions:
                found.append(((*apath, "requires", ri), f"'{other}' is not an action's id"))
        needs[aid] = [r for r in wanted if isinstance(r, str) and r in actions]

    def cycle(start: str) -> bool:
        todo, seen = list(needs.get(start, [])), set()
        while todo:
            nxt = todo.pop()
            if nxt == start:
                return True
            if nxt not in seen:
                seen.add(nxt)
                todo.extend(needs.get(nxt, []))
        return False

    for aid in needs:
        if cycle(aid):
            found.append(
                ((*actions[aid], "requires"), f"'{aid}' requires itself through its prerequisites")
            )
    return found


def parse_questionnaire(
    raw: Any, lines: LineMap | None = None, source: str = "", prefix: Path = ()
) -> Questionnaire:
    """Validate raw data as a questionnaire, listing every problem found at once."""
    problems: list[Problem] = []
    model: Questionnaire | None = None
    try:
        model = Questionnaire.model_validate(raw)
    except ValidationError as exc:
        problems.extend(pydantic_problems(exc, lines, source, prefix))
    for path, message in questionnaire_semantic_problems(raw):
        full = (*prefix, *path)
        problems.append(Problem(full, message, lines.line_for(full) if lines else None, source))
    if problems or model is None:
        problems.sort(key=lambda p: p.line or 0)
        raise CxError(f"{source or 'The questionnaire'} has {len(problems)} problem(s).", problems)
    return model
