"""A mapping settles once what an export's headers and cells mean, for this wave and the next.

It is a small YAML file (or a CSV of `kind,source,target`) that `import --write-mapping`
writes with every column it found, what each was matched to, and empty targets where a
decision is needed:

    columns:
      "How often do leaders review complaints?": cm-leaders   # proposed: near match 0.91
      "Department": role
      "Anything else?": ignore
    values:
      "Sometimes": 3
      "Not sure": na

Column targets are a statement id, `comment:<id>`, `name`, `first name`, `last name`,
`role`, `email`, `id`, `time` or `ignore`; value targets are a point of the scale or `na`.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from cxassess.core.files import read_capped
from cxassess.core.matching import DONT_KNOW, is_dont_know, is_not_applicable, normal
from cxassess.core.problems import CxError, Problem
from cxassess.core.questionnaire import Questionnaire
from cxassess.core.sheets import decode_text
from cxassess.core.yamlsource import load_yaml

MAX_MAPPING_BYTES = 2 * 1024 * 1024
ROLES = {
    "name": "name",
    "first name": "first_name",
    "last name": "last_name",
    "role": "role",
    "unit": "unit",
    "email": "email",
    "id": "id",
    "time": "time",
    "ignore": "ignore",
}
NA = "na"


@dataclass
class Mapping:
    """What the person importing decided: column header → target, cell text → point."""

    columns: dict[str, str] = field(default_factory=dict)
    # A point, None for not applicable, or DONT_KNOW.
    values: dict[str, int | str | None] = field(default_factory=dict)
    source: str = ""

    def column(self, header: str) -> str | None:
        """The target decided for a header, compared as headers are matched."""
        return self._columns_normal().get(normal(header))

    def value(self, cell: str) -> tuple[bool, int | str | None]:
        """(found, point) for a cell's text; point None means not applicable, DONT_KNOW
        don't know."""
        values = {normal(text): point for text, point in self.values.items()}
        key = normal(cell)
        return (True, values[key]) if key in values else (False, None)

    def _columns_normal(self) -> dict[str, str]:
        return {normal(k): v for k, v in self.columns.items() if v}


def parse_target(target: str, q: Questionnaire) -> tuple[str, str | None] | None:
    """(kind, question) for a column target, or None when it names nothing."""
    text = " ".join(target.strip().replace("_", " ").split()).casefold()
    if text in ROLES:
        return ROLES[text], None
    raw = target.strip()
    if raw.casefold().startswith("comment:"):
        qid = raw.split(":", 1)[1].strip()
        return ("comment", qid) if q.has_question(qid) else None
    return ("answer", raw) if q.has_question(raw) else None


def _point(text: object, points: int) -> int | str | None:
    value = str(text).strip() if text is not None else ""
    if is_dont_know(value):
        return DONT_KNOW
    if is_not_applicable(value) or value.casefold() == NA:
        return None
    if value.isascii() and value.isdigit() and len(value) <= 3 and 1 <= int(value) <= points:
        return int(value)
    return "?"


def load_mapping(path: Path, q: Questionnaire) -> Mapping:
    """A mapping file, checked against the questionnaire; CxError names each bad entry."""
    path = Path(path)
    source = str(path)
    text = decode_text(read_capped(path, MAX_MAPPING_BYTES, "a mapping file"), source)
    problems: list[Problem] = []
    mapping = Mapping(source=source)
    entries: list[tuple[int, str, str, object]] = []  # line, kind, source, target
    if path.suffix.lower() == ".csv":
        for line, row in enumerate(csv.reader(io.StringIO(text)), start=1):
            if not row or row[0].strip().casefold() in ("kind", "") or row[0].startswith("#"):
                continue
            cells = [*row, "", ""][:3]
            entries.append((line, cells[0].strip().casefold(), cells[1], cells[2]))
    else:
        data, lines = load_yaml(text, source)
        if data is None:
            data = {}
        if not isinstance(data, dict) or set(data) - {"columns", "values"}:
            raise CxError(f"{source}: a mapping has two parts, `columns:` and `values:`.")
        for part in ("columns", "values"):
            items = data.get(part) or {}
            if not isinstance(items, dict):
                raise CxError(f'{source}: `{part}:` must list `"text": target` pairs.')
            for key, target in items.items():
                entries.append((lines.line_for((part, str(key))) or 0, part[:-1], str(key), target))
    for line, kind, text_key, target in entries:
        where: tuple[str, ...] = (f"“{text_key[:60]}”",)
        if kind == "column":
            wanted = "" if target is None else str(target).strip()
            if not wanted:
                mapping.columns[text_key] = ""
                continue  # left for a decision: import still reports the column
            if parse_target(wanted, q) is None:
                problems.append(
                    Problem(
                        where,
                        f"“{wanted[:60]}” is not a statement id of questionnaire '{q.id}' nor "
                        "one of comment:ID, name, first name, last name, role, unit, email, id, time, "
                        "ignore",
                        line or None,
                        source,
                    )
                )
                continue
            mapping.columns[text_key] = wanted
        elif kind == "value":
            if target is None or str(target).strip() == "":
                continue
            point = _point(target, q.scale.points)
            if point == "?":
                problems.append(
                    Problem(
                        where,
                        f"“{str(target)[:20]}” is not a point of the scale; use 1 to "
                        f"{q.scale.points}, dk (don't know) or na",
                        line or None,
                        source,
                    )
                )
                continue
            mapping.values[text_key] = point
        else:
            problems.append(Problem(where, f"“{kind}” is neither column nor value", line, source))
    if problems:
        raise CxError(f"{source} has {len(problems)} problem(s).", problems)
    return mapping


def dump_mapping(
    columns: list[tuple[str, str, str]], values: list[tuple[str, str, str]], csv_form: bool
) -> str:
    """A mapping file's text from (source, target, note) entries; empty targets await a decision."""
    if csv_form:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(["kind", "source", "target", "note"])
        for kind, entries in (("column", columns), ("value", values)):
            for source, target, note in entries:
                writer.writerow([kind, source, target, note])
        return buffer.getvalue()
    out = [
        "# cxassess import mapping: fill in the empty targets and run the import again with",
        "# --mapping FILE. Columns: a statement id, comment:ID, name, first name, last name,",
        "# role, unit, email, id, time or ignore. Values: 1 to the scale's points, dk (don't know)",
        "# or na (not applicable).",
        "columns:",
    ]
    for part, entries in (("columns", columns), ("values", values)):
        if part == "values":
            out.append("values:" if entries else "values: {}")
        for source, target, note in entries:
            key = yaml.safe_dump(source, allow_unicode=True, width=10_000).strip()
            key = key.removesuffix("\n...").strip()
            if not (key.startswith(("'", '"'))):
                key = yaml.safe_dump(
                    source, allow_unicode=True, width=10_000, default_style='"'
                ).strip()
            shown = yaml.safe_dump(target, allow_unicode=True).strip().removesuffix("...").strip()
            line = f"  {key}: {shown if target else ''}".rstrip()
            out.append(line + (f"  # {note}" if note else ""))
    if not columns:
        out[4] = "columns: {}"
    return "\n".join(out) + "\n"


__all__ = ["Mapping", "dump_mapping", "load_mapping", "parse_target"]
